package dev.rantai.web.problem;

import java.util.Optional;

import dev.rantai.chain.RuleViolation;

/** A request the API refuses, with everything its problem details need. Thrown by the web layer only. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final int status;
    private final String rule;

    public ProblemException(ProblemType type, String detail) {
        this(type, type.status(), detail, null);
    }

    private ProblemException(ProblemType type, int status, String detail, String rule) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.rule = rule;
    }

    /** A broken chain rule: 413 for data that is too large, 422 for any other rule. */
    public static ProblemException ruleViolated(RuleViolation violation) {
        int status = violation.rule() == dev.rantai.chain.Rule.DATA_TOO_LARGE ? 413 : 422;
        return new ProblemException(ProblemType.RULE_VIOLATION, status, violation.detail(), violation.rule().id());
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
