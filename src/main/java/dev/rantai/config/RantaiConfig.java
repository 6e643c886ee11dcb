package dev.rantai.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.rantai.chain.store.SyncMode;
import dev.rantai.p2p.BookInbound;
import dev.rantai.p2p.peer.BanScope;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of a node. Each key is also an environment variable: {@code rantai.p2p.port}
 * is {@code RANTAI_P2P_PORT}. A value out of range stops the start with a message naming the key: the
 * ranges in the Javadoc below are checked by {@link RantaiConfigValidator}, in code rather than with Bean
 * Validation annotations, which would make every start build a Hibernate Validator factory. A new key
 * with a range gets its rule there, not an annotation here.
 */
@ConfigMapping(prefix = "rantai")
public interface RantaiConfig {

    /** Directory of the chain database ({@code chain.db}) and the node's identity. */
    @WithDefault("data")
    Path dataDir();

    Chain chain();

    Store store();

    Mining mining();

    P2p p2p();

    Api api();

    Http http();

    Console console();

    interface Chain {
        /** Proof of work: leading zero bits every block hash needs, 0 to 255. Part of the network's identity. */
        @WithDefault("16")
        int difficulty();

        /** Data of the genesis block, not blank. Part of the network's identity. */
        @WithDefault("Genesis Block")
        String genesisData();

        /** Largest block data accepted, in UTF-8 bytes: 1 to 262144. */
        @WithDefault("65536")
        int maxDataBytes();

        /** How far a block's timestamp may be ahead of this node's clock; zero or positive. */
        @WithDefault("2M")
        Duration maxFutureDrift();

        /**
         * Deepest reorg taken, in blocks below the tip, at least 1: a branch that forks deeper is refused,
         * and side blocks that fall this far behind are deleted.
         */
        @WithDefault("10000")
        int maxReorgDepth();

        /** Store space side branches may take (their oldest blocks are deleted past it); zero or more. */
        @WithDefault("32M")
        MemorySize sideBranchBudget();
    }

    interface Store {
        /** SQLite synchronous mode of the writer: off, normal (survives a process crash) or full (also power loss). */
        @WithDefault("normal")
        SyncMode sync();
    }

    interface Mining {
        /** Threads that search nonces for one block, 1 to 256. */
        @WithDefault("1")
        int threads();

        /** Submissions that may wait to be mined before new ones are refused with 503; at least 1. */
        @WithDefault("10000")
        int maxQueued();
    }

    interface P2p {
        /** Whether the peer-to-peer service runs at all. */
        @WithDefault("true")
        boolean enabled();

        /** Address the P2P server binds to. */
        @WithDefault("0.0.0.0")
        String host();

        /** TCP port of the P2P server, 0 to 65535; 0 picks a free one. */
        @WithDefault("3000")
        int port();

        /** Address other nodes should dial to reach this one (host:port), if not the bind address. */
        Optional<String> advertisedAddress();

        /** Peers to keep connected, comma-separated host:port. Never given up. */
        Optional<List<String>> peers();

        /** Nodes of the book (chapter 5) that receive each new tip in the book's format, host:port. */
        Optional<List<String>> bookPeers();

        /** Most connected peers, at least 1; configured peers do not count against it. */
        @WithDefault("32")
        int maxPeers();

        /** Outbound connections the node tries to keep (0 or more), using addresses learned from peers. */
        @WithDefault("8")
        int targetOutbound();

        /** Longest line accepted from a peer, in bytes; at least 1024. */
        @WithDefault("1048576")
        int maxFrameBytes();

        /** Time a new connection has to complete its handshake (TLS, hello and auth). */
        @WithDefault("5S")
        Duration handshakeTimeout();

        /** A connection silent for this long is closed; pings are sent at a third of it. */
        @WithDefault("60S")
        Duration idleTimeout();

        /**
         * A peer whose send queue stays over its high-water mark this long (it does not read what this
         * node sends) is disconnected.
         */
        @WithDefault("30S")
        Duration sendTimeout();

        /**
         * Inbound connections from one IP address, at most (docs/protocol.md, Connection slots). Nodes
         * that share one address (the book's network on one machine) need it raised.
         */
        @WithDefault("2")
        int maxInboundPerIp();

        /** Inbound connections from one network group (an IPv4 /16, an IPv6 /32), at most. */
        @WithDefault("4")
        int maxInboundPerGroup();

        /** How often a peer is pinged; a ping unanswered for {@code ping-timeout} closes the connection. */
        @WithDefault("5S")
        Duration pingInterval();

        /** How long a ping may wait for its pong before the connection is taken for dead and redialled. */
        @WithDefault("5S")
        Duration pingTimeout();

        /**
         * Who may append blocks with the book's one-line format: {@code off}, {@code allowlist} (the hosts
         * of {@code book-allowlist}) or {@code open}. Unset: {@code open} on a node without an API token and
         * without a shared secret, {@code off} otherwise (the book path must not bypass them).
         */
        Optional<BookInbound> bookInbound();

        /** Hosts (IP addresses) allowed to send book lines with {@code book-inbound=allowlist}. */
        Optional<List<String>> bookAllowlist();

        /** How long a misbehaving address is refused. */
        @WithDefault("10M")
        Duration banDuration();

        /**
         * What a ban refuses: {@code host} (the remote IP address) or {@code address} (IP and port:
         * for several nodes on one IP, such as a network on one machine). See docs/protocol.md.
         */
        @WithDefault("host")
        BanScope banScope();

        Discovery discovery();

        /**
         * Shared secret of a private network: when set, each side of a handshake proves it knows it
         * (HMAC-SHA256 over the handshake transcript, the dialer first; docs/protocol.md).
         */
        Optional<String> secret();

        Tls tls();

        /** TLS for peer connections, from PEM files. Nodes with and without TLS cannot talk to each other. */
        interface Tls {
            /** Whether the P2P server and the connections this node dials use TLS. */
            @WithDefault("false")
            boolean enabled();

            /** PEM file with this node's certificate (chain); required when TLS is enabled. */
            Optional<String> cert();

            /** PEM file with the private key of the certificate (PKCS#8 or PKCS#1); required when TLS is enabled. */
            Optional<String> key();

            /**
             * PEM file with the certificates this node trusts. When set, both sides of every
             * connection must present a certificate signed by one of them (mutual TLS); when not,
             * the JDK's default authorities verify the nodes it dials and inbound nodes need none.
             */
            Optional<String> trust();
        }

        interface Discovery {
            /** name:port resolved periodically; every address it returns is dialled (a headless Service). */
            Optional<String> dns();

            /** How often the DNS name is resolved again. */
            @WithDefault("30S")
            Duration dnsInterval();
        }
    }

    interface Api {
        /** When set, every write (submit a block, add or remove a peer) needs Authorization: Bearer with it. */
        Optional<String> token();
    }

    interface Http {
        /**
         * Host names a browser may reach this node by, besides IP addresses and {@code localhost} (and its
         * subdomains), which are always allowed: a browser request with another name in its {@code Host} is
         * refused, so a page of another site whose name is made to resolve to this node (DNS rebinding)
         * cannot use it. An entry is a name ({@code rantai.example.org}), a name with a leading dot for it
         * and its subdomains ({@code .example.org}), or {@code *} for any name (when a proxy in front checks
         * the host). Requests without browser headers (curl, scripts, probes, Prometheus) are not checked.
         */
        Optional<List<String>> allowedHosts();
    }

    interface Console {
        /** Read lines from standard input and submit each as a block, as the book's nodes do. */
        @WithDefault("false")
        boolean enabled();
    }
}
