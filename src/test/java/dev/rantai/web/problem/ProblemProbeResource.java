package dev.rantai.web.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.rantai.chain.ChainUnavailableException;

/**
 * Test-only endpoints that fail the ways future API resources can: a busy chain, a bug, a JSON
 * body bound by Jackson. They prove the mappers answer every one with a problem.
 */
@Path("/api/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {
    public record Peer(String host, int port) {
    }

    @GET
    @Path("/busy")
    public String busy() {
        throw new ChainUnavailableException("10000 submissions are already waiting to be mined; try again shortly");
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("secret internal state at dev.rantai.Internal.line(42)");
    }

    @POST
    @Path("/peers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Peer peer(Peer peer) {
        return peer;
    }

}
