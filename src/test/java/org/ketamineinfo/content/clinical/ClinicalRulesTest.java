package org.ketamineinfo.content.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The clinical rules, run on the real {@code content/} (each must find nothing) and on a fixture made
 * of the wording the clinical review found wrong (each must find it, at its line, with the fix).
 */
class ClinicalRulesTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path OLD_WORDING = Path.of("src/test/resources/fixtures/clinical-review/content");

    @TestFactory
    Stream<DynamicTest> theSiteKeepsEveryClinicalRule() {
        List<MarkdownSource> files = MarkdownSource.under(CONTENT);
        assertThat(files).hasSizeGreaterThan(10);
        return rules().stream().map(rule -> dynamicTest(rule.id(), () -> {
            List<Finding> findings = rule.check(files);
            assertThat(findings).as(() -> "\n" + findings.stream().map(Finding::toString)
                    .collect(Collectors.joining("\n"))).isEmpty();
        }));
    }

    @Test
    void theWordingTheReviewFoundWrongBreaksTheRulesAtItsLineWithTheFix() throws IOException {
        List<String> report = rules().stream().flatMap(rule -> rule.check(MarkdownSource.under(OLD_WORDING)).stream())
                .map(Finding::toString).toList();

        List<String> expected = Files.readAllLines(OLD_WORDING.resolveSibling("expected-findings.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(report).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyRuleCatchesSomethingInTheOldWording() {
        List<MarkdownSource> old = MarkdownSource.under(OLD_WORDING);
        for (ContentRule rule : rules()) {
            assertThat(rule.check(old)).as(rule.id() + " finds nothing in the old wording, so it is never tested")
                    .isNotEmpty();
        }
    }

    @Test
    void theGlossaryIsInTheSitesOwnWords() {
        List<Finding> findings = glossaryRule().check(CONTENT.resolve("glossary.yml"), "content/glossary.yml");

        assertThat(findings).as(() -> findings.stream().map(Finding::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void glossaryEntriesCloseToTheBriefAreFoundAtTheirLine() {
        List<String> findings = glossaryRule().check(OLD_WORDING.resolve("glossary.yml"), "content/glossary.yml")
                .stream().map(Finding::toString).toList();

        assertThat(findings).containsExactly(
                "content/glossary.yml:4: glossary-in-own-words: 'Esketamine' repeats the content brief's draft "
                        + "(\"a nasal spray made from one\"); say it in the site's own words",
                "content/glossary.yml:12: glossary-in-own-words: 'Contraindication' repeats the content brief's "
                        + "draft (\"a health reason that makes a\"); say it in the site's own words",
                "content/glossary.yml:16: glossary-in-own-words: 'Complex regional pain syndrome' repeats the content "
                        + "brief's draft (\"after an injury the pain is\"); say it in the site's own words");
    }

    private static GlossaryOwnWordsRule glossaryRule() {
        return GlossaryOwnWordsRule.from(OLD_WORDING.resolveSibling("brief-glossary.txt"));
    }

    static List<ContentRule> rules() {
        return ClinicalRules.all(configuredCrisisNumbers());
    }

    /** The numbers in {@code site.crisis-lines}, as the site ships them. */
    @SuppressWarnings("unchecked")
    static Set<String> configuredCrisisNumbers() {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> site = (Map<String, Object>) yaml.get("site");
            List<Map<String, Object>> lines = (List<Map<String, Object>>) site.get("crisis-lines");
            Set<String> numbers = new LinkedHashSet<>();
            lines.forEach(line -> numbers.add(CrisisNumberRule.digits(String.valueOf(line.get("number")))));
            return numbers;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
