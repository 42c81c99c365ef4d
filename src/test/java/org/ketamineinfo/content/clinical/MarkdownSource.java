package org.ketamineinfo.content.clinical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One content file as its writer sees it: raw lines, and the body cut into blocks (headings,
 * paragraphs, list items, callouts, table rows) that each know their first line. The clinical
 * rules read this rather than the rendered page, so every finding can name the line to edit.
 */
record MarkdownSource(String file, List<String> lines, int bodyStart, List<Block> blocks) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CALLOUT, TABLE_ROW }

    /**
     * @param line 1-based file line of the block's first line
     * @param text the block's words with Markdown marks and link targets taken out, lines joined by '\n'
     * @param headingIndex index in {@code blocks} of the heading this block sits under, or -1
     * @param callout the callout type (HELP, NOTE...) for a callout, else empty
     */
    record Block(int line, Kind kind, int level, String text, int headingIndex, String callout) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+(?:\\[[ xX]\\]\\s+)?(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern CALLOUT_TYPE = Pattern.compile("^\\[!(\\w+)\\]\\s*");
    private static final Pattern DESCRIPTION = Pattern.compile("^description:\\s*(.+)$");
    private static final Pattern SUMMARY_POINT = Pattern.compile("^\\s+-\\s+(.+)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<!\\w)\\*(?!\\s)|(?<!\\s)\\*(?!\\w)|\\\\");

    /** Every article and page under a content folder, in a stable order. */
    static List<MarkdownSource> under(Path root) {
        List<MarkdownSource> sources = new ArrayList<>();
        for (String folder : List.of("articles", "pages")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".md")).sorted()
                        .forEach(f -> sources.add(read(f, root.getFileName() + "/" + folder + "/" + f.getFileName())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    static MarkdownSource read(Path path, String file) {
        try {
            return parse(file, Files.readAllLines(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MarkdownSource parse(String file, List<String> lines) {
        int bodyStart = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    bodyStart = i + 1;
                    break;
                }
            }
        }
        List<Block> blocks = new ArrayList<>(frontMatterText(lines, bodyStart));
        blocks.addAll(blocks(lines, bodyStart, blocks.size()));
        return new MarkdownSource(file, List.copyOf(lines), bodyStart, List.copyOf(blocks));
    }

    /**
     * The description and key points are read first, and often alone, so the rules read them too: each
     * becomes a block with its own line.
     */
    private static List<Block> frontMatterText(List<String> lines, int bodyStart) {
        List<Block> blocks = new ArrayList<>();
        boolean inSummary = false;
        for (int i = 1; i < bodyStart - 1; i++) {
            String line = lines.get(i);
            Matcher description = DESCRIPTION.matcher(line);
            Matcher point = SUMMARY_POINT.matcher(line);
            if (description.matches()) {
                blocks.add(new Block(i + 1, Kind.PARAGRAPH, 0, unquote(description.group(1)), -1, ""));
            }
            if (inSummary && point.matches()) {
                blocks.add(new Block(i + 1, Kind.LIST_ITEM, 0, unquote(point.group(1)), -1, ""));
            } else {
                inSummary = line.startsWith("summary:");
            }
        }
        return blocks;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() > 1 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    /** The front matter text (without its fences), for YAML parsing; line 0 of it is file line 2. */
    String frontMatter() {
        return bodyStart == 0 ? "" : String.join("\n", lines.subList(1, bodyStart - 1));
    }

    /** The name of the file without folder or extension, e.g. "get-help-now". */
    String slug() {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The blocks from a heading to the next heading of the same or a higher level. */
    List<Block> section(int headingIndex) {
        Block heading = blocks.get(headingIndex);
        List<Block> section = new ArrayList<>();
        section.add(heading);
        for (int i = headingIndex + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.HEADING && block.level() <= heading.level()) {
                break;
            }
            section.add(block);
        }
        return section;
    }

    private static List<Block> blocks(List<String> lines, int bodyStart, int firstIndex) {
        List<Block> blocks = new ArrayList<>();
        int heading = -1;
        int i = bodyStart;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            int start = i;
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                heading = firstIndex + blocks.size();
                blocks.add(new Block(start + 1, Kind.HEADING, h.group(1).length(), plain(h.group(2)), -1, ""));
                i++;
            } else if (line.startsWith(">")) {
                List<String> text = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    text.add(lines.get(i).replaceFirst("^>\\s?", ""));
                    i++;
                }
                Matcher type = CALLOUT_TYPE.matcher(text.get(0));
                String callout = type.find() ? type.group(1).toUpperCase(java.util.Locale.ROOT) : "";
                text.set(0, type.replaceFirst(""));
                blocks.add(new Block(start + 1, Kind.CALLOUT, 0, plain(String.join("\n", text)), heading, callout));
            } else if (line.startsWith("|")) {
                blocks.add(new Block(start + 1, Kind.TABLE_ROW, 0, plain(line), heading, ""));
                i++;
            } else {
                Matcher item = LIST_ITEM.matcher(line);
                boolean isItem = item.matches();
                List<String> text = new ArrayList<>(List.of(isItem ? item.group(1) : line));
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))) {
                    text.add(lines.get(i).strip());
                    i++;
                }
                blocks.add(new Block(start + 1, isItem ? Kind.LIST_ITEM : Kind.PARAGRAPH, 0,
                        plain(String.join("\n", text)), heading, ""));
            }
        }
        return List.copyOf(blocks);
    }

    private static boolean startsBlock(String line) {
        return HEADING.matcher(line).matches() || line.startsWith(">") || line.startsWith("|")
                || LIST_ITEM.matcher(line).matches();
    }

    private static String plain(String markdown) {
        return EMPHASIS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
    }
}
