package dev.rantai.p2p.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into the addresses it stands for. May block: it is called off the event loop. */
@FunctionalInterface
public interface AddressResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /**
     * The JDK's resolver ({@link InetAddress#getAllByName}): every A and AAAA record. The JDK
     * caches answers for {@code networkaddress.cache.ttl} (30 s by default).
     */
    static AddressResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
