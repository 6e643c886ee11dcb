package dev.rantai.p2p.transport;

import java.util.concurrent.CompletableFuture;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;

/**
 * A Vert.x socket as a {@link Connection}: lines split by a {@link RecordParser} that refuses a
 * record longer than the frame limit while it arrives, and pauses the socket with it.
 */
final class VertxConnection implements Connection {
    private final NetSocket socket;
    private final int maxFrameBytes;
    private final CompletableFuture<Void> secure;
    private RecordParser parser;
    private boolean closed;

    VertxConnection(NetSocket socket, int maxFrameBytes, CompletableFuture<Void> secure) {
        this.socket = socket;
        this.maxFrameBytes = maxFrameBytes;
        this.secure = secure;
        // Nothing is read until the protocol starts the connection.
        socket.pause();
    }

    @Override
    public void start(Inbound inbound) {
        parser = RecordParser.newDelimited("\n", socket);
        parser.maxRecordSize(maxFrameBytes);
        parser.handler(line -> inbound.onLine(line.getBytes()));
        parser.exceptionHandler(e -> {
            parser.pause();
            inbound.onOversize();
        });
        socket.exceptionHandler(e -> {
            // reset by peer and the like: the close handler follows
        });
        socket.closeHandler(v -> {
            closed = true;
            inbound.onClosed();
        });
        parser.resume();
    }

    @Override
    public CompletableFuture<Void> secure() {
        return secure;
    }

    @Override
    public String remoteHost() {
        return socket.remoteAddress().hostAddress();
    }

    @Override
    public int remotePort() {
        return socket.remoteAddress().port();
    }

    @Override
    public void write(byte[] bytes) {
        if (!closed) {
            socket.write(Buffer.buffer(bytes));
        }
    }

    @Override
    public boolean writeQueueFull() {
        return socket.writeQueueFull();
    }

    @Override
    public void onDrain(Runnable handler) {
        socket.drainHandler(v -> handler.run());
    }

    @Override
    public void pauseReading() {
        if (parser != null) {
            parser.pause();
        }
    }

    @Override
    public void resumeReading() {
        if (parser != null && !closed) {
            parser.resume();
        }
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
    }
}
