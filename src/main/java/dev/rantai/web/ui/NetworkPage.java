package dev.rantai.web.ui;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.rantai.p2p.wire.Message;
import dev.rantai.web.api.NetworkMap;
import dev.rantai.web.api.NetworkQueries;
import dev.rantai.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code /network}: the network map (with a table that says the same in text), the message
 * inspector and the traffic chart. The page is rendered with the map's table; the script draws the
 * map and keeps everything live from {@code /api/network}, {@code /api/network/messages} and
 * {@code /api/network/traffic}.
 */
@Path("/network")
public class NetworkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(Page page, Optional<NetworkMap> map, List<String> types);
    }

    /** The inspector's type filter offers every message type of the protocol. */
    private static final List<String> TYPES = Message.types();

    private final Pages pages;
    private final NetworkQueries network;

    NetworkPage(Pages pages, NetworkQueries network) {
        this.pages = pages;
        this.network = network;
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@Context HttpHeaders headers) {
        Optional<NetworkMap> map;
        try {
            map = Optional.of(network.map());
        } catch (ProblemException e) {
            map = Optional.empty();
        }
        Pages.Rendering r = pages.begin("Network", "network", headers);
        return pages.render(r, Templates.network(r.page(), map, TYPES), Pages.OK);
    }
}
