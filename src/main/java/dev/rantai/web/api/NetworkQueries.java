package dev.rantai.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.p2p.NetworkObservations;
import dev.rantai.p2p.NodeInfo;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerView;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * Reads of the network for the API and the dashboard: the map (this node, its peers, the peers they
 * report), the newest messages, traffic by second, how a block arrived, and chain figures for the
 * charts. Bounded: a map of at most {@value #MAX_NODES} nodes, at most {@value #MAX_MESSAGES}
 * messages and {@value NetworkObservations#SECONDS} seconds per answer.
 */
@ApplicationScoped
public class NetworkQueries {
    static final int MAX_NODES = 200;
    static final int MAX_MESSAGES = 500;
    static final int MAX_CHART_BLOCKS = 1_000;

    private final PeerChanges peers;
    private final ChainService chain;
    private final MessageWindows windows;
    private final ObjectMapper json;
    private final AnswerCache trafficAnswers = new AnswerCache(4);
    private volatile CachedMap cachedMap;

    /** A map and when it was made (epoch ms), for the readers of the next {@value #MAP_MILLIS} ms. */
    private record CachedMap(NetworkMap map, P2pNode node, long at) {
    }

    static final long MAP_MILLIS = 500;

    NetworkQueries(PeerChanges peers, ChainService chain, MessageWindows windows, ObjectMapper json) {
        this.peers = peers;
        this.chain = chain;
        this.windows = windows;
        this.json = json;
    }

    /**
     * This node, its peers and the addresses they report, and the links between them. Made at most
     * once every {@value #MAP_MILLIS} ms: every open network page asks every 2 s, and listing the
     * peers is a task on the P2P event loop.
     */
    public NetworkMap map() {
        P2pNode node = peers.runningNode();
        CachedMap cached = cachedMap;
        long now = System.currentTimeMillis();
        if (cached != null && cached.node() == node && now - cached.at() < MAP_MILLIS && now >= cached.at()) {
            return cached.map();
        }
        NetworkMap map = freshMap(node);
        cachedMap = new CachedMap(map, node, now);
        return map;
    }

    private NetworkMap freshMap(P2pNode node) {
        NodeInfo info = node.info();
        long height = chain.tip().height();
        String self = info.addresses().get(info.addresses().size() - 1);
        Map<String, NetworkMap.Node> nodes = new LinkedHashMap<>();
        List<NetworkMap.Link> links = new ArrayList<>();
        nodes.put(self, new NetworkMap.Node(self, info.nodeId(), "self", null, height, 0, null, true));
        for (PeerView v : views(node)) {
            long behind = v.state().id().equals("connected") ? Math.max(0, height - v.remoteHeight()) : 0;
            nodes.putIfAbsent(v.address(), new NetworkMap.Node(v.address(), v.nodeId().orElse(null), v.state().id(),
                    v.direction().orElse(null), v.remoteHeight(), behind, v.rttMillis() < 0 ? null : v.rttMillis(),
                    false));
            links.add(new NetworkMap.Link(self, v.address(), "session", v.state().id()));
        }
        for (NetworkObservations.ReportedPeers r : node.metrics().observations().reportedPeers()) {
            if (!nodes.containsKey(r.peer())) {
                continue;
            }
            for (String address : r.addresses()) {
                if (nodes.size() >= MAX_NODES && !nodes.containsKey(address)) {
                    break;
                }
                if (address.equals(self) || isSelf(info, address)) {
                    links.add(new NetworkMap.Link(r.peer(), self, "reported", "reported"));
                    continue;
                }
                nodes.putIfAbsent(address, new NetworkMap.Node(address, null, "reported", null, 0, 0, null, false));
                links.add(new NetworkMap.Link(r.peer(), address, "reported", "reported"));
            }
        }
        return new NetworkMap(self, List.copyOf(nodes.values()), links);
    }

    private static boolean isSelf(NodeInfo info, String address) {
        return info.addresses().stream().anyMatch(a -> a.endsWith(address.substring(address.lastIndexOf(':')))
                && (a.startsWith("0.0.0.0") || a.startsWith("127.") || a.startsWith("localhost"))
                && (address.startsWith("127.") || address.startsWith("localhost")));
    }

    private static List<PeerView> views(P2pNode node) {
        try {
            return node.peers().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProblemException(ProblemType.P2P_UNAVAILABLE, "The P2P node did not list its peers in time.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.P2P_UNAVAILABLE, "Interrupted while listing the peers.");
        }
    }

    /**
     * Messages newer than {@code after} (a {@code seq}), oldest first, as the JSON of a
     * {@link MessagePage}: the windows of {@link MessageWindows}, shared by every reader.
     */
    public byte[] messages(Optional<String> after, Optional<String> limit) {
        long from = PagingParameters.after(after);
        int max = PagingParameters.limit(limit, 100, MAX_MESSAGES);
        return windows.after(peers.runningNode().metrics().observations(), from, max);
    }

    /**
     * Messages and bytes per second by direction and type, the last {@code seconds}, as JSON (a list
     * of {@link TrafficSecond}). The answer changes once a second: it is serialised once a second
     * for each length asked, however many pages ask.
     */
    public byte[] traffic(Optional<String> seconds) {
        int n = PagingParameters.count("seconds", seconds, 300, NetworkObservations.SECONDS);
        NetworkObservations recorder = peers.runningNode().metrics().observations();
        long second = System.currentTimeMillis() / 1000;
        return trafficAnswers.get(n, recorder, second, () -> {
            try {
                return json.writeValueAsBytes(recorder.traffic(n).stream().map(TrafficSecond::of).toList());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Traffic could not be written as JSON", e);
            }
        });
    }

    /** How a stored block reached this node: mined here, the genesis, or from which peer and when. */
    public Propagation propagation(StoredBlock b) {
        Optional<NetworkObservations.BlockArrival> arrival = Optional.empty();
        if (b.source() == BlockSource.PEER) {
            try {
                arrival = peers.runningNode().metrics().observations().arrival(b.hash());
            } catch (ProblemException noP2p) {
                // A block from a peer of an earlier run: its arrival is not known, and the answer says so.
            }
        }
        return Propagation.of(b, arrival);
    }

    /** The newest canonical blocks with their interval, mining or propagation time, for the charts. */
    public List<ChartPoint> chart(Optional<String> blocks) {
        int n = PagingParameters.count("blocks", blocks, 200, MAX_CHART_BLOCKS);
        List<StoredBlock> newest = chain.queries().canonicalBefore(chain.tip().height() + 1, n + 1);
        List<ChartPoint> points = new ArrayList<>(newest.size());
        for (int i = newest.size() - 1; i >= 0; i--) {
            StoredBlock b = newest.get(i);
            if (b.height() == 0 || i == newest.size() - 1 && newest.size() > n) {
                continue;
            }
            // The genesis has no time (timestamp 0): the block after it has no interval.
            Long interval = i + 1 < newest.size() && newest.get(i + 1).height() > 0
                    ? b.block().timestamp() - newest.get(i + 1).block().timestamp()
                    : null;
            points.add(ChartPoint.of(b, interval));
        }
        return points;
    }
}
