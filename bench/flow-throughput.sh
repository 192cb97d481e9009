#!/usr/bin/env bash
# Throughput of the whole flow on the local cluster (bin/local-cluster), with 2 and then 1 replica of every
# service, in one run: ORDERS orders of LINES lines placed as fast as the load goes (photo, ID copy and the
# holder's own login for every line), timed from the first order until every line is a delivered card with an
# invoice line (local-stack's Check). Restarts the cluster for each replica count; keeps its data.
#   ORDERS=20 LINES=10 bench/flow-throughput.sh
set -uo pipefail
cd "$(dirname "$0")/.."
ORDERS=${ORDERS:-20}; LINES=${LINES:-10}
DIR=${HMSKORT_CLUSTER_DATA:-.local-cluster}
JAR=local-stack/target/local-stack.jar
KAFKA=127.0.0.1:9092,127.0.0.1:9192,127.0.0.1:9292
source bin/java-env
mkdir -p "$DIR/bench"
for replicas in ${REPLICAS_TO_TRY:-2 1}; do
  bin/local-cluster stop > /dev/null
  bin/local-cluster --replicas "$replicas" > "$DIR/logs/cluster-$replicas.log" 2>&1 || { tail "$DIR/logs/cluster-$replicas.log"; exit 1; }
  out="$DIR/bench/flow-$replicas.jsonl"; rm -f "$out"
  start=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ); t0=$(date +%s.%N)
  java -jar $JAR load --orders "$ORDERS" --lines "$LINES" --per-second 100 --out "$out" > "$DIR/logs/bench-load.log" 2>&1
  placed=$(date +%s.%N)
  result=$(java -jar $JAR check --accepted "$out" --since "$start" --kafka "$KAFKA" --fault "$replicas replicas" \
    --timeout 900 2>> "$DIR/logs/check.log")
  done_at=$(date +%s.%N)
  lines=$((ORDERS * LINES))
  printf '%d replica(s): %d lines placed in %.0f s; all delivered and invoiced after %.0f s: %.2f lines/s\n   %s\n' \
    "$replicas" "$lines" "$(echo "$placed - $t0" | bc)" "$(echo "$done_at - $t0" | bc)" \
    "$(echo "$lines / ($done_at - $t0)" | bc -l)" "$result"
done
