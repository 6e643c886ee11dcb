package dev.rantai.p2p;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.rantai.p2p.book.BookBridge;
import dev.rantai.p2p.book.BookFormat;
import dev.rantai.p2p.handshake.Handshake;
import dev.rantai.p2p.peer.PeerManager;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.transport.EventLoop;
import dev.rantai.p2p.wire.Auth;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Excerpt;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.MessageHandler;
import dev.rantai.p2p.wire.Peers;
import dev.rantai.p2p.wire.Ping;
import dev.rantai.p2p.wire.Pong;
import dev.rantai.p2p.wire.WireException;

/**
 * What a line does: decoded strictly (a line that breaks a bound is a violation, and the
 * connection is closed and banned), then to the handshake until it completes (or to the book's
 * bridge for a book node's line), then each message to its handler method. Runs on the node's
 * event loop; a long line of a handshaken peer is parsed on a worker thread meanwhile
 * ({@link #OFF_LOOP_BYTES}).
 */
final class Protocol implements MessageHandler<Session> {
    private static final Logger LOG = Logger.getLogger(Protocol.class);

    /**
     * Lines of a handshaken peer at least this long (in bytes) are parsed on a worker thread: a block
     * of 60 KB or a sync answer of 500 blocks takes a node that has just started milliseconds to parse,
     * which would hold up every other peer on the event loop.
     */
    static final int OFF_LOOP_BYTES = 16 * 1024;

    /** Long lines parsed at once, at most. */
    static final int MAX_PARSES = 2;

    private final EventLoop loop;
    /** Long lines waiting for a parse, each of a paused session; and the parses under way. */
    private final ArrayDeque<Runnable> waitingLines = new ArrayDeque<>();
    private int parses;
    private final MessageCodec codec;
    private final Handshake handshake;
    private final PeerManager peers;
    private final BlockSync sync;
    private final Gossip gossip;
    private final BookBridge book;
    private final Offender offender;
    private final P2pMetrics metrics;
    private final Throttle throttle;
    private final LongSupplier clock;
    /** The length of the line whose message is being dispatched: what a block is charged at least. */
    private int dispatchedLineBytes;

    Protocol(EventLoop loop, MessageCodec codec, Handshake handshake, PeerManager peers, BlockSync sync, Gossip gossip,
            BookBridge book, Offender offender, P2pMetrics metrics, Throttle throttle, LongSupplier clock) {
        this.loop = loop;
        this.codec = codec;
        this.handshake = handshake;
        this.peers = peers;
        this.sync = sync;
        this.gossip = gossip;
        this.book = book;
        this.offender = offender;
        this.metrics = metrics;
        this.throttle = throttle;
        this.clock = clock;
    }

    void onLine(Session session, byte[] line) {
        if (session.isClosed()) {
            return;
        }
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        if (isBlank(line, length)) {
            // Someone at nc pressed Enter: not worth a ban, not worth an answer.
            return;
        }
        session.received(clock.getAsLong());
        if (session.isHandshaken() && isUnreadOrphan(session, line, length)) {
            return;
        }
        if (session.isHandshaken() && length >= OFF_LOOP_BYTES) {
            // The session reads nothing until this line is handled, so its messages keep their order; the
            // loop serves the other peers meanwhile.
            session.pause(Session.PAUSED_DECODING);
            waitingLines.add(() -> parseOffLoop(session, line, length));
            startParses();
            return;
        }
        try {
            if (session.isHandshaken()) {
                handle(session, line, codec.decode(line, length));
                return;
            }
            JsonNode node = codec.parse(line, length);
            if (BookFormat.isBookBlock(node)) {
                // A node of the book sends one line per connection: one is taken, and the connection ends.
                session.markBook();
                book.receive(node, session.remoteHost(), line.length);
                session.closeSilently();
                return;
            }
            Optional<Message> message = codec.decode(node);
            metrics.messageIn(message.map(Message::type).orElse("unknown"), line.length, session.peerName());
            metrics.observations().received(session.peerName(), message.orElse(null), line.length);
            if (message.isPresent()) {
                handshake.onMessage(session, message.get(), length == line.length ? line
                        : java.util.Arrays.copyOf(line, length));
            }
        } catch (WireException e) {
            malformed(session, line, e);
        }
    }

    /**
     * Starts waiting long lines while fewer than {@link #MAX_PARSES} are parsed: a parsed line's tree
     * can take many times its length in memory (an array of a million empty objects in 1 MiB), so the
     * lines of many peers are not parsed all at once. A waiting line's session is paused, so at most
     * one line a peer waits.
     */
    private void startParses() {
        while (parses < MAX_PARSES && !waitingLines.isEmpty()) {
            parses++;
            waitingLines.poll().run();
        }
    }

