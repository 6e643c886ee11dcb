package dev.rantai.p2p;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

import dev.rantai.chain.Block;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Blocks;
import dev.rantai.p2p.wire.Bye;
import dev.rantai.p2p.wire.GetBlocks;
import dev.rantai.p2p.wire.Hello;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.Peers;
import dev.rantai.p2p.wire.Ping;
import dev.rantai.p2p.wire.Pong;

/**
 * What this node has seen of the network, for the dashboard: the newest messages with a short
 * decoded summary each, messages and bytes per type and second, when and from whom each recent
 * block first arrived and when each peer announced it, and the addresses each peer reported in
 * {@code peers}. Read-only for everyone but the P2P code, which tells it what passes through.
 *
 * <p>
 * Everything is bounded: {@value #MESSAGES} messages, {@value #SECONDS} seconds of rates,
 * {@value #BLOCKS} blocks with at most {@value #ANNOUNCERS} announcers each, {@value #REPORTERS}
 * peers with at most {@value #REPORTED} addresses each; summaries are at most
 * {@value #SUMMARY_CHARS} characters, so a {@code blocks} batch shows its range, not its blocks.
 *
 * <p>
 * Calls come from the P2P event loops, for every message, and must not make one loop wait for
 * another or for a reader: a message takes a number from an atomic counter and is stored in its
 * slot of a ring, and its counts go to atomic counters of its second. Only block arrivals and
 * reported addresses take a lock, each its own and for a few map operations. Reads may come from
 * any thread and never block a writer.
 */
public final class NetworkObservations {
    /** Messages kept, the newest; a power of two (a slot is {@code seq & (MESSAGES - 1)}). */
    public static final int MESSAGES = 4_096;
    public static final int SECONDS = 600;
    public static final int BLOCKS = 4_096;
    public static final int ANNOUNCERS = 32;
    public static final int REPORTERS = 256;
    public static final int REPORTED = 100;
    public static final int SUMMARY_CHARS = 240;

    /**
     * One message sent or received.
     *
     * @param seq its number in this node's record, rising by one per message
     * @param time epoch milliseconds when it was sent or received
     * @param direction {@code in} or {@code out}
     * @param peer host:port of the other side, as the feed names it
     * @param type the message type, e.g. {@code block}
     * @param bytes its size on the wire, newline included
     * @param summary its content in a few words (at most {@value #SUMMARY_CHARS} characters)
     * @param blockHash for {@code block}, the hash it announces; else empty
     */
    public record ObservedMessage(long seq, long time, String direction, String peer, String type, int bytes,
            String summary, String blockHash) {
    }

    /**
     * Messages and bytes of one second, by {@code direction + " " + type} ({@code "in block"}).
     *
     * @param second epoch seconds
     */
    public record TrafficSecond(long second, Map<String, long[]> countsAndBytes) {
    }

    /** A peer's announcement of a block: who and when (epoch ms). */
    public record Announcement(String peer, long time) {
    }

    /**
     * How a block reached this node over the network.
     *
     * @param hash the block
     * @param firstSeen epoch ms when the first message carrying it arrived
     * @param firstFrom the peer that sent it first
     * @param how {@code announced} (a {@code block} message) or {@code synced} (in a {@code blocks} answer)
     * @param announcements every peer that sent it, in order, the first included
     */
    public record BlockArrival(String hash, long firstSeen, String firstFrom, String how,
            List<Announcement> announcements) {
    }

    /** The addresses a peer reported in its last {@code peers} answer, and when (epoch ms). */
    public record ReportedPeers(String peer, List<String> addresses, long time) {
    }

