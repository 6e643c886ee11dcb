package dev.rantai.web.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /search?q=}: the search box of every page. A height, a hash or a hash prefix of at least six
 * hex digits (as the tables show them, with or without the ellipsis) leads to {@code /blocks/{q}},
 * which shows the block, the list of blocks a prefix matches, or what a height and a hash look like.
 */
@Path("/search")
public class SearchPage {

    @GET
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String query) {
        String q = query == null ? "" : query.strip();
        // A hash copied from a table ends in the ellipsis that shortened it.
        while (q.endsWith("…") || q.endsWith(".")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        if (q.isEmpty()) {
            return Response.seeOther(UriBuilder.fromPath("/blocks").build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/blocks/{id}").build(q)).build();
    }
}
