package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data of a dropped local block is mined again only while no block carrying it is canonical:
 * whichever of its blocks (the original or a copy) a reorg drops or brings back, it ends on the
 * canonical chain exactly once. "after" is mined last in each test: data still waiting to be mined
 * again would go before it.
 */
class ReminingTest {
    private static final Block GENESIS = TestNode.RULES.genesis();

    @TempDir
    Path dir;
    TestNode a;

    @BeforeEach
    void start() {
        a = TestNode.start(dir.resolve("a"));
    }

    @AfterEach
    void stop() {
        a.close();
    }

    /** {@code count} blocks on {@code parent}, each carrying {@code prefix} and its height. */
    private static List<Block> branch(Block parent, String prefix, int count) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parent = TestBlocks.child(parent, prefix + (parent.index() + 1));
            out.add(parent);
        }
        return out;
    }

    private static List<Block> concat(List<Block> first, List<Block> second) {
        List<Block> out = new ArrayList<>(first);
        out.addAll(second);
        return out;
    }

    /** Mines "d", then a heavier branch from the genesis drops it; returns the copy mined on that branch. */
    private Block minedAgainAfterADrop(Block original, List<Block> heavier) {
        a.feed(heavier);
        await().atMost(Duration.ofSeconds(20)).until(() -> a.chain.tip().height() == heavier.size() + 1);
        Block copy = a.chain.tip().block();
        assertThat(copy.data()).isEqualTo(original.data());
        assertThat(copy.hash()).isNotEqualTo(original.hash());
        return copy;
    }

    @Test
    void aDatumMinedAgainIsNotMinedAThirdTimeWhenItsOriginalComesBack() {
        Block original = a.mineOne("d");
        List<Block> x = branch(GENESIS, "x", 2);
        minedAgainAfterADrop(original, x);

        // the original's branch outgrows the one with the copy: the copy is dropped, the original is canonical
        List<Block> y = branch(original, "y", 3);
        a.feed(y);
        assertThat(a.chain.tip().hash()).isEqualTo(y.get(2).hash());
        a.mineOne("after");

        assertThat(a.canonicalData()).containsExactly("d", "y2", "y3", "y4", "after");
        assertThat(a.store.pendingData()).isEmpty();
    }

    @Test
    void aDatumDroppedTwiceIsMinedAgainOnceEachTimeAndEndsOnTheChainOnce() {
        Block original = a.mineOne("d");
        List<Block> x = branch(GENESIS, "x", 2);
        Block copy = minedAgainAfterADrop(original, x);

        // the copy is dropped as well: the datum is mined a second time, on the new branch
        List<Block> y = branch(x.get(1), "y", 2);
        a.feed(y);
        await().atMost(Duration.ofSeconds(20)).until(() -> a.chain.tip().height() == 5);
        a.mineOne("after");

        assertThat(a.canonicalData()).containsExactly("x1", "x2", "y3", "y4", "d", "after");
        assertThat(a.store.byHash(copy.hash())).isPresent();
        assertThat(a.store.pendingData()).isEmpty();
    }

    @Test
    void aDroppedBlockThatReturnsCancelsTheDataItsDroppedCopyQueued() {
        Block original = a.mineOne("d");
        List<Block> x = branch(GENESIS, "x", 2);
        minedAgainAfterADrop(original, x);

        // one batch: a branch drops the copy (its datum is queued again), then the original's branch wins
        List<Block> y = branch(x.get(1), "y", 2);
        List<Block> z = branch(original, "z", 5);
        a.feed(concat(y, z));
        assertThat(a.chain.tip().hash()).isEqualTo(z.get(4).hash());
        assertThat(a.store.pendingData()).isEmpty();
        a.mineOne("after");

        assertThat(a.canonicalData()).containsExactly("d", "z2", "z3", "z4", "z5", "z6", "after");
    }

    @Test
    void aDroppedBlockThatReturnsBeforeItsDataWasMinedAgainIsNotMinedAgain() {
        Block original = a.mineOne("d");
        // in one batch: the original is dropped, then its branch outgrows the other one
        List<Block> x = branch(GENESIS, "x", 2);
        List<Block> z = branch(original, "z", 3);
        a.feed(concat(x, z));
        assertThat(a.store.pendingData()).isEmpty();
        a.mineOne("after");

        assertThat(a.canonicalData()).containsExactly("d", "z2", "z3", "z4", "after");
    }
}
