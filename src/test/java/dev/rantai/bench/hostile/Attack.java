package dev.rantai.bench.hostile;

/**
 * One attack of the hostile benchmark: {@code run} attacks until the context's deadline; {@code atEnd} runs
 * just before it, while the attack's connections are still open, to record what only then can be seen.
 */
record Attack(String name, String description, Body run, Body atEnd) {

    interface Body {
        void run(AttackContext ctx) throws Exception;
    }

    Attack(String name, String description, Body run) {
        this(name, description, run, ctx -> {
        });
    }
}
