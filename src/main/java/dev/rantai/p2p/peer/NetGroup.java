package dev.rantai.p2p.peer;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network group of an IP address, as Bitcoin Core groups its peers: the /16 of an IPv4 address,
 * the /32 of an IPv6 address (an IPv4-mapped one counts as IPv4). Connections from one group are
 * likely one operator's, so they share limits.
 */
public final class NetGroup {
    private NetGroup() {
    }

    /** The group of an IP literal (never looked up); a host that is not an IP literal is its own group. */
    public static String of(String ip) {
        if (!ip.isEmpty() && (Character.digit(ip.charAt(0), 16) >= 0 || ip.charAt(0) == ':')) {
            try {
                byte[] a = InetAddress.getByName(ip).getAddress();
                if (a.length == 4) {
                    return (a[0] & 0xFF) + "." + (a[1] & 0xFF) + ".0.0/16";
                }
                return String.format("%02x%02x:%02x%02x::/32", a[0], a[1], a[2], a[3]);
            } catch (UnknownHostException e) {
                return ip;
            }
        }
        return ip;
    }
}
