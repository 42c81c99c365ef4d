package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/**
 * The interface text in src/main/resources/messages*.properties: the Spanish file translates every
 * English key and nothing else, and every message the templates ask for exists.
 */
class MessagesTest {

    private static final Path ENGLISH = Path.of("src/main/resources/messages.properties");
    private static final Path SPANISH = Path.of("src/main/resources/messages_es.properties");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** The only Spanish values that may be the same as the English: the same word in both languages. */
    private static final Map<String, String> SAME_IN_SPANISH = Map.of("parts.feedback.no", "No");

    /** {@code #{key}}, {@code #{key(...)}}; group 1 is everything up to the parameters or the end. */
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*([^}(]*)");
    /** {@code #messages.msg('key', ...)} and the other methods of #messages; group 2 is the first argument. */
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.(\\w+)\\(\\s*([^,)]*)");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");
    private static final Pattern QUOTED_KEY = Pattern.compile("'(" + KEY.pattern() + ")'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    /** An apostrophe on its own, which java.text.MessageFormat would swallow in a message with {0}. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load(ENGLISH).keySet();
        Set<String> spanish = load(SPANISH).keySet();
        assertThat(english).as("keys in %s", ENGLISH).hasSizeGreaterThan(100);
        assertThat(missing(english, spanish)).as("keys of %s missing from %s", ENGLISH, SPANISH).isEmpty();
        assertThat(missing(spanish, english)).as("keys in %s that %s does not have", SPANISH, ENGLISH).isEmpty();
    }

    @Test
    void noSpanishValueIsLeftInEnglish() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> spanish = load(SPANISH);
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, value) -> {
            String translation = spanish.get(key);
            if (translation != null && words(translation).equalsIgnoreCase(words(value))
                    && !translation.equals(SAME_IN_SPANISH.get(key))) {
                untranslated.add(key + "=" + translation);
            }
        });
        assertThat(untranslated).as("Spanish values equal to the English (%s)", SPANISH).isEmpty();
        // The allow-list stays short and true: each entry is a key whose Spanish really is that word.
        SAME_IN_SPANISH.forEach((key, word) -> assertThat(spanish).containsEntry(key, word));
    }

    @Test
    void everyMessageTheTemplatesUseExists() throws IOException {
        Set<String> english = load(ENGLISH).keySet();
        Map<String, Set<String>> used = new TreeMap<>();
        List<String> notLiteral = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            String name = TEMPLATES.relativize(template).toString();
            Matcher expression = MESSAGE_EXPRESSION.matcher(text);
            while (expression.find()) {
                String key = expression.group(1).strip();
                if (KEY.matcher(key).matches()) {
                    used.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
                } else {
                    notLiteral.add(name + ": #{" + key);
                }
            }
            Matcher call = MESSAGES_CALL.matcher(text);
            while (call.find()) {
                Matcher key = QUOTED_KEY.matcher(call.group(2).strip());
                if (key.matches()) {
                    used.computeIfAbsent(key.group(1), k -> new TreeSet<>()).add(name);
                } else {
                    notLiteral.add(name + ": #messages." + call.group(1) + "(" + call.group(2));
                }
            }
        }
        // A key built at run time could not be checked here: templates name each key in full.
        assertThat(notLiteral).as("message keys that are not written out in the template").isEmpty();
        assertThat(used).as("messages used by the templates").hasSizeGreaterThan(100)
                .containsKeys("layout.skipLink", "parts.keyPoints.title", "date.long");
        Map<String, Set<String>> unknown = new TreeMap<>(used);
        unknown.keySet().removeAll(english);
        assertThat(unknown).as("keys used in templates (key=[templates]) but missing from %s", ENGLISH).isEmpty();
    }

    /** {0} in one language is {0} in the other, and MessageFormat reads both the same way. */
    @Test
    void translationsKeepTheirPlaceholders() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> spanish = load(SPANISH);
        List<String> problems = new ArrayList<>();
        english.forEach((key, value) -> {
            String translation = spanish.getOrDefault(key, "");
            if (!placeholders(value).equals(placeholders(translation))) {
                problems.add(key + ": " + placeholders(value) + " in English, " + placeholders(translation) + " in Spanish");
            }
            for (String message : List.of(value, translation)) {
                if (!placeholders(message).isEmpty() && LONE_APOSTROPHE.matcher(message).find()) {
                    problems.add(key + ": a single ' in a message with {0} (write '')");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * The MessageSource Spring Boot builds from application.yml: English stays English on a server whose
     * own locale is Spanish, and accents arrive intact (the files are read as UTF-8).
     */
    @Test
    void theApplicationReadsEnglishAndSpanishAsWritten() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        try {
            new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                    .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
                    .run(context -> {
                        MessageSource messages = context.getBean(MessageSource.class);
                        assertThat(messages.getMessage("parts.feedback.question", null, Locale.ENGLISH))
                                .isEqualTo("Was this page helpful?");
                        assertThat(messages.getMessage("parts.feedback.question", null, Locale.US))
                                .isEqualTo("Was this page helpful?");
                        assertThat(messages.getMessage("parts.feedback.question", null, Locale.forLanguageTag("es")))
                                .isEqualTo("¿Le resultó útil esta página?");
                        assertThat(messages.getMessage("parts.reviewDates.last", null, Locale.forLanguageTag("es-MX")))
                                .isEqualTo("Página revisada por última vez:");
                        assertThat(messages.getMessage("search.matches.many", new Object[] {"3"}, Locale.ENGLISH))
                                .isEqualTo("3 pages match");
                    });
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The file's entries; a key written twice (the second would silently win) fails the test. */
    private static Map<String, String> load(Path file) throws IOException {
        Set<Object> twice = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add(key);
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertThat(twice).as("keys written twice in %s", file).isEmpty();
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
            return templates;
        }
    }

    private static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> missing = new TreeSet<>(from);
        missing.removeAll(in);
        return missing;
    }

    /** The words of a value, whatever line breaks and spaces it keeps. */
    private static String words(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static List<String> placeholders(String value) {
        return PLACEHOLDER.matcher(value).results().map(MatchResult::group).sorted().toList();
    }
}
