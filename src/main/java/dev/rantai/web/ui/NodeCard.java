package dev.rantai.web.ui;

/** This node for the overview: its identity, addresses and network parameters. */
public record NodeCard(P2pIdentity identity, String httpAddress, String genesisHash, int difficulty,
        int maxDataBytes) {
}
