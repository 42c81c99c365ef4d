package org.ketamineinfo.content.clinical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketamineinfo.content.clinical.MarkdownSource.Block;

/**
 * A crisis number is only ever one the site has checked: those in {@code site.crisis-lines}, and those
 * the get-help-now page links (that page is where each extra service is verified and sourced).
 * A mistyped digit in a crisis number is the most harmful typo this site can make.
 */
record CrisisNumberRule(Set<String> configured) implements ContentRule {

    static final String HELP_PAGE = "get-help-now";

    private static final Pattern PHONE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\((tel|sms):([^)]*)\\)");
    private static final Pattern ASKS_TO_CALL = Pattern.compile("\\b(call|calls|text|texts|dial|phone|ring)\\b",
            Pattern.CASE_INSENSITIVE);
    // A number as people write phone numbers: digits, maybe split by single spaces or hyphens.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,/])\\+?\\d+(?:[ -]\\d+)*(?![\\w/%]|[.,]\\d)");
    // Numbers that are amounts, not phone numbers: "24 hours", "2 in 10", "7 days".
    private static final Pattern AMOUNT_AFTER = Pattern.compile("^\\s*(in\\s+\\d|hours?|days?|weeks?|minutes?|"
            + "months?|years?|people|points|mg|percent|times|sessions?|doses?|a\\s+day)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    @Override
    public String id() {
        return "crisis-numbers-are-checked";
    }

    @Override
    public List<Finding> check(List<MarkdownSource> files) {
        List<Finding> findings = new ArrayList<>();
        Optional<MarkdownSource> helpPage = files.stream().filter(f -> f.slug().equals(HELP_PAGE)).findFirst();
        Set<String> known = new LinkedHashSet<>(configured);
        helpPage.ifPresent(page -> known.addAll(linkedNumbers(page)));
        helpPage.ifPresent(page -> configured.stream().filter(n -> !linkedNumbers(page).contains(n))
                .forEach(n -> findings.add(new Finding(page.file(), page.bodyStart() + 1, id() + ": site.crisis-lines has "
                        + n + ", but this page does not link it; add it as a tel: link so every number shown in the "
                        + "header and footer is explained here"))));
        for (MarkdownSource file : files) {
            checkLinks(file, known, findings);
            checkText(file, known, findings);
        }
        return findings;
    }

    private void checkLinks(MarkdownSource file, Set<String> known, List<Finding> findings) {
        for (int i = file.bodyStart(); i < file.lines().size(); i++) {
            Matcher link = PHONE_LINK.matcher(file.lines().get(i));
            while (link.find()) {
                String shown = digits(link.group(1));
                String target = digits(link.group(3));
                if (!shown.isEmpty() && !shown.equals(target)) {
                    findings.add(new Finding(file.file(), i + 1, id() + ": the link shows " + link.group(1) + " but "
                            + link.group(2) + ":" + link.group(3) + " dials another number; make them the same"));
                } else if (!known.contains(target)) {
                    findings.add(new Finding(file.file(), i + 1, id() + ": " + link.group(2) + ":" + link.group(3)
                            + " is not a number the site has checked; use one from site.crisis-lines or from "
                            + "the get-help-now page, or verify it and add it there with its source"));
                }
            }
        }
    }

    private void checkText(MarkdownSource file, Set<String> known, List<Finding> findings) {
        for (Block block : file.blocks()) {
            int line = block.line();
            for (String sentence : SENTENCE_END.split(block.text())) {
                if (ASKS_TO_CALL.matcher(sentence).find()) {
                    Matcher number = NUMBER.matcher(sentence);
                    while (number.find()) {
                        String digits = digits(number.group());
                        boolean amount = AMOUNT_AFTER.matcher(sentence.substring(number.end())).find();
                        if (digits.length() >= 3 && !amount && !isYear(digits) && !known.contains(digits)) {
                            int at = line + (int) sentence.substring(0, number.start()).chars().filter(c -> c == '\n').count();
                            findings.add(new Finding(file.file(), at, id() + ": \"" + number.group() + "\" is given "
                                    + "as a number to call or text, but it is not in site.crisis-lines or on the "
                                    + "get-help-now page; check the digits against the service's own site"));
                        }
                    }
                }
                line += (int) sentence.chars().filter(c -> c == '\n').count();
            }
        }
    }

    private static Set<String> linkedNumbers(MarkdownSource page) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String line : page.lines()) {
            Matcher link = PHONE_LINK.matcher(line);
            while (link.find()) {
                numbers.add(digits(link.group(3)));
            }
        }
        return numbers;
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
