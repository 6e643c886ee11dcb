package dev.rantai.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rantai.chain.ChainService;
import dev.rantai.config.RantaiConfig;
import dev.rantai.p2p.NodeIdentity;
import dev.rantai.p2p.P2pConfig;
import dev.rantai.p2p.P2pNode;
import dev.rantai.p2p.peer.PeerAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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
    private final ObjectMapper mapper;
    private final String version;
    private volatile P2pNode node;

    P2pService(RantaiConfig config, ChainService chain, Vertx vertx, MeterRegistry registry, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.config = config;
        this.chain = chain;
        this.vertx = vertx;
        this.registry = registry;
        this.mapper = mapper;
        this.version = version;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.p2p().enabled()) {
            LOG.info("P2P is disabled (rantai.p2p.enabled=false): this node talks to no other node");
            return;
        }
        P2pNode started = new P2pNode(vertx, chain, p2pConfig(), NodeIdentity.loadOrCreate(config.dataDir()),
                registry, mapper);
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
    }

    void onStop(@Observes ShutdownEvent event) {
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

    P2pConfig p2pConfig() {
        RantaiConfig.P2p p = config.p2p();
        return new P2pConfig(p.host(), p.port(), p.advertisedAddress().map(a -> parse("rantai.p2p.advertised-address", a)),
                addresses("rantai.p2p.peers", p.peers()), addresses("rantai.p2p.book-peers", p.bookPeers()),
                p.maxPeers(), p.targetOutbound(), p.maxFrameBytes(), p.handshakeTimeout(), p.idleTimeout(),
                p.banDuration(), p.banScope(), Duration.ofSeconds(1), Duration.ofSeconds(60), "rantai/" + version);
    }

    private static List<PeerAddress> addresses(String key, Optional<List<String>> values) {
        return values.orElse(List.of()).stream().filter(s -> !s.isBlank()).map(s -> parse(key, s)).toList();
    }

    private static PeerAddress parse(String key, String value) {
        try {
            return PeerAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }
}
