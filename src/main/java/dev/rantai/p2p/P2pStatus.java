package dev.rantai.p2p;

/** Connected peers and how far the best of them is ahead (0 when none is): for readiness. */
public record P2pStatus(boolean listening, int peers, long bestPeerHeight, long blocksBehind) {
}
