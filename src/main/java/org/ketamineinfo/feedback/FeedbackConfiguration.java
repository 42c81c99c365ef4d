package org.ketamineinfo.feedback;

import java.time.Clock;
import javax.sql.DataSource;
import org.ketamineinfo.system.EditorsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({FeedbackProperties.class, EditorsProperties.class})
class FeedbackConfiguration {

    @Bean
    FeedbackDatabase feedbackDatabase(DataSource dataSource) {
        return new FeedbackDatabase(dataSource);
    }

    @Bean
    FeedbackStore feedbackStore(DataSource dataSource) {
        return new FeedbackStore(JdbcClient.create(dataSource));
    }

    @Bean
    FeedbackRateLimit feedbackRateLimit(FeedbackProperties properties) {
        return new FeedbackRateLimit(properties.postsPerMinute());
    }

    @Bean
    CrisisPhrases crisisPhrases(FeedbackProperties properties) {
        return new CrisisPhrases(properties.crisisPhrases());
    }

    /** Only where the site is served: a static export must exit when done, with no scheduler thread left. */
    @Bean
    @ConditionalOnWebApplication
    FeedbackRetention feedbackRetention(FeedbackStore store, FeedbackDatabase database, FeedbackProperties properties,
            Clock clock) {
        return new FeedbackRetention(store, database, properties, clock);
    }

    /**
     * The schema is brought up to date once the site is serving, so a slow database never delays pages;
     * a static export (no web server) takes no feedback and leaves the database alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void migrate(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            ready.getApplicationContext().getBean(FeedbackDatabase.class).start();
        }
    }
}
