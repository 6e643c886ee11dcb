package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;

/**
 * Orphans for certain are free during a sync from their sender only as far as its answers brought
 * blocks (protocol.md, Relay): a peer that answers each request with one block, which makes the node
 * ask again at once, does not get a fresh answer's worth of free orphans with every request.
 */
class FreeOrphanCreditTest {
    private static final int DIFFICULTY = 8;
    /** 59 KiB each by the budget's measure (1 + 60000 / 1024). */
    private static final String DATA = "x".repeat(60_000);
    private static final int KIB_EACH = 1 + DATA.length() / 1024;
    /** As many as one answer's worth holds: 17 of 59 KiB in 1 MiB. */
    private static final int PER_REQUEST = 1024 / KIB_EACH;
    private static final int CYCLES = 60;

    @TempDir
    Path dir;

    @Test
    void answersOfOneMinedBlockEachDoNotBuyAnAnswersWorthOfFreeOrphansEachTime() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            attacker.handshake(node);
            Block[] tip = { node.chain.tip().block() };
            floodAnsweringWith(node, attacker,
                    () -> tip[0] = TestNode.mineChild(tip[0], "attacker " + tip[0].index(), DIFFICULTY));
        }
    }

    @Test
    void answersOfTheNetworksOwnNewBlocksDoNotBuyAnAnswersWorthOfFreeOrphansEachTime() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            attacker.handshake(node);
            // no work at all: the network's next block (mined here by the node, which announces it to the
            // attacker too), a duplicate above the height the node had when it asked
            floodAnsweringWith(node, attacker, () -> node.mine("network " + node.height()));
        }
    }

    /**
     * Starts a sync with an orphan, then per request: an answer's worth of orphans and an answer of one
     * block. 60 MiB of orphans against answers of a few KiB: the attacker must run its budget dry.
     */
    private static void floodAnsweringWith(TestNode node, RawPeer attacker, Supplier<Block> answer) {
        long start = node.height() + 10_000;
        attacker.send(new BlockAnnounce(orphan(start, DATA)));
        for (int c = 0; c < CYCLES; c++) {
            if (attacker.readLineOfType("get_blocks") == null) {
                break; // cut off
            }
            for (int i = 0; i < PER_REQUEST; i++) {
                attacker.send(new BlockAnnounce(orphan(start + i, DATA)));
            }
            attacker.send(new Blocks(List.of(answer.get())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> node.counter("rantai.p2p.refused", "reason", "over-budget") == 1);
        assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                .allMatch(c -> c.count() == 0);
    }

    private static Block orphan(long index, String data) {
        return new Block(index, System.currentTimeMillis(), data, "ab".repeat(32), DIFFICULTY, 0,
                "00" + "cd".repeat(31));
    }

}
