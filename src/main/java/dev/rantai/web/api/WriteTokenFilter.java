package dev.rantai.web.api;

import dev.rantai.config.RantaiConfig;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemType;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code rantai.api.token} is set, every write under {@code /api} (POST, PUT, PATCH, DELETE)
 * needs {@code Authorization: Bearer <token>}; reads stay open. Without the setting nothing is checked.
 */
public class WriteTokenFilter {
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> token;

    WriteTokenFilter(RantaiConfig config) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (token.isEmpty() || !WRITES.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String detail;
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            detail = "This node takes writes only with 'Authorization: Bearer <token>' (rantai.api.token).";
        } else if (!MessageDigest.isEqual(token.get(),
                header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8))) {
            detail = "The bearer token is not this node's rantai.api.token.";
        } else {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        ProblemType type = ProblemType.UNAUTHORIZED;
        return Optional.of(Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rantai\"")
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path, null))
                .build());
    }
}
