package dev.rantai;

import dev.rantai.web.problem.MalformedRequestRoutes;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The node's entry point: {@code java -jar quarkus-run.jar}, the container image and {@code quarkus:dev}
 * start here. It sets, before Quarkus loads its HTTP layer, what can only be set as a system property, then
 * runs the node until it is stopped.
 */
@QuarkusMain
public final class RantaiMain {
    private RantaiMain() {
    }

    /**
     * @param args the command line, passed on to Quarkus
     */
    public static void main(String... args) {
        // A request target that is not a URI gets the node's clear 400, not Quarkus' bare one.
        System.setProperty(MalformedRequestRoutes.QUARKUS_URI_CHECK, "true");
        Quarkus.run(args);
    }
}
