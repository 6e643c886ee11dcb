package dev.rantai.web.ui;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.store.StoredBlock;

/**
 * Reads what the pages show, straight from the chain and the network view. Nothing here scans the
 * chain: the tip is in memory and lists are keyed range reads, so a page costs the same at height
 * ten or ten million.
 */
@ApplicationScoped
public class Dashboard {
    static final int NEWEST_BLOCKS = 10;
    static final int FEED_ON_OVERVIEW = 50;

    private final ChainService chain;
    private final NetworkView network;
    private final EventHub events;

    Dashboard(ChainService chain, NetworkView network, EventHub events) {
        this.chain = chain;
        this.network = network;
        this.events = events;
    }

    NodeCard node(UriInfo uri) {
        String http = uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getAuthority();
        return new NodeCard(network.identity(), http, chain.rules().genesis().hash(),
                chain.rules().params().difficulty(), chain.rules().params().maxDataBytes());
    }

    ChainCard chain() {
        return new ChainCard(chain.tip(), chain.startCheck(), chain.queuedSubmissions());
    }

    /** The newest canonical blocks, newest first, ending at the tip that was read. */
    List<StoredBlock> newest(ChainTip tip, int count) {
        return chain.queries().canonicalBefore(tip.height() + 1, count);
    }

    List<PeerSummary> peers() {
        return network.peers();
    }

    List<PeerMessage> feed(int count) {
        List<PeerMessage> all = events.recentMessages();
        return all.subList(0, Math.min(count, all.size()));
    }

    NetworkView network() {
        return network;
    }
}
