package org.ketamineinfo.content.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ketamineinfo.content.clinical.MarkdownSource.Block;
import org.ketamineinfo.content.clinical.MarkdownSource.Kind;

/**
 * "Where the text says X, it must also say Y": wherever every {@code when} pattern matches one unit of
 * text (a sentence, a block, a heading, or the whole file), every {@code need} must match within
 * {@code reach} of it. With no needs, the wording itself is the error.
 *
 * @param exempt slugs of files the rule does not apply to, each with a reason in {@link ClinicalRules}
 */
record WordingRule(String id, Unit unit, List<Pattern> when, Reach reach, List<Need> needs, String fix,
        Set<String> exempt) implements ContentRule {

    /** What a {@code when} pattern is matched against. */
    enum Unit { SENTENCE, BLOCK, HEADING, FILE }

    /** Where the needs are looked for, around the unit that matched. */
    enum Reach { SAME, BLOCK, SECTION, FILE, HELP_CALLOUTS }

    /** Something the text must say, named for the writer. */
    record Need(String name, Pattern pattern) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // A sentence ends at . ! or ? followed by space and a capital, a quote or a bracket.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”)]?)\\s+(?=[\\p{Lu}\"“(\\d])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    static Need need(String name, String regex) {
        return new Need(name, pattern(regex));
    }

    /** Wording that must not appear at all. */
    static WordingRule banned(String id, String regex, String fix) {
        return new WordingRule(id, Unit.SENTENCE, List.of(pattern(regex)), Reach.SAME, List.of(), fix, Set.of());
    }

    @Override
    public List<Finding> check(List<MarkdownSource> files) {
        List<Finding> findings = new ArrayList<>();
        for (MarkdownSource file : files) {
            if (!exempt.contains(file.slug())) {
                check(file, findings);
            }
        }
        return findings;
    }

    private void check(MarkdownSource file, List<Finding> findings) {
        if (unit == Unit.FILE) {
            // A page's own crisis callout does not count as the page discussing the topic.
            List<Block> discussed = file.blocks().stream().filter(b -> !isHelpCallout(b)).toList();
            String body = text(discussed);
            if (matchesAll(body)) {
                Block first = discussed.stream().filter(b -> when.get(0).matcher(b.text()).find()).findFirst()
                        .orElse(discussed.get(0));
                report(file, first.line(), excerpt(first.text()), missing(reachText(file, first, first.text())),
                        findings);
            }
            return;
        }
        for (int i = 0; i < file.blocks().size(); i++) {
            Block block = file.blocks().get(i);
            if (unit == Unit.HEADING) {
                if (block.kind() == Kind.HEADING && matchesAll(block.text())) {
                    String section = text(file.section(i));
                    report(file, block.line(), block.text(), missing(reach == Reach.SECTION ? section
                            : reachText(file, block, block.text())), findings);
                }
            } else if (unit == Unit.BLOCK) {
                if (matchesAll(block.text())) {
                    report(file, block.line(), excerpt(block.text()), missing(reachText(file, block, block.text())),
                            findings);
                }
            } else {
                int line = block.line();
                for (String sentence : SENTENCE_END.split(block.text())) {
                    if (matchesAll(sentence)) {
                        report(file, line, excerpt(sentence), missing(reachText(file, block, sentence)), findings);
                    }
                    line += (int) sentence.chars().filter(c -> c == '\n').count();
                }
            }
        }
    }

    private boolean matchesAll(String text) {
        String flat = flat(text);
        return when.stream().allMatch(p -> p.matcher(flat).find());
    }

    private List<String> missing(String text) {
        String flat = flat(text);
        return needs.stream().filter(n -> !n.pattern().matcher(flat).find()).map(Need::name).toList();
    }

    private String reachText(MarkdownSource file, Block block, String unitText) {
        return switch (reach) {
            case SAME -> unitText;
            case BLOCK -> block.text();
            case SECTION -> block.headingIndex() < 0 ? text(file.blocks()) : text(file.section(block.headingIndex()));
            case FILE -> text(file.blocks());
            case HELP_CALLOUTS -> text(file.blocks().stream().filter(WordingRule::isHelpCallout).toList());
        };
    }

    private void report(MarkdownSource file, int line, String quote, List<String> missing, List<Finding> findings) {
        if (needs.isEmpty()) {
            findings.add(new Finding(file.file(), line, id + ": \"" + quote + "\": " + fix));
        } else if (!missing.isEmpty()) {
            findings.add(new Finding(file.file(), line, id + ": \"" + quote + "\" lacks " + String.join(", ", missing)
                    + ": " + fix));
        }
    }

    private static boolean isHelpCallout(Block block) {
        return block.kind() == Kind.CALLOUT && block.callout().equals("HELP");
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static String flat(String text) {
        return SPACE.matcher(text).replaceAll(" ");
    }

    private static String excerpt(String text) {
        String flat = flat(text).strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
