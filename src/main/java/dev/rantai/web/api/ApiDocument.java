package dev.rantai.web.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document's frame: its title, the tags, and the API token as a security scheme. The
 * event stream, a plain Vert.x route, is described in {@code META-INF/openapi.yaml}, which Quarkus
 * merges with what the annotations say.
 */
@OpenAPIDefinition(info = @Info(title = "Rantai node API", version = "1", description = "A proof-of-work blockchain node: the chain, its"
        + " blocks, its peers, and its live events. Errors are RFC 9457 problem details (application/problem+json)."
        + " Writes need the API token when the node has one (rantai.api.token), and browsers may write only from"
        + " the node's own pages. A method that a path does not list is answered with 405, and an Accept that"
        + " excludes JSON with 406, both as problem details."), tags = {
                @Tag(name = "Chain", description = "The chain as a whole"),
                @Tag(name = "Blocks", description = "Blocks of the chain, and new ones"),
                @Tag(name = "Peers", description = "The nodes this node talks to"),
                @Tag(name = "Node", description = "This node"),
                @Tag(name = "Network", description = "The network as this node sees it: map, messages, traffic"),
                @Tag(name = "Events", description = "Live changes, as Server-Sent Events") })
@SecurityScheme(securitySchemeName = ApiDocument.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer", description = "The node's API token"
        + " (rantai.api.token), needed by every write when it is set; reads never need it.")
public class ApiDocument extends Application {
    static final String TOKEN = "apiToken";
}
