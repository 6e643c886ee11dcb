package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.chain.SideBranchPolicy;
import dev.rantai.p2p.sync.BlockSync;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Ping;

/**
 * Blocks announced that would lose to the tip (a branch behind this node's, a block of a race lost
 * here) are what an honest node sends now and then, whatever an attacker feeds it: the node stores
 * none of them, so they cannot fill its disk. One that cannot beat the tip whatever its hash is
 * refused without hashing it, and paid for by its size; duplicates of blocks this node has are free
 * once per peer and block; a peer that sends megabytes of blocks it cannot use, or repeats itself, is
 * slowed and then disconnected like any flooder (a cool-down of its address, not a ban); and the
 * node keeps relaying its own blocks to an honest peer.
 */
class SideBranchFloodTest {
    private static final int DIFFICULTY = 8;
    private static final long BUDGET = 256 << 10;
    private static final int DATA_BYTES = 60_000;

    @TempDir
    Path dir;

    @Test
    void aBranchBehindTheTipIsNotStoredAndItsRelayIsNotCharged() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()),
                new SideBranchPolicy(10_000, BUDGET));
                TestNode honest = TestNode.start(dir.resolve("honest"), DIFFICULTY, node.address());
                RawPeer relay = new RawPeer(node.p2p.port())) {
            node.mine("a", 70);
            await().atMost(Duration.ofSeconds(30)).until(() -> honest.height() == 70);
            relay.handshake(node);
            // a node 60 blocks behind, relaying each new tip of its own branch as it takes it (a Rantai node
            // would not: it announces no block below a peer's height); 60 blocks of 8 KB are within the
            // budget of unusable blocks
            Block parent = node.chain.rules().genesis();
            List<Block> branch = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                parent = TestNode.mineChild(parent, i + "z".repeat(8_000), DIFFICULTY);
                branch.add(parent);
                relay.send(new BlockAnnounce(parent));
            }
            relay.send(new Ping(7));
            assertThat(relay.readLineOfType("pong")).as("the relay is still connected").contains("7");
            await().atMost(Duration.ofSeconds(30)).until(() -> node.chain.queuedBlocks() == 0);
            assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget")).isZero();
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
            assertThat(branch.stream().filter(b -> node.store.contains(b.hash()))).as("blocks of the branch stored")
                    .isEmpty();
            assertThat(node.store.sideBytes()).isZero();

            node.mine("after");
            await().atMost(Duration.ofSeconds(30)).until(() -> honest.height() == 71);
            assertThat(honest.tipHash()).isEqualTo(node.tipHash());
            relay.send(new Ping(8));
            assertThat(relay.readLineOfType("pong")).as("the relay is still connected").contains("8");
        }
    }

    @Test
    void blocksAnnouncedOnceAfterAnotherPeerBroughtThemAreFreeAndRepeatsAreCharged() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer feeder = new RawPeer(node.p2p.port());
                RawPeer relay = new RawPeer(node.p2p.port())) {
            feeder.handshake(node);
            relay.handshake(node);
            // more blocks than the burst of blocks that bring nothing, brought by one peer
            int count = (int) RequestBudget.Kind.STALE_BLOCK.burst + 100;
            List<Block> chain = feedChain(feeder, node, count);
            await().atMost(Duration.ofSeconds(60)).until(() -> node.height() == count);
            // the honest relay's announcement of each, which crossed the node's own: free
            chain.forEach(b -> relay.send(new BlockAnnounce(b)));
            relay.send(new Ping(1));
            assertThat(relay.readLineOfType("pong")).as("the relay is still connected").contains("1");
            assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget")).isZero();
            assertThat(node.peers()).as("the relay's height, told by its duplicates")
                    .anyMatch(p -> p.nodeId().equals(Optional.of(relay.key().nodeId())) && p.remoteHeight() == count);
            // the same again is a peer repeating itself
            chain.forEach(b -> relay.send(new BlockAnnounce(b)));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> node.counter("rantai.p2p.refused", "reason", "over-budget") == 1);
            assertThat(lastWord(relay)).as("the repeater is disconnected").contains("too many requests");
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
        }
    }

    @Test
    void aPeerThatAnnouncesBlocksFarBelowTheTipIsDisconnectedAfterAFew() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer feeder = new RawPeer(node.p2p.port());
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            feeder.handshake(node);
            int height = Gossip.RECENT_BLOCKS + 10;
            feedChain(feeder, node, height);
            await().atMost(Duration.ofSeconds(60)).until(() -> node.height() == height);
            attacker.handshake(node);
            // 60 blocks of a branch from the genesis, far below the tip: a replay or a branch long lost
            Block genesis = node.chain.rules().genesis();
            for (int i = 0; i < 60; i++) {
                attacker.send(
                        new BlockAnnounce(TestNode.mineChild(genesis, "old " + i + " " + "z".repeat(DATA_BYTES), DIFFICULTY)));
            }
            assertCutOffForItsBudget(node, attacker);
            assertThat(node.store.sideBytes()).isZero();
        }
    }

    @Test
    void newBlocksThatLoseToTheTipArePaidForByTheirSizeAndAPeerThatSendsThemWithoutEndIsDisconnected() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 5);
            attacker.handshake(node);
            // siblings of block 1, each new and valid, each losing to the tip: cheap to mine, a hash of 60 KB each here
            Block genesis = node.chain.rules().genesis();
            long burstBlocks = (long) RequestBudget.Kind.UNUSABLE_BLOCK_KIB.burst / (DATA_BYTES / 1024);
            for (int i = 0; i < burstBlocks + 2 * RequestBudget.MAX_STRIKES; i++) {
                attacker.send(
                        new BlockAnnounce(TestNode.mineChild(genesis, "side " + i + " " + "z".repeat(DATA_BYTES), DIFFICULTY)));
            }
            assertCutOffForItsBudget(node, attacker);
            assertThat(node.store.sideBytes()).isZero();
        }
    }

    @Test
    void orphansFromAPeerThatIsNotBeingSyncedFromArePaidForAndAPeerThatSendsThemWithoutEndIsDisconnected() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 5);
            attacker.handshake(node);
            // blocks on a parent the node has never seen, above its tip: each starts a get_blocks, answered
            // with nothing, until the peer rests as a sync source; then no sync is under way for them
            Block unknown = new Block(40, System.currentTimeMillis(), "unknown", "ab".repeat(32), DIFFICULTY, 0,
                    "00" + "cd".repeat(31));
            for (int i = 0; i < BlockSync.MAX_FRUITLESS; i++) {
                attacker.send(new BlockAnnounce(
                        TestNode.mineChild(unknown, "orphan " + i + " " + "z".repeat(DATA_BYTES), DIFFICULTY)));
                assertThat(attacker.readLineOfType("get_blocks")).isNotNull();
                attacker.send(new Blocks(List.of()));
            }
            long burstBlocks = (long) RequestBudget.Kind.UNUSABLE_BLOCK_KIB.burst / (DATA_BYTES / 1024);
            for (int i = 0; i < burstBlocks + 2 * RequestBudget.MAX_STRIKES; i++) {
                attacker.send(new BlockAnnounce(
                        TestNode.mineChild(unknown, "flood " + i + " " + "z".repeat(DATA_BYTES), DIFFICULTY)));
            }
            assertCutOffForItsBudget(node, attacker);
        }
    }

    @Test
    void aBlockThatCannotBeatTheTipIsRefusedByItsSizeWithoutAHashWhateverItClaims() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer sender = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            sender.handshake(node);
            Block genesis = node.chain.rules().genesis();
            // below the tip: without proof of work, and with a hash that is not its own; at the tip's height,
            // claiming a hash above the tip's (it loses the tie even if the claim is true)
            Block unworked = null;
            for (long nonce = 0; unworked == null; nonce++) {
                Block b = new Block(1, System.currentTimeMillis(), "no work", genesis.hash(), DIFFICULTY, nonce, "");
                String hash = b.computeHash();
                if (!hash.startsWith("00")) {
                    unworked = new Block(1, b.timestamp(), b.data(), b.previousHash(), DIFFICULTY, nonce, hash);
                }
            }
            Block falseHash = new Block(2, System.currentTimeMillis(), "not mine", genesis.hash(), DIFFICULTY, 0,
                    "00" + "ab".repeat(31));
            Block tip = node.chain.tip().block();
            Block losesTheTie = new Block(3, System.currentTimeMillis(), "tie", tip.previousHash(), DIFFICULTY, 0,
                    "f".repeat(64));
            for (Block b : List.of(unworked, falseHash, losesTheTie)) {
                sender.send(new BlockAnnounce(b));
            }
            sender.send(new Ping(9));
            // refused as blocks this node cannot use, not as misbehaviour: checking them would cost a hash of
            // their data, and a valid block that loses is no better use of it
            assertThat(sender.readLineOfType("pong")).as("the sender is still connected").contains("9");
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
            assertThat(List.of(unworked, falseHash, losesTheTie)).noneMatch(b -> node.store.contains(b.hash()));
            assertThat(node.height()).isEqualTo(3);
        }
    }

    @Test
    void anOrphanForCertainIsReadNoFurtherThanItsHeightAndStartsASync() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer sender = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            sender.handshake(node);
            // above the tip's next height: an orphan whatever it holds, here with a hash that is not its own
            Block orphan = new Block(9, System.currentTimeMillis(), "ahead", "ab".repeat(32), DIFFICULTY, 0,
                    "00" + "cd".repeat(31));
            sender.send(new BlockAnnounce(orphan));
            assertThat(sender.readLineOfType("get_blocks")).as("the sync it starts").isNotNull();
            sender.send(new Ping(4));
            assertThat(sender.readLineOfType("pong")).as("the sender is still connected").contains("4");
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
        }
    }

    /**
     * A block line written as nodes write one, whose height alone makes it an orphan for certain, is dropped
     * by that height: the rest of its line is never read, so not even bytes that would be a ban elsewhere
     * in a line cost the node a parse. The same line at a height that could be taken is read, and banned.
     */
    @Test
    void anOrphanForCertainIsDroppedByItsHeightWithoutReadingTheRestOfItsLine() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer sender = new RawPeer(node.p2p.port());
                RawPeer other = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            sender.handshake(node);
            byte[] rest = ",\"data\":\"\u00ff\u00fe not UTF-8, and no JSON either ]]]\n".getBytes(StandardCharsets.ISO_8859_1);
            sender.sendRaw(concat("{\"type\":\"block\",\"block\":{\"index\":9".getBytes(StandardCharsets.US_ASCII), rest));
            assertThat(sender.readLineOfType("get_blocks")).as("the sync it starts").isNotNull();
            sender.send(new Ping(4));
            assertThat(sender.readLineOfType("pong")).as("the sender is still connected").contains("4");
            assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                    .allMatch(c -> c.count() == 0);
            assertThat(node.p2p.metrics().observations().messagesAfter(0, 100)).as("the inspector shows what was dropped")
                    .anySatisfy(m -> assertThat(m.summary()).startsWith("block 9, an orphan here for certain"));

            other.handshake(node);
            other.sendRaw(concat("{\"type\":\"block\",\"block\":{\"index\":4".getBytes(StandardCharsets.US_ASCII), rest));
            assertThat(other.readBye()).as("at the tip's next height the line is read").contains("malformed");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void orphansForCertainAreFreeWhileItsSyncIsUnderWayOnlyUpToOneAnswersWorth() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            attacker.handshake(node);
            attacker.send(new BlockAnnounce(orphan(9, "ahead")));
            assertThat(attacker.readLineOfType("get_blocks")).as("the sync it starts").isNotNull();
            // The request is never answered, so the sync stays under way (10 s), and every orphan after it is
            // one the answer would bring. 80 of 59 KiB are 4.6 MiB: one answer's worth (1 MiB, the frame
            // limit) is free, the rest comes out of the unusable-block budget (1 MiB at once).
            String data = "x".repeat(60_000);
            for (int i = 0; i < 80; i++) {
                attacker.send(new BlockAnnounce(orphan(10 + i, data)));
            }
            assertCutOffForItsBudget(node, attacker);
        }
    }

    /** A block above any tip here, with a hash that is not its own: only its height and size are read. */
    private static Block orphan(long index, String data) {
        return new Block(index, System.currentTimeMillis(), data, "ab".repeat(32), DIFFICULTY, 0, "00" + "cd".repeat(31));
    }

    /** The attacker was disconnected as over its budget (a cool-down of its address), not banned. */
    private static void assertCutOffForItsBudget(TestNode node, RawPeer attacker) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> node.counter("rantai.p2p.refused", "reason", "over-budget") == 1);
        assertThat(lastWord(attacker)).as("disconnected").contains("too many requests");
        assertThat(node.registry.find("rantai.p2p.bans").counters()).as("bans for misbehaviour")
                .allMatch(c -> c.count() == 0);
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

    /** Announces a chain of {@code count} blocks from the genesis through {@code feeder}, in order. */
    private static List<Block> feedChain(RawPeer feeder, TestNode node, int count) {
        List<Block> chain = new ArrayList<>();
        Block parent = node.chain.rules().genesis();
        for (int i = 0; i < count; i++) {
            parent = TestNode.mineChild(parent, "b" + i, DIFFICULTY);
            chain.add(parent);
            feeder.send(new BlockAnnounce(parent));
        }
        return chain;
    }

    /** A valid child of {@code parent} at the network's difficulty, its timestamp now. */
}
