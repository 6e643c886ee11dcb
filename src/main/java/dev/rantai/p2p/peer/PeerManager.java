package dev.rantai.p2p.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import dev.rantai.p2p.Direction;
import dev.rantai.p2p.P2pMetrics;
import dev.rantai.p2p.Session;
import dev.rantai.p2p.transport.EventLoop;

/**
 * The peers: addresses to keep connected (configured ones forever, learned ones up to the
 * outbound target), open sessions with one per remote node, and the limits. Confined to the
 * node's event loop; every method runs there.
 */
public final class PeerManager {
    private static final Logger LOG = Logger.getLogger(PeerManager.class);
    /** A learned address that failed this often is forgotten. */
    private static final int LEARNED_MAX_FAILURES = 3;
    private static final int MAX_LEARNED = 1000;
    private static final int MAX_LEARNED_PER_ANSWER = 100;
    /** Addresses kept for good (configured, added through the API, found through DNS), at most. */
    public static final int MAX_PERMANENT = 256;
    private static final int MAX_SHARED = 100;

    /** Limits and policy of the peer set. */
    /**
     * Limits and policy of the peer set. {@code duplicateGraceMillis}: how young a session may be and
     * still give way to a second connection of the same node (the two ends of a simultaneous dial must
     * keep the same one); an older session always stays. {@code maxInbound}: the inbound slots (the
     * outbound connections keep the rest); {@code stableMillis}: how long a connection must have lasted
     * for its end to reset the redial backoff.
     */
    public record Policy(int maxPeers, int targetOutbound, BanScope banScope, Backoff backoff,
            Backoff learnedBackoff, long duplicateGraceMillis, int maxInbound, int maxInboundPerIp,
            int maxInboundPerGroup, long stableMillis) {
    }

    private final EventLoop loop;
    private final Policy policy;
    private final String selfNodeId;
    private final BanList bans;
    private final P2pMetrics metrics;
    private final LongSupplier clock;
    private final Function<PeerAddress, CompletableFuture<Session>> connector;
    /** Addresses dialed, by {@link PeerAddress#endpoint()}, so that one endpoint has one place. */
    private final Map<PeerAddress, Target> targets = new LinkedHashMap<>();
    private final Set<Session> sessions = new LinkedHashSet<>();
    private final Map<String, Session> byNode = new HashMap<>();
    private final Set<PeerAddress> learned = new LinkedHashSet<>();
    private boolean closed;

    public PeerManager(EventLoop loop, Policy policy, String selfNodeId, BanList bans, P2pMetrics metrics,
            LongSupplier clock, Function<PeerAddress, CompletableFuture<Session>> connector) {
        this.loop = loop;
        this.policy = policy;
        this.selfNodeId = selfNodeId;
        this.bans = bans;
        this.metrics = metrics;
        this.clock = clock;
        this.connector = connector;
    }

    /**
     * Keeps the address connected for good: a configured peer, one added through the API, or one found
     * through DNS.
     *
     * An address that dials an endpoint kept already ({@link PeerAddress#endpoint()}: {@code localhost:3001}
     * when {@code 127.0.0.1:3001} is kept) takes no second place: the kept one is made permanent.
     *
     * @return the address kept for that endpoint, as first given
     * @throws PeerLimitException if {@value #MAX_PERMANENT} addresses are kept for good already
     */
    public PeerAddress addPermanent(PeerAddress address) {
        Target existing = targets.get(address.endpoint());
        if (existing != null) {
            existing.permanent = true;
            return existing.address;
        }
        if (targets.values().stream().filter(t -> t.permanent).count() >= MAX_PERMANENT) {
            throw new PeerLimitException("this node keeps at most " + MAX_PERMANENT + " peers it dials for good;"
                    + " remove one first (DELETE /api/peers/{address})");
        }
        Target target = new Target(address, true);
        targets.put(address.endpoint(), target);
        dial(target);
        return address;
    }

    /** Stops dialing the address and closes its session; false if it was not a peer. */
    public boolean remove(PeerAddress address) {
        Target target = targets.remove(address.endpoint());
        if (target == null) {
            return false;
        }
        loop.cancel(target.timerId);
        target.session.ifPresent(s -> s.close("removed by the operator"));
        target.nodeId.map(byNode::get).filter(s -> s.dialed().equals(Optional.of(target.address)) || target.session.isEmpty())
                .ifPresent(s -> s.close("removed by the operator"));
        return true;
    }

