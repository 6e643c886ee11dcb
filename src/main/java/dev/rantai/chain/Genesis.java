package dev.rantai.chain;

import java.nio.charset.StandardCharsets;

/** The deterministic first block: its hash is the network's identity. */
public final class Genesis {
    private Genesis() {
    }

    /** Index 0, timestamp 0, a zero previous hash, the genesis data and the first nonce that satisfies the difficulty. */
    public static Block create(ChainParams params) {
        byte[] header = BlockHeader.encode(0, 0, new byte[Hashes.HASH_BYTES],
                Hashes.sha256(params.genesisData().getBytes(StandardCharsets.UTF_8)), params.difficulty(), 0);
        // One thread: "the first nonce" must not depend on how many threads found one.
        try (ProofOfWork pow = new ProofOfWork(1)) {
            long nonce = pow.mine(header, params.difficulty(), () -> false).orElseThrow();
            BlockHeader.putNonce(header, nonce);
            return new Block(0, 0, params.genesisData(), Hashes.ZERO_HASH, params.difficulty(), nonce,
                    Hashes.hex(Hashes.sha256(header)));
        }
    }
}
