package dev.rantai.web.ui;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.rantai.web.api.PeerChanges;
import dev.rantai.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** {@code /peers}: every peer with its state, and the forms that add and remove one and lift a ban. */
@Path("/peers")
public class PeersPage {
    static final long WAIT_SECONDS = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance peers(Page page, NodeCard node, List<PeerSummary> peers, PeerCounts counts,
                Optional<String> error, String address);
    }

    private final Dashboard dashboard;
    private final Pages pages;
    private final PeerChanges changes;

    PeersPage(Dashboard dashboard, Pages pages, PeerChanges changes) {
        this.dashboard = dashboard;
        this.pages = pages;
        this.changes = changes;
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response peers(@Context HttpHeaders headers, @Context UriInfo uri) {
        return render(headers, uri, Optional.empty(), "", Pages.OK);
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response add(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        return change(body, headers, uri, changes::add);
    }

    @POST
    @Path("remove")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response remove(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        return change(body, headers, uri, changes::remove);
    }

    @POST
    @Path("unban")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response liftBan(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        return change(body, headers, uri, changes::liftBan);
    }

    /** The API's own change ({@link PeerChanges}), its problem shown on the page with the API's status. */
    private Response change(byte[] body, HttpHeaders headers, UriInfo uri,
            Function<String, ? extends CompletionStage<?>> action) {
        Map<String, String> form;
        try {
            form = FormBody.parse(body, Set.of("address", CsrfGuard.FIELD));
        } catch (ProblemException e) {
            return render(headers, uri, Optional.of(e.getMessage()), "", e.status());
        }
        String a = form.getOrDefault("address", "").strip();
        String token = form.get(CsrfGuard.FIELD);
        if (!pages.writeAllowed(headers, token)) {
            return render(headers, uri, Optional.of(CsrfGuard.REFUSED), a, Pages.FORBIDDEN);
        }
        try {
            action.apply(a).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Response.seeOther(URI.create("/peers")).build();
        } catch (ProblemException e) {
            return render(headers, uri, Optional.of(e.getMessage()), a, e.status());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException p) {
                return render(headers, uri, Optional.of(p.getMessage()), a, p.status());
            }
            throw new IllegalStateException("changing the peers failed", e.getCause());
        } catch (TimeoutException e) {
            return render(headers, uri, Optional.of("no answer from the P2P layer within " + WAIT_SECONDS + " s"), a,
                    Pages.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return render(headers, uri, Optional.of("interrupted"), a, Pages.UNAVAILABLE);
        }
    }

    private Response render(HttpHeaders headers, UriInfo uri, Optional<String> error, String address,
            int status) {
        Pages.Rendering r = pages.begin("Peers", "peers", headers);
        List<PeerSummary> peers = dashboard.peers();
        return pages.render(r, Templates.peers(r.page(), dashboard.node(uri), peers, PeerCounts.of(peers), error,
                address), status);
    }
}
