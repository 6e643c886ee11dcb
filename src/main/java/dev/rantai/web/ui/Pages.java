package dev.rantai.web.ui;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.rantai.chain.ChainService;
import io.quarkus.qute.TemplateInstance;

/** What every page resource shares: the layout's values and the response that carries the form cookie. */
@ApplicationScoped
public class Pages {
    static final int OK = 200;
    static final int ACCEPTED = 202;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int UNPROCESSABLE = 422;
    static final int UNAVAILABLE = 503;

    private final ChainService chain;
    private final CsrfGuard csrf;

    Pages(ChainService chain, CsrfGuard csrf) {
        this.chain = chain;
        this.csrf = csrf;
    }

    /** A page and the form token it needs; render it with {@link #render}. */
    public Rendering begin(String title, String nav, HttpHeaders headers) {
        CsrfGuard.Token token = csrf.tokenFor(cookie(headers));
        String network = UiExtensions.shortHash(chain.rules().genesis().hash());
        return new Rendering(new Page(title, nav, token.value(), network), token);
    }

    public Response render(Rendering rendering, TemplateInstance template, int status) {
        Response.ResponseBuilder r = Response.status(status).entity(template)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store");
        rendering.token().cookie().ifPresent(r::cookie);
        return r.build();
    }

    /** Whether a write carries the form token of this browser, in the form or in the header. */
    public boolean writeAllowed(HttpHeaders headers, String formToken) {
        Optional<String> submitted = Optional.ofNullable(formToken).filter(s -> !s.isEmpty())
                .or(() -> Optional.ofNullable(headers.getHeaderString(CsrfGuard.HEADER)));
        return csrf.accepts(cookie(headers), submitted);
    }

    private static Optional<Cookie> cookie(HttpHeaders headers) {
        return Optional.ofNullable(headers.getCookies().get(CsrfGuard.COOKIE));
    }

    /** Whether the caller asked for JSON (the page's script) rather than a page (a plain form post). */
    public static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !m.isWildcardType());
    }

    public record Rendering(Page page, CsrfGuard.Token token) {
    }
}
