package dev.rantai.p2p.peer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import dev.rantai.p2p.wire.Excerpt;

/**
 * A host and TCP port where a node listens, written {@code host:port} ({@code [::1]:3000} for IPv6).
 * The host is an IPv4 address in dotted-quad form, an IPv6 address, or a DNS name of at most
 * {@value #MAX_HOST_CHARS} characters in labels of 1..63 letters, digits and hyphens (RFC 1123,
 * section 2.1), kept in lowercase; the port is 1..65535. Every address, from the configuration, the
 * API, a peer's {@code peers} message or DNS, is checked by these rules before it is kept.
 */
public record PeerAddress(String host, int port) {
    public static final int MAX_HOST_CHARS = 253;
    /** The longest {@code host:port} text: a DNS name of 253 characters, a colon and five digits. */
    public static final int MAX_TEXT_CHARS = MAX_HOST_CHARS + 6;

    public PeerAddress {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the host is empty");
        }
        boolean ipv6 = host.indexOf(':') >= 0;
        String canonical = ipv6 ? canonicalIpv6(host) : host.toLowerCase(Locale.ROOT);
        String problem = ipv6 ? (canonical == null ? "not an IPv6 address" : null) : hostProblem(host);
        if (problem != null) {
            throw new IllegalArgumentException("'" + Excerpt.of(host) + "' is not a host: " + problem);
        }
        host = canonical;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be 1..65535, was " + port);
        }
    }

    /**
     * Parses {@code host:port}; the message says what is wrong with a bad one. Plain spaces around it are
     * forgiven; a control, format or other invisible character anywhere is refused, never dropped, so
     * what is kept is what was sent.
     */
    public static PeerAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("an address is at most " + MAX_TEXT_CHARS + " characters, this one has "
                    + s.length());
        }
        String raw = text == null ? "" : text;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT)) {
                throw new IllegalArgumentException("the address holds an invisible or control character (U+"
                        + String.format("%04X", (int) c) + " at " + i + "); give plain host:port");
            }
        }
        int scheme = s.indexOf("://");
        if (scheme > 0 && s.substring(0, scheme).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
                || c == '-' || c == '.')) {
            throw new IllegalArgumentException("'" + Excerpt.of(s) + "' is a URL; give host:port without a scheme,"
                    + " e.g. 127.0.0.1:3001");
        }
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + Excerpt.of(s) + "' is not host:port");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
            if (host.indexOf(':') < 0) {
                throw new IllegalArgumentException("'" + Excerpt.of(s) + "': brackets are for IPv6 addresses only");
            }
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + Excerpt.of(s) + "': write an IPv6 host in brackets, [::1]:3000");
        }
        String port = s.substring(colon + 1);
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + Excerpt.of(s) + "': the port is not a number 1..65535");
        }
        return new PeerAddress(host, Integer.parseInt(port));
    }

    /** Whether {@link #parse} takes the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Why the text (a name or an IPv4 address: no colon) is not a host, or null if it is one. Never resolves a name. */
    static String hostProblem(String host) {
        if (host.length() > MAX_HOST_CHARS) {
            return "longer than " + MAX_HOST_CHARS + " characters";
        }
        String[] labels = host.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) {
                return "a label of a name must have 1..63 characters";
            }
            if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
                return "a label of a name must not start or end with a hyphen";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!(digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                    return "only letters, digits, hyphens and dots are allowed in a name";
                }
                numeric &= digit;
            }
        }
        if (numeric) {
            return isIpv4(labels) ? null : "not an IPv4 address";
        }
        return null;
    }

    private static boolean isIpv4(String[] labels) {
        if (labels.length != 4) {
            return false;
        }
        for (String label : labels) {
            if (label.length() > 3 || Integer.parseInt(label) > 255 || label.length() > 1 && label.charAt(0) == '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * An IPv6 address in the one text form of RFC 5952, section 4: lower case, no leading zeros, the
     * longest run of two or more zero groups as {@code ::} (the first of equal runs), so
     * {@code [0:0:0:0:0:0:0:1]}, {@code [0::1]} and {@code [::1]} are one peer, not three; or null when
     * the text is not an IPv6 address. A literal is parsed, never looked up. An IPv4-mapped address
     * ({@code ::ffff:127.0.0.1}) becomes the IPv4 address it maps. A zone ({@code fe80::1%eth0}, as a
     * link-local peer's address comes off a socket) is kept as given and left out of the parse: it may
     * name an interface this machine does not have.
     */
    static String canonicalIpv6(String host) {
        int percent = host.indexOf('%');
        String zone = percent >= 0 ? host.substring(percent) : "";
        String literal = percent >= 0 ? host.substring(0, percent) : host;
        if (percent >= 0 && (zone.length() == 1 || zone.length() > 16 || !zone.substring(1).chars().allMatch(
                c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '_' || c == '.' || c == '-'))) {
            return null;
        }
        if (literal.length() > 45 || !literal.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
                || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
            return null;
        }
        byte[] bytes;
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof java.net.Inet4Address) {
                return address.getHostAddress();
            }
            bytes = address.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text + zone;
    }

    /**
     * This address as the one key of the endpoint it dials, whatever its spelling: {@code localhost} is
     * {@code 127.0.0.1}, where it resolves first (IPv4 preferred, as Vert.x does). An IPv6 zone
     * (RFC 6874) counts only on a link-local address, where it names this host's interface: by its name when
     * the interface exists ({@code %2} and {@code %eth0} are one), else as given; on any other address it is
     * dropped ({@code [::1%lo]} is {@code [::1]}). Other hosts have one spelling already (names in lower case,
     * without a trailing dot; IPv6 in RFC 5952's form), and other loopback addresses stay endpoints of their
     * own: a node may listen on {@code 127.0.0.1} and not on {@code ::1} or {@code 127.0.0.2}.
     */
    public PeerAddress endpoint() {
        if (host.equals("localhost")) {
            return new PeerAddress("127.0.0.1", port);
        }
        int percent = host.indexOf('%');
        if (percent < 0) {
            return this;
        }
        String literal = host.substring(0, percent);
        if (!isLinkLocal(literal)) {
            return new PeerAddress(literal, port);
        }
        String zone = host.substring(percent + 1);
        // no such interface here: the zone stays as given
        return zoneInterface(zone).filter(nic -> !nic.getName().equals(zone))
                .map(nic -> new PeerAddress(literal + "%" + nic.getName(), port)).orElse(this);
    }

    /** Whether an IPv6 literal (without its zone) is link-local, {@code fe80::/10}, in RFC 5952's lower case. */
    private static boolean isLinkLocal(String literal) {
        return literal.indexOf(':') >= 0 && (literal.startsWith("fe8") || literal.startsWith("fe9")
                || literal.startsWith("fea") || literal.startsWith("feb"));
    }

    /** The interface of this host that a zone names, by index (digits) or by name; empty if there is none. */
    private static Optional<java.net.NetworkInterface> zoneInterface(String zone) {
        try {
            return Optional.ofNullable(zone.chars().allMatch(c -> c >= '0' && c <= '9') && zone.length() <= 9
                    ? java.net.NetworkInterface.getByIndex(Integer.parseInt(zone))
                    : java.net.NetworkInterface.getByName(zone));
        } catch (java.net.SocketException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the host is an IP address, IPv4 or IPv6, rather than a DNS name. Bans are kept by IP. */
    public boolean isIpLiteral() {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }

    /**
     * Why no connection can be made to this address from this host, as it is written, or empty: a link-local
     * IPv6 address ({@code fe80::/10}) is reached through one interface, so it needs the zone of one this host
     * has, by name or index (RFC 4007, section 11; RFC 6874); any other address takes no zone. Nothing is looked
     * up but the local interfaces.
     */
    public Optional<String> zoneProblem() {
        int percent = host.indexOf('%');
        String literal = percent < 0 ? host : host.substring(0, percent);
        if (!isLinkLocal(literal)) {
            return percent < 0 ? Optional.empty()
                    : Optional.of(host + " has a zone, which only a link-local address (fe80::/10) takes: give ["
                            + literal + "]:" + port);
        }
        if (percent < 0) {
            return Optional.of(host + " is link-local: give the interface it is reached through as its zone, e.g. ["
                    + host + "%eth0]:" + port);
        }
        String zone = host.substring(percent + 1);
        return zoneInterface(zone).isPresent() ? Optional.empty()
                : Optional.of("this host has no network interface '" + zone + "' (the zone of " + host
                        + "): give one it has, by name or index (ip link lists them)");
    }

    /** Whether the two addresses dial the same endpoint ({@link #endpoint()}). */
    public boolean sameEndpoint(PeerAddress other) {
        return endpoint().equals(other.endpoint());
    }

    /** Whether two host names or addresses are the same host, every loopback spelling counting as one. */
    public static boolean sameHost(String a, String b) {
        return a.equalsIgnoreCase(b) || isLoopback(a) && isLoopback(b);
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