    private void parseOffLoop(Session session, byte[] line, int length) {
        if (session.isClosed()) {
            parses--;
            return;
        }
        loop.offload(() -> codec.decode(line, length)).whenComplete((message, error) -> {
            parses--;
            try {
                if (!session.isClosed()) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                            : error;
                    if (cause == null) {
                        handle(session, line, message);
                    } else if (cause instanceof WireException e) {
                        malformed(session, line, e);
                    } else {
                        LOG.warnf(cause, "Could not read a line of %s", session);
                        session.close("internal error");
                    }
                }
            } finally {
                session.resume(Session.PAUSED_DECODING);
                startParses();
            }
        });
    }

    /** A decoded message of a handshaken peer (empty: a type this node does not know), on the loop. */
    private void handle(Session session, byte[] line, Optional<Message> message) {
        metrics.messageIn(message.map(Message::type).orElse("unknown"), line.length, session.peerName());
        metrics.observations().received(session.peerName(), message.orElse(null), line.length);
        if (message.isEmpty()) {
            throttle.charge(session, RequestBudget.Kind.NOISE);
            return;
        }
        dispatchedLineBytes = line.length;
        message.get().dispatch(session, this);
    }

    /**
     * A {@code block} line whose height alone makes it an orphan for certain is dropped unread and paid
     * for by the data it can hold: a peer that floods this node with large blocks far above its tip costs
     * it the framing of their lines, not a parse of their data (protocol.md, Relay).
     */
    private boolean isUnreadOrphan(Session session, byte[] line, int length) {
        long index = MessageCodec.blockIndex(line, length);
        if (index < 0 || !gossip.isOrphanForCertain(index)) {
            return false;
        }
        metrics.messageIn(BlockAnnounce.TYPE, line.length, session.peerName());
        String claimed = MessageCodec.blockClaimedHash(line, length);
        metrics.observations().receivedUnread(session.peerName(), BlockAnnounce.TYPE, "block " + index
                + (claimed == null ? "" : " " + claimed)
                + ", an orphan here for certain: dropped by its height, not read further",
                line.length, claimed);
        gossip.onOrphanForCertain(session, index, MessageCodec.unreadBlockKib(line, length));
        return true;
    }

    private void malformed(Session session, byte[] line, WireException e) {
        metrics.messageIn("malformed", line.length, session.peerName());
        offender.misbehaved(session, Misbehaviour.MALFORMED, e.getMessage());
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] < 0 || !Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void onHello(Session session, Hello hello) {
        offender.misbehaved(session, Misbehaviour.PROTOCOL, "a second hello");
    }

    @Override
    public void onAuth(Session session, Auth auth) {
        offender.misbehaved(session, Misbehaviour.PROTOCOL, "auth after the handshake");
    }

    @Override
    public void onPing(Session session, Ping ping) {
        if (throttle.charge(session, RequestBudget.Kind.PING)) {
            session.send(new Pong(ping.nonce()));
        }
    }

    @Override
    public void onPong(Session session, Pong pong) {
        if (!session.ponged(pong.nonce(), clock.getAsLong())) {
            throttle.charge(session, RequestBudget.Kind.NOISE);
        }
    }

    @Override
    public void onBlock(Session session, BlockAnnounce block) {
        gossip.onBlock(session, block, dispatchedLineBytes);
    }

    @Override
    public void onGetBlocks(Session session, GetBlocks request) {
        if (throttle.charge(session, RequestBudget.Kind.GET_BLOCKS)) {
            sync.serve(session, request);
        }
    }

    @Override
    public void onBlocks(Session session, Blocks answer) {
        sync.onBlocks(session, answer);
    }

    @Override
    public void onGetPeers(Session session, GetPeers request) {
        if (throttle.charge(session, RequestBudget.Kind.GET_PEERS)) {
            session.send(new Peers(peers.shareable(session)));
        }
    }

    @Override
    public void onPeers(Session session, Peers answer) {
        if (throttle.charge(session, RequestBudget.Kind.PEERS)) {
            peers.learn(answer.addresses(), session);
        }
    }

    @Override
    public void onBye(Session session, Bye bye) {
        LOG.infof("%s said bye: %s", session, Excerpt.of(bye.reason()));
        metrics.byeReceived(bye.reason());
        session.closeSilently();
    }
}
