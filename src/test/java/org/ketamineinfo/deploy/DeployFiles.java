package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files in {@code deploy/} as an operator copies them, changed only where a machine differs: ports,
 * certificate paths, the instances' addresses. Each change names text that must be in the file, so a
 * test never silently runs a configuration other than the one shipped.
 */
final class DeployFiles {

    static final Path NGINX = Path.of("deploy/nginx/ketamine-info.conf");
    static final Path ENVIRONMENT = Path.of("deploy/ketamine-info.env");
    static final Path SYSTEMD = Path.of("deploy/ketamine-info.service");

    private DeployFiles() {
    }

    /** The shipped nginx configuration with each {@code from} replaced by its {@code to}. */
    static String nginx(Map<String, String> changes) {
        String config = read(NGINX);
        for (var change : changes.entrySet()) {
            assertThat(config).as("deploy/nginx/ketamine-info.conf has " + change.getKey()).contains(change.getKey());
            config = config.replace(change.getKey(), change.getValue());
        }
        return config;
    }

    /**
     * The shipped environment file read as systemd reads an EnvironmentFile: {@code KEY=value} lines,
     * comments and blank lines skipped, a value in single quotes taken as it is.
     */
    static Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : read(ENVIRONMENT).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            String value = trimmed.substring(equals + 1);
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            variables.put(trimmed.substring(0, equals), value);
        }
        return variables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
