package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** deploy/ketamine-info.service as systemd reads it, and the promises README makes about it. */
class SystemdUnitTest {

    @Test
    void systemdAnalyzeVerifyFindsNoProblem() throws Exception {
        Process verify;
        try {
            verify = new ProcessBuilder("systemd-analyze", "verify", DeployFiles.SYSTEMD.toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("systemd-analyze is not installed: apt-get install systemd "
                    + "(.ci/run does this)", e);
        }
        String output = new String(verify.getInputStream().readAllBytes());

        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.contains("ketamine-info.service"))).as(output).isEmpty();
    }

    @Test
    void runsAsItsOwnUserRestartsOnFailureAndStopsGracefully() throws Exception {
        List<String> lines = Files.readAllLines(DeployFiles.SYSTEMD);

        assertThat(lines).contains("User=ketamine-info", "Restart=on-failure", "KillSignal=SIGTERM",
                "SuccessExitStatus=143", "EnvironmentFile=/etc/ketamine-info/ketamine-info.env");
        assertThat(lines).noneMatch(line -> line.matches("User=(root|0)"));
        assertThat(lines).filteredOn(line -> line.startsWith("ExecStart=")).singleElement().asString()
                .contains("-Xmx", "-XX:+ExitOnOutOfMemoryError", "-jar ");
        // Longer than Spring Boot's 30 s for requests in flight, so systemd never kills a graceful stop.
        assertThat(lines).filteredOn(line -> line.startsWith("TimeoutStopSec=")).singleElement().asString()
                .satisfies(line -> assertThat(Integer.parseInt(line.substring("TimeoutStopSec=".length())))
                        .isGreaterThan(30));
        assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("shutdown: graceful");
    }
}
