package dev.rantai.web.problem;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.chain.RuleViolationException;

/**
 * A failure as the API answers it: its problem details (RFC 9457) and the headers the answer carries besides
 * ({@code Retry-After}, {@code Accept-Encoding}). One translation for Quarkus REST's exception mappers
 * ({@link ProblemMappers}) and the node's own Vert.x routes, so that a failure reads the same on every path.
 */
public record ProblemAnswer(Problem problem, Map<String, String> headers) {
    /** Seconds a client should wait before submitting again when the chain is busy or stopping. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProblemAnswer.class);

    /**
     * The answer to a failure the API knows (a {@link ProblemException}, a broken chain rule, a chain that cannot
     * take submissions), unwrapped from a {@link CompletionException}; empty for any other failure.
     *
     * @param instance the request's path
     */
    public static Optional<ProblemAnswer> of(Throwable failure, String instance) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof ProblemException p) {
            return Optional.of(new ProblemAnswer(new Problem(p.type().uri(), p.type().title(), p.status(),
                    p.getMessage(), instance, p.rule().orElse(null)), p.headers()));
        }
        if (e instanceof RuleViolationException r) {
            return of(ProblemException.ruleViolated(r.violation()), instance);
        }
        if (e instanceof ChainUnavailableException u) {
            ProblemType type = ProblemType.CHAIN_UNAVAILABLE;
            return Optional.of(new ProblemAnswer(new Problem(type.uri(), type.title(), type.status(), u.getMessage()
                    + ". Retry after " + RETRY_AFTER_SECONDS + " seconds.", instance, null),
                    Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))));
        }
        return Optional.empty();
    }

    /**
     * Logs an unexpected failure once, with its stack trace, under a new incident id.
     *
     * @return the incident id, for {@link #internal}
     */
    public static String incident(Throwable e, String method, String path) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Request %s %s failed (incident %s)", method, path, incident);
        return incident;
    }

    /** The 500 of an unexpected failure: names its incident, and nothing of the failure itself. */
    public static ProblemAnswer internal(String incident, String instance) {
        return new ProblemAnswer(new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
                "The node failed to handle the request; its log names incident " + incident + ".", instance, null),
                Map.of());
    }

    /**
     * A body the HTTP server cut off (over {@code quarkus.http.limits.max-body-size}, past the edge's deadline, or a
     * connection that broke): a client's mistake, so one line without a stack trace.
     */
    public static void cutOff(String method, String path, Object from, String reason) {
        String shown = reason.length() <= 200 ? reason : reason.substring(0, 200) + "...";
        LOG.infof("Request %s %s from %s cut off: %s", method, path, from, shown);
    }
}
