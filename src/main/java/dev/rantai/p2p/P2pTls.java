package dev.rantai.p2p;

import java.nio.file.Path;
import java.util.Optional;

/**
 * TLS for peer connections from PEM files: this node's certificate chain and private key, and
 * optionally the certificates it trusts. With {@code trust} set, both sides must present a
 * certificate signed by it (mutual TLS); without it, the JDK's default authorities verify the
 * server and clients need no certificate. Peers are dialed by IP, so host names are not
 * verified: the trusted certificates decide who belongs to the network. The files are read when the
 * transport makes its server and clients; a node's settings were checked before (dev.rantai.config).
 */
public record P2pTls(Path cert, Path key, Optional<Path> trust) {
}
