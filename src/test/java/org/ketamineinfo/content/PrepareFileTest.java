package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.content.PrepareTool.Item;

/** content/prepare.yml: read into the tool, or every problem reported at its line with the fix. */
class PrepareFileTest {

    private static final String GOOD = """
            questions:
              - id: thoughts-of-suicide
                question: Are you having thoughts of ending your life?
                answers:
                  - id: "yes"
                    label: "Yes"
                    crisis: true
                    tell:
                      - text: I am having thoughts of ending my life.
                        link: /get-help-now
                  - id: "no"
                    label: "No"
              - id: heart
                question: Have you had heart disease?
                hint: Include high blood pressure.
                answers:
                  - id: "yes"
                    label: "Yes"
                    ask:
                      - text: Is it safe for my heart?
                        link: /articles/first-steps#what-it-is
                  - id: "no"
                    label: "No"
            standing:
              - text: What other treatments could I try?
                link: /articles/second-steps
            """;

    @TempDir
    Path temp;

    @Test
    void readsQuestionsAnswersAndTheirPointsInOrder() throws IOException {
        ContentLoader.Result result = load(GOOD);

        assertThat(result.problems()).isEmpty();
        PrepareTool tool = result.site().prepare();
        assertThat(tool.published()).isTrue();
        assertThat(tool.questions()).extracting(PrepareTool.Question::id).containsExactly("thoughts-of-suicide", "heart");
        PrepareTool.Answer yes = tool.question("thoughts-of-suicide").orElseThrow().answer("yes").orElseThrow();
        assertThat(yes.crisis()).isTrue();
        assertThat(yes.tell()).containsExactly(new Item("I am having thoughts of ending my life.", "/get-help-now"));
        assertThat(tool.question("heart").orElseThrow().hint()).isEqualTo("Include high blood pressure.");
        assertThat(tool.standing()).containsExactly(new Item("What other treatments could I try?", "/articles/second-steps"));
        assertThat(result.site().publishedPaths()).contains("/prepare");
    }

    @Test
    void withoutPrepareYmlTheToolIsNotPublished() {
        SiteContent site = Fixtures.loader().load(Fixtures.GOOD).site();

        assertThat(site.prepare().published()).isFalse();
        assertThat(site.publishedPaths()).doesNotContain("/prepare");
    }

    @Test
    void eachProblemIsReportedAtItsLineWithTheFix() throws IOException {
        ContentLoader.Result result = load("""
                questions:
                  - id: Heart Disease
                    question: Have you had heart disease?
                    answers:
                      - id: "yes"
                        lable: "Yes"
                  - id: pregnancy
                    question: Are you pregnant?
                    answers:
                      - id: "yes"
                        label: "Yes"
                        crisis: true
                      - id: "yes"
                        label: "No"
                        tell:
                          - text: Whether I am pregnant.
                            link: articles/first-steps
                """);

        assertThat(report(result)).isEqualTo("""
                site/prepare.yml:2: 'Heart Disease' is not a valid question id; use lower-case letters, digits and hyphens
                site/prepare.yml:4: a question needs 2 to 6 answers (it has 1)
                site/prepare.yml:5: missing required field 'label'
                site/prepare.yml:6: unknown field 'lable'; did you mean 'label'?
                site/prepare.yml:13: the answer id 'yes' is used twice; each must be different
                site/prepare.yml:17: 'articles/first-steps' must be an address on this site, starting with /""");
        assertThat(result.site().prepare().published()).isFalse();
    }

    @Test
    void linksMustLeadToAPublishedPageAndHeading() throws IOException {
        ContentLoader.Result result = load(GOOD.replace("/articles/first-steps#what-it-is", "/articles/first-steps#nowhere")
                .replace("/articles/second-steps", "/articles/no-such-article"));

        assertThat(report(result)).isEqualTo("""
                site/prepare.yml:21: link to '/articles/first-steps#nowhere': that page has no heading with the anchor 'nowhere'; check it against the page's contents
                site/prepare.yml:26: link to '/articles/no-such-article', which is not a published page; use an address such as /articles/side-effects-and-risks""");
        assertThat(result.site().prepare().published()).isFalse();
    }

    @Test
    void theToolMustAskAboutThoughtsOfSuicide() throws IOException {
        ContentLoader.Result result = load(GOOD.replace("crisis: true", "crisis: false"));

        assertThat(report(result)).isEqualTo("site/prepare.yml:1: no answer is marked 'crisis: true'; the tool must ask "
                + "about thoughts of ending your life, and a 'yes' must put the crisis help at the top of the list");
    }

    @Test
    void theBundledToolCoversWhatAClinicianMustHear() {
        SiteContent site = new ContentLoader(new MarkdownRenderer(), java.time.Clock.systemDefaultZone())
                .load(Path.of("content")).site();

        assertThat(site.prepare().questions()).extracting(PrepareTool.Question::id).contains("thoughts-of-suicide",
                "treatments-tried", "form-offered", "heart-and-blood-vessels", "mental-health-history", "pregnancy",
                "alcohol-and-drugs", "bladder-kidney-liver-memory", "other-medicines", "getting-home", "paying");
        assertThat(site.prepare().questions().get(0).answers()).anyMatch(PrepareTool.Answer::crisis);
    }

    private ContentLoader.Result load(String prepareYml) throws IOException {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Files.writeString(site.resolve("prepare.yml"), prepareYml);
        return Fixtures.loader().load(site);
    }

    private static String report(ContentLoader.Result result) {
        return result.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
