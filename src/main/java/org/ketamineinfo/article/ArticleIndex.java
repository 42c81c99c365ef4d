package org.ketamineinfo.article;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ketamineinfo.content.Article;

/**
 * Every published article from A to Z, grouped by the first letter of its title, as in the NHS
 * "Health A to Z". Titles are compared as a reader sorts them: case and accents do not count.
 */
record ArticleIndex(List<Letter> letters) {

    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[¿¡\"“«'‘]+");

    /** One letter's articles; {@code id} is the letter's anchor on the page. */
    record Letter(String letter, String id, List<Article> articles) {
    }

    static ArticleIndex of(List<Article> articles) {
        return of(articles, Locale.ENGLISH);
    }

    /** The index in a language's alphabetical order ("ñ" after "n" in Spanish). */
    static ArticleIndex of(List<Article> articles, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Map<String, List<Article>> byLetter = new TreeMap<>(collator);
        articles.stream().sorted(Comparator.comparing((Article article) -> sortable(article.title()), collator))
                .forEach(article -> byLetter.computeIfAbsent(letterOf(article.title()), l -> new ArrayList<>()).add(article));
        List<Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> letters.add(new Letter(letter,
                "letter-" + (letter.equals("#") ? "0-9" : letter.toLowerCase(Locale.ROOT)), List.copyOf(list))));
        return new ArticleIndex(List.copyOf(letters));
    }

    /** A title without its opening Spanish question or exclamation mark: "¿Qué es...?" sorts under Q. */
    private static String sortable(String title) {
        return LEADING_MARKS.matcher(title).replaceFirst("");
    }

    /** "Éczema" is filed under E, as readers look for it; titles starting with a digit go under #. */
    private static String letterOf(String written) {
        String title = sortable(written);
        String first = Normalizer.normalize(title.substring(0, title.offsetByCodePoints(0, 1)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return !first.isEmpty() && Character.isLetter(first.codePointAt(0)) ? first : "#";
    }
}
