package dev.rantai.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import dev.rantai.web.problem.Problem;

/**
 * Adds to every operation of the JSON API the answers of the HTTP edge, which run before any resource and
 * which the annotations cannot say once for all operations ({@code mp.openapi.filter}):
 * <ul>
 * <li>the {@code 406} when a request's {@code Accept} excludes JSON (the resources produce
 * {@code application/json} only; RFC 9110, 15.5.7), but on the event stream, a plain route that answers any
 * {@code Accept} with its stream;</li>
 * <li>the {@code 403} {@code host-not-allowed} of a browser's request that names the node by a name it was not
 * given ({@code rantai.http.allowed-hosts}), added to the description of a write's {@code 403} for another
 * site.</li>
 * </ul>
 */
public class EdgeResponses implements OASFilter {
    static final String NOT_ACCEPTABLE = "406";
    static final String FORBIDDEN = "403";
    static final String HOST_NOT_ALLOWED = "A browser's request that names the node by a name it was not given"
            + " (host-not-allowed: not an IP address, localhost or a name in rantai.http.allowed-hosts)";
    private static final String EVENTS = "/api/events";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                if (!path.getKey().equals(EVENTS) && !operation.getResponses().hasAPIResponse(NOT_ACCEPTABLE)) {
                    operation.getResponses().addAPIResponse(NOT_ACCEPTABLE,
                            problem("The request's Accept excludes application/json"));
                }
                APIResponse forbidden = operation.getResponses().getAPIResponse(FORBIDDEN);
                if (forbidden == null) {
                    operation.getResponses().addAPIResponse(FORBIDDEN, problem(HOST_NOT_ALLOWED));
                } else if (!forbidden.getDescription().contains("host-not-allowed")) {
                    forbidden.setDescription(forbidden.getDescription() + "; or " + HOST_NOT_ALLOWED);
                }
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
