package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.rantai.chain.Block;
import dev.rantai.chain.Hashes;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.GetPeers;
import dev.rantai.p2p.wire.Peers;
import dev.rantai.p2p.wire.Ping;

class NetworkObservationsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final NetworkObservations seen = new NetworkObservations(now::get);

    private static Block block(long index) {
        Block unhashed = new Block(index, 1000 + index, "data " + index, Hashes.ZERO_HASH, 0, index, Hashes.ZERO_HASH);
        return new Block(index, 1000 + index, "data " + index, Hashes.ZERO_HASH, 0, index, unhashed.computeHash());
    }

    @Test
    void aBlockRemembersWhoSentItFirstAndWhoAnnouncedItAfter() {
        Block b = block(5);
        seen.received("10.0.0.1:3001", new BlockAnnounce(b), 300);
        now.addAndGet(7);
        seen.received("10.0.0.2:3002", new BlockAnnounce(b), 300);
        var arrival = seen.arrival(b.hash()).orElseThrow();
        assertThat(arrival.firstFrom()).isEqualTo("10.0.0.1:3001");
        assertThat(arrival.how()).isEqualTo("announced");
        assertThat(arrival.announcements()).extracting(NetworkObservations.Announcement::peer)
                .containsExactly("10.0.0.1:3001", "10.0.0.2:3002");
        assertThat(arrival.announcements().get(1).time() - arrival.firstSeen()).isEqualTo(7);
    }

    @Test
    void aBatchIsSummarisedByItsRangeAndItsBlocksCountAsSynced() {
        List<Block> batch = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            batch.add(block(i));
        }
        seen.received("peer:1", new Blocks(batch), 90_000);
        var message = seen.messagesAfter(0, 10).get(0);
        assertThat(message.summary()).isEqualTo("500 blocks, heights 1 to 500");
        assertThat(seen.arrival(batch.get(499).hash()).orElseThrow().how()).isEqualTo("synced");
    }

    @Test
    void everythingIsBounded() {
        Block b = block(1);
        for (int i = 0; i < NetworkObservations.MESSAGES + 10; i++) {
            seen.received("peer:" + i, new BlockAnnounce(b), 100);
        }
        assertThat(seen.messagesAfter(0, Integer.MAX_VALUE)).hasSize(NetworkObservations.MESSAGES);
        assertThat(seen.arrival(b.hash()).orElseThrow().announcements()).hasSize(NetworkObservations.ANNOUNCERS);
        for (int i = 0; i < NetworkObservations.BLOCKS + 1; i++) {
            seen.received("p:1", new BlockAnnounce(block(100 + i)), 100);
        }
        assertThat(seen.arrival(b.hash())).isEmpty();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("10.0." + (i / 250) + "." + (i % 250) + ":3000");
        }
        seen.received("p:2", new Peers(many), 20_000);
        assertThat(seen.reportedPeers().get(0).addresses()).hasSize(NetworkObservations.REPORTED);
        assertThat(seen.messagesAfter(0, 1).get(0).summary().length())
                .isLessThanOrEqualTo(NetworkObservations.SUMMARY_CHARS);
    }

    @Test
    void ratesArePerSecondAndTypeAndDirection() {
        seen.received("p:1", new Ping(1), 20);
        seen.received("p:1", new Ping(2), 20);
        seen.sent("p:1", new GetPeers(), 19);
        now.addAndGet(3_000);
        var seconds = seen.traffic(10);
        assertThat(seconds).hasSize(3);
        assertThat(seconds.get(0).countsAndBytes().get("in ping")).containsExactly(2, 40);
        assertThat(seconds.get(0).countsAndBytes().get("out get_peers")).containsExactly(1, 19);
        assertThat(seconds.get(1).countsAndBytes()).isEmpty();
    }

    @Test
    void messagesAfterASequenceNumberAreTheNewerOnes() {
        for (int i = 0; i < 5; i++) {
            seen.received("p:1", new Ping(i), 20);
        }
        assertThat(seen.messagesAfter(3, 10)).extracting(NetworkObservations.ObservedMessage::seq).containsExactly(4L,
                5L);
    }

    @Test
    void eventLoopsRecordAtOnceWithoutLosingOrReorderingAMessage() throws Exception {
        int writers = 4;
        int each = 20_000;
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<String> wrong = new java.util.concurrent.atomic.AtomicReference<>();
        for (int w = 0; w < writers; w++) {
            String peer = "p:" + w;
            threads.add(started(() -> {
                for (int i = 0; i < each; i++) {
                    seen.received(peer, new Ping(i), 20);
                }
            }));
        }
        // A reader meanwhile always sees consecutive numbers, newest last.
        Thread reader = started(() -> {
            while (threads.stream().anyMatch(Thread::isAlive)) {
                List<NetworkObservations.ObservedMessage> newest = seen.messagesAfter(0, 500);
                for (int i = 1; i < newest.size(); i++) {
                    if (newest.get(i).seq() != newest.get(i - 1).seq() + 1) {
                        wrong.set("gap after " + newest.get(i - 1).seq());
                    }
                }
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        reader.join();
        assertThat(wrong.get()).isNull();
        assertThat(seen.lastSeq()).isEqualTo((long) writers * each);
        List<NetworkObservations.ObservedMessage> kept = seen.messagesAfter(0, Integer.MAX_VALUE);
        assertThat(kept).hasSize(NetworkObservations.MESSAGES);
        assertThat(kept.get(kept.size() - 1).seq()).isEqualTo((long) writers * each);
        now.addAndGet(1_000);
        assertThat(seen.traffic(1).get(0).countsAndBytes().get("in ping")).containsExactly((long) writers * each,
                20L * writers * each);
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.start();
        return t;
    }
}
