package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The third stage, for {@code pages/*.md}: front matter and body into a {@link Page}. */
final class PageParser {

    static final Set<String> FIELDS = Set.of("title", "description", "summary", "lastReviewed",
            "nextReview", "sources", "draft", "aliases");
    static final Set<String> TRANSLATED_FIELDS = FileFields.withTranslationFields(FIELDS);

    /** A page with what the later stages need: whether it is a draft, and where its fields are. */
    record Draftable(Page page, boolean draft, int titleLine, int bodyLine, List<FileFields.Alias> aliases,
            int translationLine) {
    }

    private final FileFields fields;

    PageParser(FileFields fields) {
        this.fields = fields;
    }

    Parsed<PageParser.Draftable> parse(SourceFile source, Language language, SharedSources shared) {
        List<ContentProblem> problems = new ArrayList<>();
        String slug = FileFields.checkSlug(source, problems);
        if (ContentLoader.RESERVED_PAGE_SLUGS.contains(slug)) {
            problems.add(new ContentProblem(source.display(), 0, "'" + slug + "' is used by the site itself; rename "
                    + "the page file"));
        }
        FrontMatter front = FrontMatter.read(source, language == Language.EN ? FIELDS : TRANSLATED_FIELDS, problems);
        RenderedMarkdown body = fields.renderBody(source, front, GlossaryLinker.NONE, language, problems);
        Fields f = front.fields();
        if (f == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        String title = f.text("title", true, 3, 70);
        String description = FileFields.description(f);
        List<String> summary = f.texts("summary", false, 2, 5, 199);
        FileFields.Dates dates = fields.dates(f, false);
        List<Source> sources = FileFields.sources(f, false, shared);
        Boolean draft = f.bool("draft");
        List<FileFields.Alias> aliases = FileFields.aliases(f, language.page(""), slug, source.display(), problems);
        Translation translation = fields.translation(f, language);
        if (!problems.isEmpty() || title == null || description == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        Page page = new Page(slug, title, description, summary, dates.last(), dates.next(), sources, body,
                aliases.stream().map(FileFields.Alias::path).toList(), language, translation);
        return new Parsed<>(source.display(), new PageParser.Draftable(page, Boolean.TRUE.equals(draft), f.lineOf("title"),
                front.bodyLine(), aliases, f.lineOf("translationOf")), problems);
    }
}
