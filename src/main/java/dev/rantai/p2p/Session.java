package dev.rantai.p2p;

import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import dev.rantai.p2p.peer.KnownHashes;
import dev.rantai.p2p.peer.PeerAddress;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

/**
 * One TCP connection to another node and what this node knows about it. Confined to the node's
 * event loop: no locks, and nothing here blocks.
 */
public final class Session {
    private static final int KNOWN_CAPACITY = 4096;

    private final NetSocket socket;
    private final Direction direction;
    private final Optional<PeerAddress> dialed;
    private final MessageCodec codec;
    private final P2pMetrics metrics;
    private final long openedAt;
    private final KnownHashes known = new KnownHashes(KNOWN_CAPACITY);
    private Hello hello;
    private String name;
    private String ownNonce = "";
    private String advertisedTip = "";
    private Hello unproven;
    private boolean closed;
    private boolean book;
    private long lastReceivedAt;
    private long lastPingAt;
    private long pingNonce;
    private long rttMillis = -1;
    private long remoteHeight;
    private BigInteger remoteWork = BigInteger.ZERO;
    private int blocksRequested;
    private long blocksRequestedAt;
    private List<String> lastLocator = List.of();
    private String syncFrom;
    private int blocksInFlight;

    Session(NetSocket socket, Direction direction, Optional<PeerAddress> dialed, MessageCodec codec,
            P2pMetrics metrics, long now) {
        this.socket = socket;
        this.direction = direction;
        this.dialed = dialed;
        this.codec = codec;
        this.metrics = metrics;
        this.openedAt = now;
        this.lastReceivedAt = now;
    }

    /** Writes one message as a line. A closed session drops it. */
    public void send(Message message) {
        if (!closed) {
            Buffer line = encode(codec, message);
            send(message.type(), List.of(line));
            metrics.observations().sent(peerName(), message, line.length());
        }
    }

    /**
     * Writes lines made by {@link #encode} in one write to the socket: a batch of announcements
     * costs one system call instead of one per block, and a block going to many peers is encoded
     * once. A line may go to several sessions: each write reads its own slice of it.
     */
    void send(String type, List<Buffer> lines) {
        if (closed || lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            metrics.messageOut(type, lines.get(0).length(), peerName());
            socket.write(lines.get(0));
            return;
        }
        int length = 0;
        for (Buffer line : lines) {
            length += line.length();
        }
        Buffer all = Buffer.buffer(length);
        String name = peerName();
        for (Buffer line : lines) {
            metrics.messageOut(type, line.length(), name);
            all.appendBuffer(line);
        }
        socket.write(all);
    }

    /** One message as a line of the wire, newline included. */
    static Buffer encode(MessageCodec codec, Message message) {
        Buffer buffer = Buffer.buffer(128);
        codec.write(message, new BufferOutput(buffer));
        buffer.appendByte((byte) '\n');
        return buffer;
    }

    /** Says why in a {@code bye}, then closes. */
    public void close(String reason) {
        if (closed) {
            return;
        }
        send(new Bye(reason));
        closed = true;
        socket.close();
    }

    /** Closes without a word: the other side said bye, or the socket is gone. */
    void closeSilently() {
        if (!closed) {
            closed = true;
            socket.close();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Whether the write queue is full: a slow peer gets no announcements until it drains (it syncs later). */
    public boolean isCongested() {
        return socket.writeQueueFull();
    }

    public Direction direction() {
        return direction;
    }

    /** The address this node dialed, for outbound sessions. */
    public Optional<PeerAddress> dialed() {
        return dialed;
    }

    public String remoteHost() {
        return socket.remoteAddress().hostAddress();
    }

    public int remotePort() {
        return socket.remoteAddress().port();
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
            name = listenAddress().map(PeerAddress::toString).orElseGet(() -> remoteHost() + ":" + remotePort());
            // Final once dialed or handshaken: every message in and out is counted under it.
            if (dialed.isPresent() || hello != null) {
                this.name = name;
            }
        }
        return name;
    }

    public Optional<Hello> hello() {
        return Optional.ofNullable(hello);
    }

    void handshaken(Hello h) {
        this.hello = h;
        this.remoteHeight = h.height();
        this.remoteWork = h.work();
        this.known.add(h.tip());
    }

    /** The nonce this node sent in its hello on this connection; empty without a shared secret. */
    String ownNonce() {
        return ownNonce;
    }

    void ownNonce(String nonce) {
        ownNonce = nonce;
    }

    /** The tip this node's hello on this connection named. */
    String advertisedTip() {
        return advertisedTip;
    }

    void advertisedTip(String hash) {
        advertisedTip = hash;
    }

    /** The peer's hello while its {@code auth} proof is awaited. */
    Optional<Hello> unproven() {
        return Optional.ofNullable(unproven);
    }

    void unproven(Hello h) {
        unproven = h;
    }

    public boolean isHandshaken() {
        return hello != null;
    }

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

    void pinged(long nonce, long now) {
        pingNonce = nonce;
        lastPingAt = now;
    }

    /** Takes a pong: with the nonce of the last ping, the round trip is measured. */
    void ponged(long nonce, long now) {
        if (nonce == pingNonce && lastPingAt > 0) {
            rttMillis = now - lastPingAt;
        }
    }

    /** Round-trip time of the last answered ping, or -1. */
    public long rttMillis() {
        return rttMillis;
    }

    public long remoteHeight() {
        return remoteHeight;
    }

    public BigInteger remoteWork() {
        return remoteWork;
    }

    /** Raises what this node believes the remote holds (blocks it sent or announced). */
    public void remoteHas(long height, BigInteger work) {
        remoteHeight = Math.max(remoteHeight, height);
        if (work != null && work.compareTo(remoteWork) > 0) {
            remoteWork = work;
        }
    }

    /** The limit of the outstanding get_blocks, or 0 if none is outstanding. */
    public int blocksRequested() {
        return blocksRequested;
    }

    public long blocksRequestedAt() {
        return blocksRequestedAt;
    }

    public void requestedBlocks(int limit, long now) {
        blocksRequested = limit;
        blocksRequestedAt = now;
    }

    /** The chain's locator sent with the last get_blocks that was not a continuation. */
    public List<String> lastLocator() {
        return lastLocator;
    }

    public void lastLocator(List<String> locator) {
        lastLocator = locator;
    }

    /** The last hash of a full answer whose successors are still to be asked for, or null. */
    public String syncFrom() {
        return syncFrom;
    }

    public void syncFrom(String hash) {
        syncFrom = hash;
    }

    /** Blocks of this peer's answers handed to the chain and not yet taken. */
    public int blocksInFlight() {
        return blocksInFlight;
    }

    public void blocksInFlight(int delta) {
        blocksInFlight += delta;
    }

    @Override
    public String toString() {
        return direction.id() + " " + remoteHost() + ":" + remotePort() + nodeId().map(id -> " (" + id + ")").orElse("");
    }

    /** Jackson writes its chunks straight into the buffer that goes to the socket. */
    private static final class BufferOutput extends OutputStream {
        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
