package dev.rantai.chain;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Finds a nonce whose header hash has at least {@code difficulty} leading zero bits. With more
 * than one thread the nonce space is interleaved (thread i tries i, i+n, i+2n, ...), so the
 * threads never repeat each other's work. Mining can be cancelled, which the chain does when
 * its tip moves under the block being mined.
 */
public final class ProofOfWork implements AutoCloseable {
    /** Below this difficulty a block takes microseconds: handing it to other threads costs more. */
    static final int PARALLEL_FROM_DIFFICULTY = 12;
    private static final int CHECK_EVERY = 1 << 12;

    private final int threads;
    private final ExecutorService pool;
    private final LongAdder attempts = new LongAdder();

    public ProofOfWork(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("mining threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rantai-miner-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    public static boolean satisfies(byte[] hash, int difficulty) {
        return Hashes.leadingZeroBits(hash) >= difficulty;
    }

    /**
     * Searches nonces for an encoded header (whose nonce field is overwritten).
     *
     * @return the nonce found, or empty when {@code cancelled} turned true first
     */
    public OptionalLong mine(byte[] header, int difficulty, BooleanSupplier cancelled) {
        if (pool == null || difficulty < PARALLEL_FROM_DIFFICULTY) {
            return search(header, difficulty, 0, 1, cancelled, new AtomicLong(-1));
        }
        AtomicLong found = new AtomicLong(-1);
        List<Future<OptionalLong>> parts = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            long start = i;
            byte[] copy = header.clone();
            parts.add(pool.submit(() -> search(copy, difficulty, start, threads, cancelled, found)));
        }
        for (Future<OptionalLong> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                found.compareAndSet(-1, Long.MIN_VALUE);
                return OptionalLong.empty();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("mining failed", e.getCause());
            }
        }
        long nonce = found.get();
        return nonce >= 0 ? OptionalLong.of(nonce) : OptionalLong.empty();
    }

    /**
     * Mines {@code data} as the child of {@code parent}: the block's header at {@code difficulty}
     * with a nonce that meets it. The chain writer calls this; mining knows nothing of the chain.
     *
     * @param cancelled asked before the search and every few thousand attempts (from the mining
     *        threads too); true stops the search
     * @return the block, or empty if cancelled first
     */
    public Optional<Block> mineChild(Block parent, String data, long timestamp, int difficulty,
            BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        long index = parent.index() + 1;
        byte[] header = BlockHeader.encode(index, timestamp, Hashes.parseHash(parent.hash()), Hashes.sha256(data),
                difficulty, 0);
        OptionalLong nonce = mine(header, difficulty, cancelled);
        if (nonce.isEmpty()) {
            return Optional.empty();
        }
        BlockHeader.putNonce(header, nonce.getAsLong());
        return Optional.of(new Block(index, timestamp, data, parent.hash(), difficulty, nonce.getAsLong(),
                Hashes.hex(Hashes.sha256(header))));
    }

    /** One thread's share of the search; stops when another thread found a nonce or on cancel. */
    private OptionalLong search(byte[] header, int difficulty, long start, int step, BooleanSupplier cancelled,
            AtomicLong found) {
        MessageDigest sha = Hashes.newSha256();
        byte[] out = new byte[Hashes.HASH_BYTES];
        long nonce = start;
        int untilCheck = CHECK_EVERY;
        try {
            while (nonce >= 0) {
                BlockHeader.putNonce(header, nonce);
                sha.update(header, 0, BlockHeader.SIZE);
                sha.digest(out, 0, out.length);
                if (Hashes.leadingZeroBits(out) >= difficulty) {
                    if (found.compareAndSet(-1, nonce)) {
                        return OptionalLong.of(nonce);
                    }
                    return OptionalLong.empty();
                }
                nonce += step;
                if (--untilCheck == 0) {
                    untilCheck = CHECK_EVERY;
                    attempts.add(CHECK_EVERY);
                    if (found.get() != -1 || cancelled.getAsBoolean()) {
                        return OptionalLong.empty();
                    }
                }
            }
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 digest into a 32-byte buffer cannot fail", e);
        }
        throw new IllegalStateException("nonce space exhausted at difficulty " + difficulty);
    }

    /** Hashes tried so far by this miner, counted in steps of a few thousand: the hash rate's source. */
    public long attempts() {
        return attempts.sum();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
