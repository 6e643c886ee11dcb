package dev.rantai.metrics;

import java.time.Duration;
import java.util.Arrays;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Quarkus times every HTTP request ({@code http_server_requests_seconds}) with a count, a sum and a
 * maximum only; this filter adds histogram buckets, so latency quantiles can be computed over any set of
 * nodes ({@code histogram_quantile} over the summed {@code _bucket} series). Quarkus applies every
 * {@link MeterFilter} bean to its registries.
 */
@Singleton
public class HttpHistograms {
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    /** An API read answers in about a millisecond; a submission waits for its block to be mined and committed. */
    static final Duration[] BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10) };

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                // A timer's bucket bounds are given in nanoseconds.
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Arrays.stream(BUCKETS).mapToDouble(Duration::toNanos).toArray())
                        .build().merge(config);
            }
        };
    }
}
