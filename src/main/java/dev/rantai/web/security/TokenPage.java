package dev.rantai.web.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a browser gives the API token once: {@code GET /token} shows a form, {@code POST /token} checks
 * the token and keeps it in an HttpOnly, SameSite=Strict cookie that the edge filter accepts in place
 * of the Authorization header. Only exists when {@code rantai.api.token} is set.
 */
final class TokenPage {
    static final String PATH = "/token";
    static final String COOKIE = "rantai-api-token";
    private static final int MAX_BODY = 4096;

    private TokenPage() {
    }

    static void handle(RoutingContext rc, WriteAccess access) {
        if (rc.request().method() == HttpMethod.GET) {
            page(rc, 200, "");
        } else if (rc.request().method() == HttpMethod.POST) {
            // Quarkus pauses requests until a route reads them; this filter answers the request itself.
            rc.request().resume();
            rc.request().body().onSuccess(body -> {
                if (body.length() > MAX_BODY) {
                    page(rc, 413, "The form is too large.");
                    return;
                }
                String token = field(body.toString(StandardCharsets.UTF_8), "token").orElse("");
                if (access.check(Optional.of("Bearer " + token)).isPresent()) {
                    page(rc, 401, "That is not this node's API token (rantai.api.token).");
                    return;
                }
                Cookie cookie = Cookie.cookie(COOKIE, URLEncoder.encode(token, StandardCharsets.UTF_8))
                        .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                        .setSecure(rc.request().isSSL());
                rc.response().addCookie(cookie).setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/").end();
            }).onFailure(e -> page(rc, 400, "The form could not be read."));
        } else {
            rc.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, POST").end();
        }
    }

    private static Optional<String> field(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void page(RoutingContext rc, int status, String error) {
        String message = error.isEmpty() ? ""
                : "<p role=\"alert\" class=\"error\">" + error + "</p>";
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>API token - Rantai</title><link rel=\"stylesheet\" href=\"/assets/rantai.css\"></head>"
                        + "<body><a class=\"skip\" href=\"#main\">Skip to the content</a>"
                        + "<header class=\"top\"><a class=\"brand\" href=\"/\">Rantai</a><nav aria-label=\"Main\">"
                        + "<a href=\"/\">Overview</a> <a href=\"/blocks\">Blocks</a> <a href=\"/peers\">Peers</a></nav>"
                        + "</header><main id=\"main\"><h1>API token</h1>"
                        + "<p>This node needs its API token (<code>rantai.api.token</code>) for every change. Give it"
                        + " once: this browser keeps it and the dashboard sends it with each write.</p>" + message
                        + "<form method=\"post\" action=\"/token\"><label for=\"token\">Token</label> "
                        + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\""
                        + " required> <button type=\"submit\">Use this token</button></form>"
                        + "<p><a href=\"/\">Back to the overview</a></p></main></body></html>");
    }
}
