#!/usr/bin/env bash
# Proof-of-work hash rate: the miner with 1 and 2 threads, next to OpenSSL's SHA-256 on
# 92-byte inputs (the header size), in one run on this machine. Figures go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "== openssl speed -evp sha256 -bytes 92 (1 thread)"
openssl speed -evp sha256 -bytes 92 -seconds 3 2>/dev/null | awk '/^sha256/ {printf "openssl %.0f hashes/s\n", $2 * 1000 / 92}'
echo "== rantai ProofOfWork"
java -cp "$CP" dev.rantai.bench.PowBench "1,2" 3 5
