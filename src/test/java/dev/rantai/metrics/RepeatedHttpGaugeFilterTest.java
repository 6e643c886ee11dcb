package dev.rantai.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class RepeatedHttpGaugeFilterTest {
    private final RepeatedHttpGaugeFilter filter = new RepeatedHttpGaugeFilter();

    @Test
    void theConnectionLimitsGaugesRegisteredOncePerEventLoopAreNotLogged() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, RepeatedHttpGaugeFilter.WARNING
                + " (MeterId{name='vertx.http.connections.current', tags=[]}), the registration will be ignored.",
                ExtLogRecord.FormatStyle.NO_FORMAT, "io.micrometer.core.instrument.MeterRegistry");
        assertThat(filter.isLoggable(record)).isFalse();
        assertThat(filter.isLoggable(new ExtLogRecord(Level.WARNING, RepeatedHttpGaugeFilter.WARNING
                + " (MeterId{name='vertx.http.connections.max', tags=[]}), the registration will be ignored.",
                ExtLogRecord.FormatStyle.NO_FORMAT, "io.micrometer.core.instrument.MeterRegistry"))).isFalse();
    }

    @Test
    void anyOtherRepeatedGaugeAndAnyOtherLineAreStillLogged() {
        assertThat(filter.isLoggable(new ExtLogRecord(Level.WARNING, RepeatedHttpGaugeFilter.WARNING
                + " (MeterId{name='rantai.chain.height', tags=[]}), the registration will be ignored.",
                ExtLogRecord.FormatStyle.NO_FORMAT, "io.micrometer.core.instrument.MeterRegistry"))).isTrue();
        assertThat(filter.isLoggable(new ExtLogRecord(Level.WARNING, "vertx.http.connections.current is 512",
                ExtLogRecord.FormatStyle.NO_FORMAT, "x"))).isTrue();
        assertThat(filter.isLoggable(new ExtLogRecord(Level.INFO, null, ExtLogRecord.FormatStyle.NO_FORMAT, "x")))
                .isTrue();
    }
}
