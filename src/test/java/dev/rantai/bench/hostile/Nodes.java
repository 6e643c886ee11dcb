package dev.rantai.bench.hostile;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The processes of one run: the target T (its pid, data directory and log, for the monitor), the honest
 * source (blocks are submitted to it) and sink (where their arrival through T is measured), and an optional
 * extra node some attacks use. All listen on 127.0.0.1; ports are -1 where a node is absent.
 */
record Nodes(int targetHttp, int targetP2p, long targetPid, Path targetDir, Path targetLog, int sourceHttp,
        int sourceP2p, int sinkHttp, int sinkP2p, int extraHttp, int extraP2p) {

    InetSocketAddress targetAddress() {
        return new InetSocketAddress("127.0.0.1", targetP2p);
    }

    InetSocketAddress sourceAddress() {
        return new InetSocketAddress("127.0.0.1", sourceP2p);
    }

    static String address(int p2pPort) {
        return "127.0.0.1:" + p2pPort;
    }
}
