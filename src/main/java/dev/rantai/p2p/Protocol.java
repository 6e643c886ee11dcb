package dev.rantai.p2p;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rantai.chain.ChainService;
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.Peers;
import dev.rantai.p2p.wire.Ping;
import dev.rantai.p2p.wire.Pong;
import dev.rantai.p2p.wire.WireException;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * What a line does: the handshake first (or a book block), then each message to its handler.
 * Runs on the node's event loop.
 */
final class Protocol {
    private static final Logger LOG = Logger.getLogger(Protocol.class);

    private final ChainService chain;
    private final MessageCodec codec;
    private final PeerManager peers;
    private final BlockSync sync;
    private final Gossip gossip;
    private final BookBridge book;
    private final Offender offender;
    private final P2pMetrics metrics;
    private final LongSupplier clock;

    Protocol(ChainService chain, MessageCodec codec, PeerManager peers, BlockSync sync, Gossip gossip,
            BookBridge book, Offender offender, P2pMetrics metrics, LongSupplier clock) {
        this.chain = chain;
        this.codec = codec;
        this.peers = peers;
        this.sync = sync;
        this.gossip = gossip;
        this.book = book;
        this.offender = offender;
        this.metrics = metrics;
        this.clock = clock;
    }

    void onLine(Session session, Buffer buffer) {
        if (session.isClosed()) {
            return;
        }
        String line = buffer.toString(StandardCharsets.UTF_8);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank()) {
            // Someone at nc pressed Enter: not worth a ban, not worth an answer.
            return;
        }
        session.received(clock.getAsLong());
        try {
            JsonNode node = codec.parse(line);
            if (!session.isHandshaken() && (session.isBook() || BookFormat.isBookBlock(node))) {
                session.markBook();
                book.receive(node, session.remoteHost(), buffer.length());
                return;
            }
            Optional<Message> message = codec.decode(node);
            metrics.messageIn(message.map(Message::type).orElse("unknown"), buffer.length(), session.peerName());
            if (session.isHandshaken()) {
                message.ifPresent(m -> dispatch(session, m));
            } else {
                beforeHandshake(session, message);
            }
        } catch (WireException e) {
            metrics.messageIn("malformed", buffer.length(), session.peerName());
            offender.misbehaved(session, Misbehaviour.MALFORMED, e.getMessage());
        }
    }

    private void beforeHandshake(Session session, Optional<Message> message) {
        if (message.isPresent() && message.get() instanceof Hello hello) {
            handshake(session, hello);
        } else if (message.isPresent() && message.get() instanceof Bye bye) {
            LOG.debugf("%s said bye before hello: %s", session, bye.reason());
            session.closeSilently();
        } else {
            offender.misbehaved(session, Misbehaviour.PROTOCOL,
                    message.map(Message::type).orElse("unknown type") + " before hello");
        }
    }

    private void handshake(Session session, Hello hello) {
        String network = chain.rules().genesis().hash();
        if (hello.version() < 1) {
            session.close("unsupported protocol version " + hello.version());
            return;
        }
        if (!hello.network().equals(network)) {
            LOG.infof("%s is on another network (genesis %s, ours %s)", session, hello.network(), network);
            session.close("wrong network: this node's genesis is " + network);
            return;
        }
        session.handshaken(hello);
        if (peers.isBanned(session.remoteHost(), hello.listenPort()) && session.dialed().isEmpty()) {
            session.close("banned");
            return;
        }
        Optional<String> refusal = peers.admit(session);
        if (refusal.isPresent()) {
            LOG.debugf("Closing %s: %s", session, refusal.get());
            session.close(refusal.get());
            return;
        }
        LOG.infof("Connected %s: %s, height %d", session, hello.agent(), hello.height());
        sync.onHandshake(session);
        session.send(new GetPeers());
    }

    private void dispatch(Session session, Message message) {
        if (message instanceof Ping ping) {
            session.send(new Pong(ping.nonce()));
        } else if (message instanceof Pong pong) {
            session.ponged(pong.nonce(), clock.getAsLong());
        } else if (message instanceof BlockAnnounce announce) {
            gossip.onBlock(session, announce);
        } else if (message instanceof GetBlocks request) {
            sync.serve(session, request);
        } else if (message instanceof Blocks blocks) {
            sync.onBlocks(session, blocks);
        } else if (message instanceof GetPeers) {
            session.send(new Peers(peers.shareable(session)));
        } else if (message instanceof Peers learned) {
            peers.learn(learned.addresses());
        } else if (message instanceof Bye bye) {
            LOG.infof("%s said bye: %s", session, bye.reason());
            session.closeSilently();
        } else if (message instanceof Hello) {
            offender.misbehaved(session, Misbehaviour.PROTOCOL, "a second hello");
        }
    }
}
