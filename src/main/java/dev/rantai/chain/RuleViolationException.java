package dev.rantai.chain;

/** A submission or block that breaks a rule; carries the rule so the edge can say which. */
public class RuleViolationException extends RuntimeException {
    private final RuleViolation violation;

    public RuleViolationException(RuleViolation violation) {
        super(violation.message(), null, false, false);
        this.violation = violation;
    }

    public RuleViolation violation() {
        return violation;
    }
}
