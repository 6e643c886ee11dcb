package dev.rantai.p2p.transport;

import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Splits a byte stream into newline-terminated lines (protocol.md, "Framing"), bounded while they
 * arrive: a line whose length without its newline exceeds {@code maxLineBytes} is refused as soon as
 * that many bytes have come without a newline, and nothing more is read.
 *
 * <p>
 * Each received chunk is searched for the newline in bulk ({@link ByteBuf#indexOf}), and a complete
 * line is copied once, into the array handed to {@link Connection.Inbound#onLine}. A line split across
 * chunks is gathered in one growing array, never larger than the limit.
 *
 * <p>
 * Reading pauses between two lines: when {@link #pause()} is called (from a line's handler or
 * elsewhere), no further line is handed over, what is left of the chunk is kept, and the source is
 * paused, so TCP flow control holds the sender. {@link #resume()} hands over the kept lines, in order,
 * before the source is read again. An unterminated line at the end of the stream is dropped.
 *
 * <p>
 * Single-threaded: every method runs on the connection's event loop.
 */
final class LineFramer implements Handler<Buffer> {
    private static final byte NEWLINE = '\n';
    private static final byte[] NOTHING = new byte[0];

    private final ReadStream<Buffer> source;
    private final int maxLineBytes;
    private final Connection.Inbound inbound;
    /** Received bytes not yet framed: the rest of a chunk while paused; null when all is framed. */
    private ByteBuf unread;
    /** The start of a line that has no newline yet. */
    private byte[] partial = NOTHING;
    private int partialLength;
    private boolean paused;
    private boolean framing;
    private boolean stopped;

    LineFramer(ReadStream<Buffer> source, int maxLineBytes, Connection.Inbound inbound) {
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.inbound = inbound;
    }

    @Override
    public void handle(Buffer chunk) {
        if (stopped || chunk.length() == 0) {
            return;
        }
        // Vert.x hands a NetSocket's data over in an unpooled heap buffer that is not reused: it may be kept.
        ByteBuf bytes = chunk.getByteBuf();
        unread = unread == null ? bytes : Unpooled.wrappedBuffer(unread, bytes);
        frame();
    }

    /** Hands over no further line until {@link #resume()}; the source stops being read. */
    void pause() {
        paused = true;
        source.pause();
    }

    /** Hands over the lines kept while paused, then reads the source again (unless paused anew). */
    void resume() {
        if (stopped) {
            return;
        }
        paused = false;
        frame();
        if (!paused && !stopped) {
            source.resume();
        }
    }

    /** Hands over nothing more, for good (the connection is closing). */
    void stop() {
        stopped = true;
        unread = null;
        partial = NOTHING;
    }

    private void frame() {
        if (framing) {
            // A line's handler paused and resumed: the loop below goes on.
            return;
        }
        framing = true;
        try {
            while (unread != null && !paused && !stopped) {
                int from = unread.readerIndex();
                int newline = unread.indexOf(from, unread.writerIndex(), NEWLINE);
                int length = (newline < 0 ? unread.writerIndex() : newline) - from;
                if ((long) partialLength + length > maxLineBytes) {
                    oversize();
                    return;
                }
                if (newline < 0) {
                    keepPartial(length);
                    unread = null;
                    return;
                }
                byte[] line = take(length);
                unread.skipBytes(1);
                if (!unread.isReadable()) {
                    unread = null;
                }
                inbound.onLine(line);
            }
        } finally {
            framing = false;
        }
    }

    private byte[] take(int length) {
        if (partialLength == 0) {
            byte[] line = new byte[length];
            unread.readBytes(line);
            return line;
        }
        byte[] line = Arrays.copyOf(partial, partialLength + length);
        unread.readBytes(line, partialLength, length);
        partial = NOTHING;
        partialLength = 0;
        return line;
    }

    private void keepPartial(int length) {
        int needed = partialLength + length;
        if (needed > partial.length) {
            partial = Arrays.copyOf(partial, Math.min(maxLineBytes, Math.max(needed, 2 * partial.length)));
        }
        unread.readBytes(partial, partialLength, length);
        partialLength = needed;
    }

    private void oversize() {
        stop();
        source.pause();
        inbound.onOversize();
    }
}
