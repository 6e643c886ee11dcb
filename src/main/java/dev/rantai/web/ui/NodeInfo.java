package dev.rantai.web.ui;

/** This node for the overview: its identity, addresses and network parameters. */
public record NodeInfo(NodeIdentity identity, String httpAddress, String genesisHash, int difficulty,
        int maxDataBytes) {
}
