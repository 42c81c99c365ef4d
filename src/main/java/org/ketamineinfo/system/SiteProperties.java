package org.ketamineinfo.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code site.*} settings. Validated at start-up: a bad setting stops the application with a
 * message naming the setting.
 *
 * @param name the site's name, in the header and every page title
 * @param baseUrl where the site is published, for canonical links (absolute http or https, no path)
 * @param content where the content lives and how to treat bad files
 * @param crisisLines the crisis numbers shown on every page
 * @param clinic optional contact details of the organisation running the site, shown in the footer
 * @param cache Cache-Control for pages
 * @param renderInBackground answer at once after start-up and render the pages ahead in the background
 *     (requests meanwhile are rendered live); false renders them before the site accepts requests
 * @param preview a writer's preview ({@code spring-boot:run} turns it on): drafts are served with a
 *     "Draft" banner, and content with problems is served without its bad files, the problems listed
 *     at the top of every page. Never on for readers.
 * @param export how the static export ({@code --export}) differs from the live pages
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(
        @NotBlank @DefaultValue("Ketamine Therapy Guide") String name,
        @NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
        @Valid @NotNull @DefaultValue Content content,
        @NotEmpty List<@Valid CrisisLine> crisisLines,
        @Valid @Nullable Clinic clinic,
        @Valid @NotNull @DefaultValue Cache cache,
        @DefaultValue("true") boolean renderInBackground,
        @DefaultValue("false") boolean preview,
        @Valid @NotNull @DefaultValue Export export) {

    /**
     * @param location the content folder, relative to the working directory
     * @param skipBadFiles start even when some files have problems, leaving those files out
     * @param reload watch the folder and publish edits within a second or two ({@code spring-boot:run}
     *     turns this on; the packaged jar leaves it off unless set)
     */
    public record Content(@NotBlank @DefaultValue("content") String location,
            @DefaultValue("false") boolean skipBadFiles,
            @DefaultValue("false") boolean reload) {
    }

    /**
     * @param region who the line is for, such as "US" or "UK and Ireland"
     * @param label what the line is, such as "988 Suicide & Crisis Lifeline"
     * @param number what to dial, such as "116 123"
     * @param action what to do, such as "Call or text"
     * @param primary shown in the compact crisis line at the top of every page
     * @param translations the region, label and action in other languages, by language code ({@code es}),
     *     for the pages of that edition
     */
    public record CrisisLine(@NotBlank String region, @NotBlank String label,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ]{1,19}", message = "must be a phone number such as 116 123")
            String number,
            @NotBlank @DefaultValue("Call") String action,
            @DefaultValue("false") boolean primary,
            @Nullable Map<String, @Valid Words> translations) {

        public CrisisLine {
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }

        /** The words of a line in another language. */
        public record Words(@NotBlank String region, @NotBlank String label, @NotBlank String action) {
        }

        /** The region in a page's language: the translation when there is one, else as written. */
        public String region(Locale locale) {
            Words words = translations.get(locale.getLanguage());
            return words == null ? region : words.region();
        }

        public String label(Locale locale) {
            Words words = translations.get(locale.getLanguage());
            return words == null ? label : words.label();
        }

        public String action(Locale locale) {
            Words words = translations.get(locale.getLanguage());
            return words == null ? action : words.action();
        }

        /** A {@code tel:} link target for the number. */
        public String tel() {
            return "tel:" + number.replace(" ", "");
        }
    }

    /**
     * @param pages for every page: browsers and CDNs may reuse it briefly, then revalidate with its ETag
     * @param notFound for the "page not found" answer
     */
    public record Cache(@NotBlank @DefaultValue("public, max-age=300, stale-while-revalidate=3600") String pages,
            @NotBlank @DefaultValue("public, max-age=60") String notFound) {
    }

    public record Clinic(@NotBlank String name, @Nullable String phone, @Nullable String address) {
    }

    /**
     * @param applicationOrigin an instance of this application that answers what a static host cannot: the
     *     feedback form, search and the prepare tool, such as {@code https://app.clinic.example}. The exported
     *     pages' forms send there (each form's own path is added). Unset, the exported pages leave out the
     *     feedback and search forms, and the prepare page says the tool is not available. The live pages
     *     always send their forms to their own server.
     */
    public record Export(@Nullable URI applicationOrigin) {

        @AssertTrue(message = "site.export.application-origin must be an absolute http or https address with no "
                + "path, such as https://app.clinic.example")
        public boolean isApplicationOriginValid() {
            return applicationOrigin == null || isOrigin(applicationOrigin);
        }

        /** Where an exported page's form sends, for the form's site path; null when the form is left out. */
        public @Nullable String action(String path) {
            return applicationOrigin == null ? null : withoutSlash(applicationOrigin) + path;
        }
    }

    @AssertTrue(message = "site.base-url must be an absolute http or https address with no path, such as "
            + "https://example.org")
    public boolean isBaseUrlValid() {
        return baseUrl != null && isOrigin(baseUrl);
    }

    /** An absolute http or https address with no path (or just /), query or fragment. */
    private static boolean isOrigin(URI address) {
        return ("http".equals(address.getScheme()) || "https".equals(address.getScheme()))
                && address.getHost() != null && (address.getRawPath() == null || address.getRawPath().isEmpty()
                        || "/".equals(address.getRawPath()))
                && address.getRawQuery() == null && address.getRawFragment() == null;
    }

    private static String withoutSlash(URI origin) {
        String text = origin.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The absolute address of a site path, for canonical links. */
    public String url(String path) {
        return withoutSlash(baseUrl) + path;
    }

    public List<CrisisLine> primaryCrisisLines() {
        return crisisLines.stream().filter(CrisisLine::primary).toList();
    }
}
