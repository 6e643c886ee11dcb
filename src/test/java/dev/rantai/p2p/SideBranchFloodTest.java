package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.SideBranchPolicy;
import dev.rantai.p2p.wire.BlockAnnounce;

/**
 * A peer that sends valid side-branch blocks forked from the genesis, 60 KB each, as fast as it
 * can: the node stores no more of them than its side-branch budget, disconnects the sender once it
 * is over its budget of side blocks (a cool-down of its address, not a ban: an honest node can send
 * side blocks, though not sixty at once), and keeps relaying its own blocks to an honest peer.
 */
class SideBranchFloodTest {
    private static final int DIFFICULTY = 8;
    private static final long BUDGET = 256 << 10;
    private static final int DATA_BYTES = 60_000;

    @TempDir
    Path dir;

    @Test
    void sideBlocksBeyondTheBudgetAreDeletedAndAFlooderIsDisconnectedNotBanned() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()),
                new SideBranchPolicy(10_000, BUDGET));
                TestNode honest = TestNode.start(dir.resolve("honest"), DIFFICULTY, node.address());
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> honest.height() == 3);
            attacker.handshake(node);
            Block genesis = node.chain.rules().genesis();
            List<Block> flood = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Block side = mined(genesis, i + "z".repeat(DATA_BYTES));
                flood.add(side);
                attacker.send(new BlockAnnounce(side));
            }
            // side blocks are charged once stored: the disconnect comes a little after the last block is read
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> node.counter("rantai.p2p.refused", "reason", "over-budget") == 1);
            assertThat(lastWord(attacker)).as("the flooder is disconnected").contains("too many requests");
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> node.chain.queuedBlocks() == 0);

            // the next commit applies the budget to all that came before it
            node.mine("after");
            long perBlock = DATA_BYTES + 2 + SideBranchPolicy.FIXED_BYTES;
            assertThat(node.store.sideBytes()).isLessThanOrEqualTo(BUDGET);
            assertThat(flood.stream().filter(b -> node.store.contains(b.hash())).count())
                    .isLessThanOrEqualTo(BUDGET / perBlock);
            await().atMost(Duration.ofSeconds(30)).until(() -> honest.height() == 4);
            assertThat(honest.tipHash()).isEqualTo(node.tipHash());
        }
    }

    /** The node's {@code bye}, read past anything else it sends; empty if it closed without one. */
    private static String lastWord(RawPeer peer) {
        for (String line = peer.readLine(); line != null; line = peer.readLine()) {
            if (line.contains("\"bye\"")) {
                return line;
            }
        }
        return "";
    }

    /** A valid child of {@code parent} at the network's difficulty, its timestamp now. */
    private static Block mined(Block parent, String data) {
        try (ProofOfWork pow = new ProofOfWork(1)) {
            return pow.mineChild(parent, data, System.currentTimeMillis(), DIFFICULTY, () -> false).orElseThrow();
        }
    }
}
