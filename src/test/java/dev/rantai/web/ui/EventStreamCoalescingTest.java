package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A burst of chain changes and P2P messages reaches every open stream as a few writes (one HTTP
 * chunk each), each carrying a bounded window of whole events in the order they happened.
 */
@QuarkusTest
class EventStreamCoalescingTest {
    private static final int STREAMS = 3;
    private static final long BASE = 1_000_000;
    private static final Pattern HEIGHT = Pattern.compile("\"height\":(\\d+)");
    private static final Pattern HASH = Pattern.compile("\"hash\":\"([0-9a-f]{64})\"");
    private static final Pattern SIZE = Pattern.compile("\"size\":(\\d+)");

    @Inject
    EventHub hub;

    @TestHTTPResource("/api/events")
    URI events;

    @Test
    void aBurstReachesEachStreamAsFewBoundedWritesInOrder() throws Exception {
        List<RawEventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMS; i++) {
                streams.add(RawEventStream.open(events));
            }
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> streams.stream().allMatch(s -> s.text().contains("event: hello")));
            List<Integer> greeting = streams.stream().map(s -> s.chunks.size()).toList();

            // 300 blocks one by one, 5 messages with each; a reorg of the newest 3 by 5; 10 blocks on it.
            long started = System.nanoTime();
            List<StoredBlock> chain = new ArrayList<>();
            chain.add(stored(BASE, "a", "0".repeat(64)));
            int messages = 0;
            for (int i = 1; i <= 300; i++) {
                extend(chain, "a");
                for (int m = 0; m < 5; m++) {
                    hub.onMessage(message(messages++));
                }
                hub.onPeersChanged();
            }
            ChainTip before = tip(chain);
            List<StoredBlock> disconnected = new ArrayList<>(chain.subList(chain.size() - 3, chain.size()));
            Collections.reverse(disconnected);
            chain.subList(chain.size() - 3, chain.size()).clear();
            List<StoredBlock> branch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                branch.add(next(chain, "b"));
                chain.add(branch.get(i));
            }
            hub.onTipChanged(new TipChange(before, tip(chain), branch, disconnected));
            for (int i = 0; i < 10; i++) {
                extend(chain, "b");
            }
            hub.onMessage(message(messages));
            long burstMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            String lastHash = chain.get(chain.size() - 1).hash();
            int lastMessage = messages;

            await().atMost(Duration.ofSeconds(5)).until(() -> streams.stream().allMatch(
                    s -> s.text().contains(lastHash) && s.text().contains("\"size\":" + lastMessage + ",")));

            List<String> first = streams.get(0).writesAfter(greeting.get(0));
            for (int s = 1; s < STREAMS; s++) {
                assertThat(streams.get(s).writesAfter(greeting.get(s))).as("every stream gets the same writes")
                        .isEqualTo(first);
            }
            // 2,428 events were told: they went out as one write per window.
            assertThat(first).hasSizeLessThanOrEqualTo((int) (burstMillis / EventHub.WINDOW_MILLIS) + 1);
            List<String[]> frames = new ArrayList<>();
            for (String chunk : first) {
                List<String[]> window = frames(chunk);
                assertThat(window).filteredOn(f -> f[0].equals("block"))
                        .hasSizeLessThanOrEqualTo(EventHub.MAX_BLOCK_EVENTS);
                assertThat(window).filteredOn(f -> f[0].equals("p2p"))
                        .hasSizeLessThanOrEqualTo(EventHub.MAX_P2P_EVENTS);
                assertThat(window).filteredOn(f -> f[0].equals("tip")).hasSizeLessThanOrEqualTo(1);
                assertThat(window).filteredOn(f -> f[0].equals("peers")).hasSizeLessThanOrEqualTo(1);
                assertThat(window.get(window.size() - 1)[0]).isNotEqualTo("block");
                frames.addAll(window);
            }

            assertThat(frames).filteredOn(f -> f[0].equals("reorg")).singleElement()
                    .satisfies(f -> assertThat(f[1]).contains("\"forkHeight\":" + (BASE + 297)));
            int reorgAt = indexOf(frames, "reorg");
            long previous = -1;
            for (int i = 0; i < frames.size(); i++) {
                String[] f = frames.get(i);
                if (i == reorgAt) {
                    previous = BASE + 297;
                } else if (f[0].equals("block")) {
                    long height = number(HEIGHT, f[1]);
                    assertThat(height).as("heights rise; after the reorg, from its fork").isGreaterThan(previous);
                    assertThat(branchOf(f[1])).as("old branch before the reorg, new branch after it")
                            .isEqualTo(i < reorgAt ? "a" : "b");
                    previous = height;
                }
            }
            String[] lastTip = frames.get(indexOfLast(frames, "tip"));
            assertThat(number(HEIGHT, lastTip[1])).isEqualTo(BASE + 312);
            assertThat(lastTip[1]).contains(lastHash);
            List<Long> sizes = frames.stream().filter(f -> f[0].equals("p2p")).map(f -> number(SIZE, f[1])).toList();
            assertThat(sizes).isSorted().contains((long) lastMessage);
        } finally {
            for (RawEventStream s : streams) {
                s.close();
            }
        }
    }

    /** A P2P message of the burst, numbered by its size. */
    private static PeerMessage message(int n) {
        return new PeerMessage("burst", "in", "127.0.0.1:1", n, System.currentTimeMillis());
    }

    private void extend(List<StoredBlock> chain, String branch) {
        ChainTip before = tip(chain);
        StoredBlock b = next(chain, branch);
        chain.add(b);
        hub.onTipChanged(new TipChange(before, tip(chain), List.of(b), List.of()));
    }

    private static StoredBlock next(List<StoredBlock> chain, String branch) {
        StoredBlock parent = chain.get(chain.size() - 1);
        return stored(parent.height() + 1, branch, parent.hash());
    }

    /** A block of this test's own: its data names its branch, its hash is made up and unique. */
    private static StoredBlock stored(long height, String branch, String previousHash) {
        String hash = String.format("%063x%s", height, branch.equals("a") ? "a" : "b");
        Block block = new Block(height, System.currentTimeMillis(), "branch " + branch, previousHash, 8, 0, hash);
        return new StoredBlock(block, BigInteger.valueOf(height), BlockSource.PEER, System.currentTimeMillis());
    }

    private static ChainTip tip(List<StoredBlock> chain) {
        StoredBlock b = chain.get(chain.size() - 1);
        return new ChainTip(b.block(), b.work());
    }

    private static String branchOf(String data) {
        Matcher m = HASH.matcher(data);
        assertThat(m.find()).isTrue();
        return m.group(1).substring(63);
    }

    private static long number(Pattern p, String data) {
        Matcher m = p.matcher(data);
        assertThat(m.find()).as("%s in %s", p, data).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int indexOf(List<String[]> frames, String name) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i)[0].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLast(List<String[]> frames, String name) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i)[0].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A chunk's events as {name, data}; the chunk must hold whole events only. */
    private static List<String[]> frames(String chunk) {
        assertThat(chunk).endsWith("\n\n");
        List<String[]> frames = new ArrayList<>();
        for (String frame : chunk.substring(0, chunk.length() - 2).split("\n\n")) {
            String[] lines = frame.split("\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("event: ");
            assertThat(lines[1]).startsWith("data: ");
            frames.add(new String[] { lines[0].substring(7), lines[1].substring(6) });
        }
        return frames;
    }
}
