package dev.rantai.devmode;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;

/**
 * Dev mode ({@code quarkus:dev}) only: puts {@link StaleApplicationHandler} right after Quarkus' live-reload check
 * in every application's router, so that a request never runs the code of an application that a reload replaced.
 * The packaged node and the tests have no live reload and run without this bean (it is removed at build time).
 * <p>
 * An application is the running one while Arc's current container is the one it started with: Arc's classes
 * belong to the class loader that outlives reloads, so {@code Arc.container()} is always the newest application's.
 * {@code VertxHttpRecorder.getRootHandler()} is Quarkus' own handler of the running application, the one its
 * live-reload check hands the reloading request to. It and {@code RouteConstants} are Quarkus runtime classes, not
 * a public API: after a Quarkus upgrade, run {@code deploy/local/dev-reload-check.sh}, which fails where a reload
 * leaves paths failing.
 */
@IfBuildProfile("dev")
@Singleton
public class LiveReloadGuard {
    void register(@Observes Router router) {
        ArcContainer own = Arc.container();
        // After the live-reload check (order MIN_VALUE), before any other route of the application.
        router.route().order(RouteConstants.ROUTE_ORDER_HOT_REPLACEMENT + 1)
                .handler(new StaleApplicationHandler(() -> Arc.container() == own, VertxHttpRecorder::getRootHandler));
    }
}