    private final LongSupplier clock;
    private final AtomicReferenceArray<ObservedMessage> ring = new AtomicReferenceArray<>(MESSAGES);
    private final AtomicLong lastSeq = new AtomicLong();
    /** Counts of second {@code s} in slot {@code s % (SECONDS + 1)}: the current second and the SECONDS before it. */
    private final AtomicReferenceArray<SecondCounts> seconds = new AtomicReferenceArray<>(SECONDS + 1);
    private final AtomicLong firstSecond = new AtomicLong(-1);
    private final LinkedHashMap<String, MutableArrival> arrivals = new LinkedHashMap<>(BLOCKS, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MutableArrival> eldest) {
            return size() > BLOCKS;
        }
    };
    private final LinkedHashMap<String, ReportedPeers> reported = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReportedPeers> eldest) {
            return size() > REPORTERS;
        }
    };

    public NetworkObservations(LongSupplier clock) {
        this.clock = clock;
    }

    /** A message read from {@code peer}: recorded, and a block it carries noted as arrived. */
    public void received(String peer, Message message, int bytes) {
        long now = clock.getAsLong();
        record(now, "in", peer, message, bytes);
        if (message instanceof BlockAnnounce a) {
            synchronized (arrivals) {
                arrived(a.block().hash(), peer, "announced", now);
            }
        } else if (message instanceof Blocks b && !b.blocks().isEmpty()) {
            synchronized (arrivals) {
                for (Block block : b.blocks()) {
                    arrived(block.hash(), peer, "synced", now);
                }
            }
        } else if (message instanceof Peers p) {
            List<String> addresses = List.copyOf(p.addresses().subList(0, Math.min(REPORTED, p.addresses().size())));
            synchronized (reported) {
                reported.put(peer, new ReportedPeers(peer, addresses, now));
            }
        }
    }

    /**
     * A message from {@code peer} dropped without being decoded: its type and what is known of it.
     *
     * @param blockHash the hash a block announcement claims, if known (an arrival, as for a decoded one); or null
     */
    public void receivedUnread(String peer, String type, String summary, int bytes, String blockHash) {
        long now = clock.getAsLong();
        record(now, "in", peer, type, bytes, summary, blockHash == null ? "" : blockHash);
        if (blockHash != null) {
            synchronized (arrivals) {
                arrived(blockHash, peer, "announced", now);
            }
        }
    }

    /** A message written to {@code peer}. */
    public void sent(String peer, Message message, int bytes) {
        record(clock.getAsLong(), "out", peer, message, bytes);
    }

    /** The sequence number of the newest message recorded; 0 before the first. */
    public long lastSeq() {
        return lastSeq.get();
    }

    /**
     * The newest messages with a sequence number above {@code afterSeq}, oldest first, at most
     * {@code max}. Their numbers are consecutive up to the newest one returned: a message still
     * being stored by its writer ends the answer before it.
     */
    public List<ObservedMessage> messagesAfter(long afterSeq, int max) {
        long newest = lastSeq.get();
        long oldest = Math.max(afterSeq + 1, newest - MESSAGES + 1);
        ArrayDeque<ObservedMessage> found = new ArrayDeque<>();
        for (long s = newest; s >= oldest && found.size() < max; s--) {
            ObservedMessage m = ring.get(slot(s));
            if (m == null || m.seq() < s) {
                // Its writer took the number and has not stored it yet: answer up to the one before.
                found.clear();
                continue;
            }
            if (m.seq() > s) {
                break; // overwritten by a newer message meanwhile: this one and older ones are gone
            }
            found.addFirst(m);
        }
        return new ArrayList<>(found);
    }

    /** Completed seconds of traffic, oldest first, the last {@code count} at most, from the first second with traffic. */
    public List<TrafficSecond> traffic(int count) {
        long current = clock.getAsLong() / 1000;
        long first = firstSecond.get();
        if (first < 0) {
            return List.of();
        }
        long from = Math.max(first, current - Math.min(count, SECONDS));
        List<TrafficSecond> all = new ArrayList<>((int) Math.max(0, current - from));
        for (long s = from; s < current; s++) {
            SecondCounts c = seconds.get(secondSlot(s));
            all.add(new TrafficSecond(s, c != null && c.second == s ? c.snapshot() : new TreeMap<>()));
        }
        return all;
    }

    public Optional<BlockArrival> arrival(String hash) {
        synchronized (arrivals) {
            MutableArrival a = arrivals.get(hash);
            return a == null ? Optional.empty() : Optional.of(a.snapshot(hash));
        }
    }

    /** The addresses each peer reported, most recently reported first. */
    public List<ReportedPeers> reportedPeers() {
        List<ReportedPeers> all;
        synchronized (reported) {
            all = new ArrayList<>(reported.values());
        }
        java.util.Collections.reverse(all);
        return all;
    }

    private void record(long now, String direction, String peer, Message message, int bytes) {
        record(now, direction, peer, message == null ? "unknown" : message.type(), bytes, summary(message),
                message instanceof BlockAnnounce a ? a.block().hash() : "");
    }

    private void record(long now, String direction, String peer, String type, int bytes, String summary, String hash) {
        ObservedMessage m = new ObservedMessage(lastSeq.incrementAndGet(), now, direction, peer, type, bytes, summary, hash);
        // A writer delayed after taking its number must not overwrite a newer message that lapped it.
        int slot = slot(m.seq());
        for (ObservedMessage there = ring.get(slot); there == null || there.seq() < m.seq(); there = ring.get(slot)) {
            if (ring.compareAndSet(slot, there, m)) {
                break;
            }
        }
        counts(now / 1000).add(direction, type, bytes);
    }

    private static int slot(long seq) {
        return (int) (seq & (MESSAGES - 1));
    }

    private static int secondSlot(long second) {
        return (int) (second % (SECONDS + 1));
    }

    /** The counters of {@code second}, made when its first message comes (a slot is reused after SECONDS + 1 s). */
    private SecondCounts counts(long second) {
        firstSecond.compareAndSet(-1, second);
        int slot = secondSlot(second);
        while (true) {
            SecondCounts c = seconds.get(slot);
            if (c != null && c.second >= second) {
                // A message stamped just before a newer second took the slot is counted in that newer second.
                return c;
            }
            SecondCounts fresh = new SecondCounts(second);
            if (seconds.compareAndSet(slot, c, fresh)) {
                return fresh;
            }
        }
    }

    private void arrived(String hash, String peer, String how, long now) {
        MutableArrival a = arrivals.get(hash);
        if (a == null) {
            arrivals.put(hash, new MutableArrival(now, peer, how));
        } else if (a.announcements.size() < ANNOUNCERS) {
            a.announcements.add(new Announcement(peer, now));
        }
    }

    /** A message's content in a few words: its fields, or for a batch its size and range. */
    static String summary(Message m) {
        String s;
        if (m == null) {
            s = "a message of a type this node does not know";
        } else if (m instanceof Hello h) {
            s = "node " + h.nodeId() + ", height " + h.height() + ", listens on port " + h.listenPort() + ", "
                    + h.agent();
        } else if (m instanceof BlockAnnounce a) {
            s = "block " + a.block().index() + " " + a.block().hash() + ", "
                    + a.block().data().length() + " characters of data";
        } else if (m instanceof Blocks b) {
            s = b.blocks().isEmpty() ? "no blocks (nothing newer)"
                    : b.blocks().size() + " blocks, heights " + b.blocks().get(0).index() + " to "
                            + b.blocks().get(b.blocks().size() - 1).index();
        } else if (m instanceof GetBlocks g) {
            s = "up to " + g.limit() + " blocks after " + g.locator().get(0) + " (locator of "
                    + g.locator().size() + " hashes)";
        } else if (m instanceof Peers p) {
            s = p.addresses().size() + " addresses" + (p.addresses().isEmpty() ? ""
                    : ": " + String.join(", ", p.addresses().subList(0, Math.min(5, p.addresses().size())))
                            + (p.addresses().size() > 5 ? ", ..." : ""));
        } else if (m instanceof Ping p) {
            s = "nonce " + p.nonce();
        } else if (m instanceof Pong p) {
            s = "nonce " + p.nonce();
        } else if (m instanceof Bye b) {
            s = "reason: " + b.reason();
        } else {
            s = "";
        }
        return s.length() <= SUMMARY_CHARS ? s : s.substring(0, SUMMARY_CHARS - 3) + "...";
    }

    /** Messages and bytes of one second by direction and type; written by any event loop at once. */
    private static final class SecondCounts {
        final long second;
        final ConcurrentHashMap<String, AtomicLongArray> in = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, AtomicLongArray> out = new ConcurrentHashMap<>();

        SecondCounts(long second) {
            this.second = second;
        }

        void add(String direction, String type, int bytes) {
            AtomicLongArray c = (direction.equals("in") ? in : out).computeIfAbsent(type, t -> new AtomicLongArray(2));
            c.incrementAndGet(0);
            c.addAndGet(1, bytes);
        }

        Map<String, long[]> snapshot() {
            Map<String, long[]> all = new TreeMap<>();
            in.forEach((type, c) -> all.put("in " + type, new long[] { c.get(0), c.get(1) }));
            out.forEach((type, c) -> all.put("out " + type, new long[] { c.get(0), c.get(1) }));
            return all;
        }
    }

    private static final class MutableArrival {
        final long firstSeen;
        final String firstFrom;
        final String how;
        final List<Announcement> announcements = new ArrayList<>(4);

        MutableArrival(long firstSeen, String firstFrom, String how) {
            this.firstSeen = firstSeen;
            this.firstFrom = firstFrom;
            this.how = how;
            announcements.add(new Announcement(firstFrom, firstSeen));
        }

        BlockArrival snapshot(String hash) {
            return new BlockArrival(hash, firstSeen, firstFrom, how, List.copyOf(announcements));
        }
    }
}
