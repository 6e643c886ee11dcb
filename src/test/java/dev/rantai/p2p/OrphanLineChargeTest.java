package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.MessageCodec;
import dev.rantai.p2p.wire.Ping;

/**
 * What an orphan for certain costs a stranger is at least what its line costs the node to read: a line not
 * read is counted by the characters its JSON text stands for, and never below one every six bytes (an
 * escape, the densest text can be), so bytes that stand for no character are paid for; a line in another
 * form is parsed and charged at least as much by its length, so whitespace padding is paid for as data.
 */
class OrphanLineChargeTest {
    private static final int DIFFICULTY = 8;
    private static final byte[] START = "{\"type\":\"block\",\"block\":{\"index\":"
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** The cheapest any text of a line's length can be as the budget counts data. */
    private static int leastKibOfText(int bytes) {
        return 1 + Math.max(0, bytes / 6 - 298) / 1024;
    }

    @Test
    void aLineOfContinuationBytesIsChargedAtLeastWhatAnyTextOfItsLengthCouldHold() {
        byte[] line = unreadLine(9, 1_000_000);
        assertThat(MessageCodec.blockIndex(line, line.length)).as("read by its height alone").isEqualTo(9);
        assertThat(MessageCodec.unreadBlockKib(line, line.length))
                .as("a line of %d bytes, at least one character every six bytes", line.length)
                .isGreaterThanOrEqualTo(leastKibOfText(line.length));
    }

    /**
     * As {@code SideBranchFloodTest.orphansForCertainAreFreeWhileItsSyncIsUnderWayOnlyUpToOneAnswersWorth},
     * with the orphans' data in bytes that count for nothing: 120 lines of 200,000 bytes (24 MB) during an
     * unanswered sync. Counted as any text of their length could be (32 KiB each at least), they run
     * through one answer's worth of free orphans and the unusable-block budget, and the peer is cut off.
     */
    @Test
    void aStrangerIsCutOffForOrphansOfBytesThatCountForNothing() {
        assertCutOffFor(i -> unreadLine(10 + i, 200_000), "24 MB of orphans, " + 120
                * MessageCodec.unreadBlockKib(unreadLine(10, 200_000), 200_000) + " KiB as they are counted");
    }

    /**
     * As above, with orphans the node parses: 120 valid block lines of 200,000 bytes, their padding
     * whitespace after the index (so their height is not read off their first bytes) and one character
     * of data. Charged as the same lines in the form read by height are (a character a byte of
     * whitespace), they run through the free orphans and the budget, and the peer is cut off.
     */
    @Test
    void aStrangerIsCutOffForOrphansPaddedWithWhitespaceThatTheNodeParses() throws Exception {
        byte[] sample = paddedLine(10, 200_000);
        assertThat(MessageCodec.blockIndex(sample, sample.length)).as("not the form read by height").isEqualTo(-1);
        assertThat(RawPeer.CODEC.decode(sample, sample.length)).as("a valid block line, parsed in full").get()
                .isInstanceOf(BlockAnnounce.class);
        assertCutOffFor(i -> paddedLine(10 + i, 200_000), "24 MB of orphans parsed, charged by their data alone");
    }

    /**
     * As above, with orphans at the tip's next height, which the node hashes and offers to the chain:
     * 120 blocks with valid proof of work on an unknown parent, at most three characters of data each, their lines
     * padded to 200,000 bytes with whitespace. Refused by the chain as orphans, each is charged at least
     * what its line's length must hold, as any other block this node cannot use, not its one character.
     */
    @Test
    void aStrangerIsCutOffForOrphansAtTheTipsNextHeightPaddedWithWhitespace() throws Exception {
        Block unknownParent = new Block(3, System.currentTimeMillis(), "elsewhere", "ef".repeat(32), DIFFICULTY, 0,
                "00" + "ef".repeat(31));
        byte[] sample = paddedAtTipsNextHeight(unknownParent, 0);
        assertThat(RawPeer.CODEC.decode(sample, sample.length)).as("a valid block line").get()
                .isInstanceOf(BlockAnnounce.class);
        assertCutOffFor(i -> paddedAtTipsNextHeight(unknownParent, i),
                "24 MB of orphans hashed and offered to the chain, charged by their data alone");
    }

    /** A mined block on {@code parent} (height 4, the tip's next), its line padded to 200,000 bytes. */
    private static byte[] paddedAtTipsNextHeight(Block parent, int i) {
        Block block = TestNode.mineChild(parent, String.valueOf(i), DIFFICULTY);
        String line = new String(RawPeer.CODEC.line(new BlockAnnounce(block)), StandardCharsets.UTF_8).strip();
        String head = "{\"type\":\"block\",";
        assertThat(line).startsWith(head);
        return (head + " ".repeat(200_000 - line.length()) + line.substring(head.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** 120 orphans, each {@code line(i)}, during a sync the attacker started and never answers: it is cut off. */
    private void assertCutOffFor(IntFunction<byte[]> line, String what) {
        try (TestNode node = TestNode.start(dir.resolve("node"), DIFFICULTY, P2pConfig.loopback(List.of()));
                RawPeer attacker = new RawPeer(node.p2p.port())) {
            node.mine("a", 3);
            attacker.handshake(node);
            attacker.send(new BlockAnnounce(new Block(9, System.currentTimeMillis(), "ahead", "ab".repeat(32),
                    DIFFICULTY, 0, "00" + "cd".repeat(31))));
            assertThat(attacker.readLineOfType("get_blocks")).as("the sync it starts").isNotNull();
            for (int i = 0; i < 120; i++) {
                attacker.sendRaw(withNewline(line.apply(i)));
            }
            attacker.send(new Ping(7));
            assertThat(pongOrBye(attacker)).as(what).isNotNull().contains("too many requests");
            assertThat(node.counter("rantai.p2p.refused", "reason", "over-budget")).isEqualTo(1);
        }
    }

    /** A valid {@code block} line of {@code length} bytes at {@code index}: whitespace after the index. */
    private static byte[] paddedLine(long index, int length) {
        String rest = ",\"timestamp\":1,\"data\":\"x\",\"previousHash\":\"" + "ab".repeat(32)
                + "\",\"difficulty\":8,\"nonce\":0,\"hash\":\"00" + "cd".repeat(31) + "\"}}";
        String head = new String(START, StandardCharsets.US_ASCII) + index;
        return (head + " ".repeat(length - head.length() - rest.length()) + rest).getBytes(StandardCharsets.US_ASCII);
    }

    /** A {@code block} line of {@code length} bytes at {@code index}, its data continuation bytes. */
    private static byte[] unreadLine(long index, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(START);
        out.writeBytes((index + ",\"data\":\"").getBytes(StandardCharsets.US_ASCII));
        byte[] end = ("\",\"hash\":\"" + "00" + "cd".repeat(31) + "\"}}").getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[length - out.size() - end.length];
        Arrays.fill(data, (byte) 0x80);
        out.writeBytes(data);
        out.writeBytes(end);
        return out.toByteArray();
    }

    private static byte[] withNewline(byte[] line) {
        byte[] withNewline = Arrays.copyOf(line, line.length + 1);
        withNewline[line.length] = '\n';
        return withNewline;
    }

    /** The node's answer to the ping, or its bye if it closed first; null if it closed without one. */
    private static String pongOrBye(RawPeer peer) {
        for (String line = peer.readLine(); line != null; line = peer.readLine()) {
            if (line.contains("\"type\":\"pong\"") || line.contains("\"type\":\"bye\"")) {
                return line;
            }
        }
        return null;
    }
}
