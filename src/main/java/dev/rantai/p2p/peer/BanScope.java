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

    public String key(String remoteHost, int port) {
        return this == HOST ? remoteHost : new PeerAddress(remoteHost, port).toString();
    }
}
