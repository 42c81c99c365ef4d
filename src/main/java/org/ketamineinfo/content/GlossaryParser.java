package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The third stage, for {@code glossary.yml}: one {@link GlossaryEntry} per term, each usable alone. */
final class GlossaryParser {

    private static final Set<String> FIELDS = Set.of("term", "definition", "aliases");

    private GlossaryParser() {
    }

    static List<Parsed<GlossaryEntry>> parse(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<GlossaryEntry>> result = new ArrayList<>();
        Node root = FrontMatter.compose(source.text(), source.display(), 1, problems);
        if (root != null && !(root instanceof SequenceNode)) {
            problems.add(new ContentProblem(source.display(), 1, "glossary.yml must be a list, one '- term: ...' entry "
                    + "per term"));
        }
        if (root instanceof SequenceNode list) {
            Map<String, Integer> seen = new HashMap<>();
            for (Node node : list.getValue()) {
                Fields f = Fields.of(node, FIELDS, source.display(), 1, problems, "each glossary entry");
                if (f == null) {
                    continue;
                }
                String term = f.text("term", true, 2, 80);
                String definition = f.text("definition", true, 10, 600);
                List<String> aliases = f.texts("aliases", false, 0, 20, 80);
                boolean clash = false;
                List<String> names = new ArrayList<>();
                if (term != null) {
                    names.add(term);
                }
                names.addAll(aliases);
                for (String name : names) {
                    Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), f.line());
                    if (earlier != null) {
                        problems.add(new ContentProblem(source.display(), f.line(), "glossary term '" + name
                                + "' is defined twice (also at line " + earlier + "); keep one entry"));
                        clash = true;
                    }
                }
                if (term != null && definition != null && !clash) {
                    result.add(new Parsed<>(source.display() + "#" + term,
                            new GlossaryEntry(term, ContentLoader.slugify(term), definition, aliases), List.of()));
                }
            }
        }
        result.add(new Parsed<>(source.display(), null, problems));
        return result;
    }

}
