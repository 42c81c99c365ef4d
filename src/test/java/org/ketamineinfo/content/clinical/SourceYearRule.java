package org.ketamineinfo.content.clinical;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One document, one date: when two pages cite the same source (by title or by address) with different
 * years, one of them is citing a version nobody checked. The first file to cite it sets the year the
 * others are compared with, so the finding points at the odd one out.
 */
record SourceYearRule() implements ContentRule {

    private record Cited(String file, int line, String title, String url, String year) {
    }

    @Override
    public String id() {
        return "one-year-per-source";
    }

    @Override
    public List<Finding> check(List<MarkdownSource> files) {
        List<Cited> all = new ArrayList<>();
        files.forEach(file -> all.addAll(cited(file)));
        List<Finding> findings = new ArrayList<>();
        Map<String, Cited> firstByKey = new LinkedHashMap<>();
        for (Cited cited : all) {
            for (String key : List.of("title " + normal(cited.title()), "url " + cited.url())) {
                if (key.equals("url ")) {
                    continue;
                }
                Cited first = firstByKey.putIfAbsent(key, cited);
                if (first != null && !first.year().equals(cited.year())) {
                    findings.add(new Finding(cited.file(), cited.line(), id() + ": \"" + cited.title() + "\" is dated "
                            + cited.year() + " here but " + first.year() + " in " + first.file() + ":" + first.line()
                            + "; check which version you read and use its year on every page"));
                    break;
                }
            }
        }
        return findings;
    }

    private static List<Cited> cited(MarkdownSource file) {
        List<Cited> cited = new ArrayList<>();
        if (file.frontMatter().isBlank()
                || !(new Yaml().compose(new StringReader(file.frontMatter())) instanceof MappingNode front)) {
            return cited;
        }
        for (NodeTuple field : front.getValue()) {
            if (scalar(field.getKeyNode()).equals("sources") && field.getValueNode() instanceof SequenceNode list) {
                for (Node entry : list.getValue()) {
                    if (entry instanceof MappingNode source) {
                        cited.add(new Cited(file.file(), yearLine(source), value(source, "title"), value(source, "url"),
                                value(source, "year")));
                    }
                }
            }
        }
        return cited;
    }

    // Front matter starts on file line 2; SnakeYAML counts lines from 0.
    private static int yearLine(MappingNode source) {
        for (NodeTuple tuple : source.getValue()) {
            if (scalar(tuple.getKeyNode()).equals("year")) {
                return tuple.getValueNode().getStartMark().getLine() + 2;
            }
        }
        return source.getStartMark().getLine() + 2;
    }

    private static String value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (scalar(tuple.getKeyNode()).equals(key)) {
                return scalar(tuple.getValueNode());
            }
        }
        return "";
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    private static String normal(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
