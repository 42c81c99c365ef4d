package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The third stage, for {@code sections.yml}: one {@link Section} per entry, each usable alone. */
final class SectionsParser {

    private static final Set<String> FIELDS = Set.of("slug", "title", "description", "order");
    private static final Set<String> TRANSLATED_FIELDS = Set.of("slug", "title", "description", "order",
            "translationOf");

    private SectionsParser() {
    }

    static List<Parsed<Section>> parse(SourceFile source, Language language) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<Section>> result = new ArrayList<>();
        Node root = FrontMatter.compose(source.text(), source.display(), 1, problems);
        if (root != null && !(root instanceof SequenceNode)) {
            problems.add(new ContentProblem(source.display(), 1, "sections.yml must be a list, one '- slug: ...' entry "
                    + "per section"));
        }
        if (root instanceof SequenceNode list) {
            Set<String> slugs = new HashSet<>();
            for (Node node : list.getValue()) {
                Fields f = Fields.of(node, language == Language.EN ? FIELDS : TRANSLATED_FIELDS, source.display(), 1,
                        problems, "each section");
                if (f == null) {
                    continue;
                }
                String slug = f.text("slug", true, 1, 60);
                String title = f.text("title", true, 3, 70);
                String description = f.text("description", true, 10, 200);
                Integer order = f.integer("order", false);
                String translationOf = language == Language.EN ? null : f.text("translationOf", false, 1, 60);
                if (slug != null && !ContentLoader.SLUG.matcher(slug).matches()) {
                    f.problem("slug", "section slug '" + slug + "' must be lower-case letters, digits and single "
                            + "hyphens");
                    slug = null;
                } else if (slug != null && !slugs.add(slug)) {
                    f.problem("slug", "section slug '" + slug + "' is used twice");
                    slug = null;
                }
                if (slug != null && title != null && description != null) {
                    result.add(new Parsed<>(source.display() + "#" + slug,
                            new Section(slug, title, description, order == null ? 100 : order, language,
                                    translationOf), List.of()));
                }
            }
        }
        // A broken sections.yml is one bad file; entries that parsed are still usable when skipping.
        result.add(new Parsed<>(source.display(), null, problems));
        return result;
    }

}
