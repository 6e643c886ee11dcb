package dev.rantai.web.problem;

import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.chain.RuleViolationException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure of a request under {@code /api} into {@code application/problem+json},
 * including the errors Quarkus raises itself (unknown path, wrong method or media type, JSON it
 * cannot read). Other paths keep the framework's responses, except that an unexpected failure
 * there is a plain-text 500 naming an incident id instead of a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return answer(ProblemAnswer.of(e, request.path()).orElseThrow());
    }

    @ServerExceptionMapper
    public Response ruleViolated(RuleViolationException e, HttpServerRequest request) {
        return answer(ProblemAnswer.of(e, request.path()).orElseThrow());
    }

    @ServerExceptionMapper
    public Response unavailable(ChainUnavailableException e, HttpServerRequest request) {
        return answer(ProblemAnswer.of(e, request.path()).orElseThrow());
    }

    private static Response answer(ProblemAnswer answer) {
        Response.ResponseBuilder response = builder(answer);
        answer.headers().forEach(response::header);
        return response.build();
    }

    private static Response.ResponseBuilder builder(ProblemAnswer answer) {
        return Response.status(answer.problem().status()).type(Problem.MEDIA_TYPE).entity(answer.problem());
    }

    /** Ahead of the framework's own mapper for JSON that parses but does not fit the expected type. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException u) {
            return problem(new ProblemException(ProblemType.INVALID_BODY, "Unknown field '" + u.getPropertyName()
                    + "'; the known fields are " + u.getKnownPropertyIds() + "."), request);
        }
        ProblemType type = e instanceof JsonParseException ? ProblemType.MALFORMED_JSON : ProblemType.INVALID_BODY;
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return problem(new ProblemException(type, "The body could not be read as the expected JSON: "
                + e.getOriginalMessage() + where + "."), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        if (isApi(request) && e.getCause() instanceof JsonProcessingException json) {
            // The framework wraps JSON it cannot parse in a plain 400.
            return unreadableJson(json, request);
        }
        if (!isApi(request) || original.hasEntity()) {
            return original;
        }
        Response.ResponseBuilder builder = builder(http(original.getStatus(), request));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    /**
     * A body the HTTP server cut off (over {@code quarkus.http.limits.max-body-size} in chunks, or a
     * connection that broke): the server has already answered (413) or the client is gone. A client's
     * mistake, so one line without a stack trace, and nothing more is written.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, HttpServerRequest request) {
        if (!request.response().ended() && !request.response().closed()) {
            return unexpected(e, request);
        }
        ProblemAnswer.cutOff(request.method().name(), request.path(), request.remoteAddress(),
                String.valueOf(e.getMessage()));
        return Response.status(request.response().getStatusCode()).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String incident = ProblemAnswer.incident(e, request.method().name(), request.path());
        if (!isApi(request)) {
            return Response.serverError().entity("Internal server error, incident " + incident).build();
        }
        return answer(ProblemAnswer.internal(incident, request.path()));
    }

    /**
     * The answer to a plain HTTP error of a request under {@code /api} that no resource took further (406, 415,
     * ...): about:blank with the status' reason, or the API's 415 type.
     */
    public static ProblemAnswer http(int status, HttpServerRequest request) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String type = ProblemType.HTTP.uri();
        if (status == ProblemType.UNSUPPORTED_MEDIA_TYPE.status()) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE.uri();
            title = ProblemType.UNSUPPORTED_MEDIA_TYPE.title();
        }
        return new ProblemAnswer(new Problem(type, title, status, httpDetail(status, request), request.path(), null),
                java.util.Map.of());
    }

    private static String httpDetail(int status, HttpServerRequest request) {
        String target = request.method() + " " + request.path();
        return switch (status) {
            case 400 -> {
                String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
                yield contentType != null && mediaType(contentType).isEmpty() ? notAMediaType(contentType)
                        : target + " failed with HTTP 400.";
            }
            case 404 -> "Nothing is served at " + request.path() + ". The API is described at /q/openapi"
                    + " and /q/swagger-ui.";
            case 405 -> request.method() + " is not supported on " + request.path() + "; /q/openapi lists the"
                    + " methods of every path.";
            case 415 -> "Content-Type '" + shown(request.getHeader(HttpHeaders.CONTENT_TYPE)) + "' is not accepted by "
                    + target + "; /q/openapi gives the media types each operation takes.";
            case 406 -> "No representation of " + target + " matches Accept '"
                    + shown(request.getHeader(HttpHeaders.ACCEPT)) + "'. Accept application/json.";
            default -> target + " failed with HTTP " + status + ".";
        };
    }

    /**
     * A {@code Content-Type} header (not null) as a media type, or empty when it is none (no
     * {@code type/subtype}): the framework refuses such a request (400, RFC 9110 8.3) before any
     * resource sees it, and says no more; {@link #notAMediaType} says it.
     */
    public static Optional<MediaType> mediaType(String header) {
        try {
            MediaType type = MediaType.valueOf(header);
            return type.getType().isEmpty() || type.getSubtype().isEmpty() ? Optional.empty() : Optional.of(type);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The detail for a {@code Content-Type} header that {@link #mediaType} found no media type in. */
    public static String notAMediaType(String header) {
        return "Content-Type '" + shown(header) + "' is not a media type (type/subtype, such as application/json).";
    }

    /** A header's value as a detail shows it: at most 100 characters, so an answer never echoes a huge header. */
    public static String shown(String header) {
        return header == null || header.length() <= 100 ? header : header.substring(0, 100) + "...";
    }

    /**
     * The first content coding of a {@code Content-Encoding} header (several joined by commas) that is not
     * {@code identity}, or null when there is none: the node reads bodies as they are (RFC 9110, section 8.4).
     * Empty list elements are allowed (RFC 9110, section 5.6.1).
     */
    public static String contentCoding(String header) {
        if (header == null) {
            return null;
        }
        for (String coding : header.split(",")) {
            String name = coding.strip();
            if (!name.isEmpty() && !name.equalsIgnoreCase("identity")) {
                return name;
            }
        }
        return null;
    }

    private static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
