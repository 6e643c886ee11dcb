package dev.rantai.p2p.peer;

/** A host and TCP port where a node listens, written {@code host:port} ({@code [::1]:3000} for IPv6). */
public record PeerAddress(String host, int port) {

    public PeerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be 1..65535, was " + port);
        }
    }

    /** Parses {@code host:port}; the message says what is wrong with a bad one. */
    public static PeerAddress parse(String text) {
        String s = text == null ? "" : text.trim();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + s + "' is not host:port");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + s + "': write an IPv6 host in brackets, [::1]:3000");
        }
        try {
            return new PeerAddress(host, Integer.parseInt(s.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "': the port is not a number");
        }
    }

    /** The same listening endpoint, counting every loopback name as one host. */
    public boolean sameEndpoint(PeerAddress other) {
        return port == other.port && sameHost(host, other.host);
    }

    /** Whether two host names or addresses are the same host, every loopback spelling counting as one. */
    public static boolean sameHost(String a, String b) {
        return a.equals(b) || isLoopback(a) && isLoopback(b);
    }

    public static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
