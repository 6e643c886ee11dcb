package dev.rantai.metrics;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops Micrometer's warning that the gauges {@code vertx.http.connections.current} and
 * {@code vertx.http.connections.max} are already registered. Quarkus registers them for the HTTP
 * connection limit ({@code quarkus.http.limits.max-connections}) once for each event loop that
 * serves a connection; the first registration stands and the gauges are right, so the warning, at
 * the first connection on each further event loop, says nothing an operator can act on. Every other
 * repeated registration is still logged.
 */
@LoggingFilter(name = "repeated-http-gauge")
public final class RepeatedHttpGaugeFilter implements Filter {
    static final String WARNING = "This Gauge has been already registered";
    static final String GAUGES = "name='vertx.http.connections.";

    @Override
    public boolean isLoggable(LogRecord record) {
        // The pattern starts as the message does: every other record passes without being formatted here.
        String pattern = record.getMessage();
        if (pattern == null || !pattern.startsWith(WARNING)) {
            return true;
        }
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : pattern;
        return !message.contains(GAUGES);
    }
}
