package org.ketamineinfo.content.clinical;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The glossary is written in the site's own words: no definition shares a run of six words with the
 * draft definitions of the content brief, which writers were asked to rewrite, not copy.
 */
record GlossaryOwnWordsRule(List<String> draftDefinitions) {

    static final int RUN = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** Reads the brief's drafts: one "term TAB definition" a line; '#' starts a comment. */
    static GlossaryOwnWordsRule from(Path drafts) {
        try {
            return new GlossaryOwnWordsRule(Files.readAllLines(drafts).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(line.indexOf('\t') + 1)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> check(Path glossary, String file) {
        Set<String> drafted = new LinkedHashSet<>();
        draftDefinitions.forEach(definition -> drafted.addAll(runs(definition)));
        List<Finding> findings = new ArrayList<>();
        for (Node entry : entries(glossary)) {
            if (!(entry instanceof MappingNode mapping)) {
                continue;
            }
            String term = "";
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (key.equals("term") && tuple.getValueNode() instanceof ScalarNode value) {
                    term = value.getValue();
                }
                if (key.equals("definition") && tuple.getValueNode() instanceof ScalarNode value) {
                    List<String> copied = runs(value.getValue()).stream().filter(drafted::contains).toList();
                    if (!copied.isEmpty()) {
                        findings.add(new Finding(file, value.getStartMark().getLine() + 1, "glossary-in-own-words: '"
                                + term + "' repeats the content brief's draft (\"" + copied.get(0) + "\"); say it "
                                + "in the site's own words"));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Node> entries(Path glossary) {
        try (Reader reader = Files.newBufferedReader(glossary)) {
            return new Yaml().compose(reader) instanceof SequenceNode list ? list.getValue() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every run of {@link #RUN} consecutive words, lower-cased. */
    static List<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
