package dev.rantai.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.rantai.chain.AcceptResult;
import dev.rantai.chain.Block;
import dev.rantai.chain.BlockHeader;
import dev.rantai.chain.BlockRules;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.Genesis;
import dev.rantai.chain.Hashes;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.SyncMode;

/**
 * Writes a long valid chain into a data directory, through the same validation and store path as
 * blocks from a peer, for start-up, page and hostile benchmarks. Arguments: data dir, block count, difficulty,
 * and optionally the size of each block's data in UTF-8 bytes and the character that pads it to that size, as
 * a hex code point below 0x80 (default 78, {@code x}; 1 is a control character, six bytes once JSON-escaped).
 * Data larger than the default limit raises the generator's {@code max-data-bytes} to it: the nodes that open
 * the store need at least as much.
 */
public final class StoreGenerator {
    private static final int BATCH = 10_000;

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        int difficulty = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int dataBytes = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        char pad = args.length > 4 ? (char) Integer.parseInt(args[4], 16) : 'x';
        ChainParams defaults = ChainParams.defaults(difficulty);
        ChainParams params = new ChainParams(difficulty, defaults.genesisData(),
                Math.max(defaults.maxDataBytes(), dataBytes), defaults.maxFutureDrift());
        BlockRules rules = new BlockRules(params, Genesis.create(params));
        long t0 = System.nanoTime();
        try (SqliteChainStore store = SqliteFiles.openStandalone(dir, SyncMode.OFF);
                ChainService chain = new ChainService(store, rules, new ProofOfWork(1), System::currentTimeMillis,
                        1)) {
            chain.start();
            Block previous = chain.tip().block();
            // Timestamps step one millisecond per block from the past, so none is in the future.
            long timestamp = System.currentTimeMillis() - count - 1;
            try (ProofOfWork pow = new ProofOfWork(Runtime.getRuntime().availableProcessors())) {
                while (previous.index() < count) {
                    List<Block> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH && previous.index() < count; i++) {
                        previous = mine(pow, previous, ++timestamp, data(previous.index() + 1, dataBytes, pad),
                                difficulty);
                        batch.add(previous);
                    }
                    List<AcceptResult> results = chain.acceptAll(batch, BlockSource.PEER).join();
                    AcceptResult last = results.get(results.size() - 1);
                    if (!last.movedTip()) {
                        throw new IllegalStateException("generated block not accepted: " + last);
                    }
                    if (previous.index() % 100_000 == 0) {
                        System.out.printf("%d blocks, %.1f s%n", previous.index(), (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
            System.out.printf("done: height %d tip %s in %.1f s%n", chain.tip().height(), chain.tip().hash(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** "block N", padded to {@code bytes} with a one-byte character. */
    private static String data(long height, int bytes, char pad) {
        String data = "block " + height + " ";
        return bytes <= data.length() ? data.trim() : data + String.valueOf(pad).repeat(bytes - data.length());
    }

    private static Block mine(ProofOfWork pow, Block parent, long timestamp, String data, int difficulty) {
        byte[] header = BlockHeader.encode(parent.index() + 1, timestamp, Hashes.parseHash(parent.hash()),
                Hashes.sha256(data), difficulty, 0);
        long nonce = pow.mine(header, difficulty, () -> false).orElseThrow();
        BlockHeader.putNonce(header, nonce);
        return new Block(parent.index() + 1, timestamp, data, parent.hash(), difficulty, nonce,
                Hashes.hex(Hashes.sha256(header)));
    }
}
