package dev.rantai.p2p.transport;

import java.util.ArrayDeque;
import java.util.Deque;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A read stream for {@link LineFramer}'s tests: records whether it is paused, and queues what is
 * pushed while paused; with {@code synchronous} it hands the queue over within {@link #resume()} (the
 * worst case of re-entrance), else only on {@link #drain()}.
 */
final class TestSource implements ReadStream<Buffer> {
    boolean paused = true;
    boolean synchronous;
    Handler<Buffer> handler;
    final Deque<Buffer> queued = new ArrayDeque<>();

    void push(Buffer b) {
        if (paused) {
            queued.add(b);
        } else {
            handler.handle(b);
        }
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> h) {
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> h) {
        handler = h;
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        paused = true;
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        paused = false;
        if (synchronous) {
            drain();
        }
        return this;
    }

    void drain() {
        while (!paused && !queued.isEmpty()) {
            handler.handle(queued.poll());
        }
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        return resume();
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        return this;
    }
}
