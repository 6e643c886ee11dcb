package dev.rantai.web.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /search?q=}: the search box of every page; a height or a hash leads to that block's page. */
@Path("/search")
public class SearchPage {

    @GET
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return Response.seeOther(UriBuilder.fromPath("/blocks").build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/blocks/{id}").build(q)).build();
    }
}
