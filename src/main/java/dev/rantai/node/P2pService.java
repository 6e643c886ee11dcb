package dev.rantai.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.rantai.chain.ChainService;
import dev.rantai.config.RantaiConfig;
import dev.rantai.p2p.BookInbound;
import dev.rantai.p2p.P2pConfig;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.P2pSecurity;
import dev.rantai.p2p.P2pTls;
import dev.rantai.p2p.discovery.AddressResolver;
import dev.rantai.p2p.discovery.DnsDiscovery;
import dev.rantai.p2p.handshake.NodeKey;
import dev.rantai.p2p.peer.PeerAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Runs the P2P node with the application: started on {@link StartupEvent}, closed on
 * {@link ShutdownEvent} so a dev-mode reload finds its port free again.
 */
@Singleton
public class P2pService {
    private static final Logger LOG = Logger.getLogger(P2pService.class);

    private final RantaiConfig config;
    private final ChainService chain;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final String version;
    private volatile P2pNode node;
    private volatile DnsDiscovery discovery;

    P2pService(RantaiConfig config, ChainService chain, Vertx vertx, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.config = config;
        this.chain = chain;
        this.vertx = vertx;
        this.registry = registry;
        this.version = version;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.p2p().enabled()) {
            LOG.info("P2P is disabled (rantai.p2p.enabled=false): this node talks to no other node");
            return;
        }
        P2pConfig p2pConfig = p2pConfig();
        P2pNode started = new P2pNode(vertx, chain, p2pConfig, security(), NodeKey.loadOrCreate(config.dataDir()),
                registry);
        try {
            started.start().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            started.close();
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            started.close();
            throw new IllegalStateException("the P2P server did not start within 30 s", e);
        }
        node = started;
        config.p2p().discovery().dns().ifPresent(name -> {
            discovery = new DnsDiscovery(vertx, AddressResolver.system(), PeerAddress.parse(name),
                    config.p2p().discovery().dnsInterval(), DnsDiscovery.Peers.of(started), Set.copyOf(p2pConfig.peers()));
            discovery.start();
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        DnsDiscovery finding = discovery;
        discovery = null;
        if (finding != null) {
            finding.close();
        }
        P2pNode running = node;
        node = null;
        if (running != null) {
            running.close();
        }
    }

    /** The running node; empty when P2P is disabled or stopped. */
    public Optional<P2pNode> node() {
        return Optional.ofNullable(node);
    }

    public boolean enabled() {
        return config.p2p().enabled();
    }

    /** The settings as the P2P node takes them; {@code RantaiConfigValidator} checked every value already. */
    P2pConfig p2pConfig() {
        RantaiConfig.P2p p = config.p2p();
        return new P2pConfig(p.host(), p.port(), p.advertisedAddress().map(PeerAddress::parse),
                addresses(p.peers()), addresses(p.bookPeers()),
                p.maxPeers(), p.targetOutbound(), p.maxFrameBytes(), p.handshakeTimeout(), p.idleTimeout(),
                p.banDuration(), p.banScope(), Duration.ofSeconds(1), Duration.ofSeconds(8), "rantai/" + version,
                p.sendTimeout(), p.maxInboundPerIp(), p.maxInboundPerGroup(), p.pingInterval(), p.pingTimeout(),
                bookInbound(), p.bookAllowlist().orElse(List.of()).stream().map(String::trim).filter(h -> !h.isEmpty())
                        .toList());
    }

    /** The book path as configured, or by default open only where neither a token nor a secret guards the node. */
    BookInbound bookInbound() {
        RantaiConfig.P2p p = config.p2p();
        boolean guarded = config.api().token().filter(t -> !t.isBlank()).isPresent()
                || p.secret().filter(s -> !s.isBlank()).isPresent();
        return p.bookInbound().orElse(guarded ? BookInbound.OFF : BookInbound.OPEN);
    }

    P2pSecurity security() {
        RantaiConfig.P2p p = config.p2p();
        P2pSecurity security = p.secret().filter(s -> !s.isBlank()).map(P2pSecurity::secret)
                .orElse(P2pSecurity.none());
        RantaiConfig.P2p.Tls tls = p.tls();
        if (tls.enabled()) {
            security = security.withTls(new P2pTls(Path.of(tls.cert().orElseThrow()), Path.of(tls.key().orElseThrow()),
                    tls.trust().map(Path::of)));
        }
        return security;
    }

    private static List<PeerAddress> addresses(Optional<List<String>> values) {
        return values.orElse(List.of()).stream().filter(s -> !s.isBlank()).map(PeerAddress::parse).toList();
    }
}
