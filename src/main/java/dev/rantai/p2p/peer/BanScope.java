package dev.rantai.p2p.peer;

/**
 * What a ban refuses. {@code HOST} (the default) refuses the remote IP address: a misbehaving
 * host cannot come back through a new source port. {@code ADDRESS} refuses only the remote
 * host:port (its listen port once it said hello): for several nodes sharing one IP, such as a
 * network on one machine, where banning the IP would also cut off the well-behaved nodes.
 */
public enum BanScope {
    HOST,
    ADDRESS;

    /**
     * The key a ban of this scope is kept under: the IP in its one spelling ({@link PeerAddress#host()}: an
     * IPv6 address as RFC 5952 writes it, {@code ::1} rather than the socket's {@code 0:0:0:0:0:0:0:1}), and
     * for {@code ADDRESS} with its port, {@code [::1]:3001}; so the operator can name a ban as the API shows it.
     */
    public String key(String remoteHost, int port) {
        PeerAddress address = new PeerAddress(remoteHost, Math.max(1, port));
        return this == HOST ? address.host() : address.toString();
    }
}
