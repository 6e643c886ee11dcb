package dev.rantai.p2p;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import dev.rantai.chain.Block;
import dev.rantai.p2p.peer.KnownHashes;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.transport.Connection;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;

/**
 * One connection to another node: what this node knows about the remote (its proven hello, the
 * blocks it has, its round trip) and the flow control of the connection. Reading pauses while the
 * send queue is over its high-water mark or while a request of this peer is being served, so a peer
 * that does not read cannot make the node queue more for it; {@link #outputStalledFor} tells how long
 * the queue has been full. Handshake state lives with the handshake and sync state with the sync.
 * Confined to the node's event loop: no locks, and nothing here blocks.
 */
public final class Session {
    private static final int KNOWN_CAPACITY = 4096;
    /** Reading is paused while the send queue is full. */
    static final int PAUSED_OUTPUT = 1;
    /** Reading is paused while a request of this peer waits for the store or for its answer to drain. */
    public static final int PAUSED_SERVING = 2;
    /** Reading is paused while the peer is over its request budget. */
    static final int PAUSED_BUDGET = 4;
    /** Reading is paused while a long line of the peer is parsed off the event loop. */
    static final int PAUSED_DECODING = 8;
    /** Any of the reasons. */
    static final int PAUSED_ANY = PAUSED_OUTPUT | PAUSED_SERVING | PAUSED_BUDGET | PAUSED_DECODING;

    private final Connection connection;
    private final Direction direction;
    private final Optional<PeerAddress> dialed;
    private final MessageCodec codec;
    private final P2pMetrics metrics;
    private final LongSupplier clock;
    private final long openedAt;
    private final KnownHashes known = new KnownHashes(KNOWN_CAPACITY);
    private Hello hello;
    private String name;
    private boolean closed;
    private boolean book;
    private long lastReceivedAt;
    private long admittedAt;
    private long lastPingAt;
    private long pingNonce;
    private long pongDueAt;
    private long rttMillis = -1;
    private final AtomicLong remoteHeight = new AtomicLong();
    private BigInteger remoteWork = BigInteger.ZERO;
    private final RequestBudget budget = new RequestBudget();
    /** The highest block the peer announced, checked or not: a claim, used only to spare it blocks it has. */
    private long claimedHeight;
    /** The hash of the last tip this peer was shown after it sent a block that lost to it, or null. */
    private String tipShown;
    /** The height of the last block let off as this peer's side of a race at the tip, -1 before any. */
    private long raceHeight = -1;
    /** KiB of blocks this node's chain took since the peer connected, less what its race blocks spent. */
    private int raceCreditKib;
    /** The chain's count of KiB connected ({@code ChainService.connectedKib}) the credit was brought up to, -1 before. */
    private long raceCreditedUpTo = -1;
    /** When this peer was last sent a block it was not known to be able to connect, 0 if it is not waited on. */
    private long unconnectedSentAt;
    /** The height and hash of that block. */
    private long unconnectedHeight;
    private String unconnectedHash;
    /** New blocks not yet announced to this peer (its send queue was full, or it was waited on), oldest first. */
    private final ArrayDeque<Block> unsent = new ArrayDeque<>();
    private long unsentBytes;
    private Runnable drained;
    private volatile long lastBlockAt;
    private int pausedFor;
    private long outputFullSince;

    Session(Connection connection, Direction direction, Optional<PeerAddress> dialed, MessageCodec codec,
            P2pMetrics metrics, LongSupplier clock) {
        this.connection = connection;
        this.codec = codec;
        this.direction = direction;
        this.dialed = dialed;
        this.metrics = metrics;
        this.clock = clock;
        this.openedAt = clock.getAsLong();
        this.lastReceivedAt = openedAt;
    }

    /** Writes one message as a line. A closed session drops it. */
    public void send(Message message) {
        if (!closed) {
            byte[] line = codec.line(message);
            sendLine(message.type(), line);
            metrics.observations().sent(peerName(), message, line.length);
        }
    }

    /** Writes one line made by {@link MessageCodec#line} (newline included). */
    public void sendLine(String type, byte[] line) {
        if (closed) {
            return;
        }
        metrics.messageOut(type, line.length, peerName());
        connection.write(line);
        watchOutput();
    }

