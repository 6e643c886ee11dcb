package dev.rantai.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.rantai.chain.BlockHeader;
import dev.rantai.chain.Hashes;
import dev.rantai.chain.ProofOfWork;

/**
 * Hash rate of the miner: mines an unreachable difficulty for a fixed time and counts the
 * attempts. Run by bench/pow.sh. Arguments: threads (comma-separated), seconds per round, rounds.
 */
public final class PowBench {
    public static void main(String[] args) {
        String[] threadCounts = (args.length > 0 ? args[0] : "1,2").split(",");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        byte[] header = BlockHeader.encode(1, System.currentTimeMillis(), new byte[32], Hashes.sha256("bench"), 255,
                0);
        for (String t : threadCounts) {
            int threads = Integer.parseInt(t.trim());
            try (ProofOfWork pow = new ProofOfWork(threads)) {
                // Warm-up round, not counted: lets the JIT compile the SHA-256 intrinsic path.
                rate(pow, header, 2);
                List<Double> rates = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    rates.add(rate(pow, header, seconds));
                }
                Collections.sort(rates);
                System.out.printf("threads=%d median=%.0f hashes/s rounds=%s%n", threads, rates.get(rounds / 2),
                        rates.stream().map(r -> String.format("%.2fM", r / 1e6)).toList());
            }
        }
    }

    private static double rate(ProofOfWork pow, byte[] header, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long before = pow.attempts();
        long t0 = System.nanoTime();
        // Difficulty 255 is never met: mining runs until the deadline cancels it.
        pow.mine(header.clone(), 255, () -> System.nanoTime() > deadline);
        long elapsed = System.nanoTime() - t0;
        return (pow.attempts() - before) / (elapsed / 1e9);
    }
}
