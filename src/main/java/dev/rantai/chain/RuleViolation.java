package dev.rantai.chain;

/** A broken rule and what exactly was wrong, in words a user can act on. */
public record RuleViolation(Rule rule, String detail) {
    public String message() {
        return rule.id() + ": " + detail;
    }
}
