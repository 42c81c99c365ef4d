package org.ketamineinfo.content;


/** One content file as read: its name for messages ({@code content/articles/x.md}) and its text. */
record SourceFile(String display, String text) {

    /** The file name without {@code .md}: the page's slug. */
    String slug() {
        return slugOf(display);
    }

    /** The slug of a file named as in messages ({@code content/articles/x.md} gives {@code x}). */
    static String slugOf(String display) {
        String name = display.substring(display.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
    }
}
