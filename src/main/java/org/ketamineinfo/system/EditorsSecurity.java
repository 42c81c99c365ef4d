package org.ketamineinfo.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards the editors' area and nothing else: its one filter chain matches
 * {@code /editors/**} only, so readers' pages keep their own headers and never get a session or a
 * cookie. HTTP Basic over TLS (see README, behind a proxy), stateless: not even editors get a cookie.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for --export
class EditorsSecurity {

    @Bean
    SecurityFilterChain editorsArea(HttpSecurity http, EditorsProperties editors) throws Exception {
        http.securityMatcher("/editors/**");
        if (editors.enabled()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("EDITOR"))
                    .httpBasic(Customizer.withDefaults());
        } else {
            // No account: no login either; the controller answers 404, for there is no area.
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .httpBasic(basic -> basic.disable());
        }
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Every answer here sets its own Cache-Control (no-store, or the 404 page's); Security's
                // would add Pragma and "Expires: 0", which is not an HTTP date (RFC 9111 §5.3).
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                // Editors only read (GET); there is no form to forge.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    UserDetailsService editorAccount(EditorsProperties editors) {
        if (!editors.enabled()) {
            return username -> {
                throw new UsernameNotFoundException("no editor account is set up");
            };
        }
        return new InMemoryUserDetailsManager(User.withUsername(editors.username()).password(editors.password())
                .roles("EDITOR").build());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
