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
 * Adds to every operation of the JSON API the {@code 406} it answers when a request's {@code Accept}
 * excludes JSON (the resources produce {@code application/json} only; RFC 9110, 15.5.7), a
 * problem+json like every other 4xx. The annotations cannot say this once for all operations, so the
 * document gets it here ({@code mp.openapi.filter}). The event stream, a plain route that answers
 * any {@code Accept} with its stream, has no 406.
 */
public class NotAcceptableResponses implements OASFilter {
    static final String STATUS = "406";
    private static final String EVENTS = "/api/events";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().equals(EVENTS)) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(STATUS)) {
                    operation.getResponses().addAPIResponse(STATUS, notAcceptable());
                }
            }
        }
    }

    private static APIResponse notAcceptable() {
        return OASFactory.createAPIResponse()
                .description("The request's Accept excludes application/json")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
