package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SitePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SiteProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class)
            .withPropertyValues("site.crisis-lines[0].region=US", "site.crisis-lines[0].label=988 Lifeline",
                    "site.crisis-lines[0].number=988");

    @Test
    void defaultsGiveAWorkingSite() {
        runner.run(context -> {
            SiteProperties site = context.getBean(SiteProperties.class);
            assertThat(site.name()).isEqualTo("Ketamine Therapy Guide");
            assertThat(site.content().location()).isEqualTo("content");
            assertThat(site.content().skipBadFiles()).isFalse();
            assertThat(site.url("/about")).isEqualTo("http://localhost:8080/about");
            assertThat(site.crisisLines().get(0).tel()).isEqualTo("tel:988");
            assertThat(site.clinic()).isNull();
            assertThat(site.export().applicationOrigin()).isNull();
            assertThat(site.export().action("/feedback")).as("the export leaves the forms out").isNull();
        });
    }

    @Test
    void anApplicationOriginForTheExportIsAnAbsoluteWebAddressWithNoPath() {
        runner.withPropertyValues("site.export.application-origin=https://app.clinic.example/").run(context -> {
            SiteProperties.Export export = context.getBean(SiteProperties.class).export();
            assertThat(export.action("/es/opinion")).isEqualTo("https://app.clinic.example/es/opinion");
            assertThat(export.action("/es/buscar")).isEqualTo("https://app.clinic.example/es/buscar");
            assertThat(export.action("/prepare")).isEqualTo("https://app.clinic.example/prepare");
        });
        for (String bad : new String[] {"app.clinic.example", "ftp://app.clinic.example",
                "https://clinic.example/app", "https://clinic.example?a", "https://clinic.example#form"}) {
            runner.withPropertyValues("site.export.application-origin=" + bad).run(context -> {
                assertThat(context).as(bad).hasFailed();
                assertThat(context.getStartupFailure()).as(bad).rootCause().hasMessageContaining(
                        "site.export.application-origin must be an absolute http or https address with no path");
            });
        }
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressStopsStartUp() {
        for (String bad : new String[] {"example.org", "ftp://example.org", "https://example.org/site", "https://x.org?a"}) {
            runner.withPropertyValues("site.base-url=" + bad).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("site.base-url must be an "
                        + "absolute http or https address");
            });
        }
    }

    @Test
    void aCrisisLineWithoutAValidNumberStopsStartUp() {
        runner.withPropertyValues("site.crisis-lines[0].number=call us").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("crisisLines[0].number")
                    .hasMessageContaining("must be a phone number such as 116 123");
        });
    }

    @Test
    void noCrisisLinesAtAllStopsStartUp() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("crisisLines");
        });
    }

    @Test
    void clinicDetailsAreOptionalButNeedANameWhenGiven() {
        runner.withPropertyValues("site.clinic.phone=555 0100").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("clinic.name");
        });
        runner.withPropertyValues("site.clinic.name=Example Clinic", "site.clinic.phone=555 0100").run(context ->
                assertThat(context.getBean(SiteProperties.class).clinic().phone()).isEqualTo("555 0100"));
    }
}
