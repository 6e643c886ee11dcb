package dev.rantai.p2p;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.chain.ChainService;
import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.wire.Auth;
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
    private final Optional<SharedSecret> secret;
    private final String selfNodeId;

    Protocol(ChainService chain, MessageCodec codec, PeerManager peers, BlockSync sync, Gossip gossip,
            BookBridge book, Offender offender, P2pMetrics metrics, LongSupplier clock, Optional<SharedSecret> secret,
            String selfNodeId) {
        this.secret = secret;
        this.selfNodeId = selfNodeId;
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
        byte[] line = buffer.getBytes();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        if (isBlank(line, length)) {
            // Someone at nc pressed Enter: not worth a ban, not worth an answer.
            return;
        }
        session.received(clock.getAsLong());
        try {
            JsonNode node = codec.parse(line, length);
            if (!session.isHandshaken() && (session.isBook() || BookFormat.isBookBlock(node))) {
                session.markBook();
                book.receive(node, session.remoteHost(), buffer.length());
                return;
            }
            Optional<Message> message = codec.decode(node);
            metrics.messageIn(message.map(Message::type).orElse("unknown"), buffer.length(), session.peerName());
            metrics.observations().received(session.peerName(), message.orElse(null), buffer.length());
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

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] < 0 || !Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    private void beforeHandshake(Session session, Optional<Message> message) {
        if (message.isPresent() && message.get() instanceof Hello hello && session.unproven().isEmpty()) {
            if (secret.isPresent()) {
                challenge(session, hello, secret.get());
            } else {
                handshake(session, hello);
            }
        } else if (message.isPresent() && message.get() instanceof Auth auth && secret.isPresent()
                && session.unproven().isPresent()) {
            verify(session, auth, secret.get());
        } else if (message.isPresent() && message.get() instanceof Bye bye) {
            LOG.infof("%s said bye before the handshake completed: %s", session, bye.reason());
            metrics.byeReceived(bye.reason());
            session.closeSilently();
        } else {
            offender.misbehaved(session, Misbehaviour.PROTOCOL, message.map(Message::type).orElse("unknown type")
                    + (session.unproven().isPresent() ? " before auth" : " before hello"));
        }
    }

    private boolean refusesVersionOrNetwork(Session session, Hello hello) {
        String network = chain.rules().genesis().hash();
        if (hello.version() < 1) {
            session.close("unsupported protocol version " + hello.version());
            return true;
        }
        if (!hello.network().equals(network)) {
            LOG.infof("%s is on another network (genesis %s, ours %s)", session, hello.network(), network);
            session.close("wrong network: this node's genesis is " + network);
            return true;
        }
        return false;
    }

    /** With a shared secret: the peer's hello must carry a nonce; answer with this node's proof. */
    private void challenge(Session session, Hello hello, SharedSecret key) {
        if (refusesVersionOrNetwork(session, hello)) {
            return;
        }
        if (!SharedSecret.isNonce(hello.nonce())) {
            refuseAuth(session, "authentication required: this node needs the shared secret (rantai.p2p.secret)",
                    "its hello has no nonce");
            return;
        }
        if (hello.nonce().equals(session.ownNonce())) {
            refuseAuth(session, "authentication failed: the nonce is this node's own", "it echoed our nonce");
            return;
        }
        session.unproven(hello);
        boolean dialed = session.direction() == Direction.OUTBOUND;
        session.send(new Auth(key.proof(dialed, chain.rules().genesis().hash(), selfNodeId, session.ownNonce(),
                hello.nodeId(), hello.nonce())));
    }

    private void verify(Session session, Auth auth, SharedSecret key) {
        Hello hello = session.unproven().orElseThrow();
        boolean peerDialed = session.direction() == Direction.INBOUND;
        if (!key.verify(auth.proof(), peerDialed, chain.rules().genesis().hash(), hello.nodeId(), hello.nonce(),
                selfNodeId, session.ownNonce())) {
            refuseAuth(session, "authentication failed: wrong shared secret", "its proof does not match");
            return;
        }
        handshake(session, hello);
    }

    private void refuseAuth(Session session, String reason, String detail) {
        metrics.refused("auth");
        LOG.warnf("Refused %s: %s (%s)", session, reason, detail);
        session.close(reason);
    }

    private void handshake(Session session, Hello hello) {
        if (refusesVersionOrNetwork(session, hello)) {
            return;
        }
        session.handshaken(hello);
        // By its listen address now that it is known (its source port if it does not listen)
        if (peers.isBanned(peers.banKey(session)) && session.dialed().isEmpty()) {
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
        gossip.onHandshake(session);
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
            metrics.byeReceived(bye.reason());
            session.closeSilently();
        } else if (message instanceof Auth) {
            // The proof of a peer that has a secret while this node has none: it closes on its own.
            LOG.debugf("%s sent auth, but this node has no shared secret", session);
        } else if (message instanceof Hello) {
            offender.misbehaved(session, Misbehaviour.PROTOCOL, "a second hello");
        }
    }
}