    public boolean isPermanent(PeerAddress address) {
        Target t = targets.get(address.endpoint());
        return t != null && t.permanent;
    }

    /**
     * Remembers addresses from a {@code peers} message, to dial when outbound connections are missing:
     * at most {@value #MAX_LEARNED_PER_ANSWER} of one answer (what a node shares), and when the table of
     * {@value #MAX_LEARNED} is full a new address takes the place of a random one, so no peer can
     * freeze the table with its own addresses.
     */
    public void learn(Collection<String> addresses, Session from) {
        int taken = 0;
        for (String text : addresses) {
            if (taken++ == MAX_LEARNED_PER_ANSWER) {
                break;
            }
            PeerAddress address;
            try {
                address = PeerAddress.parse(text);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (learned.contains(address.endpoint()) || targets.containsKey(address.endpoint())) {
                continue;
            }
            if (learned.size() >= MAX_LEARNED) {
                int drop = java.util.concurrent.ThreadLocalRandom.current().nextInt(learned.size());
                var it = learned.iterator();
                for (int i = 0; i < drop; i++) {
                    it.next();
                }
                it.next();
                it.remove();
            }
            learned.add(address.endpoint());
        }
    }

    /** Dials learned addresses while fewer than {@code target-outbound} outbound sessions are open or opening. */
    public void fillOutbound() {
        long outbound = targets.values().stream().filter(t -> t.session.isPresent()
                || t.state == PeerState.CONNECTING).count();
        var candidates = learned.iterator();
        while (outbound < policy.targetOutbound() && candidates.hasNext()) {
            PeerAddress address = candidates.next();
            candidates.remove();
            if (!targets.containsKey(address.endpoint()) && !isBanned(policy.banScope().key(address.host(), address.port()))) {
                Target target = new Target(address, false);
                targets.put(address.endpoint(), target);
                dial(target);
                outbound++;
            }
        }
    }

    private void dial(Target target) {
        if (closed || targets.get(target.address.endpoint()) != target) {
            return;
        }
        // A configured peer is dialled whatever is banned under its address: another peer may share the key.
        Optional<BanList.Ban> ban = target.permanent ? Optional.empty()
                : bans.find(policy.banScope().key(target.address.host(), target.address.port()));
        if (ban.isPresent()) {
            target.state = PeerState.BANNED;
            schedule(target, Math.max(1, ban.get().until().toEpochMilli() - clock.getAsLong()));
            return;
        }
        if (isCovered(target)) {
            target.state = PeerState.CONNECTED;
            return;
        }
        target.state = PeerState.CONNECTING;
        connector.apply(target.address).whenComplete((session, error) -> {
            if (error == null) {
                target.session = Optional.of(session);
                if (targets.get(target.address.endpoint()) != target) {
                    session.close("removed by the operator");
                }
            } else {
                LOG.debugf("Cannot reach %s: %s", target.address, error.getMessage());
                target.unreachable++;
                failed(target);
            }
        });
    }

    private boolean isCovered(Target target) {
        return target.nodeId.map(byNode::containsKey).orElse(false);
    }

    /**
     * The target's connection failed or ended: dial again after its backoff. A learned address that
     * could not even be reached {@value #LEARNED_MAX_FAILURES} times in a row is forgotten; one that was
     * reached and then closed (by either side's limits, say) is kept and retried later.
     */
    private void failed(Target target) {
        failed(target, false);
    }

    /**
     * As {@link #failed(Target)}; {@code flapped}: the peer completed its handshake and the connection
     * ended before it was stable. Such a peer is reachable and chose to leave: it gets the long backoff
     * of learned addresses, while a configured peer that cannot be reached is redialled within seconds
     * (a network that heals finds its links again at once).
     */
    private void failed(Target target, boolean flapped) {
        target.failures++;
        if (!target.permanent && target.unreachable >= LEARNED_MAX_FAILURES) {
            targets.remove(target.address.endpoint());
            return;
        }
        target.state = PeerState.BACKING_OFF;
        Backoff backoff = target.permanent && !flapped ? policy.backoff() : policy.learnedBackoff();
        schedule(target, backoff.delayMillis(target.failures - 1));
    }

    private void schedule(Target target, long delayMillis) {
        if (closed) {
            return;
        }
        loop.cancel(target.timerId);
        target.nextAttemptAt = clock.getAsLong() + delayMillis;
        target.timerId = loop.timer(delayMillis, () -> dial(target));
    }

    /**
     * Why a new inbound connection from {@code host} does not fit, or empty if it may go on to its
     * handshake: at most {@code max-inbound-per-ip} inbound connections (open or in their handshake)
     * from one IP, at most {@code max-inbound-per-group} from one network group. Whether a slot is free
     * is decided once the peer proved who it is ({@link #admit}).
     */
    public Optional<String> inboundRefusal(String host) {
        String group = NetGroup.of(host);
        int fromHost = 0;
        int fromGroup = 0;
        for (Session s : sessions) {
            if (s.direction() == Direction.INBOUND && !s.isClosed() && !isExempt(s)) {
                if (s.remoteHost().equals(host)) {
                    fromHost++;
                }
                if (NetGroup.of(s.remoteHost()).equals(group)) {
                    fromGroup++;
                }
            }
        }
        if (fromHost >= policy.maxInboundPerIp()) {
            return Optional.of("too many connections from " + host);
        }
        if (fromGroup >= policy.maxInboundPerGroup()) {
            return Optional.of("too many connections from " + group);
        }
        return Optional.empty();
    }

    public void opened(Session session) {
        sessions.add(session);
    }

    /** The connection leads back to this node: its address is never dialed again. */
    public void self(Session session) {
        session.dialed().map(a -> targets.get(a.endpoint())).ifPresent(t -> t.state = PeerState.SELF);
    }

    /**
     * Admits a session whose identity is proven, or says why it must close: a second connection to
     * one node (an established session stays; of two that are both younger than the grace, the one
     * dialed by the lower nodeId stays, so both ends agree), or no room left.
     */
    public Optional<String> admit(Session session) {
        String nodeId = session.nodeId().orElseThrow();
        Optional<Target> target = session.dialed().map(a -> targets.get(a.endpoint()));
        target.ifPresent(t -> t.nodeId = Optional.of(nodeId));
        if (nodeId.equals(selfNodeId)) {
            target.ifPresent(t -> t.state = PeerState.SELF);
            return Optional.of("connected to myself");
        }
        Session existing = byNode.get(nodeId);
        if (existing != null) {
            boolean established = clock.getAsLong() - existing.admittedAt() > policy.duplicateGraceMillis();
            if (established || !dialedByLowerId(session, nodeId) || dialedByLowerId(existing, nodeId)) {
                target.ifPresent(t -> t.state = PeerState.CONNECTED);
                return Optional.of("duplicate connection");
            }
            existing.close("duplicate connection");
            forget(existing);
        } else if (session.direction() == Direction.INBOUND && !isExempt(session)) {
            List<Session> inbound = byNode.values().stream()
                    .filter(s -> s.direction() == Direction.INBOUND && !isExempt(s)).toList();
            if (inbound.size() >= policy.maxInbound()) {
                Optional<Session> victim = Eviction.select(inbound);
                if (victim.isEmpty()) {
                    metrics.refused("full");
                    return Optional.of("too many peers");
                }
                LOG.infof("Evicting %s to make room for %s", victim.get(), session);
                metrics.refused("evicted");
                victim.get().close("evicted: room for a newer peer");
                forget(victim.get());
            }
        }
        // Outbound connections never wait for room: their slots (target-outbound and the configured
        // peers) are theirs alone, so inbound connections cannot take them.
        byNode.put(nodeId, session);
        metrics.peerConnected(session.direction());
        target.ifPresent(t -> {
            t.state = PeerState.CONNECTED;
            t.unreachable = 0;
        });
        return Optional.empty();
    }

    private boolean dialedByLowerId(Session s, String remoteId) {
        boolean selfLower = selfNodeId.compareTo(remoteId) < 0;
        return s.direction() == Direction.OUTBOUND ? selfLower : !selfLower;
    }

    /**
     * Whether the session is a configured peer's, and so outside every limit: one this node dialed to a
     * configured address, or one whose proven node id is that of a configured peer (learned when this
     * node reached it). Never by the address a peer claims to listen on: anyone behind the same IP
     * could claim a configured peer's port.
     */
    public boolean isExempt(Session session) {
        if (session.dialed().map(this::isPermanent).orElse(false)) {
            return true;
        }
        return session.nodeId().isPresent()
                && targets.values().stream().anyMatch(t -> t.permanent && t.nodeId.equals(session.nodeId()));
    }

    /**
     * A session ended: forget it, and dial again what it served. The redial backoff starts over only
     * if the session had lasted {@code stableMillis} (a ping interval) since its handshake: a peer that
     * completes the handshake and closes at once keeps doubling its delay like one that cannot be reached.
     */
    public void closed(Session session) {
        forget(session);
        boolean stable = session.isHandshaken() && clock.getAsLong() - session.admittedAt() >= policy.stableMillis();
        for (Target t : new ArrayList<>(targets.values())) {
            boolean own = t.session.map(s -> s == session).orElse(false);
            if (own) {
                t.session = Optional.empty();
            }
            if (t.state == PeerState.SELF) {
                continue;
            }
            if (own && session.isHandshaken() && byNode.get(session.nodeId().get()) == null
                    && t.state == PeerState.CONNECTED) {
                if (stable) {
                    t.failures = 0;
                }
                failed(t, !stable);
            } else if (own && t.state != PeerState.CONNECTED) {
                failed(t);
            } else if (!own && t.session.isEmpty() && t.nodeId.equals(session.nodeId())
                    && t.state == PeerState.CONNECTED && !isCovered(t)) {
                if (stable) {
                    t.failures = 0;
                }
                failed(t, !stable);
            }
        }
    }

    private void forget(Session session) {
        if (sessions.remove(session) && session.nodeId().map(id -> byNode.get(id) == session).orElse(false)) {
            byNode.remove(session.nodeId().get());
            metrics.peerDisconnected(session.direction());
        }
    }

    /**
     * Lifts every ban on the IP {@code host} (in {@link PeerAddress#host()}'s spelling): a ban of the host
     * whatever the port, and a ban of one of its host:port addresses when {@code port} is empty or is that
     * port. A dialed address that waited out such a ban is dialed again at once.
     *
     * @return the bans lifted; empty when none matched
     */
    public List<BanList.Ban> liftBans(String host, OptionalInt port) {
        List<BanList.Ban> lifted = new ArrayList<>();
        for (BanList.Ban ban : bans.active()) {
            if (ban.key().equals(host) || bannedAddress(ban).filter(a -> a.host().equals(host)
                    && (port.isEmpty() || port.getAsInt() == a.port())).isPresent()) {
                bans.lift(ban.key());
                lifted.add(ban);
            }
        }
        if (!lifted.isEmpty()) {
            for (Target target : List.copyOf(targets.values())) {
                if (target.state == PeerState.BANNED && target.address.host().equals(host)) {
                    loop.cancel(target.timerId);
                    dial(target);
                }
            }
        }
        return lifted;
    }

    /** The host:port of a ban of scope {@code ADDRESS}; empty for a ban of a whole host. */
    private static Optional<PeerAddress> bannedAddress(BanList.Ban ban) {
        try {
            return Optional.of(PeerAddress.parse(ban.key()));
        } catch (IllegalArgumentException hostOnly) {
            return Optional.empty();
        }
    }

    public String banKey(Session session) {
        int port = session.listenAddress().map(PeerAddress::port).orElse(session.remotePort());
        return policy.banScope().key(session.remoteHost(), port);
    }

    public boolean isBanned(String banKey) {
        return bans.isBanned(banKey);
    }

    /** Every open session, handshake done or not. */
    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    /** Sessions whose handshake is done, one per remote node. */
    public List<Session> connected() {
        return List.copyOf(byNode.values());
    }

    /** Addresses to share in a {@code peers} message: where connected nodes listen, except the asker. */
    public List<String> shareable(Session asking) {
        List<String> out = new ArrayList<>();
        for (Session s : byNode.values()) {
            if (s != asking && out.size() < MAX_SHARED) {
                s.listenAddress().ifPresent(a -> out.add(a.toString()));
            }
        }
        return out;
    }

    /** Every peer: the dialed addresses, the inbound nodes, the banned addresses. */
    public List<PeerView> views() {
        return new PeerViews(bans, policy.banScope()).of(targets.values(), byNode);
    }

    /** Stops dialing; the caller closes the sessions. */
    public void close() {
        closed = true;
        targets.values().forEach(t -> loop.cancel(t.timerId));
    }
}
