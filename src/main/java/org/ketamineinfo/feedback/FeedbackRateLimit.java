package org.ketamineinfo.feedback;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feedback posts per client, counted in memory (Bucket4j token buckets), never stored or logged.
 * Each instance counts its own clients; behind a proxy the client is the address the proxy vouches
 * for. The table is emptied when it grows past {@link #MAX_CLIENTS}, so a flood of addresses cannot
 * grow it without end (a client then simply starts afresh).
 */
final class FeedbackRateLimit {

    static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    FeedbackRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean allow(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
