package dev.rantai.web.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details for the peer and node resources. */
final class P2pProblems {
    static final String MEDIA_TYPE = "application/problem+json";

    private P2pProblems() {
    }

    static Response problem(Response.Status status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://rantai.dev/problems/" + type);
        body.put("title", title);
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    static Response p2pDisabled() {
        return problem(Response.Status.SERVICE_UNAVAILABLE, "p2p-unavailable", "P2P is not running",
                "This node runs without its peer-to-peer service (rantai.p2p.enabled=false, or it is stopping).");
    }
}
