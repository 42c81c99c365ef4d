package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The third stage, for {@code articles/*.md}: front matter and body into an {@link Article}. */
final class ArticleParser {

    static final Set<String> FIELDS = Set.of("title", "description", "summary", "section", "order",
            "lastReviewed", "nextReview", "sources", "related", "draft", "aliases");
    /** A translated edition's articles may also say what they translate. */
    static final Set<String> TRANSLATED_FIELDS = FileFields.withTranslationFields(FIELDS);

    /** An article with what the later stages need: whether it is a draft, and where its fields are. */
    record Draftable(Article article, boolean draft, int titleLine, int sectionLine, int relatedLine,
            int bodyLine, List<FileFields.Alias> aliases, int translationLine) {
    }


    private final FileFields fields;

    ArticleParser(FileFields fields) {
        this.fields = fields;
    }

    Parsed<ArticleParser.Draftable> parse(SourceFile source, GlossaryLinker terms, Language language,
            SharedSources shared) {
        List<ContentProblem> problems = new ArrayList<>();
        String slug = FileFields.checkSlug(source, problems);
        FrontMatter front = FrontMatter.read(source, language == Language.EN ? FIELDS : TRANSLATED_FIELDS, problems);
        RenderedMarkdown body = fields.renderBody(source, front, terms, language, problems);
        Fields f = front.fields();
        if (f == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        String title = f.text("title", true, 3, 70);
        String description = FileFields.description(f);
        List<String> summary = f.texts("summary", true, 2, 5, 199);
        String section = f.text("section", true, 1, 100);
        Integer order = f.integer("order", false);
        FileFields.Dates dates = fields.dates(f, true);
        List<Source> sources = FileFields.sources(f, true, shared);
        List<String> related = f.texts("related", false, 0, 20, 100);
        Boolean draft = f.bool("draft");
        List<FileFields.Alias> aliases = FileFields.aliases(f, language.article(""), slug, source.display(), problems);
        Translation translation = fields.translation(f, language);
        if (related.contains(slug)) {
            f.problem("related", "'related' lists this article itself; remove '" + slug + "'");
        }
        if (!problems.isEmpty() || title == null || description == null || section == null || dates.last() == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        Article article = new Article(slug, title, description, summary, section, order == null ? 100 : order,
                dates.last(), dates.next(), sources, related, body,
                aliases.stream().map(FileFields.Alias::path).toList(), language, translation);
        return new Parsed<>(source.display(), new ArticleParser.Draftable(article, Boolean.TRUE.equals(draft),
                f.lineOf("title"), f.lineOf("section"), f.lineOf("related"), front.bodyLine(), aliases,
                f.lineOf("translationOf")), problems);
    }
}
