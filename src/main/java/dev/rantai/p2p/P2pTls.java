package dev.rantai.p2p;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * TLS for peer connections from PEM files: this node's certificate chain and private key, and
 * optionally the certificates it trusts. With {@code trust} set, both sides must present a
 * certificate signed by it (mutual TLS); without it, the JDK's default authorities verify the
 * server and clients need no certificate. Peers are dialed by IP, so host names are not
 * verified: the trusted certificates decide who belongs to the network.
 */
public record P2pTls(Path cert, Path key, Optional<Path> trust) {

    public P2pTls {
        require(cert, "rantai.p2p.tls.cert");
        require(key, "rantai.p2p.tls.key");
        trust.ifPresent(t -> require(t, "rantai.p2p.tls.trust"));
    }

    private static void require(Path file, String key) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(key + ": cannot read " + file);
        }
    }

}
