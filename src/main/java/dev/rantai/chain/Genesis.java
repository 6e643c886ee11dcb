package dev.rantai.chain;

import java.nio.charset.StandardCharsets;

import dev.rantai.chain.store.ChainReader;
import dev.rantai.chain.store.StoredBlock;

/** The deterministic first block: its hash is the network's identity. */
public final class Genesis {
    private Genesis() {
    }

    /**
     * The genesis of {@code params} as a store already holds it, or mined when it holds none or
     * another network's. Mining the genesis at difficulty 16 is about 50,000 hashes, most of them
     * in the interpreter of a JVM that has just started: 0.1 to 1 s of every restart. A stored
     * genesis with these settings' fields and a valid proof of work was mined by this node when the
     * store was made, so its nonce is taken as the first; a store of other settings gets the mined
     * genesis, and opening the chain then refuses it.
     */
    public static Block of(ChainParams params, ChainReader store) {
        return store.canonicalAt(0).map(StoredBlock::block).filter(g -> isGenesisOf(params, g))
                .orElseGet(() -> create(params));
    }

    private static boolean isGenesisOf(ChainParams params, Block g) {
        return g.index() == 0 && g.timestamp() == 0 && g.previousHash().equals(Hashes.ZERO_HASH)
                && g.data().equals(params.genesisData()) && g.difficulty() == params.difficulty()
                && g.computeHash().equals(g.hash()) && ProofOfWork.satisfies(Hashes.parseHash(g.hash()), g.difficulty());
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
