package org.ketamineinfo.content;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the site: English at the root, Spanish under {@code /es} from {@code content/es/}.
 * Each knows its addresses (Spanish ones have Spanish words) and reads the few interface words that
 * content rendering itself writes (callout titles, "Back to top") from the same {@code messages}
 * bundles as the templates.
 */
public enum Language {
    EN("en", Locale.ENGLISH, "", "articles", "sections", "glossary", "search", "prepare", "feedback", "comment"),
    ES("es", Locale.forLanguageTag("es"), "/es", "articulos", "secciones", "glosario", "buscar", "preparar", "opinion",
            "comentario");

    private final String code;
    private final Locale locale;
    private final String prefix;
    private final String articles;
    /** {@code /articles} or {@code /es/articulos}, spelled once: every article's address starts with it. */
    private final String articlesPath;
    private final String sections;
    private final String glossary;
    private final String search;
    private final String prepare;
    private final String feedback;
    private final String comment;

    Language(String code, Locale locale, String prefix, String articles, String sections, String glossary,
            String search, String prepare, String feedback, String comment) {
        this.code = code;
        this.locale = locale;
        this.prefix = prefix;
        this.articles = articles;
        this.articlesPath = prefix + "/" + articles;
        this.sections = sections;
        this.glossary = glossary;
        this.search = search;
        this.prepare = prepare;
        this.feedback = feedback;
        this.comment = comment;
    }

    /** The BCP 47 tag, for {@code lang} and {@code hreflang}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The edition's folder inside the content root: null for English, which is the root itself. */
    public @Nullable String folder() {
        return this == EN ? null : code;
    }

    /** The edition's home page: {@code /} or {@code /es}. */
    public String home() {
        return prefix.isEmpty() ? "/" : prefix;
    }

    public String articles() {
        return articlesPath;
    }

    public String article(String slug) {
        return articlesPath + "/" + slug;
    }

    public String section(String slug) {
        return prefix + "/" + sections + "/" + slug;
    }

    public String page(String slug) {
        return prefix + "/" + slug;
    }

    public String glossary() {
        return prefix + "/" + glossary;
    }

    public String search() {
        return prefix + "/" + search;
    }

    public String prepare() {
        return prefix + "/" + prepare;
    }

    /** Where "Was this page helpful?" posts its answer. */
    public String feedback() {
        return prefix + "/" + feedback;
    }

    /** Where the comment that may follow the answer is posted. */
    public String feedbackComment() {
        return feedback() + "/" + comment;
    }

    /** The slug of an article address of this edition ({@code /es/articulos/x} gives x); null for any other. */
    public @Nullable String articleSlug(String path) {
        return after(article(""), path);
    }

    public @Nullable String sectionSlug(String path) {
        return after(section(""), path);
    }

    /** The slug of a page address ({@code /about}, {@code /es/acerca-de}): one segment, no deeper. */
    public @Nullable String pageSlug(String path) {
        String slug = after(page(""), path);
        return slug == null || slug.isEmpty() || slug.contains("/") ? null : slug;
    }

    private static @Nullable String after(String folder, String path) {
        return path.startsWith(folder) ? path.substring(folder.length()) : null;
    }

    /** The edition a site path belongs to. */
    public static Language of(String path) {
        return path.equals(ES.prefix) || path.startsWith(ES.prefix + "/") ? ES : EN;
    }

    /** The edition with this code ({@code en}, {@code es}), if any. */
    public static @Nullable Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return null;
    }

    /** An interface word from {@code messages.properties} or its translation. */
    public String text(String key) {
        try {
            return ResourceBundle.getBundle("messages", locale, Language.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages" + (this == EN ? "" : "_" + code) + ".properties has no '" + key
                    + "'", e);
        }
    }
}
