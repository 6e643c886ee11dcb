package dev.rantai.p2p.transport;

import java.util.concurrent.CompletableFuture;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

/**
 * A Vert.x socket as a {@link Connection}: lines split by a {@link LineFramer} that refuses a line
 * longer than the frame limit while it arrives, and pauses the socket with it.
 */
final class VertxConnection implements Connection {
    private final NetSocket socket;
    private final int maxFrameBytes;
    private final CompletableFuture<Void> secure;
    private LineFramer framer;
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
        framer = new LineFramer(socket, maxFrameBytes, inbound);
        socket.handler(framer);
        socket.exceptionHandler(e -> {
            // reset by peer and the like: the close handler follows
        });
        socket.closeHandler(v -> {
            closed = true;
            framer.stop();
            inbound.onClosed();
        });
        framer.resume();
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
        if (framer != null) {
            framer.pause();
        }
    }

    @Override
    public void resumeReading() {
        if (framer != null && !closed) {
            framer.resume();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (framer != null) {
            framer.stop();
        }
        socket.close();
    }
}
