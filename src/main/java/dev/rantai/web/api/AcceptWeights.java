package dev.rantai.web.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses with 406 a request to the JSON API whose {@code Accept} gives {@code application/json} the weight
 * 0, which means "not acceptable" (RFC 9110, section 12.4.2): {@code application/json;q=0}, or
 * {@code *}{@code /*;q=0} with nothing more specific. The framework's own negotiation finds a match in such a
 * range and would answer JSON. The weight of the media type is that of the most specific range that matches
 * it (RFC 9110, section 12.5.1), over all the request's {@code Accept} headers (RFC 9110, section 5.3); a
 * weight that is not one (not 0 to 1 with at most three decimals, such as {@code q=.5}) counts as 1, as the
 * framework reads it. The 406 is the same problem
 * as for an {@code Accept} that names no JSON at all. Only the API's resources (this package) are concerned:
 * the dashboard's pages are HTML, and the event stream answers any {@code Accept} with its stream.
 */
public class AcceptWeights {
    private static final int NONE = -1;

    @ServerRequestFilter
    public void refuseJsonOfWeightZero(HttpServerRequest request, ResourceInfo resource) {
        List<String> headers = request.headers().getAll(HttpHeaders.ACCEPT);
        // The resource the request was routed to, not its raw path: /%61pi/blocks is /api/blocks.
        if (!headers.isEmpty() && resource.getResourceClass() != null
                && resource.getResourceClass().getPackageName().equals(AcceptWeights.class.getPackageName())
                && weightOfJson(String.join(",", headers)) == 0) {
            throw new NotAcceptableException();
        }
    }

    /**
     * Whether a request with these {@code Accept} headers (all of them, as sent) refuses an answer in JSON, as Quarkus
     * REST's negotiation and {@link #refuseJsonOfWeightZero} decide for a resource: no range matches
     * {@code application/json} ({@code text/html}), or the most specific that does gives it the weight 0. As lenient
     * as the framework where RFC 9110 is strict: no header, or one of empty elements only, accepts anything; {@code *} is
     * {@code *}{@code /*}; a weight that is not one ({@code q=.5}) counts as 1. For the node's own routes of the API,
     * which have no framework to negotiate for them.
     */
    static boolean refusesJson(List<String> headers) {
        String accept = String.join(",", headers);
        if (!accept.matches(".*[^\\s,;].*")) {
            // empty list elements only (RFC 9110, section 5.6.1): no header
            return false;
        }
        int weight = weight(accept);
        return weight == NONE || weight == 0;
    }

    /** The weight {@code accept} gives application/json, in thousandths; 1000 when no range matches it (no opinion). */
    static int weightOfJson(String accept) {
        int weight = weight(accept);
        return weight == NONE ? 1000 : weight;
    }

    /** The weight {@code accept} gives application/json, in thousandths, or NONE when no range matches it. */
    private static int weight(String accept) {
        int bestSpecificity = 0;
        int weight = NONE;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (parts.length == 0) {
                // ";" alone: an element with no media range
                continue;
            }
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = switch (type) {
                case "application/json" -> 3;
                case "application/*", "*/json" -> 2;
                case "*/*", "*" -> 1;
                default -> 0;
            };
            if (specificity == 0) {
                continue;
            }
            int q = 1000;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    int exact = thousandths(p.substring(2));
                    q = exact == NONE ? 1000 : exact;
                }
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                weight = q;
            } else if (specificity == bestSpecificity) {
                weight = Math.max(weight, q);
            }
        }
        return weight;
    }

    /** A weight (RFC 9110, section 12.4.2: {@code 0[.ddd]} or {@code 1[.000]}) in thousandths, or NONE. */
    static int thousandths(String text) {
        if (!text.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            return NONE;
        }
        if (text.charAt(0) == '1') {
            return 1000;
        }
        String decimals = text.length() > 2 ? text.substring(2) : "";
        return decimals.isEmpty() ? 0 : Integer.parseInt((decimals + "00").substring(0, 3));
    }
}
