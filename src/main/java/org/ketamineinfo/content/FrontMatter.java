package org.ketamineinfo.content;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The second stage: splits a Markdown file into its YAML front matter (read into {@link Fields}, with
 * file line numbers) and its body. YAML errors become problems at the line where the mistake starts.
 */
record FrontMatter(@Nullable Fields fields, String body, int bodyLine) {


    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by Fields with a line number instead
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(ContentLoader.MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    static @Nullable Node compose(String yamlText, String file, int lineOffset, List<ContentProblem> problems) {
        try {
            return yaml().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            // An unclosed quote is found only at the end of the block; where it started is more useful.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? lineOffset : mark.getLine() + lineOffset;
            String what = e.getContext() == null ? e.getProblem() : e.getContext() + ", " + e.getProblem();
            problems.add(new ContentProblem(file, line, "YAML could not be read: " + what
                    + "; check indentation, and put quotes around text that contains ': ' or starts with a symbol"));
        } catch (YAMLException e) {
            problems.add(new ContentProblem(file, lineOffset, "YAML could not be read: " + e.getMessage()));
        }
        return null;
    }

    static FrontMatter read(SourceFile source, Set<String> allowed, List<ContentProblem> problems) {
        String text = source.text();
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(source.display(), 1, "missing front matter: start the file with a '---' "
                    + "line, then the fields (title, description...), then another '---' line"));
            return new FrontMatter(null, text, 1);
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
        }
        if (close < 0) {
            problems.add(new ContentProblem(source.display(), 1, "front matter is not closed: add a '---' line after "
                    + "the last field"));
            return new FrontMatter(null, "", 1);
        }
        String yamlText = text.substring(4, close + 1);
        String body = close + 5 <= text.length() ? text.substring(close + 5) : "";
        int bodyLine = (int) yamlText.chars().filter(c -> c == '\n').count() + 3;
        // YAML line 0 is file line 2, after the opening '---'.
        Node node = compose(yamlText, source.display(), 2, problems);
        if (node == null) {
            return new FrontMatter(null, body, bodyLine);
        }
        return new FrontMatter(Fields.of(node, allowed, source.display(), 2, problems, "front matter"), body, bodyLine);
    }
}