    /**
     * Writes lines of one type in one write: a batch of announcements costs one system call instead
     * of one per block, and a block going to many peers is encoded once.
     */
    void sendLines(String type, List<byte[]> lines) {
        if (closed || lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            sendLine(type, lines.get(0));
            return;
        }
        int length = 0;
        for (byte[] line : lines) {
            length += line.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        String peer = peerName();
        for (byte[] line : lines) {
            metrics.messageOut(type, line.length, peer);
            System.arraycopy(line, 0, all, at, line.length);
            at += line.length;
        }
        connection.write(all);
        watchOutput();
    }

    /** Once the send queue is over its high-water mark, stop reading this peer until it drains. */
    private void watchOutput() {
        if (outputFullSince == 0 && connection.writeQueueFull()) {
            outputFullSince = clock.getAsLong();
            pause(PAUSED_OUTPUT);
            connection.onDrain(() -> {
                outputFullSince = 0;
                resume(PAUSED_OUTPUT);
                if (drained != null && !closed) {
                    drained.run();
                }
            });
        }
    }

    /** How long the send queue has been full without draining, in ms; 0 if it is not. */
    long outputStalledFor(long now) {
        return outputFullSince == 0 ? 0 : now - outputFullSince;
    }

    /**
     * Whether the send queue is full: such a peer gets no announcements until it drains; the blocks
     * held back for it meanwhile then go to it in order.
     */
    public boolean isCongested() {
        return outputFullSince != 0 || connection.writeQueueFull();
    }

    /** Stops reading this peer for {@code reason} (one of the {@code PAUSED_} bits) until {@link #resume}. */
    public void pause(int reason) {
        if (pausedFor == 0 && !closed) {
            connection.pauseReading();
        }
        pausedFor |= reason;
    }

    public void resume(int reason) {
        boolean was = pausedFor != 0;
        pausedFor &= ~reason;
        if (was && pausedFor == 0 && !closed) {
            connection.resumeReading();
        }
    }

    RequestBudget budget() {
        return budget;
    }

    boolean isPaused(int reason) {
        return (pausedFor & reason) != 0;
    }

    /** Says why in a {@code bye}, then closes. */
    public void close(String reason) {
        if (closed) {
            return;
        }
        send(new Bye(reason));
        closed = true;
        connection.close();
    }

    /** Closes without a word: the other side said bye, or the connection is gone. */
    public void closeSilently() {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public Direction direction() {
        return direction;
    }

    /** The address this node dialed, for outbound sessions. */
    public Optional<PeerAddress> dialed() {
        return dialed;
    }

    public String remoteHost() {
        return connection.remoteHost();
    }

    public int remotePort() {
        return connection.remotePort();
    }

    /** Where the remote node listens: the dialed address, or its IP with the port from its hello. */
    public Optional<PeerAddress> listenAddress() {
        if (dialed.isPresent()) {
            return dialed;
        }
        return hello().filter(h -> h.listenPort() > 0).map(h -> new PeerAddress(remoteHost(), h.listenPort()));
    }

    /** The peer as the message feed names it: where it listens once known, else its socket address. */
    public String peerName() {
        String name = this.name;
        if (name == null) {
            name = listenAddress().map(PeerAddress::toString)
                    .orElseGet(() -> new PeerAddress(remoteHost(), Math.max(1, remotePort())).toString());
            // Final once dialed or handshaken: every message in and out is counted under it.
            if (dialed.isPresent() || hello != null) {
                this.name = name;
            }
        }
        return name;
    }

    /** The peer's hello, once its identity is proven (the handshake is complete). */
    public Optional<Hello> hello() {
        return Optional.ofNullable(hello);
    }

    public void handshaken(Hello h) {
        this.hello = h;
        this.admittedAt = clock.getAsLong();
        this.remoteWork = h.work();
        this.known.add(h.tip());
    }

    public boolean isHandshaken() {
        return hello != null;
    }

    /** When the handshake completed (epoch ms), 0 before. */
    public long admittedAt() {
        return admittedAt;
    }

    /** The proven node id of the remote. */
    public Optional<String> nodeId() {
        return hello().map(Hello::nodeId);
    }

    public boolean isBook() {
        return book;
    }

    void markBook() {
        book = true;
    }

    public KnownHashes known() {
        return known;
    }

    public long openedAt() {
        return openedAt;
    }

    public long lastReceivedAt() {
        return lastReceivedAt;
    }

    void received(long now) {
        lastReceivedAt = now;
    }

    long lastPingAt() {
        return lastPingAt;
    }

    void pinged(long nonce, long now, long deadline) {
        pingNonce = nonce;
        lastPingAt = now;
        if (pongDueAt == 0) {
            pongDueAt = deadline;
        }
    }

    /** When an unanswered ping must have its pong (epoch ms), 0 if none is outstanding. */
    long pongDueAt() {
        return pongDueAt;
    }

    /**
     * Takes a pong: with the nonce of the last ping, the round trip is measured and the deadline
     * lifted. Returns false for a pong nobody asked for.
     */
    boolean ponged(long nonce, long now) {
        if (nonce == pingNonce && lastPingAt > 0 && pongDueAt != 0) {
            rttMillis = now - lastPingAt;
            pongDueAt = 0;
            return true;
        }
        return false;
    }

    /** Round-trip time of the last answered ping, or -1. */
    public long rttMillis() {
        return rttMillis;
    }

    /** The height of the newest valid block this peer has shown (announced or served). */
    public long remoteHeight() {
        return remoteHeight.get();
    }

    /** The total work of the peer's chain as its hello claimed it (a claim: sync asks, and the blocks prove it). */
    public BigInteger remoteWork() {
        return remoteWork;
    }

    /** When this peer last delivered a valid block that was new here (epoch ms), 0 if never. */
    public long lastBlockAt() {
        return lastBlockAt;
    }

    /** The peer delivered a valid block that was new here. Any thread may call it. */
    public void deliveredBlock(long now) {
        lastBlockAt = now;
    }

    /**
     * Raises the height this node knows the remote holds: a valid block it sent or announced. Any
     * thread may call it.
     */
    public void remoteHas(long height) {
        remoteHeight.accumulateAndGet(height, Math::max);
    }

    /**
     * The peer announced a block at {@code height}, checked or not (one that loses here is not even
     * hashed). A claim: it never moves a figure derived from peers, only what is announced to the peer,
     * which gets no block below it (a peer that claims more than it has misses blocks it must then
     * fetch). Event loop only.
     */
    void claimsHeight(long height) {
        claimedHeight = Math.max(claimedHeight, height);
    }

    /** The highest block the peer announced, checked or not ({@link #claimsHeight}). */
    public long claimedHeight() {
        return claimedHeight;
    }

    /**
     * Whether the peer is to be shown this tip of this node's, as it sent a block that lost to it: true
     * once for each tip (it is recorded as shown). Event loop only.
     */
    boolean showsTip(String tipHash) {
        if (tipHash.equals(tipShown)) {
            return false;
        }
        tipShown = tipHash;
        return true;
    }

    /**
     * Starts the race credit empty at the chain's count of KiB connected so far: a peer has no credit
     * when it connects. Event loop only.
     */
    void startRaceCredit(long connectedKib) {
        raceCreditedUpTo = connectedKib;
    }

    /**
     * Whether a block of {@code kib} KiB at {@code height} that this node cannot use is let off as the
     * peer's side of a race at the tip (docs/protocol.md, Relay): higher than every block let off so far,
     * and within the race credit, which it spends. The credit first takes what this node's chain grew
     * since it was last brought up to date, to {@code maxKib}: read from the chain's own count, which
     * is ahead of the tip changes on their way to the event loop, so the blocks of a race that were
     * read before this node's growth was heard of are let off as well. Event loop only.
     *
     * @param connectedKib the chain's count of KiB connected ({@code ChainService.connectedKib}), now
     */
    boolean raceAt(long height, int kib, long connectedKib, int maxKib) {
        if (raceCreditedUpTo >= 0) {
            raceCreditKib = (int) Math.min(maxKib, raceCreditKib + Math.max(0, connectedKib - raceCreditedUpTo));
        }
        raceCreditedUpTo = connectedKib;
        if (height <= raceHeight || kib > raceCreditKib) {
            return false;
        }
        raceHeight = height;
        raceCreditKib -= kib;
        return true;
    }

    /**
     * This peer was sent {@code block}, whose parent it was not known to have: it fetches what lies
     * between with {@code get_blocks}, and meanwhile gets no further block it cannot connect.
     */
    void sentUnconnected(Block block) {
        unconnectedSentAt = clock.getAsLong();
        unconnectedHeight = block.index();
        unconnectedHash = block.hash();
    }

    /**
     * Whether this peer is still expected to fetch what lies below the block it could not connect: it
     * has not fetched from this node since, nor shown a block at that height, and less than
     * {@code waitMillis} ms have passed. A peer that asks nothing had the parent after all and took the
     * block: once the wait is over, or once it shows the height, the block is known to it.
     */
    boolean isFetching(long waitMillis) {
        if (unconnectedSentAt != 0 && (remoteHeight() >= unconnectedHeight
                || clock.getAsLong() - unconnectedSentAt >= waitMillis)) {
            known.add(unconnectedHash);
            unconnectedSentAt = 0;
        }
        return unconnectedSentAt != 0;
    }

    /** This peer was sent a block whose parent it has, or fetched from this node: it is no longer waited on. */
    public void endWait() {
        unconnectedSentAt = 0;
    }

    /**
     * Keeps a new block to announce to this peer later, in order, within {@code maxBlocks} blocks and
     * {@code maxBytes} bytes of data: beyond them the oldest are dropped (the peer then fetches them).
     */
    void holdUnsent(Block block, int maxBlocks, long maxBytes) {
        unsent.addLast(block);
        unsentBytes += block.data().length();
        while (unsent.size() > maxBlocks || unsentBytes > maxBytes && unsent.size() > 1) {
            unsentBytes -= unsent.removeFirst().data().length();
        }
    }

    /** Drops the held-back blocks with these hashes (a reorg disconnected them). */
    void dropUnsent(Set<String> hashes) {
        unsent.removeIf(b -> {
            boolean gone = hashes.contains(b.hash());
            if (gone) {
                unsentBytes -= b.data().length();
            }
            return gone;
        });
    }

    boolean hasUnsent() {
        return !unsent.isEmpty();
    }

    /** The unsent blocks, oldest first; none are kept. */
    List<Block> takeUnsent() {
        List<Block> blocks = List.copyOf(unsent);
        unsent.clear();
        unsentBytes = 0;
        return blocks;
    }

    /** Runs {@code task} each time the send queue drains after it was full. */
    void onDrained(Runnable task) {
        drained = task;
    }

    @Override
    public String toString() {
        return direction.id() + " " + peerName() + nodeId().map(id -> " (" + id + ")").orElse("");
    }
}
