package dev.rantai.p2p.book;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.p2p.P2pMetrics;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.transport.Transport;
import dev.rantai.p2p.wire.Excerpt;
import dev.rantai.p2p.wire.WireException;

/**
 * Talks with nodes of the book. A book block received is mined here as a new block of its data
 * (as the book appends it); each new tip is sent to every book peer in the book's way: dial,
 * one line, close. A block is never sent back to the book node whose data it carries: the book
 * node dials from an ephemeral port, so the book peers on its host are skipped for that block.
 * Confined to the node's event loop.
 */
public final class BookBridge {
    private static final Logger LOG = Logger.getLogger(BookBridge.class);
    /** A sync batch is not typed by anyone: only its newest block goes to the book peers. */
    private static final int MAX_RELAYED_PER_CHANGE = 16;

    private final ChainService chain;
    private final Transport transport;
    private final BookFormat format;
    private final List<PeerAddress> bookPeers;
    private final P2pMetrics metrics;
    private final BookPolicy policy;
    private final LongSupplier clock;
    private final BookRate rate = new BookRate();
    /** Data received from a book node, by data, to the host that sent it; until its block is announced. */
    private final Map<String, String> origins = new HashMap<>();

    public BookBridge(ChainService chain, Transport transport, BookFormat format, List<PeerAddress> bookPeers,
            BookPolicy policy, P2pMetrics metrics, LongSupplier clock) {
        this.policy = policy;
        this.clock = clock;
        this.chain = chain;
        this.transport = transport;
        this.format = format;
        this.bookPeers = List.copyOf(bookPeers);
        this.metrics = metrics;
    }

    /**
     * A line from a book node: its data becomes a new local block, if the policy admits its host
     * ({@code rantai.p2p.book-inbound}) and the host is within its rate; otherwise it is dropped and
     * counted ({@code rantai_p2p_refused_total{reason="book"}}), without a ban.
     */
    public void receive(JsonNode line, String fromHost, int bytes) throws WireException {
        String data = BookFormat.data(line);
        metrics.messageIn("book", bytes, fromHost);
        if (!policy.admits(fromHost)) {
            metrics.refused("book");
            LOG.debugf("Book line from %s refused: rantai.p2p.book-inbound=%s", fromHost, policy.mode().id());
            return;
        }
        if (!rate.allows(fromHost, clock.getAsLong())) {
            metrics.refused("book-rate");
            LOG.debugf("Book line from %s refused: more than %s blocks a second", fromHost, BookRate.PER_SECOND);
            return;
        }
        if (!bookPeers.isEmpty()) {
            origins.put(data, fromHost);
        }
        chain.submit(data, BlockSource.BOOK).whenComplete((block, error) -> {
            if (error != null) {
                LOG.infof("Book block from %s not mined: %s", fromHost, Excerpt.of(error.getMessage(), 200));
            } else {
                LOG.debugf("Book block from %s mined as %d %s", fromHost, block.index(), block.hash());
            }
        });
    }

    /** Sends the new tip (or the few blocks just connected) to every book peer except the origin. */
    public void relay(TipChange change) {
        List<StoredBlock> connected = change.connected();
        List<StoredBlock> blocks = connected.size() <= MAX_RELAYED_PER_CHANGE ? connected
                : connected.subList(connected.size() - 1, connected.size());
        for (StoredBlock stored : blocks) {
            String origin = stored.source() == BlockSource.BOOK ? origins.remove(stored.block().data()) : null;
            if (bookPeers.isEmpty()) {
                continue;
            }
            byte[] line = (format.encode(stored.block()) + "\n").getBytes(StandardCharsets.UTF_8);
            for (PeerAddress peer : bookPeers) {
                if (origin == null || !PeerAddress.sameHost(peer.host(), origin)) {
                    send(peer, line, stored.block());
                }
            }
        }
    }

    private void send(PeerAddress peer, byte[] line, Block block) {
        transport.sendOnce(peer, line).whenComplete((v, error) -> {
            if (error != null) {
                LOG.debugf("Book peer %s unreachable for block %d: %s", peer, block.index(), error.getMessage());
                metrics.refused("book-unreachable");
            } else {
                metrics.messageOut("book", line.length, peer.toString());
            }
        });
    }
}
