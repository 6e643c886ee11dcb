package dev.rantai.p2p;

import java.nio.file.Path;
import java.util.Optional;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;

/**
 * TLS for peer connections from PEM files: this node's certificate chain and private key, and
 * optionally the certificates it trusts. With {@code trust} set, both sides must present a
 * certificate signed by it (mutual TLS); without it, the JDK's default authorities verify the
 * server and clients need no certificate. Peers are dialed by IP, so host names are not
 * verified: the trusted certificates decide who belongs to the network. The files are read when a
 * server or client is made; a node's settings were checked before (dev.rantai.config).
 */
public record P2pTls(Path cert, Path key, Optional<Path> trust) {

    NetServerOptions apply(NetServerOptions options) {
        options.setSsl(true).setKeyCertOptions(keyCert());
        trust.ifPresent(t -> options.setTrustOptions(new PemTrustOptions().addCertPath(t.toString()))
                .setClientAuth(ClientAuth.REQUIRED));
        return options;
    }

    NetClientOptions apply(NetClientOptions options) {
        options.setSsl(true).setKeyCertOptions(keyCert()).setHostnameVerificationAlgorithm("");
        trust.ifPresent(t -> options.setTrustOptions(new PemTrustOptions().addCertPath(t.toString())));
        return options;
    }

    private PemKeyCertOptions keyCert() {
        return new PemKeyCertOptions().setCertPath(cert.toString()).setKeyPath(key.toString());
    }
}
