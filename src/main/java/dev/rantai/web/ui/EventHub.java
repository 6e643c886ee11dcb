package dev.rantai.web.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;

/**
 * The live side of the dashboard: turns chain changes and P2P traffic into events for every open
 * event stream, and keeps the newest P2P messages for the pages.
 *
 * <p>
 * Chain listeners run on the committing thread, network listeners on event loops: both only
 * add the change to the current {@link EventWindow} and return. {@value #WINDOW_MILLIS} ms after the first
 * event of a window, the {@code rantai-live-events} thread serialises what the window kept, each
 * event once, into one buffer of frames and queues that buffer on every stream: one write per
 * stream per window, however many blocks and messages the window saw. A stream whose write queue
 * is full drops the buffer (its events are counted) rather than slows anything down.
 *
 * <p>
 * A stream may ask for only some events ({@link EventSelection}): it gets the window's frames of
 * those, serialised once for all streams that asked the same, and no write at all for a window
 * without any. Events that no open stream asked for are not even gathered.
 */
@ApplicationScoped
public class EventHub implements ChainListener, NetworkView.Listener {
    private static final Logger LOG = Logger.getLogger(EventHub.class);
    /** P2P messages kept for the pages. */
    static final int FEED_SIZE = 200;
    /**
     * How long events gather before they go out as one write per stream: at most 2 writes a second
     * per stream, yet a new block shows within half a second. (With 200 ms, 300 open streams on
     * three nodes measurably delayed the blocks between them; see docs/benchmarks.md.)
     */
    static final long WINDOW_MILLIS = 500;
    /** Block events a window carries, the newest: a page shows 25 blocks at most. */
    static final int MAX_BLOCK_EVENTS = 25;
    /** P2P messages a window carries, the newest: under heavy traffic the page's feed is a sample. */
    static final int MAX_P2P_EVENTS = 20;
    static final int PREVIEW_CHARS = 120;
    /** Bounds of a window; {@code reorg} is not bounded, so every reorg reaches the page in order. */
    private static final Map<String, Integer> WINDOW_LIMITS = Map.of(
            "block", MAX_BLOCK_EVENTS, "p2p", MAX_P2P_EVENTS, "tip", 1, "peers", 1);

    private final ChainService chain;
    private final NetworkView network;
    private final ObjectMapper json;
    private final ArrayDeque<PeerMessage> feed = new ArrayDeque<>(FEED_SIZE);
    private final Set<EventClient> clients = new CopyOnWriteArraySet<>();
    private final AtomicLong dropped = new AtomicLong();
    /** What the open streams asked for together: the listeners gather nothing else. */
    private volatile EventSelection wanted = new EventSelection(Set.of());
    private final EventWindow window = new EventWindow(WINDOW_LIMITS);
    private final ScheduledThreadPoolExecutor events;
    private NetworkView.Subscription subscription;

    EventHub(ChainService chain, NetworkView network, ObjectMapper json) {
        this.chain = chain;
        this.network = network;
        this.json = json;
        // After shutdown a window is no longer scheduled: the listeners must never throw.
        this.events = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rantai-live-events");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    void onStart(@Observes StartupEvent event) {
        // On the writer: onTipChanged returns at once (nobody watching: a volatile read; else an add to the window,
        // whose lock is only ever held for an add or a drain), and the window goes out on this hub's own thread.
        chain.addListener(this, Runnable::run);
        subscription = network.subscribe(this);
    }

