package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listeners run on their executors, never on the writer: a stuck listener does not stall the chain. */
class ChainEventsTest {
    @TempDir
    Path dir;

    @Test
    void aListenerThatDoesNotReturnHoldsUpNeitherTheChainNorItsEventsLater() throws Exception {
        try (TestNode node = TestNode.start(dir)) {
            CountDownLatch release = new CountDownLatch(1);
            List<Long> seen = new CopyOnWriteArrayList<>();
            node.chain.addListener(change -> {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(change.current().height());
            });

            // every submission is committed and answered while the listener is stuck in the first change
            List<Block> mined = node.mine("one", "two", "three");
            assertThat(mined).extracting(Block::index).containsExactly(1L, 2L, 3L);
            assertThat(seen).isEmpty();

            release.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 3);
            assertThat(seen).containsExactly(1L, 2L, 3L);
        }
    }
}
