#!/usr/bin/env bash
# What the training of the ahead-of-time cache tells the JIT (docs/benchmarks.md, "What the training tells the JIT"):
# two caches of the same aot-jar, recorded by deploy/jvm/train.sh with Java 25,
#  - as-node:  the training compiles as the node does (TRAIN_JIT_OPTIONS empty: C1 and C2 tiers, C2 for the proof
#              of work only), so it records most of the node's methods at the profiled levels 2 and 3;
#  - c1:       the training's own JIT options (train.sh's default: C1 alone at a twentieth of the thresholds, the
#              proof of work left out), so it records them at level 1;
# then bench/compare.sh's Rantai part (rantai-prod: three fresh nodes, the first N blocks with one connection and
# with 8, then after WARM blocks) with each cache, by turns, ROUNDS times; then the median of each figure per cache,
# and RSS at ready. Builds target/fast-start first if it is missing (deploy/jvm/fast-start.sh).
# Usage: [ROUNDS=3] [N=1000] [WARM=20000] [JAVA25=...] bench/training.sh NAIVECHAIN_DIR
# (compare.sh's argument; naivechain itself is not run here.)
set -euo pipefail
cd "$(dirname "$0")/.."
NAIVE=${1:?the folder of naivechain (bench/compare.sh)}
ROUNDS=${ROUNDS:-3}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f target/fast-start/quarkus-run.jar ] || JAVA="$JAVA25" deploy/jvm/fast-start.sh
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

JAVA="$JAVA25" TRAIN_JIT_OPTIONS="" deploy/jvm/train.sh target/fast-start/quarkus-run.jar "$OUT/as-node.aot" | tail -1
JAVA="$JAVA25" deploy/jvm/train.sh target/fast-start/quarkus-run.jar "$OUT/c1.aot" | tail -1

for ((r = 1; r <= ROUNDS; r++)); do
    for c in as-node c1; do
        echo "== round $r, cache $c (load average $(cut -d' ' -f1 /proc/loadavg))"
        AOT_CACHE="$OUT/$c.aot" SYSTEMS=rantai-prod PARTS=blocks JAVA25="$JAVA25" bench/compare.sh "$NAIVE" \
            | grep -E 'ready after|cold-|warm-seq|warm-8' | tee -a "$OUT/$c.txt"
    done
done

echo "== medians over $ROUNDS rounds: blocks/s, CPU ms per block of the three nodes; RSS at ready (MiB)"
printf '   %-8s %-28s %-28s %-28s %-28s %s\n' cache cold-seq cold-8 warm-seq warm-8 "RSS at ready"
for c in as-node c1; do
    awk -v c="$c" '
        function median(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
                                            return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2 }
        /ready after/ { rss[++nr] = $8 }
        /blocks\/s/ { k = $1; n[k]++; rate[k, n[k]] = $4; for (i = 1; i <= NF; i++) if ($i == "CPU") cpu[k, n[k]] = $(i+1) }
        END {
            line = sprintf("   %-8s", c)
            split("cold-seq cold-8 warm-seq warm-8", ks, " ")
            for (q = 1; q <= 4; q++) { k = ks[q]; delete a; delete b
                for (i = 1; i <= n[k]; i++) { a[i] = rate[k, i]; b[i] = cpu[k, i] }
                line = line sprintf(" %-28s", sprintf("%d blocks/s, %.2f ms", median(a, n[k]), median(b, n[k]))) }
            delete a; for (i = 1; i <= nr; i++) a[i] = rss[i]
            print line sprintf(" %s (%d starts)", median(a, nr), nr)
        }' "$OUT/$c.txt"
done
