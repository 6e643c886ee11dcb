package dev.rantai.web.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.p2p.NetworkObservations;

/**
 * The recorded P2P messages as every page and script reads them: in windows of at least
 * {@value #WINDOW_MILLIS} ms, each serialised once for all readers, each keeping at most
 * {@value #PER_KIND} messages of each direction and type (the newest), and the count of what was
 * left out.
 *
 * <p>
 * Why: at 1,000 blocks/s a node records about 4,000 messages a second. When each page asked for
 * the newest 500 once a second and got them, ten open inspectors made the node serialise 5,000
 * messages a second and each browser add 500 list items a second, and block propagation between
 * the nodes slowed several times over (docs/benchmarks.md). A person reads a few messages a
 * second; rare messages (a {@code hello}, a {@code bye}, a {@code get_blocks}) must not be
 * crowded out by the flood of {@code block}s, hence the bound per kind, not in all.
 *
 * <p>
 * A window is closed by the first request that comes {@value #WINDOW_MILLIS} ms or more after
 * the last one closed: nothing runs while nobody reads. The newest {@value #WINDOWS} windows are
 * kept, so a page that paused for a while gets what it missed, as far as it is kept.
 */
@ApplicationScoped
public class MessageWindows {
    static final long WINDOW_MILLIS = 500;
    static final int PER_KIND = 10;
    static final int WINDOWS = 64;

    /** One kept message, serialised. */
    private record Kept(long seq, byte[] json) {
    }

    /** Messages with numbers in (afterSeq, toSeq], the kept ones oldest first. */
    private record Window(long afterSeq, long toSeq, List<Kept> kept) {
    }

    private final ObjectMapper json;
    private final LongSupplier clock;
    private final ArrayDeque<Window> windows = new ArrayDeque<>(WINDOWS);
    private NetworkObservations source;
    private long closedAt;
    private long lastSeq;

    @Inject
    MessageWindows(ObjectMapper json) {
        this(json, System::currentTimeMillis);
    }

    MessageWindows(ObjectMapper json, LongSupplier clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * The kept messages numbered above {@code after}, oldest first, at most {@code limit} (the
     * newest), as the JSON of a {@link MessagePage}: {@code last} is the number to ask after next
     * time, {@code left} how many messages numbered above {@code after} (up to {@code last}) the
     * answer leaves out. An {@code after} beyond the newest number (the node restarted) is read
     * as 0.
     */
    public byte[] after(NetworkObservations recorder, long after, int limit) {
        List<Window> newer = new ArrayList<>();
        long last;
        synchronized (this) {
            closeIfDue(recorder);
            last = lastSeq;
            if (after > last) {
                after = 0;
            }
            for (var it = windows.descendingIterator(); it.hasNext();) {
                Window w = it.next();
                if (w.toSeq() <= after) {
                    break;
                }
                newer.add(0, w);
            }
        }
        ArrayDeque<Kept> answer = new ArrayDeque<>();
        for (int i = newer.size() - 1; i >= 0 && answer.size() < limit; i--) {
            List<Kept> kept = newer.get(i).kept();
            for (int k = kept.size() - 1; k >= 0 && answer.size() < limit; k--) {
                if (kept.get(k).seq() > after) {
                    answer.addFirst(kept.get(k));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + answer.size() * 300);
        out.writeBytes(ascii("{\"messages\":["));
        boolean first = true;
        for (Kept k : answer) {
            if (!first) {
                out.write(',');
            }
            out.writeBytes(k.json());
            first = false;
        }
        long left = Math.max(0, last - after - answer.size());
        out.writeBytes(ascii("],\"last\":" + Math.max(last, after) + ",\"left\":" + left + "}"));
        return out.toByteArray();
    }

    private void closeIfDue(NetworkObservations recorder) {
        if (recorder != source) {
            // Another P2P node (a restart within this process): its numbers start again.
            source = recorder;
            windows.clear();
            lastSeq = 0;
            closedAt = Long.MIN_VALUE;
        }
        long now = clock.getAsLong();
        if (closedAt != Long.MIN_VALUE && now - closedAt < WINDOW_MILLIS) {
            return;
        }
        List<NetworkObservations.ObservedMessage> all = recorder.messagesAfter(lastSeq, NetworkObservations.MESSAGES);
        if (all.isEmpty()) {
            return;
        }
        closedAt = now;
        long to = all.get(all.size() - 1).seq();
        Window w = new Window(lastSeq, to, sample(all));
        lastSeq = to;
        if (windows.size() == WINDOWS) {
            windows.removeFirst();
        }
        windows.addLast(w);
    }

    /** The newest {@value #PER_KIND} of each direction and type, oldest first, serialised. */
    private List<Kept> sample(List<NetworkObservations.ObservedMessage> all) {
        Map<String, Integer> perKind = new HashMap<>();
        ArrayDeque<Kept> kept = new ArrayDeque<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            NetworkObservations.ObservedMessage m = all.get(i);
            if (perKind.merge(m.direction() + " " + m.type(), 1, Integer::sum) <= PER_KIND) {
                kept.addFirst(new Kept(m.seq(), serialise(MessagePage.Message.of(m))));
            }
        }
        return new ArrayList<>(kept);
    }

    private byte[] serialise(MessagePage.Message m) {
        try {
            return json.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A message record could not be written as JSON", e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
