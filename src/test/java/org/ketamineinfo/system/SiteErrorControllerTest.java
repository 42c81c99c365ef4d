package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SiteErrorController.class)
@FixtureSlice
class SiteErrorControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void notFoundGetsTheFriendlyPageWithNavigation() {
        assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .hasStatus(404)
                .bodyText().contains("<h1>Page not found</h1>", "href=\"/sections/basics\"", "href=\"/\"");
    }

    @Test
    void serverErrorsGetACalmPageWithoutAnyTrace() {
        assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .hasStatus(500).hasViewName("error")
                .bodyText().contains("Sorry, something went wrong").doesNotContain("secret detail", "IllegalState",
                        "at org.");
    }

    @Test
    void refusedMethodsAreToldTheOnlyTwoThereAre() {
        assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405))
                .hasStatus(405).hasHeader("Allow", "GET, HEAD");
    }

    @Test
    void badRequestsGetTheErrorPageWithTheirStatus() {
        assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400))
                .hasStatus(400).bodyText().contains("<h1>Sorry, we could not handle that request</h1>",
                        "Check the address and try again").doesNotContain("on our side");
    }
}
