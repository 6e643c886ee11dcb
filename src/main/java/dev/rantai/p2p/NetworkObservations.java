package dev.rantai.p2p;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * Calls come from the P2P event loop and return at once (a short lock, no I/O); reads may come
 * from any thread.
 */
public final class NetworkObservations {
    public static final int MESSAGES = 2_000;
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
    private final ArrayDeque<ObservedMessage> messages = new ArrayDeque<>(MESSAGES);
    private final ArrayDeque<TrafficSecond> seconds = new ArrayDeque<>(SECONDS);
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
    private Map<String, long[]> currentCounts = new HashMap<>();
    private long currentSecond = -1;
    private long seq;

    public NetworkObservations(LongSupplier clock) {
        this.clock = clock;
    }

    /** A message read from {@code peer}: recorded, and a block it carries noted as arrived. */
    public void received(String peer, Message message, int bytes) {
        long now = clock.getAsLong();
        synchronized (this) {
            record(now, "in", peer, message, bytes);
            if (message instanceof BlockAnnounce a) {
                arrived(a.block().hash(), peer, "announced", now);
            } else if (message instanceof Blocks b) {
                for (Block block : b.blocks()) {
                    arrived(block.hash(), peer, "synced", now);
                }
            } else if (message instanceof Peers p) {
                List<String> addresses = p.addresses().subList(0, Math.min(REPORTED, p.addresses().size()));
                reported.put(peer, new ReportedPeers(peer, List.copyOf(addresses), now));
            }
        }
    }

    /** A message written to {@code peer}. */
    public void sent(String peer, Message message, int bytes) {
        long now = clock.getAsLong();
        synchronized (this) {
            record(now, "out", peer, message, bytes);
        }
    }

    /** The newest messages with a sequence number above {@code afterSeq}, oldest first, at most {@code max}. */
    public synchronized List<ObservedMessage> messagesAfter(long afterSeq, int max) {
        List<ObservedMessage> newest = new ArrayList<>(Math.min(max, messages.size()));
        var it = messages.descendingIterator();
        while (it.hasNext() && newest.size() < max) {
            ObservedMessage m = it.next();
            if (m.seq() <= afterSeq) {
                break;
            }
            newest.add(m);
        }
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** Completed seconds of traffic, oldest first, the last {@code count} at most. */
    public synchronized List<TrafficSecond> traffic(int count) {
        roll(clock.getAsLong() / 1000);
        List<TrafficSecond> all = new ArrayList<>(seconds);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    public synchronized Optional<BlockArrival> arrival(String hash) {
        MutableArrival a = arrivals.get(hash);
        return a == null ? Optional.empty() : Optional.of(a.snapshot(hash));
    }

    /** The addresses each peer reported, most recently reported first. */
    public synchronized List<ReportedPeers> reportedPeers() {
        List<ReportedPeers> all = new ArrayList<>(reported.values());
        java.util.Collections.reverse(all);
        return all;
    }

    private void record(long now, String direction, String peer, Message message, int bytes) {
        String type = message == null ? "unknown" : message.type();
        String hash = message instanceof BlockAnnounce a ? a.block().hash() : "";
        if (messages.size() == MESSAGES) {
            messages.removeFirst();
        }
        messages.addLast(new ObservedMessage(++seq, now, direction, peer, type, bytes, summary(message), hash));
        roll(now / 1000);
        long[] c = currentCounts.computeIfAbsent(direction + " " + type, k -> new long[2]);
        c[0]++;
        c[1] += bytes;
    }

    /** Closes the current second when time has moved past it; seconds without traffic are kept as empty. */
    private void roll(long second) {
        if (second == currentSecond) {
            return;
        }
        if (currentSecond >= 0) {
            long gap = Math.min(second - currentSecond, SECONDS);
            for (long s = second - gap; s < second; s++) {
                Map<String, long[]> counts = s == currentSecond ? currentCounts : Map.of();
                if (seconds.size() == SECONDS) {
                    seconds.removeFirst();
                }
                seconds.addLast(new TrafficSecond(s, new TreeMap<>(counts)));
            }
        }
        currentSecond = second;
        currentCounts = new HashMap<>();
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
