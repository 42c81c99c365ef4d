package org.ketamineinfo.content;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The last stage: the snapshot from the files that passed, in reading order, with drafts and the
 * problems when the site runs as a writer's preview.
 */
final class SiteAssembler {

    private SiteAssembler() {
    }

    static <T> List<T> good(List<Parsed<T>> parsed, Set<String> bad) {
        return parsed.stream().filter(p -> p.item() != null && !bad.contains(p.file())).map(Parsed::item).toList();
    }

    static SiteContent assemble(Language language, List<Parsed<Section>> sections, List<Parsed<GlossaryEntry>> glossary,
            List<Parsed<ArticleParser.Draftable>> articles, List<Parsed<PageParser.Draftable>> pages,
            @Nullable SourceFile prepareFile, PrepareFile.@Nullable Parsed prepare, Set<String> bad,
            List<ContentProblem> problems, boolean preview, Instant now) {
        List<Section> goodSections = good(sections, bad).stream().sorted(Comparator.comparingInt(Section::order)
                .thenComparing(Section::title)).toList();
        Map<String, Integer> sectionOrder = new HashMap<>();
        goodSections.forEach(section -> sectionOrder.put(section.slug(), section.order()));
        List<Article> goodArticles = good(articles, bad).stream().filter(a -> preview || !a.draft())
                .map(ArticleParser.Draftable::article)
                .sorted(Comparator.comparingInt((Article a) -> sectionOrder.getOrDefault(a.section(), Integer.MAX_VALUE))
                        .thenComparingInt(Article::order).thenComparing(Article::title))
                .toList();
        List<Page> goodPages = good(pages, bad).stream().filter(p -> preview || !p.draft())
                .map(PageParser.Draftable::page).sorted(Comparator.comparing(Page::slug)).toList();
        PrepareTool tool = prepareTool(language, prepareFile, prepare, goodArticles, goodPages, good(glossary, bad),
                problems, bad);
        SiteContent.Preview shown = null;
        if (preview) {
            Set<String> drafts = new HashSet<>();
            good(articles, bad).stream().filter(ArticleParser.Draftable::draft)
                    .forEach(a -> drafts.add(a.article().path()));
            good(pages, bad).stream().filter(PageParser.Draftable::draft).forEach(p -> drafts.add(p.page().path()));
            shown = new SiteContent.Preview(problems.stream().sorted().toList(), drafts);
        }
        return new SiteContent(goodSections, goodArticles, goodPages, good(glossary, bad), tool, now, shown, language);
    }

    /** The prepare tool, once its links are checked against what is published; NONE if it has problems. */
    static PrepareTool prepareTool(Language language, @Nullable SourceFile source, PrepareFile.@Nullable Parsed prepare,
            List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary, List<ContentProblem> problems,
            Set<String> bad) {
        if (source == null || prepare == null || prepare.tool() == null) {
            return PrepareTool.NONE;
        }
        // Only the pages the file links to: a reload of 10,000 articles spent 8% of its time collecting
        // the heading ids of every one.
        Set<String> linked = new HashSet<>();
        prepare.links().forEach(link -> linked.add(PrepareFile.pathOf(link.url())));
        Map<String, Set<String>> headings = new HashMap<>();
        articles.stream().filter(a -> linked.contains(a.path()))
                .forEach(a -> headings.put(a.path(), CrossCheck.headingIds(a.body())));
        pages.stream().filter(p -> linked.contains(p.path()))
                .forEach(p -> headings.put(p.path(), CrossCheck.headingIds(p.body())));
        Set<String> terms = new HashSet<>();
        glossary.forEach(entry -> terms.add(entry.slug()));
        headings.put(language.glossary(), terms);
        headings.put(language.articles(), Set.of());
        headings.put(language.home(), Set.of());
        List<ContentProblem> linkProblems = PrepareFile.checkLinks(source.display(), prepare.links(), headings);
        if (!linkProblems.isEmpty()) {
            problems.addAll(linkProblems);
            bad.add(source.display());
            return PrepareTool.NONE;
        }
        return prepare.tool();
    }
}
