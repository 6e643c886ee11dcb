package dev.rantai.web.problem;

import java.util.Map;
import java.util.Optional;

import dev.rantai.chain.RuleViolation;

/** A request the API refuses, with everything its problem details need. Thrown by the web layer only. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final int status;
    private final String rule;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail, null, Map.of());
    }

    private ProblemException(ProblemType type, int status, String detail, String rule, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.rule = rule;
        this.headers = headers;
    }

    /**
     * This problem with a header its response must carry, such as {@code Accept-Encoding} on a 415 for a
     * content coding the node does not take (RFC 9110, section 12.5.3).
     */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(type, status, getMessage(), rule, Map.copyOf(more));
    }

    /** Headers the response carries besides the problem itself; empty for most problems. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A broken chain rule: 413 for data that is too large, 422 for any other rule. */
    public static ProblemException ruleViolated(RuleViolation violation) {
        int status = violation.rule() == dev.rantai.chain.Rule.DATA_TOO_LARGE ? 413 : 422;
        return new ProblemException(ProblemType.RULE_VIOLATION, status, violation.detail(), violation.rule().id(),
                Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /** Why a submission was rejected, for metrics: the rule when one was broken, else the problem type. */
    public String reason() {
        return rule().orElse(type.id());
    }
}
