package dev.rantai.p2p.peer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rantai.p2p.Session;

/** Snapshots of the peers for the API: one per dialed address, per other connected node, per other ban. */
final class PeerViews {
    private final BanList bans;
    private final BanScope scope;

    PeerViews(BanList bans, BanScope scope) {
        this.bans = bans;
        this.scope = scope;
    }

    List<PeerView> of(Collection<Target> targets, Map<String, Session> byNode) {
        List<PeerView> views = new ArrayList<>();
        Set<Session> shown = new HashSet<>();
        for (Target t : targets) {
            Optional<Session> s = t.session.filter(Session::isHandshaken)
                    .or(() -> t.nodeId.map(byNode::get).filter(x -> t.state == PeerState.CONNECTED));
            s.ifPresent(shown::add);
            Optional<BanList.Ban> ban = bans.find(scope.key(t.address.host(), t.address.port()));
            PeerState state = t.state == PeerState.CONNECTED && s.isEmpty() ? PeerState.CONNECTING : t.state;
            Optional<Instant> next = state == PeerState.BACKING_OFF || state == PeerState.BANNED
                    ? Optional.of(Instant.ofEpochMilli(t.nextAttemptAt))
                    : Optional.empty();
            views.add(view(t.address.toString(), state, s, t.permanent, ban, next));
        }
        for (Session s : byNode.values()) {
            if (!shown.contains(s)) {
                String address = s.listenAddress().map(PeerAddress::toString)
                        .orElse(s.remoteHost() + ":" + s.remotePort());
                views.add(view(address, PeerState.CONNECTED, Optional.of(s), false, Optional.empty(), Optional.empty()));
            }
        }
        for (BanList.Ban ban : bans.active()) {
            if (views.stream().noneMatch(v -> v.address().equals(ban.key()))) {
                views.add(view(ban.key(), PeerState.BANNED, Optional.empty(), false, Optional.of(ban), Optional.empty()));
            }
        }
        return views;
    }

    private static PeerView view(String address, PeerState state, Optional<Session> s, boolean configured,
            Optional<BanList.Ban> ban, Optional<Instant> next) {
        return new PeerView(address, ban.isPresent() && state != PeerState.CONNECTED ? PeerState.BANNED : state,
                s.map(x -> x.direction().id()), s.flatMap(Session::nodeId), configured,
                s.map(Session::remoteHeight).orElse(0L), s.map(x -> Instant.ofEpochMilli(x.lastReceivedAt())),
                s.map(Session::rttMillis).orElse(-1L), s.flatMap(x -> x.hello().map(h -> h.agent())),
                ban.map(BanList.Ban::reason), ban.map(BanList.Ban::until), next,
                s.map(x -> Instant.ofEpochMilli(x.admittedAt())), s.flatMap(Session::hello).map(h -> h.height()).orElse(0L));
    }
}
