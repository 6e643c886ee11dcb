package dev.rantai.bench.hostile;

/**
 * What an attacker's {@code hello} claims. {@code nodeId} and {@code key} null mean the connection's own
 * identity (protocol 2: a fresh key, the id derived from it; protocol 1: a random id); set, they are claimed
 * as given, whatever the connection can prove. {@code work} is a string so it can be anything.
 */
record Claim(String network, String nodeId, String key, int listenPort, long height, String tip, String work) {

    /** A peer with nothing to offer: the genesis as its tip. */
    static Claim nothing(String network, String genesis) {
        return new Claim(network, null, null, 0, 0, genesis, "1");
    }

    Claim withNodeId(String id) {
        return new Claim(network, id, key, listenPort, height, tip, work);
    }

    Claim withKey(String newKey) {
        return new Claim(network, nodeId, newKey, listenPort, height, tip, work);
    }

    Claim withChain(long newHeight, String newTip, String newWork) {
        return new Claim(network, nodeId, key, listenPort, newHeight, newTip, newWork);
    }

    Claim withListenPort(int port) {
        return new Claim(network, nodeId, key, port, height, tip, work);
    }
}
