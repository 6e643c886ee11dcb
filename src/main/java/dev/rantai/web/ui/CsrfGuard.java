package dev.rantai.web.ui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

/**
 * Cross-site request forgery defence of the dashboard's forms: a signed double-submit token.
 *
 * <p>
 * The browser holds a random value in an HttpOnly, SameSite=Strict cookie; each page carries
 * HMAC-SHA256(node secret, that value) in a hidden field (and a meta tag for fetch, sent as
 * {@value #HEADER}). A write is accepted only when the two match. Another site can make the
 * browser send the cookie (it cannot, with SameSite=Strict, but older browsers may) yet cannot
 * read the page, so it cannot know the signature. The secret is new at every start: a page opened
 * before a restart gets a fresh token when the dashboard resynchronises, or when reloaded.
 *
 * <p>
 * Quarkus' own rest-csrf filter was not used: it checks every POST of the application, and the
 * JSON API has its own guard (no cookies, an optional bearer token).
 */
@ApplicationScoped
public class CsrfGuard {
    public static final String COOKIE = "rantai-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String REFUSED = "this form is out of date or came from another site: reload the page and try again";

    private final SecureRandom random = new SecureRandom();
    private final byte[] secret = new byte[32];

    CsrfGuard() {
        random.nextBytes(secret);
    }

    /** The browser's token, or a new one with the cookie to set when it has none (or a malformed one). */
    public Token tokenFor(Optional<Cookie> cookie) {
        Optional<String> known = cookie.map(Cookie::getValue).filter(CsrfGuard::wellFormed);
        if (known.isPresent()) {
            return new Token(sign(known.get()), Optional.empty());
        }
        byte[] value = new byte[24];
        random.nextBytes(value);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        NewCookie set = new NewCookie.Builder(COOKIE).value(fresh).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return new Token(sign(fresh), Optional.of(set));
    }

    /** Whether {@code submitted} is the signature of the cookie's value. */
    public boolean accepts(Optional<Cookie> cookie, Optional<String> submitted) {
        Optional<String> value = cookie.map(Cookie::getValue).filter(CsrfGuard::wellFormed);
        if (value.isEmpty() || submitted.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(value.get()).getBytes(StandardCharsets.US_ASCII),
                submitted.get().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static boolean wellFormed(String value) {
        return value.length() == 32
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** The value for the hidden field, and the cookie to set with the page, if the browser needs one. */
    public record Token(String value, Optional<NewCookie> cookie) {
    }
}
