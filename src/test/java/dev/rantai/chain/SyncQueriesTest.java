package dev.rantai.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** locator() and blocksAfter(): what get_blocks sends and answers. */
class SyncQueriesTest {
    @TempDir
    Path dir;
    TestNode node;

    @BeforeEach
    void mineHundredBlocks() {
        node = TestNode.start(dir.resolve("node"));
        List<CompletableFuture<Block>> mined = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> node.chain.submit("block " + i)).toList();
        mined.forEach(CompletableFuture::join);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private long heightOf(String hash) {
        return node.store.byHash(hash).orElseThrow().height();
    }

    @Test
    void locatorIsDenseNearTheTipThenExponentiallySparseWithTheGenesisLast() {
        List<Long> heights = node.chain.locator().stream().map(this::heightOf).toList();

        assertThat(heights).containsExactly(100L, 99L, 98L, 97L, 96L, 95L, 94L, 93L, 92L, 91L, 89L, 85L, 77L, 61L,
                29L, 0L);
    }

    @Test
    void blocksAfterStartsAboveTheNewestLocatorHashOnTheCanonicalChain() {
        String at40 = node.store.canonicalAt(40).orElseThrow().hash();
        String unknown = "00" + "12".repeat(31);

        List<Block> after = node.chain.blocksAfter(List.of(unknown, at40, TestNode.RULES.genesis().hash()), 5);

        assertThat(after).extracting(Block::index).containsExactly(41L, 42L, 43L, 44L, 45L);
    }

    @Test
    void blocksAfterSkipsLocatorHashesOfSideBranches() throws Exception {
        Block side;
        try (TestNode other = TestNode.start(dir.resolve("other"))) {
            side = other.mineOne("side");
        }
        node.feed(List.of(side));

        List<Block> after = node.chain.blocksAfter(List.of(side.hash(), TestNode.RULES.genesis().hash()), 3);

        assertThat(after).extracting(Block::index).containsExactly(1L, 2L, 3L);
    }

    @Test
    void blocksAfterAnUnknownLocatorStartsAfterTheGenesisThatEveryNodeHas() {
        List<Block> after = node.chain.blocksAfter(List.of("00" + "34".repeat(31)), 2);

        assertThat(after).extracting(Block::index).containsExactly(1L, 2L);
    }

    @Test
    void blocksAfterWithAByteBudgetStopsBeforeTheBlockThatWouldExceedIt() {
        String at10 = node.store.canonicalAt(10).orElseThrow().hash();

        // every block counts 100 bytes: 250 bytes hold two
        assertThat(node.chain.blocksAfter(List.of(at10), 500, 250, b -> 100)).extracting(Block::index)
                .containsExactly(11L, 12L);
        // the limit still applies, across pages
        assertThat(node.chain.blocksAfter(List.of(at10), 70, Long.MAX_VALUE, b -> 100)).hasSize(70)
                .extracting(Block::index).endsWith(80L);
        // the first block comes whatever its size
        assertThat(node.chain.blocksAfter(List.of(at10), 500, 10, b -> 100)).extracting(Block::index)
                .containsExactly(11L);
        assertThat(node.chain.blocksAfter(List.of(node.chain.tip().hash()), 500, 10, b -> 100)).isEmpty();
    }

    /**
     * An answer is read in pages; a reorg committed between two pages must not make it a mix of two
     * branches, which the asking node rightly bans as no honest answer (docs/protocol.md).
     */
    @Test
    void anAnswerIsOneChainEvenWhenAReorgIsCommittedWhileItIsRead() throws Exception {
        List<Block> branch;
        try (TestNode other = TestNode.start(dir.resolve("other"))) {
            List<Block> shared = node.store.canonicalAscending(1, 5).stream().map(s -> s.block()).toList();
            other.feed(shared);
            branch = other.mine(IntStream.rangeClosed(1, 100).mapToObj(i -> "branch " + i).toArray(String[]::new));
        }
        String at10 = node.store.canonicalAt(10).orElseThrow().hash();
        AtomicBoolean reorged = new AtomicBoolean();

        List<Block> answer = node.chain.blocksAfter(List.of(at10), 500, Long.MAX_VALUE, b -> {
            if (b.index() == 20 && reorged.compareAndSet(false, true)) {
                // the heavier branch (105 blocks, forked at 5) becomes canonical while the answer is read
                node.feed(branch);
            }
            return 100;
        });

        assertThat(reorged).isTrue();
        // canonical, not necessarily the tip: the node mines the data of its dropped blocks again on top of it
        Block last = branch.get(branch.size() - 1);
        assertThat(node.store.canonicalAt(last.index()).orElseThrow().hash()).isEqualTo(last.hash());
        assertThat(answer.get(0).previousHash()).isEqualTo(at10);
        for (int i = 1; i < answer.size(); i++) {
            assertThat(answer.get(i).previousHash()).as("block %d of the answer follows block %d", i, i - 1)
                    .isEqualTo(answer.get(i - 1).hash());
        }
        assertThat(answer).extracting(Block::index).endsWith(100L);
    }

    @Test
    void tellsWhetherAHashIsStored() {
        assertThat(node.chain.isStored(node.store.canonicalAt(50).orElseThrow().hash())).isTrue();
        assertThat(node.chain.isStored(TestNode.RULES.genesis().hash())).isTrue();
        assertThat(node.chain.isStored("00" + "56".repeat(31))).isFalse();
    }
}
