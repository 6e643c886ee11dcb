package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;

/**
 * Which announced blocks are orphans for certain (read no further than their height) and what an
 * orphan costs its sender: a block whose parent is on its way to the chain's writer, in a sync answer
 * being stored, is no orphan; an orphan at the tip's next height is hashed and checked, so it is paid
 * for even while a sync from its sender is under way.
 */
class OrphanRuleTest {
    @TempDir
    Path dir;

    @Test
    void aBlockWhoseParentIsInASyncAnswerBeingStoredIsTakenWithoutAnotherSync() {
        int difficulty = 8;
        try (TestNode node = TestNode.start(dir.resolve("node"), difficulty, P2pConfig.loopback(List.of()));
                RawPeer source = new RawPeer(node.p2p.port());
                RawPeer relay = new RawPeer(node.p2p.port())) {
            String genesis = node.chain.rules().genesis().hash();
            List<Block> chain = new ArrayList<>();
            Block parent = node.chain.rules().genesis();
            for (int i = 0; i < 501; i++) {
                parent = TestNode.mineChild(parent, "b" + i, difficulty);
                chain.add(parent);
            }
            relay.handshake(node);
            source.handshake(source.hello(genesis, 500, chain.get(499).hash(), BigInteger.TWO.pow(100)),
                    Optional.empty());
            assertThat(source.readLineOfType("get_blocks")).isNotNull();
            source.send(new Blocks(chain.subList(0, 500)));
            // a full answer: the node asks for the next one at once, with this one handed to the writer
            assertThat(source.readLineOfType("get_blocks")).as("the continuation").isNotNull();
            // the network's next block, relayed by another peer while the answer is being stored
            relay.send(new BlockAnnounce(chain.get(500)));
            // taken from the relay's announcement: neither the relay nor the source answers another request
            await().atMost(Duration.ofSeconds(30)).until(() -> node.height() == 501);
        }
    }

    @Test
    void orphansAtTheTipsNextHeightArePaidForAlsoWhileASyncFromTheirSenderIsUnderWay() {
        int difficulty = 1;
        try (TestNode node = TestNode.start(dir.resolve("node"), difficulty, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            String genesis = node.chain.rules().genesis().hash();
            // claims a better chain: the node asks it for blocks, and it never answers
            attacker.handshake(attacker.hello(genesis, 10, "ab".repeat(32), BigInteger.TWO.pow(100)),
                    Optional.empty());
            assertThat(attacker.readLineOfType("get_blocks")).isNotNull();
            Block unknown = new Block(0, System.currentTimeMillis(), "unknown", "ab".repeat(32), difficulty, 0,
                    "00" + "cd".repeat(31));
            String pad = "z".repeat(8_000);
            // index 1, the tip's next height, on a parent nobody has: 5 MiB of them, five times the burst
            for (int i = 0; i < 600; i++) {
                attacker.send(new BlockAnnounce(TestNode.mineChild(unknown, i + pad, difficulty)));
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> node.counter("rantai.p2p.refused", "reason", "over-budget") == 1);
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
        }
    }

}
