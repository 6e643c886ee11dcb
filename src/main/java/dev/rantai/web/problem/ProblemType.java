package dev.rantai.web.problem;

/**
 * The problem types the API reports. Each has a stable URN (clients switch on it), a status and a
 * title; the detail is written for each occurrence.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "Invalid parameter"),
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_BODY(400, "Invalid request body"),
    INVALID_PEER_ADDRESS(400, "Invalid peer address"),
    CROSS_ORIGIN_WRITE(403, "Write from another site refused"),
    HOST_NOT_ALLOWED(403, "Host name not allowed"),
    BLOCK_NOT_FOUND(404, "Block not found"),
    PEER_NOT_FOUND(404, "No such peer"),
    BAN_NOT_FOUND(404, "No such ban"),
    PEER_LIMIT(409, "Too many peers"),
    RULE_VIOLATION(422, "The data breaks a chain rule"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    CHAIN_UNAVAILABLE(503, "The chain cannot take submissions now"),
    P2P_UNAVAILABLE(503, "P2P is not running"),
    /** Plain HTTP errors (unknown path, method not allowed, ...): the status says it all. */
    HTTP(0, null),
    INTERNAL(500, "Internal server error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The {@code type} member: a name to switch on, or {@code about:blank} where the status alone is the type. */
    public String uri() {
        return this == HTTP || this == INTERNAL ? "about:blank"
                : "urn:rantai:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The name used as the reason of a rejected submission in metrics. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
