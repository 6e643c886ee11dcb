package dev.rantai.chain;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Holds the chain writer at a known point until the test lets it go: in a listener that runs on
 * the writer, or in the clock. Interrupting the held thread (as close() does) also lets it go.
 */
final class Gate {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile boolean armed = true;

    /** Called on the held thread: blocks the first caller while the gate is armed. */
    void pass() {
        if (!armed) {
            return;
        }
        armed = false;
        arrived.countDown();
        try {
            if (!opened.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitArrival() throws InterruptedException {
        if (!arrived.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no thread reached the gate within 30 s");
        }
    }

    void open() {
        opened.countDown();
    }

    /**
     * Holds the writer once it has mined a block matching {@code which}, before the commit. Runs on
     * the writer: register it with {@code Runnable::run}.
     */
    ChainListener holdingTheWriterAfterMining(Predicate<Block> which) {
        return new ChainListener() {
            @Override
            public void onTipChanged(TipChange change) {
            }

            @Override
            public void onBlockMined(Block block, long nanos) {
                if (which.test(block)) {
                    pass();
                }
            }
        };
    }
}
