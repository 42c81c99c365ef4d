package org.ketamineinfo.feedback;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a reader typed, made safe to keep: e-mail addresses, phone numbers and other long runs of
 * digits are masked before anything is stored, control characters go, and the text is cut to
 * {@link #MAX_LENGTH}. Readers are asked not to give such details; this is for when they do.
 */
final class CommentText {

    static final int MAX_LENGTH = 1000;
    static final String EMAIL_MASK = "[email removed]";
    static final String NUMBER_MASK = "[number removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /**
     * Six or more digits in one run, allowing the spaces, dots, dashes, slashes and brackets people
     * put in phone numbers, card and record numbers ("+44 (0)20 7946 0958", "555-0142-77", "123456").
     */
    private static final Pattern DIGITS = Pattern.compile("\\+?(?:\\(?\\d\\)?[\\s./-]?){5,}\\(?\\d\\)?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    private CommentText() {
    }

    /** The comment as it may be stored, or an empty string for nothing worth keeping. */
    static String masked(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        text = CONTROL.matcher(text).replaceAll("");
        text = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        text = DIGITS.matcher(text).replaceAll(NUMBER_MASK);
        text = text.strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
