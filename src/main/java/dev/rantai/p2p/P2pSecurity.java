package dev.rantai.p2p;

import java.util.Optional;

import dev.rantai.p2p.handshake.SharedSecret;

/**
 * Who may join: the shared secret proven in the handshake ({@code rantai.p2p.secret}) and TLS
 * for the connections ({@code rantai.p2p.tls.*}). Both are optional and independent.
 */
public record P2pSecurity(Optional<SharedSecret> secret, Optional<P2pTls> tls) {

    public static P2pSecurity none() {
        return new P2pSecurity(Optional.empty(), Optional.empty());
    }

    public static P2pSecurity secret(String secret) {
        return new P2pSecurity(Optional.of(new SharedSecret(secret)), Optional.empty());
    }

    public P2pSecurity withTls(P2pTls newTls) {
        return new P2pSecurity(secret, Optional.of(newTls));
    }
}
