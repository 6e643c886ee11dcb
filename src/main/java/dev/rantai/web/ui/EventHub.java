package dev.rantai.web.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The live side of the dashboard: turns chain changes and P2P traffic into events for every open
 * event stream, and keeps the newest P2P messages for the pages.
 *
 * <p>Chain listeners run on the chain writer, network listeners on event loops: both only hand the
 * change to one events thread and return. That thread serialises each event once and queues it on
 * every stream; a full queue drops (and counts) rather than slows anything down.
 */
@ApplicationScoped
public class EventHub implements ChainListener, NetworkView.Listener {
    private static final Logger LOG = Logger.getLogger(EventHub.class);
    /** P2P messages kept for the pages and new streams. */
    static final int FEED_SIZE = 200;
    /** A catch-up of many blocks sends only the newest: a page shows a few dozen at most. */
    static final int MAX_BLOCK_EVENTS = 25;
    static final int PREVIEW_CHARS = 120;

    private final ChainService chain;
    private final NetworkView network;
    private final ObjectMapper json;
    private final ArrayDeque<PeerMessage> feed = new ArrayDeque<>(FEED_SIZE);
    private final Set<EventClient> clients = new CopyOnWriteArraySet<>();
    private final AtomicLong dropped = new AtomicLong();
    private final ThreadPoolExecutor events = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4096), r -> {
                Thread t = new Thread(r, "rantai-live-events");
                t.setDaemon(true);
                return t;
            }, (task, executor) -> dropped.incrementAndGet());
    private NetworkView.Subscription subscription;

    EventHub(ChainService chain, NetworkView network, ObjectMapper json) {
        this.chain = chain;
        this.network = network;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        chain.addListener(this);
        subscription = network.subscribe(this);
    }

    void onStop(@Observes ShutdownEvent event) {
        chain.removeListener(this);
        if (subscription != null) {
            subscription.close();
        }
        clients.forEach(EventClient::close);
        clients.clear();
        events.shutdownNow();
    }

    @Override
    public void onTipChanged(TipChange change) {
        // Nobody watching: nothing to serialise, no thread to wake (a new stream starts with hello).
        if (!clients.isEmpty()) {
            events.execute(() -> publishTipChange(change));
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
        if (!clients.isEmpty()) {
            events.execute(() -> broadcast(event("p2p", message)));
        }
    }

    @Override
    public void onPeersChanged() {
        if (clients.isEmpty()) {
            return;
        }
        events.execute(() -> broadcast(event("peers", Map.of("peers", network.peers().stream()
                .map(EventHub::peerJson).toList()))));
    }

    /** The newest P2P messages, newest first. */
    public List<PeerMessage> recentMessages() {
        synchronized (feed) {
            return new ArrayList<>(feed);
        }
    }

    /** Events not delivered to some stream because it was too slow, or because the hub was full. */
    public long droppedEvents() {
        return dropped.get();
    }

    public int openStreams() {
        return clients.size();
    }

    void open(EventClient client) {
        clients.add(client);
        client.send(event("hello", tipJson(chain.tip(), false, List.of())));
    }

    void closed(EventClient client) {
        client.markClosed();
        clients.remove(client);
    }

    void heartbeat() {
        clients.forEach(c -> c.sendComment("keep-alive"));
    }

    AtomicLong droppedCounter() {
        return dropped;
    }

    private void publishTipChange(TipChange change) {
        if (change.isReorg()) {
            long forkHeight = change.disconnected().get(change.disconnected().size() - 1).height() - 1;
            broadcast(event("reorg", Map.of("forkHeight", forkHeight,
                    "disconnected", change.disconnected().stream().map(EventHub::blockRef).toList())));
        }
        List<StoredBlock> connected = change.connected();
        for (StoredBlock b : connected.subList(Math.max(0, connected.size() - MAX_BLOCK_EVENTS), connected.size())) {
            broadcast(event("block", blockJson(b)));
        }
        broadcast(event("tip", tipJson(change.current(), change.isReorg(),
                change.disconnected().stream().map(EventHub::blockRef).toList())));
    }

    private void broadcast(LiveEvent event) {
        if (event == null) {
            return;
        }
        for (EventClient c : clients) {
            c.send(event);
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
