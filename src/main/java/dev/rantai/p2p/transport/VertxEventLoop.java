package dev.rantai.p2p.transport;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** The node's event loop as one Vert.x context; offloaded work runs on Vert.x's worker pool. */
final class VertxEventLoop implements EventLoop {
    private final Vertx vertx;
    private final Context context;

    VertxEventLoop(Vertx vertx) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
    }

    Context context() {
        return context;
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(v -> task.run());
    }

    @Override
    public <T> CompletableFuture<T> offload(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.executeBlocking(task, false).onComplete(done -> {
            if (done.succeeded()) {
                result.complete(done.result());
            } else {
                result.completeExceptionally(done.cause());
            }
        });
        return result;
    }

    @Override
    public long timer(long delayMillis, Runnable task) {
        return vertx.setTimer(Math.max(1, delayMillis), id -> context.runOnContext(v -> task.run()));
    }

    @Override
    public long periodic(long periodMillis, Runnable task) {
        return vertx.setPeriodic(Math.max(1, periodMillis), id -> task.run());
    }

    @Override
    public void cancel(long timerId) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }
}