    void onStop(@Observes ShutdownEvent event) {
        chain.removeListener(this);
        if (subscription != null) {
            subscription.close();
        }
        events.shutdownNow();
        clients.forEach(EventClient::close);
        clients.clear();
        try {
            if (!events.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("The live events thread did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onTipChanged(TipChange change) {
        // Nobody watching the chain: nothing to gather or serialise (a new stream starts with hello).
        EventSelection w = wanted;
        if (!w.acceptsAny("reorg", "block", "tip")) {
            return;
        }
        List<StoredBlock> connected = change.connected();
        synchronized (window) {
            boolean first = window.isEmpty();
            if (change.isReorg() && w.accepts("reorg")) {
                window.add("reorg", () -> reorgJson(change));
            }
            if (w.accepts("block")) {
                // The window keeps only the newest blocks anyway: a long catch-up adds no more than that.
                for (StoredBlock b : connected.subList(Math.max(0, connected.size() - MAX_BLOCK_EVENTS),
                        connected.size())) {
                    window.add("block", () -> blockJson(b));
                }
            }
            if (w.accepts("tip")) {
                window.add("tip", () -> tipJson(change.current(), change.isReorg(),
                        change.disconnected().stream().map(EventHub::blockRef).toList()));
            }
            scheduleIfFirst(first && !window.isEmpty());
        }
    }

    @Override
    public void onMessage(PeerMessage message) {
        synchronized (feed) {
            if (feed.size() == FEED_SIZE) {
                feed.removeLast();
            }
            feed.addFirst(message);
        }
        if (!wanted.accepts("p2p")) {
            return;
        }
        synchronized (window) {
            boolean first = window.isEmpty();
            window.add("p2p", () -> message);
            scheduleIfFirst(first);
        }
    }

    @Override
    public void onPeersChanged() {
        if (!wanted.accepts("peers")) {
            return;
        }
        synchronized (window) {
            boolean first = window.isEmpty();
            // Read when the window goes out: the peers as they are then.
            window.add("peers", () -> Map.of("peers", network.peers().stream().map(EventHub::peerJson).toList()));
            scheduleIfFirst(first);
        }
    }

    /** The newest P2P messages, newest first. */
    public List<PeerMessage> recentMessages() {
        synchronized (feed) {
            return new ArrayList<>(feed);
        }
    }

    /** Events not delivered to some stream because it read too slowly. */
    public long droppedEvents() {
        return dropped.get();
    }

    public int openStreams() {
        return clients.size();
    }

    /** Called on the new stream's own context, so hello is written before any window reaches it. */
    void open(EventClient client) {
        clients.add(client);
        updateWanted();
        LiveEvent hello = event("hello", tipJson(chain.tip(), false, List.of()));
        if (hello != null) {
            client.greet(hello);
        }
    }

    void closed(EventClient client) {
        client.markClosed();
        clients.remove(client);
        updateWanted();
    }

    private synchronized void updateWanted() {
        Set<String> names = new HashSet<>();
        clients.forEach(c -> names.addAll(c.selection().names()));
        wanted = new EventSelection(names);
    }

    void heartbeat() {
        clients.forEach(c -> c.sendComment("keep-alive"));
    }

    AtomicLong droppedCounter() {
        return dropped;
    }

    private void scheduleIfFirst(boolean first) {
        if (first) {
            events.schedule(this::publishWindow, WINDOW_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** On the events thread: the window's events, serialised once, as one write to every stream. */
    private void publishWindow() {
        List<EventWindow.Pending> pending;
        synchronized (window) {
            pending = window.drain();
        }
        if (clients.isEmpty()) {
            return;
        }
        List<LiveEvent> events = new ArrayList<>(pending.size());
        for (EventWindow.Pending p : pending) {
            try {
                LiveEvent e = event(p.name(), p.payload().get());
                if (e != null) {
                    events.add(e);
                }
            } catch (RuntimeException failed) {
                LOG.warnf(failed, "Could not read a %s event", p.name());
            }
        }
        // One buffer for all streams of a selection: it is encoded once, and each write reads its own view of it.
        Map<EventSelection, Frames> bySelection = new HashMap<>();
        for (EventClient c : clients) {
            Frames f = bySelection.computeIfAbsent(c.selection(), s -> Frames.of(events, s));
            if (f.count() > 0) {
                c.send(f.buffer(), f.count());
            }
        }
    }

    /** The frames of a window's events that one selection takes, and how many they are. */
    private record Frames(Buffer buffer, int count) {
        static Frames of(List<LiveEvent> events, EventSelection selection) {
            StringBuilder frames = new StringBuilder();
            int count = 0;
            for (LiveEvent e : events) {
                if (selection.accepts(e.name())) {
                    frames.append(e.frame());
                    count++;
                }
            }
            return new Frames(Buffer.buffer(frames.toString()), count);
        }
    }

    private LiveEvent event(String name, Object payload) {
        try {
            return new LiveEvent(name, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            LOG.warnf(e, "Could not serialise a %s event", name);
            return null;
        }
    }

    private static Map<String, Object> reorgJson(TipChange change) {
        long forkHeight = change.disconnected().get(change.disconnected().size() - 1).height() - 1;
        return Map.of("forkHeight", forkHeight,
                "disconnected", change.disconnected().stream().map(EventHub::blockRef).toList());
    }

    static Map<String, Object> blockJson(StoredBlock b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("height", b.height());
        m.put("hash", b.hash());
        m.put("previousHash", b.block().previousHash());
        m.put("timestamp", b.block().timestamp());
        m.put("source", b.source().id());
        m.put("dataBytes", UiExtensions.dataBytes(b.block()));
        m.put("preview", UiExtensions.preview(b.block().data(), PREVIEW_CHARS));
        return m;
    }

    private static Map<String, Object> blockRef(StoredBlock b) {
        return Map.of("height", b.height(), "hash", b.hash());
    }

    private static Map<String, Object> tipJson(ChainTip tip, boolean reorg, List<Map<String, Object>> disconnected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("height", tip.height());
        m.put("hash", tip.hash());
        m.put("work", tip.work().toString());
        m.put("timestamp", tip.block().timestamp());
        m.put("reorg", reorg);
        m.put("disconnected", disconnected);
        return m;
    }

    static Map<String, Object> peerJson(PeerSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", p.address());
        m.put("nodeId", p.nodeId().orElse(null));
        m.put("state", p.state());
        m.put("direction", p.direction());
        m.put("height", p.height());
        m.put("rttMillis", p.rtt().map(d -> d.toNanos() / 1e6).orElse(null));
        m.put("lastSeen", p.lastSeen().map(i -> i.toEpochMilli()).orElse(null));
        m.put("banReason", p.banReason().orElse(null));
        return m;
    }
}
