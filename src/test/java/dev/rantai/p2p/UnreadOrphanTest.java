package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.Ping;
import dev.rantai.p2p.wire.WireException;

/**
 * An orphan for certain dropped by the height on its line, without decoding the rest, costs an honest
 * peer what a decoded one costs: the free orphans of a sync are refilled by the data of the blocks its
 * answers bring ({@link Block#kib}) and spent the same way; the dashboard records how the block
 * reached the node; and the height read is the decoder's.
 */
class UnreadOrphanTest {
    private static final int DIFFICULTY = 8;

    @TempDir
    Path dir;

    /**
     * A peer ahead of the node relays its blocks while the node syncs from it: each is an orphan for
     * certain here, which the sync brings, and free as far as what the answers brought covers it
     * (protocol.md, Relay: "counted by data as the budget counts it"). Its blocks hold Chinese text:
     * 700 characters, 2,100 bytes of UTF-8, one KiB a block as the budget counts data. 1,000 of them are
     * less than one answer's worth of data (the first credit, 1 MiB), so none should cost the peer
     * anything. Counted by their lines' length instead (three KiB each), they run through the credit and
     * the unusable-block budget, and the honest peer ahead is disconnected and its address refused.
     */
    @Test
    void anHonestPeerAheadRelayingDuringItsSyncIsNotChargedForTheBlocksItsAnswersBringWhateverTheirText() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer ahead = new RawPeer(node.p2p.port())) {
            Block genesis = node.chain.rules().genesis();
            List<Block> chain = new ArrayList<>();
            Block parent = genesis;
            for (int i = 0; i < 1_001; i++) {
                parent = TestNode.mineChild(parent, i + " " + "\u4e2d".repeat(700), DIFFICULTY);
                chain.add(parent);
            }
            List<Block> relayed = chain.subList(1, chain.size());
            int dataKib = relayed.stream().mapToInt(Block::kib).sum();
            assertThat(dataKib).as("their data, as answers refill the free orphans").isLessThanOrEqualTo(1024);

            Block tip = chain.get(chain.size() - 1);
            ahead.handshake(ahead.hello(genesis.hash(), tip.index(), tip.hash(), BigInteger.TWO.pow(64)),
                    Optional.empty());
            assertThat(ahead.readLineOfType("get_blocks")).as("the node syncs from the peer ahead").isNotNull();
            // the peer's new tips, relayed while its answer is on its way: all above the node's next height
            relayed.forEach(b -> ahead.send(new BlockAnnounce(b)));
            ahead.send(new Ping(5));
            assertThat(ahead.readLineOfType("pong")).as("the honest peer ahead is still connected").contains("5");
            assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget")).isZero();
        }
    }

    /**
     * A node behind hears of a block first from a peer's announcement (an orphan here), then gets it by
     * the sync that starts: the block's propagation (dashboard, "How it got here"; api.md,
     * {@code /api/blocks/{id}/propagation}) names the peer that sent it first, when, and that it was
     * announced; the message inspector links the announcement to its block.
     */
    @Test
    void aBlockFirstHeardOfAsAnOrphanIsRecordedAsAnnouncedByItsSender() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer ahead = new RawPeer(node.p2p.port())) {
            ahead.handshake(node);
            Block one = TestNode.mineChild(node.chain.rules().genesis(), "one", DIFFICULTY);
            Block two = TestNode.mineChild(one, "two", DIFFICULTY);
            ahead.send(new BlockAnnounce(two));
            assertThat(ahead.readLineOfType("get_blocks")).as("the sync it starts").isNotNull();
            ahead.send(new Blocks(List.of(one, two)));
            await().atMost(Duration.ofSeconds(30)).until(() -> node.height() == 2);

            NetworkObservations seen = node.p2p.metrics().observations();
            assertThat(seen.arrival(two.hash())).as("how block 2 got here").hasValueSatisfying(
                    a -> assertThat(a.how()).as("first by its announcement, before the sync brought it")
                            .isEqualTo("announced"));
            assertThat(seen.messagesAfter(0, 100)).as("the announcement, linked to its block in the inspector")
                    .anySatisfy(m -> assertThat(m.blockHash()).isEqualTo(two.hash()));
        }
    }

    /**
     * Older than this change (the same comparison was in {@code Gossip.onBlock}): the height a sync answer
     * claims for its last block counts among the blocks in flight before the chain has checked it, and at
     * 2^63-1 "the tip's next height" ({@code max(tip, in flight) + 1}) overflows to -2^63. While such an
     * answer is in flight (and, as the count of heights in flight is reset only when every batch has
     * settled, while any other batch is), every block is an orphan for certain: one at the tip's next
     * height from any peer is dropped unread, its sender charged.
     */
    @Test
    void aBlockAtTheTipsNextHeightIsNoOrphanWhateverHeightASyncAnswerClaims() {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer peer = new RawPeer(node.p2p.port())) {
            Block genesis = node.chain.rules().genesis();
            peer.handshake(peer.hello(genesis.hash(), 5, "ef".repeat(32), BigInteger.TWO.pow(64)), Optional.empty());
            assertThat(peer.readLineOfType("get_blocks")).as("the node syncs from the peer").isNotNull();
            Block far = new Block(Long.MAX_VALUE, System.currentTimeMillis(), "far", genesis.hash(), DIFFICULTY, 0,
                    "00" + "cd".repeat(31));
            Block one = TestNode.mineChild(genesis, "one", DIFFICULTY);
            // in one write, so the node reads the block before the chain has settled the answer
            byte[] answer = RawPeer.CODEC.line(new Blocks(List.of(far)));
            byte[] block = RawPeer.CODEC.line(new BlockAnnounce(one));
            byte[] both = java.util.Arrays.copyOf(answer, answer.length + block.length);
            System.arraycopy(block, 0, both, answer.length, block.length);
            peer.sendRaw(both);

            // the answer is refused (and its sender banned) once the chain has checked it; block 1 is valid
            await("block 1, at the tip's next height, is taken").atMost(Duration.ofSeconds(10))
                    .until(() -> node.height() == 1);
        }
    }

    /**
     * On every line the full decoder takes as a block announcement, the height read
     * off its first bytes is the block's index or -1 (never another height); lines of the peek's form are
     * varied at the index and just after it.
     */
    @Test
    void theHeightReadOffALineIsTheDecodedBlocksWheneverTheLineDecodes() throws Exception {
        MessageCodec codec = RawPeer.CODEC;
        String start = "{\"type\":\"block\",\"block\":{\"index\":";
        String rest = "\"timestamp\":1,\"data\":\"x\",\"previousHash\":\"" + "ab".repeat(32)
                + "\",\"difficulty\":1,\"nonce\":1,\"hash\":\"" + "cd".repeat(32) + "\"}}";
        String[] tokens = { "0", "1", "9", "10", "00", "01", "-0", "-1", "1.0", "1e2", "1E2", "+1", " 1", "1 ",
                "9223372036854775807", "9223372036854775808", "18446744073709551617", "99999999999999999999", "\"1\"",
                "null", "true", "1\t", "1\r", "\u0661" };
        String[] afters = { ",", " ,", ",\"index\":7,", ",\"ind\\u0065x\":7,", ",\"type\":\"ping\",", ",\"block\":{},",
                ",\r" };
        Random random = new Random(1);
        int decoded = 0;
        for (String token : tokens) {
            for (String after : afters) {
                for (int k = 0; k < 3; k++) {
                    String t = k == 0 ? token : token + random.nextInt(1_000);
                    byte[] line = (start + t + after + rest).getBytes(StandardCharsets.UTF_8);
                    long peek = MessageCodec.blockIndex(line, line.length);
                    Optional<Message> message;
                    try {
                        message = codec.decode(line, line.length);
                    } catch (WireException e) {
                        continue;
                    }
                    decoded++;
                    assertThat(message).get().isInstanceOf(BlockAnnounce.class);
                    long index = ((BlockAnnounce) message.get()).block().index();
                    assertThat(peek).as(t + after).isIn(-1L, index);
                }
            }
        }
        assertThat(decoded).as("lines the decoder took").isPositive();
    }

}
