package dev.rantai.metrics;

import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the tags of {@code http_server_requests_seconds} to values the node chooses, so that no stranger can
 * add series by the request: a method outside RFC 9110's (and PATCH, RFC 5789) is {@code method="UNKNOWN"},
 * and an OPTIONS request, which the framework answers 200 on any path, is {@code uri="UNKNOWN"}. Without
 * this, 110 OPTIONS to made-up paths used up Micrometer's 100 URI tags, and endpoints first called after
 * them vanished from the metrics; 300 made-up methods added 4,800 series.
 */
@Singleton
public class HttpTagBounds {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE",
            "PATCH");
    static final String UNKNOWN = "UNKNOWN";

    @Produces
    @Singleton
    MeterFilter httpServerTagBounds() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith(HttpHistograms.HTTP_SERVER_REQUESTS)) {
                    return id;
                }
                String method = id.getTag("method");
                boolean known = method == null || METHODS.contains(method);
                if (known && !"OPTIONS".equals(method)) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().map(t -> switch (t.getKey()) {
                    case "method" -> known ? t : Tag.of("method", UNKNOWN);
                    case "uri" -> Tag.of("uri", UNKNOWN);
                    default -> t;
                }).toList());
            }
        };
    }
}
