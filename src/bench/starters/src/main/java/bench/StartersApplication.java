package bench;

import jakarta.validation.constraints.NotBlank;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's starters doing the least each is for: a validated setting, a security chain, a health
 * endpoint, one Thymeleaf page at {@code /}, and a Flyway migration run in the background once the
 * application is ready, as the site runs its own (so neither has it before its first page).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Controller
public class StartersApplication {

    @Validated
    @ConfigurationProperties("starters")
    public record Settings(@NotBlank @DefaultValue("Starters") String name) {
    }

    private final Settings settings;
    private final DataSource dataSource;

    StartersApplication(Settings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    @Bean
    SecurityFilterChain everyoneMayRead(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void migrateInTheBackground() {
        Thread migration = new Thread(() -> Flyway.configure().dataSource(dataSource).load().migrate(), "schema");
        migration.setDaemon(true);
        migration.start();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("name", settings.name());
        return "home";
    }

    public static void main(String[] args) {
        SpringApplication.run(StartersApplication.class, args);
    }
}
