package dev.rantai.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.rantai.config.RantaiConfig;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.wire.Excerpt;
import dev.rantai.web.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a browser's request, read or write, whose {@code Host} is a name this node was not told it is
 * reached by ({@code rantai.http.allowed-hosts}), before the cross-origin check and any route run.
 *
 * <p>
 * This closes DNS rebinding: a page of another site whose name the attacker then makes resolve to this
 * node's address (127.0.0.1 on a learner's laptop, a pod IP) is, to the browser, of the same origin as
 * the node, so {@link CrossOriginGuard} would let its writes through. The name stays the attacker's,
 * though, and the browser sends it in {@code Host}. IP addresses and {@code localhost} (with its
 * subdomains, which browsers resolve to loopback themselves, RFC 6761 section 6.3) cannot be rebound and
 * are always allowed; any other name must be configured. As in Vite's {@code server.allowedHosts} and
 * Django's {@code ALLOWED_HOSTS}, a leading dot allows a name and its subdomains, and {@code *} any name.
 *
 * <p>
 * A request is a browser's when it carries {@code Sec-Fetch-Site}, {@code Sec-Fetch-Mode},
 * {@code Origin} or {@code Accept-Language}, or a {@code User-Agent} that starts with {@code Mozilla/}, as
 * every browser's does: browsers send no {@code Sec-Fetch-*} to a plain-HTTP name (not a potentially
 * trustworthy origin, Fetch Metadata section 2), which is just what a rebound name is, and {@code Origin}
 * only on writes; Firefox lets a page's script replace the {@code User-Agent}, but a page cannot take away
 * the {@code Accept-Language} its browser adds. Others (curl, scripts, Kubernetes probes, Prometheus) send
 * none of these and pass whatever name they use: they are not steered by someone else's page. The host is the one Quarkus
 * reports for the
 * request: {@code Host}, or the forwarded host behind a proxy it is told to trust.
 */
@ApplicationScoped
public class BrowserHostGuard {
    /** Above the cross-origin check: a rebound page learns nothing about what else would refuse it. */
    static final int PRIORITY = CrossOriginGuard.PRIORITY + 50;

    void register(@Observes Filters filters, RantaiConfig config) {
        Rule rule = Rule.of(config.http().allowedHosts().orElse(List.of()));
        filters.register(rc -> check(rc, rule), PRIORITY);
    }

    /**
     * Why a configured entry is not one, or empty: a DNS name (RFC 1123), optionally with a leading dot, or
     * {@code *}; no port, scheme or path.
     */
    public static Optional<String> entryProblem(String entry) {
        String e = entry.strip();
        if (e.equals("*")) {
            return Optional.empty();
        }
        if (e.startsWith("*.")) {
            return Optional.of("must be host names: write '" + Excerpt.of(e.substring(1), 100) + "' (a leading dot) for a"
                    + " name and its subdomains, not '" + Excerpt.of(e, 100) + "'");
        }
        if (e.startsWith("[") && e.endsWith("]")) {
            e = e.substring(1, e.length() - 1);
        }
        String name = e.startsWith(".") ? e.substring(1) : e;
        if (name.contains("/") || name.contains(":") && !Rule.isIpLiteral(name)) {
            return Optional.of("must be host names without scheme, port or path (e.g. rantai.example.org or"
                    + " .example.org), was '" + Excerpt.of(e, 100) + "'");
        }
        try {
            new PeerAddress(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, 1);
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of("must be host names: " + invalid.getMessage());
        }
    }

    static void check(RoutingContext rc, Rule rule) {
        HttpServerRequest request = rc.request();
        // Without a host, there is no name to rebind; the HTTP edge answers a missing or empty Host (400).
        if (!fromBrowser(request) || request.authority() == null || request.authority().host().isEmpty()) {
            rc.next();
            return;
        }
        String host = request.authority().host();
        if (rule.allows(host)) {
            rc.next();
            return;
        }
        String shown = Excerpt.of(host, 100);
        CrossOriginGuard.refuse(rc, ProblemType.HOST_NOT_ALLOWED, "This node is not known by the name '" + shown
                + "' (a page whose name was made to point at this node could otherwise use it). If '" + shown
                + "' is this node's name, add it to rantai.http.allowed-hosts; IP addresses and localhost are"
                + " always allowed.");
    }

    private static boolean fromBrowser(HttpServerRequest request) {
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        return request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader(HttpHeaders.ORIGIN) != null || agent != null && agent.startsWith("Mozilla/")
                || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null;
    }

    /** The names allowed besides IP addresses and localhost. */
    record Rule(boolean any, Set<String> names, List<String> suffixes) {
        static Rule of(List<String> entries) {
            List<String> clean = entries.stream().map(String::strip).filter(e -> !e.isEmpty())
                    .map(e -> e.toLowerCase(Locale.ROOT)).toList();
            return new Rule(clean.contains("*"),
                    clean.stream().filter(e -> !e.startsWith(".")).map(Rule::withoutRootDot).collect(Collectors.toSet()),
                    clean.stream().filter(e -> e.startsWith(".")).map(Rule::withoutRootDot).toList());
        }

        /** Whether a browser may reach this node by {@code host} (as in {@code Host}, brackets and all). */
        boolean allows(String host) {
            String h = withoutRootDot(host.toLowerCase(Locale.ROOT));
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            if (h.equals("localhost") || h.endsWith(".localhost") || isIpLiteral(h) || any) {
                return true;
            }
            String name = h;
            return names.contains(name) || suffixes.stream().anyMatch(s -> name.endsWith(s) || name.equals(s.substring(1)));
        }

        private static boolean isIpLiteral(String host) {
            try {
                return new PeerAddress(host, 1).isIpLiteral();
            } catch (IllegalArgumentException notAHost) {
                return false;
            }
        }

        private static String withoutRootDot(String name) {
            return name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
        }
    }
}
