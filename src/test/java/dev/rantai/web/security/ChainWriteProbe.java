package dev.rantai.web.security;

import dev.rantai.chain.ChainService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A write endpoint that exists only in tests: the access filter must guard any write under /api, including
 * endpoints it has never heard of, and this one really changes the chain so a test can see nothing changed.
 */
@Path("/api/test-only/blocks")
public class ChainWriteProbe {
    @Inject
    ChainService chain;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public CompletionStage<Response> submit(String data) {
        return chain.submit(data)
                .thenApply(b -> Response.status(Response.Status.CREATED).entity(Long.toString(b.index())).build());
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public long height() {
        return chain.tip().height();
    }
}
