package org.ketamineinfo.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketamineinfo.content.ContentProblem;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "content" part of /actuator/health: what is loaded and when, whether the files have changed in a
 * way that could not be published (the site then serves the last good version, so it stays UP but says
 * it is stale, and why), and which articles are past their review date, for editors.
 */
@Component("content")
class ContentHealthIndicator implements HealthIndicator {

    private final ContentStore store;
    private final SiteProperties site;
    private final Clock clock;

    ContentHealthIndicator(ContentStore store, SiteProperties site, Clock clock) {
        this.store = store;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public Health health() {
        SiteContent content = store.current();
        LocalDate today = LocalDate.now(clock);
        List<Map<String, String>> overdue = content.articles().stream()
                .filter(article -> article.nextReview().isBefore(today))
                .map(article -> Map.of("article", article.path(), "nextReview", article.nextReview().toString()))
                .toList();
        Health.Builder health = Health.up()
                .withDetail("articles", content.articles().size())
                .withDetail("pages", content.pages().size())
                .withDetail("glossaryTerms", content.glossary().size())
                .withDetail("contentChangedAt", content.changedAt().toString())
                .withDetail("reload", site.content().reload())
                .withDetail("overdueReviews", overdue)
                // Translations behind their English original: each page says so; editors see how many.
                .withDetail("translations", content.editions().stream().skip(1)
                        .mapToInt(edition -> edition.articles().size() + edition.pages().size()).sum())
                .withDetail("staleTranslations", content.staleTranslations().size());
        ContentStore.Staleness staleness = store.staleness();
        if (staleness == null) {
            return health.withDetail("stale", false).build();
        }
        return health.withDetail("stale", true)
                .withDetail("staleSince", staleness.since().toString())
                .withDetail("problems", staleness.problems().stream().map(ContentProblem::toString).toList())
                .withDetail("error", staleness.error() == null ? "" : staleness.error())
                .build();
    }
}
