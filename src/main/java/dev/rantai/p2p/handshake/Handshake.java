package dev.rantai.p2p.handshake;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jboss.logging.Logger;

import dev.rantai.p2p.Direction;
import dev.rantai.p2p.Misbehaviour;
import dev.rantai.p2p.Offender;
import dev.rantai.p2p.P2pMetrics;
import dev.rantai.p2p.Session;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Excerpt;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;

/**
 * The handshake of docs/protocol.md: both sides send {@code hello} at once; the dialer then sends
 * {@code auth} (its Ed25519 signature of the {@link Transcript}, and with a shared secret its HMAC
 * proof); the listener verifies it and only then answers with its own {@code auth}; each side admits
 * the other once it verified the other's {@code auth}. An id is trusted only once its key signed
 * this connection's transcript. Cheap checks (version, network, id derived from the key, this
 * node's own key) run before any signature is verified. Confined to the node's event loop.
 */
public final class Handshake {
    private static final Logger LOG = Logger.getLogger(Handshake.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The protocol version of this node: 2 added the node key and the signed handshake. */
    public static final int VERSION = 2;

    /** What the rest of the node learns from handshakes. */
    public interface Listener {
        /** The peer proved its identity; {@code advertisedTip} is the tip this node's hello named. */
        void onHandshake(Session session, String advertisedTip);

        /** The connection leads back to this node itself (its own key and one of its own nonces). */
        void onSelf(Session session);
    }

    /** One connection's handshake so far. */
    private static final class Pending {
        final byte[] ownLine;
        final Hello ownHello;
        final boolean dialed;
        Hello peerHello;
        byte[] peerLine;
        boolean ownAuthSent;

        Pending(Hello ownHello, byte[] ownLine, boolean dialed) {
            this.ownHello = ownHello;
            this.dialed = dialed;
            this.ownLine = ownLine;
        }
    }

    private final NodeKey key;
    private final String network;
    private final Optional<SharedSecret> secret;
    private final MessageCodec codec;
    private final P2pMetrics metrics;
    private final Offender offender;
    private final Listener listener;
    private final Function<String, Hello> helloWithNonce;
    private final Map<Session, Pending> pending = new HashMap<>();
    private final Set<String> ownNonces = new HashSet<>();

    /**
     * @param helloWithNonce this node's hello as it stands now (tip, listen port) with the given nonce
     */
    public Handshake(NodeKey key, String network, Optional<SharedSecret> secret, MessageCodec codec, P2pMetrics metrics,
            Offender offender, Listener listener, Function<String, Hello> helloWithNonce) {
        this.key = key;
        this.network = network;
        this.secret = secret;
        this.codec = codec;
        this.metrics = metrics;
        this.offender = offender;
        this.listener = listener;
        this.helloWithNonce = helloWithNonce;
    }

    /** Sends this node's hello on a new connection, with a fresh nonce. */
    public void start(Session session) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        Hello hello = helloWithNonce.apply(HEX.formatHex(nonce));
        byte[] line = codec.line(hello);
        pending.put(session,
                new Pending(hello, Arrays.copyOf(line, line.length - 1), session.direction() == Direction.OUTBOUND));
        ownNonces.add(hello.nonce());
        session.sendLine(Hello.TYPE, line);
    }

    /** The connection closed: its nonce is no longer this node's. */
    public void closed(Session session) {
        Pending p = pending.remove(session);
        if (p != null) {
            ownNonces.remove(p.ownHello.nonce());
        }
    }

    /** A message before the handshake completed, with the bytes of its line (without the newline). */
    public void onMessage(Session session, Message message, byte[] line) {
        Pending p = pending.get(session);
        if (p == null) {
            return;
        }
        if (message instanceof Bye bye) {
            LOG.infof("%s said bye before the handshake completed: %s", session, Excerpt.of(bye.reason()));
            metrics.byeReceived(bye.reason());
            session.closeSilently();
            return;
        }
        if (message instanceof Hello hello && p.peerHello == null) {
            onHello(session, p, hello, line);
        } else if (message instanceof Auth auth && p.peerHello != null) {
            onAuth(session, p, auth);
        } else {
            offender.misbehaved(session, Misbehaviour.PROTOCOL,
                    message.type() + (p.peerHello == null ? " before hello" : " before auth"));
        }
    }

