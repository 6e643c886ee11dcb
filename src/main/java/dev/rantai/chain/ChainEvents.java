package dev.rantai.chain;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The chain's listeners, and the hand-over of what the writer committed. The writer never runs a
 * listener: it hands each event to the listener's executor, by default a thread of the chain's
 * own ({@code rantai-chain-events}), so a slow listener delays only its own events and those of
 * the listeners that share that thread, never the chain. Each executor receives a listener's events
 * in commit order; it must run them in that order (one thread, a Vert.x context).
 */
final class ChainEvents implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChainEvents.class);

    private record Registration(ChainListener listener, Executor executor) {
    }

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final ExecutorService ownThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rantai-chain-events");
        t.setDaemon(true);
        return t;
    });

    void add(ChainListener listener) {
        add(listener, ownThread);
    }

    void add(ChainListener listener, Executor executor) {
        registrations.add(new Registration(listener, executor));
    }

    void remove(ChainListener listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    /** The tip changes of one commit, in order: one task per listener. */
    void tipChanged(List<TipChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (Registration r : registrations) {
            hand(r, () -> changes.forEach(r.listener()::onTipChanged));
        }
    }

    void blockMined(Block block, long nanos) {
        for (Registration r : registrations) {
            hand(r, () -> r.listener().onBlockMined(block, nanos));
        }
    }

    private static void hand(Registration r, Runnable event) {
        try {
            r.executor().execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Chain listener %s failed", r.listener());
                }
            });
        } catch (RejectedExecutionException e) {
            // the listener's executor is shutting down: it wants no more events
            LOG.debugf("Chain listener %s no longer takes events: %s", r.listener(), e.getMessage());
        }
    }

    /** Lets the events already handed to the chain's own thread run, for up to 10 s. */
    @Override
    public void close() {
        ownThread.shutdown();
        try {
            if (!ownThread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Chain listeners did not finish within 10 s");
                ownThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ownThread.shutdownNow();
        }
    }
}
