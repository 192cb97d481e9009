#!/usr/bin/env bash
# Card validity benchmarks (see README.md): register event -> visible status, a business-level flip of
# FLIP_CARDS cards, and re-evaluation of REEVALUATE_CARDS cards. Starts its own local stack in-process, on the
# local stack's own store kept in a file (STORE=memory: the tests' in-memory store, where the figures before
# issue 14 were taken).
set -euo pipefail
# The benchmark runs inside the Maven JVM; a million cards in the in-memory store need a large heap.
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx16g}"
cd "$(dirname "$0")/.."
source bin/java-env
./mvnw -B -q -ntp install -DskipTests
cd local-stack
exec ../mvnw -B -q -ntp exec:java -Dexec.mainClass=no.hmskort.bench.ValidityBenchmark \
  -DROUNDS="${ROUNDS:-1000}" -DFLIP_CARDS="${FLIP_CARDS:-20000}" -DREEVALUATE_CARDS="${REEVALUATE_CARDS:-1000000}" -DSTORE="${STORE:-file}"
