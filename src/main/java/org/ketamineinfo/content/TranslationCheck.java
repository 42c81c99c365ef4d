package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a translated edition says about the English one: each {@code translationOf} names an English
 * file of the same kind (a Spanish article translates an English article), and no original is
 * translated twice. Problems are reported at the translation's {@code translationOf} line.
 */
final class TranslationCheck {

    private TranslationCheck() {
    }

    static List<ContentProblem> check(List<Parsed<ArticleParser.Draftable>> englishArticles,
            List<Parsed<PageParser.Draftable>> englishPages, List<Parsed<Section>> englishSections,
            List<Parsed<ArticleParser.Draftable>> articles, List<Parsed<PageParser.Draftable>> pages,
            List<Parsed<Section>> sections, Set<String> englishBad) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> originalArticles = slugs(englishArticles);
        Set<String> originalPages = slugs(englishPages);
        Map<String, String> translatedBy = new HashMap<>();
        for (Parsed<ArticleParser.Draftable> parsed : articles) {
            if (parsed.item() != null) {
                check(parsed.file(), parsed.item().translationLine(), parsed.item().article().translation(),
                        originalArticles, originalPages, "article", "content/articles/", translatedBy, problems);
            }
        }
        for (Parsed<PageParser.Draftable> parsed : pages) {
            if (parsed.item() != null) {
                check(parsed.file(), parsed.item().translationLine(), parsed.item().page().translation(),
                        originalPages, originalArticles, "page", "content/pages/", translatedBy, problems);
            }
        }
        Set<String> originalSections = new HashSet<>();
        SiteAssembler.good(englishSections, englishBad).forEach(section -> originalSections.add(section.slug()));
        for (Parsed<Section> parsed : sections) {
            String original = parsed.item() == null ? null : parsed.item().translationOf();
            if (original != null && !originalSections.contains(original)) {
                String file = parsed.file().substring(0, parsed.file().indexOf('#'));
                problems.add(new ContentProblem(file, 0, "section '" + parsed.item().slug() + "': 'translationOf' "
                        + "names '" + original + "', which is not an English section"
                        + Fields.closest(original, originalSections)));
            }
        }
        return problems;
    }

    private static void check(String file, int line, @Nullable Translation translation, Set<String> sameKind,
            Set<String> otherKind, String kind, String folder, Map<String, String> translatedBy,
            List<ContentProblem> problems) {
        if (translation == null) {
            return;
        }
        String original = translation.original();
        if (!sameKind.contains(original)) {
            String other = kind.equals("article") ? "page" : "article";
            String hint = otherKind.contains(original) ? "; that is an English " + other + ", so move this file to match"
                    : Fields.closest(original, sameKind);
            problems.add(new ContentProblem(file, line, "'translationOf' names '" + original + "', which is not an "
                    + "English " + kind + " in " + folder + hint));
            return;
        }
        String earlier = translatedBy.putIfAbsent(kind + ":" + original, file);
        if (earlier != null) {
            problems.add(new ContentProblem(file, line, "'" + original + "' is already translated by " + earlier
                    + "; one translation per original"));
        }
    }

    /** The slugs of every English file of a kind, bad ones too: a translation is not blamed for them. */
    private static Set<String> slugs(List<? extends Parsed<?>> parsed) {
        Set<String> slugs = new HashSet<>();
        parsed.forEach(p -> slugs.add(SourceFile.slugOf(p.file())));
        return slugs;
    }
}
