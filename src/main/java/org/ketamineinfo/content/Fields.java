package org.ketamineinfo.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, validating access to one YAML mapping (front matter, or an entry of sections.yml or
 * glossary.yml). Every problem is recorded with the file line of the offending value, and reading
 * goes on so that all problems of a file are reported at once.
 */
final class Fields {

    private final String file;
    private final int lineOffset;
    private final int line;
    private final List<ContentProblem> problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    /**
     * @param lineOffset added to SnakeYAML's 0-based line to give the 1-based file line
     */
    private Fields(String file, int lineOffset, int line, List<ContentProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.line = line;
        this.problems = problems;
    }

    /** Reads a mapping; reports anything that is not one, and any unknown or repeated key. */
    static @Nullable Fields of(Node node, Set<String> allowed, String file, int lineOffset,
            List<ContentProblem> problems, String what) {
        int line = node.getStartMark().getLine() + lineOffset;
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new ContentProblem(file, line, what + " must be a set of 'name: value' lines"));
            return null;
        }
        Fields fields = new Fields(file, lineOffset, line, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + lineOffset;
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(new ContentProblem(file, keyLine, "unknown field '" + key + "'" + suggestion(key, allowed)));
            } else if (fields.values.containsKey(key)) {
                problems.add(new ContentProblem(file, keyLine, "field '" + key + "' is given twice; keep one"));
            } else {
                fields.values.put(key, tuple.getValueNode());
                fields.keyLines.put(key, keyLine);
            }
        }
        return fields;
    }

    int line() {
        return line;
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    boolean has(String key) {
        Node node = values.get(key);
        return node != null && !isNull(node);
    }

    void problem(String key, String message) {
        problems.add(new ContentProblem(file, lineOf(key), message));
    }

    @Nullable String text(String key, boolean required, int min, int max) {
        Node node = present(key, required);
        if (node == null) {
            return null;
        }
        return checkedText(node, "'" + key + "'", min, max);
    }

    List<String> texts(String key, boolean required, int minCount, int maxCount, int maxLength) {
        Node node = present(key, required);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must be a list, one '- item' per line"));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = checkedText(item, "each item of '" + key + "'", 1, maxLength);
            if (text != null) {
                result.add(text);
            }
        }
        int count = sequence.getValue().size();
        if (count < minCount || count > maxCount) {
            problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must have "
                    + range(minCount, maxCount) + " items (it has " + count + ")"));
        }
        return result;
    }

    /** The file line of each item of a list field, for problems about one item. */
    List<Integer> itemLines(String key) {
        if (!(values.get(key) instanceof SequenceNode sequence)) {
            return List.of();
        }
        return sequence.getValue().stream().map(item -> item.getStartMark().getLine() + lineOffset).toList();
    }

    @Nullable Integer integer(String key, boolean required) {
        Node node = present(key, required);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                return Integer.valueOf(scalar.getValue());
            } catch (NumberFormatException tooBig) {
                // reported below
            }
        }
        problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must be a whole number, such as 10"));
        return null;
    }

    @Nullable Boolean bool(String key) {
        Node node = present(key, false);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must be true or false"));
        return null;
    }

    @Nullable LocalDate date(String key, boolean required) {
        Node node = present(key, required);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            try {
                return LocalDate.parse(scalar.getValue());
            } catch (DateTimeParseException notADate) {
                // reported below
            }
        }
        problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must be a date written as YYYY-MM-DD, "
                + "such as 2026-11-21"));
        return null;
    }

    /** A list of mappings, each read with the given allowed keys. */
    List<Fields> objects(String key, boolean required, Set<String> allowed, String what) {
        Node node = present(key, required);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new ContentProblem(file, lineOf(key), "'" + key + "' must be a list, one '- " + what
                    + "' per entry"));
            return List.of();
        }
        List<Fields> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Fields fields = of(item, allowed, file, lineOffset, problems, "each entry of '" + key + "'");
            if (fields != null) {
                result.add(fields);
            }
        }
        return result;
    }

    @Nullable URI url(String key) {
        String text = text(key, false, 8, 2000);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        problem(key, "'" + key + "' must be a full web address starting with https://");
        return null;
    }

    private @Nullable Node present(String key, boolean required) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(new ContentProblem(file, node == null ? line : lineOf(key), node == null
                        ? "missing required field '" + key + "'"
                        : "field '" + key + "' is empty; give it a value"));
            }
            return null;
        }
        return node;
    }

    private @Nullable String checkedText(Node node, String what, int min, int max) {
        int at = node.getStartMark().getLine() + lineOffset;
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            problems.add(new ContentProblem(file, at, what + " must be text"));
            return null;
        }
        String text = scalar.getValue().strip();
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            problems.add(new ContentProblem(file, at, what + " must be " + range(min, max) + " characters long (it has "
                    + length + ")"));
            return null;
        }
        return text;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank());
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    }

    /** "; did you mean 'x'?" for a value within a few letters of one of {@code known}; otherwise "". */
    static String closest(String value, java.util.Collection<String> known) {
        return known.stream()
                .filter(name -> distance(name, value) <= 3)
                .min(Comparator.comparingInt(name -> distance(name, value)))
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }

    /** A "did you mean" hint for a misspelled field name, such as lastReveiwed. */
    private static String suggestion(String key, Set<String> allowed) {
        return allowed.stream()
                .filter(name -> distance(name.toLowerCase(), key.toLowerCase()) <= 3)
                .min(Comparator.comparingInt(name -> distance(name.toLowerCase(), key.toLowerCase())))
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("; allowed fields are " + String.join(", ", allowed.stream().sorted().toList()));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