    private void onHello(Session session, Pending p, Hello hello, byte[] line) {
        if (hello.version() < VERSION) {
            refuse(session, "version", "unsupported protocol version " + hello.version() + ": this node speaks " + VERSION,
                    "");
            return;
        }
        if (!hello.network().equals(network)) {
            LOG.infof("%s is on another network (genesis %s, ours %s)", session, hello.network(), network);
            refuse(session, "network", "wrong network: this node's genesis is " + network, "");
            return;
        }
        if (!NodeKey.nodeIdOf(hello.key()).equals(hello.nodeId())) {
            offender.misbehaved(session, Misbehaviour.PROTOCOL, "nodeId " + hello.nodeId() + " is not derived from key "
                    + hello.key());
            return;
        }
        if (hello.key().equals(key.publicKeyHex())) {
            if (ownNonces.contains(hello.nonce())) {
                listener.onSelf(session);
                session.close("connected to myself");
            } else {
                metrics.refused("duplicate-key");
                LOG.errorf("Another node uses this node's key (node id %s) at %s. Two nodes share one identity,"
                        + " most likely because a data directory was copied: stop one of them and delete its %s"
                        + " to give it an identity of its own", key.nodeId(), session.peerName(), NodeKey.FILE_NAME);
                session.close("duplicate node key: node id " + key.nodeId() + " is in use by two nodes");
            }
            return;
        }
        p.peerHello = hello;
        p.peerLine = line.clone();
        if (session.direction() == Direction.OUTBOUND) {
            sendAuth(session, p);
        }
    }

    private void onAuth(Session session, Pending p, Auth auth) {
        boolean peerDialed = session.direction() == Direction.INBOUND;
        byte[] transcript = transcript(p, peerDialed);
        if (secret.isPresent()) {
            if (auth.proof().isEmpty()) {
                refuse(session, "auth", "authentication required: this node needs the shared secret (rantai.p2p.secret)",
                        " (its auth has no proof)");
                return;
            }
            if (!secret.get().verify(auth.proof(), transcript)) {
                refuse(session, "auth", "authentication failed: wrong shared secret", " (its proof does not match)");
                return;
            }
        }
        if (!NodeKey.verify(HEX.parseHex(p.peerHello.key()), transcript, HEX.parseHex(auth.signature()))) {
            offender.misbehaved(session, Misbehaviour.IDENTITY,
                    "the signature does not match key " + p.peerHello.key() + " (node id " + p.peerHello.nodeId() + ")");
            return;
        }
        if (!p.ownAuthSent) {
            sendAuth(session, p);
        }
        pending.remove(session);
        ownNonces.remove(p.ownHello.nonce());
        session.handshaken(p.peerHello);
        listener.onHandshake(session, p.ownHello.tip());
    }

    private void sendAuth(Session session, Pending p) {
        boolean selfDialed = session.direction() == Direction.OUTBOUND;
        byte[] transcript = transcript(p, selfDialed);
        String signature = HEX.formatHex(key.sign(transcript));
        session.send(new Auth(signature, secret.map(s -> s.proof(transcript)).orElse("")));
        p.ownAuthSent = true;
    }

    private byte[] transcript(Pending p, boolean signerDialed) {
        byte[] dialerHello = p.dialed ? p.ownLine : p.peerLine;
        byte[] listenerHello = p.dialed ? p.peerLine : p.ownLine;
        return Transcript.of(signerDialed, network, dialerHello, listenerHello);
    }

    private void refuse(Session session, String metric, String reason, String detail) {
        metrics.refused(metric);
        LOG.warnf("Refused %s: %s%s", session, reason, detail);
        session.close(reason);
    }
}
