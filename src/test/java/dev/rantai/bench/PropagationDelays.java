package dev.rantai.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.rantai.chain.BlockSource;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.chain.store.SyncMode;

/**
 * Propagation delay per block, read from a stopped node's store: the time the node accepted each block from
 * a peer ({@code receivedAt}) minus the block's timestamp (when node A mined it; same machine, same clock).
 * That is what {@code rantai_block_propagation_delay_seconds} records, but for a chosen range of heights,
 * so each phase of a benchmark gets its own figures from one set of nodes, and for every block from a peer
 * (the metric skips blocks that arrived in a batch). Arguments: data dir, then ranges {@code label:from:to}
 * (heights, inclusive), or a bare {@code label}: every canonical block whose data starts with the label and a
 * space, wherever it lies (blocks of one phase of a benchmark, among blocks others made meanwhile). Prints
 * {@code label blocks p50 p99 max} (ms) per range. Used by bench/dashboards.sh and bench/hostile.sh.
 */
public final class PropagationDelays {
    private static final int PAGE = 10_000;

    public static void main(String[] args) {
        try (SqliteChainStore store = SqliteFiles.openStandalone(Path.of(args[0]), SyncMode.OFF)) {
            for (int i = 1; i < args.length; i++) {
                String[] range = args[i].split(":");
                List<Long> delays = range.length == 1
                        ? delays(store, 1, store.canonicalTip().orElseThrow().height(), range[0] + " ")
                        : delays(store, Long.parseLong(range[1]), Long.parseLong(range[2]), "");
                System.out.printf("%s %d %s %s %s%n", range[0], delays.size(), percentile(delays, 50),
                        percentile(delays, 99), percentile(delays, 100));
            }
        }
    }

    private static List<Long> delays(SqliteChainStore store, long from, long to, String dataPrefix) {
        List<Long> delays = new ArrayList<>();
        for (long height = from; height <= to; height += PAGE) {
            int limit = (int) Math.min(PAGE, to - height + 1);
            for (StoredBlock b : store.canonicalAscending(height, limit)) {
                if (b.source() == BlockSource.PEER && b.block().data().startsWith(dataPrefix)) {
                    delays.add(b.receivedAt() - b.block().timestamp());
                }
            }
        }
        delays.sort(null);
        return delays;
    }

    /** The nearest-rank percentile, or "-" when there are no blocks. */
    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Long.toString(sorted.get(Math.max(0, rank - 1)));
    }
}
