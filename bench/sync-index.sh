#!/usr/bin/env bash
# What the hash prefix index (block_hash_head, schema version 5) costs a sync. One holder of
# SYNC_BLOCKS blocks (a copy of a generated store, as bench/network.sh uses); fresh nodes join it
# one after the other, by turns with this build and with the same build without that migration
# (its SQL file left out of a copy of the jar, so the fresh node's file has no such index). Every
# fresh node is a new process (cold); the first join finds the holder just started too and is
# reported apart, the rounds after it compare the builds by turns against a holder that has served.
# Each join: ready -> all blocks verified and stored, polled every 10 ms as bench/network.sh does.
# Usage: bench/sync-index.sh [sync-blocks] [rounds]   (default 100000 5)
set -euo pipefail
cd "$(dirname "$0")/.."
SYNC_BLOCKS=${1:-100000}
ROUNDS=${2:-5}
source bench/nodes.sh

machine
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg); $SYNC_BLOCKS blocks, $ROUNDS rounds by turns"
STORE=target/bench-store-$SYNC_BLOCKS
if [ ! -f "$STORE/chain.db" ]; then
    java -cp "$CP" dev.rantai.bench.StoreGenerator "$STORE" "$SYNC_BLOCKS" 0 | grep -v INFO
fi
WITH=target/quarkus-app/quarkus-run.jar
cp -r target/quarkus-app "$WORK/no-index"
WITHOUT=$WORK/no-index/quarkus-run.jar
python3 - "$WORK"/no-index/app/*.jar <<'PY'
import sys, zipfile, shutil
src = sys.argv[1]
shutil.move(src, src + '.orig')
with zipfile.ZipFile(src + '.orig') as a, zipfile.ZipFile(src, 'w', zipfile.ZIP_DEFLATED) as b:
    for item in a.infolist():
        if not item.filename.endswith('V5__block_hash_head_index.sql'):
            b.writestr(item, a.read(item.filename))
PY
rm "$WORK"/no-index/app/*.orig

cp -r "$STORE" "$WORK/holder"
start_node holder 18093 19093 "$WORK/holder" ""
wait_ready 18093

declare -A TIMES
K=0
join() { # label jar: one fresh node joins the holder; appends its time to TIMES[label]
    local t0 ready t1 fresh index
    K=$((K + 1))
    t0=$(now_ms)
    JAR=$2 start_node "fresh$K" 18101 19101 "$WORK/fresh$K" "127.0.0.1:19093"
    fresh=${PIDS[-1]}
    wait_ready 18101
    ready=$(now_ms)
    await_height 18101 "$SYNC_BLOCKS"
    t1=$(now_ms)
    kill "$fresh"; wait "$fresh" 2>/dev/null || true
    index=$(sqlite3 -readonly "$WORK/fresh$K/chain.db" "SELECT count(*) FROM sqlite_master WHERE name = 'block_hash_head'")
    rm -rf "$WORK/fresh$K"
    TIMES[$1]="${TIMES[$1]:-} $((t1 - ready))"
    printf '   %-14s start -> ready %5d ms; ready -> %d blocks stored %5d ms (block_hash_head in the file: %s)\n' \
        "$1" $((ready - t0)) "$SYNC_BLOCKS" $((t1 - ready)) "$([ "$index" = 1 ] && echo yes || echo no)"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== the first join, against the holder just started"
join first-with "$WITH"
echo "== by turns, against a holder that has served"
for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) = 1 ]; then join with "$WITH"; join without "$WITHOUT"
    else join without "$WITHOUT"; join with "$WITH"; fi
done
echo "== median ready -> stored: with the index $(echo "${TIMES[with]}" | median) ms ($(echo "${TIMES[with]}" | tr -s ' ' | sed 's/^ //; s/ / \/ /g') ms),"\
    "without $(echo "${TIMES[without]}" | median) ms ($(echo "${TIMES[without]}" | tr -s ' ' | sed 's/^ //; s/ / \/ /g') ms)"
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
