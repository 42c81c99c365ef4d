package org.ketamineinfo.system;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code site.editors.*} settings: the one editor account for {@code /editors/**}.
 *
 * @param username the editor's user name
 * @param password the editor's password as a {@code DelegatingPasswordEncoder} value, such as
 *     {@code {bcrypt}$2a$10$...} (the README shows how to make one); without it the editors' pages answer 404
 */
@Validated
@ConfigurationProperties("site.editors")
public record EditorsProperties(@NotBlank @DefaultValue("editor") String username, @Nullable String password) {

    public boolean enabled() {
        return password != null && !password.isBlank();
    }
}
