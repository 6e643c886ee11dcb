package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockHeader;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.Hashes;
import dev.rantai.chain.TipChange;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.Ping;

class SyncTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aLateJoinerSyncsFiveThousandBlocksInBatches() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 0)) {
            a.mine("block ", 5000);
            assertThat(a.height()).isEqualTo(5000);
            long started = System.nanoTime();
            try (TestNode late = TestNode.start(dir.resolve("late"), 0, a.address())) {
                await().atMost(WAIT).until(() -> late.height() == 5000);
                System.out.printf("late joiner synced 5000 blocks in %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
                assertThat(late.tipHash()).isEqualTo(a.tipHash());
                assertThat(late.chain.verifyAll().valid()).isTrue();
                // 5,000 blocks need at least ten answers of at most 500 blocks.
                assertThat(late.counter("rantai.p2p.messages", "direction", "in", "type", "blocks"))
                        .isGreaterThanOrEqualTo(10);
                // Nothing synced is announced back to the node it came from.
                assertThat(a.counter("rantai.p2p.messages", "direction", "in", "type", "block")).isZero();
            }
        }
    }

    @Test
    void aFullAnswerIsFollowedByTheNextRequestBeforeItIsStoredWithAtMostTenAnswersWaiting() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("n"), 0)) {
            Block genesis = node.chain.rules().genesis();
            List<Block> longer = chainOf(genesis, 5_500);
            CountDownLatch release = new CountDownLatch(1);
            // Holds the chain writer inside its first commit: nothing received after it is stored meanwhile.
            node.chain.addListener(new ChainListener() {
                @Override
                public void onTipChanged(TipChange change) {
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, Runnable::run);
            try (RawPeer peer = new RawPeer(node.p2p.port())) {
                Block tip = longer.get(longer.size() - 1);
                peer.handshake(peer.hello(genesis.hash(), tip.index(), tip.hash(), BigInteger.valueOf(tip.index() + 1)),
                        java.util.Optional.empty());
                List<String> first = List.of();
                for (int answered = 0; answered < 10; answered++) {
                    GetBlocks ask = nextGetBlocks(peer);
                    int from = answered * 500;
                    assertThat(ask.locator().get(0)).as("request %d starts after the last answer", answered)
                            .isEqualTo(from == 0 ? genesis.hash() : longer.get(from - 1).hash());
                    if (answered == 0) {
                        first = ask.locator();
                    } else {
                        // the last answer's end, then the chain's locator of the first request: it does not grow
                        assertThat(ask.locator().subList(1, ask.locator().size())).isEqualTo(first);
                    }
                    peer.send(new Blocks(longer.subList(from, from + 500)));
                }
                // The pong comes after the node handled the tenth answer: a request made for it would come first.
                peer.send(new Ping(42));
                List<String> beforePong = new ArrayList<>();
                for (String line = peer.readLine(); !line.contains("\"pong\""); line = peer.readLine()) {
                    beforePong.add(line);
                }
                assertThat(beforePong).noneMatch(line -> line.contains("\"get_blocks\""));
                assertThat(node.height()).isLessThan(5_000);

                release.countDown();
                assertThat(nextGetBlocks(peer).locator().get(0)).isEqualTo(longer.get(4_999).hash());
                peer.send(new Blocks(longer.subList(5_000, 5_500)));
                await().atMost(WAIT).until(() -> node.height() == 5_500);
                assertThat(node.tipHash()).isEqualTo(tip.hash());
                assertThat(node.chain.verifyAll().valid()).isTrue();
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void anAnswerReadAheadIsNotServedOnceABranchTookTheTip() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("n"), 0)) {
            Block genesis = node.chain.rules().genesis();
            node.mine("block ", 6);
            try (RawPeer peer = new RawPeer(node.p2p.port())) {
                peer.handshake(peer.hello(genesis.hash(), 0, genesis.hash(), BigInteger.ONE), Optional.empty());
                peer.send(new GetBlocks(List.of(genesis.hash()), 2));
                List<Block> first = blocksIn(peer.readLineOfType("blocks"));
                assertThat(first).extracting(Block::index).containsExactly(1L, 2L);
                // A full answer: the node reads blocks 3 and 4 ahead. Then a longer branch from block 2 takes the tip.
                List<Block> branch = new ArrayList<>();
                for (Block parent = first.get(1); branch.size() < 6; parent = branch.get(branch.size() - 1)) {
                    branch.add(childOf(parent, "branch " + (parent.index() + 1)));
                }
                // (the data of the blocks it dropped is then mined again on top of the branch)
                assertThat(node.chain.acceptAll(branch, BlockSource.PEER).join()).extracting(AcceptResult::outcome)
                        .contains(AcceptResult.Outcome.REORG);

                peer.send(new GetBlocks(List.of(first.get(1).hash(), genesis.hash()), 2));
                assertThat(blocksIn(peer.readLineOfType("blocks"))).isEqualTo(branch.subList(0, 2));
            }
        }
    }

    /** A valid child at difficulty 0, with its parent's timestamp. */
    private static Block childOf(Block parent, String data) {
        byte[] header = BlockHeader.encode(parent.index() + 1, parent.timestamp(), Hashes.parseHash(parent.hash()),
                Hashes.sha256(data), 0, 0);
        return new Block(parent.index() + 1, parent.timestamp(), data, parent.hash(), 0, 0,
                Hashes.hex(Hashes.sha256(header)));
    }

    private static List<Block> blocksIn(String line) throws Exception {
        return ((Blocks) RawPeer.CODEC.decode(line).orElseThrow()).blocks();
    }

    private static GetBlocks nextGetBlocks(RawPeer peer) throws Exception {
        for (String line = peer.readLine(); line != null; line = peer.readLine()) {
            if (line.contains("\"get_blocks\"")) {
                return (GetBlocks) RawPeer.CODEC.decode(line).orElseThrow();
            }
        }
        throw new AssertionError("the node closed the connection");
    }

    /** {@code count} valid blocks at difficulty 0 on {@code parent}, timestamps in the past. */
    private static List<Block> chainOf(Block parent, int count) {
        List<Block> blocks = new ArrayList<>(count);
        long timestamp = System.currentTimeMillis() - count - 1;
        for (int i = 0; i < count; i++) {
            String data = "block " + (parent.index() + 1);
            byte[] header = BlockHeader.encode(parent.index() + 1, ++timestamp, Hashes.parseHash(parent.hash()),
                    Hashes.sha256(data), 0, 0);
            parent = new Block(parent.index() + 1, timestamp, data, parent.hash(), 0, 0,
                    Hashes.hex(Hashes.sha256(header)));
            blocks.add(parent);
        }
        return blocks;
    }

    @Test
    void partitionsThatBothMinedConvergeOnTheMostWorkAndKeepEveryAcknowledgedItem() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
                TestNode c = TestNode.start(dir.resolve("c"), 8);
                TestNode d = TestNode.start(dir.resolve("d"), 8, c.address())) {
            await().atMost(WAIT).until(() -> a.p2p.status().peers() == 1 && c.p2p.status().peers() == 1);
            List<Block> acknowledged = new ArrayList<>();
            acknowledged.addAll(a.mine("left ", 3));
            // B mines on A's blocks: mined on an older tip they would make an equal-work fork, which stays.
            await().atMost(WAIT).until(() -> b.height() == 3);
            acknowledged.addAll(b.mine("left-b ", 2));
            List<Block> right = c.mine("right ", 7);
            acknowledged.addAll(right);
            await().atMost(WAIT).until(() -> a.height() == 5 && d.height() == 7);
            assertThat(a.tipHash()).isNotEqualTo(c.tipHash());

            b.p2p.addPeer(d.address()).join();

            // The right half has more work: the left half reorganises onto it and mines its 5 items again.
            await().atMost(WAIT).until(() -> a.height() == 12 && b.height() == 12 && c.height() == 12
                    && d.height() == 12 && a.tipHash().equals(c.tipHash()) && b.tipHash().equals(d.tipHash())
                    && a.tipHash().equals(b.tipHash()));
            List<String> finalData = a.canonicalData();
            assertThat(finalData).containsExactlyInAnyOrderElementsOf(
                    acknowledged.stream().map(Block::data).toList());
            // The left half (work 5) moves at right 5 (equal work, if its hash is lower) or right 6: where it
            // then mines its items again decides the rest, but the first five blocks are the right half's own.
            assertThat(a.store.canonicalAscending(1, 5)).extracting(sb -> sb.hash())
                    .containsExactlyElementsOf(right.subList(0, 5).stream().map(Block::hash).toList());
            assertThat(a.counter("rantai.chain.reorgs") + b.counter("rantai.chain.reorgs")).isPositive();
            for (TestNode n : List.of(a, b, c, d)) {
                assertThat(n.chain.verifyAll().valid()).isTrue();
                assertThat(n.canonicalData()).isEqualTo(finalData);
            }
        }
    }

    @Test
    void partitionsOfEqualWorkConvergeOnTheLowerTipAndMineTheOtherHalfsItemsAgain() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8);
                TestNode b = TestNode.start(dir.resolve("b"), 8)) {
            List<Block> left = a.mine("left ", 3);
            List<Block> right = b.mine("right ", 3);
            List<Block> winner = left.get(2).hash().compareTo(right.get(2).hash()) < 0 ? left : right;

            b.p2p.addPeer(a.address()).join();

            // Equal work: with first-seen alone each would keep its own chain until someone mined again.
            await().atMost(WAIT).until(() -> a.height() == 6 && b.height() == 6 && a.tipHash().equals(b.tipHash()));
            assertThat(a.store.canonicalAscending(1, 3)).extracting(sb -> sb.hash())
                    .containsExactlyElementsOf(winner.stream().map(Block::hash).toList());
            List<String> all = new ArrayList<>();
            left.forEach(x -> all.add(x.data()));
            right.forEach(x -> all.add(x.data()));
            assertThat(a.canonicalData()).containsExactlyInAnyOrderElementsOf(all).isEqualTo(b.canonicalData());
            assertThat(a.chain.verifyAll().valid()).isTrue();
            assertThat(b.chain.verifyAll().valid()).isTrue();
        }
    }

    @Test
    void aRestartedNodeCatchesUpAndKeepsItsNodeId() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            String bId;
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                a.mine("before ", 5);
                await().atMost(WAIT).until(() -> b.height() == 5);
                bId = b.p2p.nodeId();
            }
            a.mine("while away ", 40);
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                assertThat(b.height()).isEqualTo(5);
                assertThat(b.p2p.nodeId()).isEqualTo(bId);
                await().atMost(WAIT).until(() -> b.height() == 45);
                assertThat(b.tipHash()).isEqualTo(a.tipHash());
            }
        }
    }

    @Test
    void aConfiguredPeerThatRestartsIsDialedAgain() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            int port = a.p2p.port();
            try (TestNode b = TestNode.start(dir.resolve("b"), 8, a.address())) {
                await().atMost(WAIT).until(() -> b.p2p.status().peers() == 1);
                a.close();
                await().atMost(WAIT).until(() -> b.p2p.status().peers() == 0);
                try (TestNode again = TestNode.start(dir.resolve("a"), 8,
                        P2pConfig.loopback(List.of()).withPort(port))) {
                    again.mine("after restart");
                    await().atMost(WAIT).until(() -> b.height() == 1 && b.p2p.status().peers() == 1);
                }
            }
        }
    }
}
