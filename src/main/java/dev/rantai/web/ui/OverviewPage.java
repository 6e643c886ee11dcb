package dev.rantai.web.ui;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.rantai.chain.store.StoredBlock;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** {@code /}: this node, its chain, its peers, the newest blocks, the message feed and the submit form. */
@Path("/")
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Page page, NodeCard node, ChainCard chain,
                List<StoredBlock> newest, PeerCounts peers, List<PeerSummary> peerList, List<PeerMessage> feed,
                SubmitForm form);
    }

    private final Dashboard dashboard;
    private final Pages pages;

    OverviewPage(Dashboard dashboard, Pages pages) {
        this.dashboard = dashboard;
        this.pages = pages;
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response overview(@Context HttpHeaders headers, @Context UriInfo uri) {
        return render(headers, uri, SubmitForm.EMPTY, Pages.OK);
    }

    /** The overview, also shown again with a refused submission and its error. */
    Response render(HttpHeaders headers, UriInfo uri, SubmitForm form, int status) {
        Pages.Rendering r = pages.begin("Overview", "overview", headers);
        ChainCard chain = dashboard.chain();
        List<PeerSummary> peers = dashboard.peers();
        TemplateInstance page = Templates.overview(r.page(), dashboard.node(uri), chain,
                dashboard.newest(chain.tip(), Dashboard.NEWEST_BLOCKS), PeerCounts.of(peers), peers,
                dashboard.feed(Dashboard.FEED_ON_OVERVIEW), form);
        return pages.render(r, page, status);
    }
}
