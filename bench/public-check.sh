#!/usr/bin/env bash
# Public check and gate lookup throughput, p50/p99 latency and CPU per answer, against nginx serving the
# same answers as static files, measured by wrk in the same run (see README.md). Starts its own local stack
# in a temporary folder, issues one card through the whole flow, copies it into CARDS cards in the store,
# and has wrk ask for a card drawn at random from all of them on every request.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-env
DURATION=${DURATION:-15s}; CONNECTIONS=${CONNECTIONS:-32}; CARDS=${CARDS:-100000}
for tool in wrk nginx jq curl; do
  command -v $tool >/dev/null || { SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get install -y -q wrk nginx-light jq curl >/dev/null || { $SUDO apt-get update -q >/dev/null
      $SUDO apt-get install -y -q wrk nginx-light jq curl >/dev/null; }; }
done
WORK=$(mktemp -d); chmod a+rx "$WORK"
trap 'kill $STACK $NGINX 2>/dev/null || true; rm -rf "$WORK"' EXIT
./mvnw -B -q -ntp install -DskipTests
HMSKORT_DATA="$WORK/data" bin/local-stack --hmskort.public-check.requests-per-second=100000000 ${STACK_OPTIONS:-} \
  > "$WORK/stack.log" 2>&1 &
STACK=$!
until grep -q "local stack is up" "$WORK/stack.log"; do sleep 1; kill -0 $STACK || { cat "$WORK/stack.log"; exit 1; }; done
STACK_PID=$(pgrep -f -n "hmskort.data=$WORK/data")

# One card through the whole flow: address, order, photo and ID copy, printed, valid.
TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=bench -d client_secret=x -d pid=15858010060 \
  http://localhost:8099/idporten/token | jq -r .access_token)
ADDRESS_ID=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  localhost:8081/api/businesses/315114314/addresses \
  -d '{"recipient":"Demo Bygg AS","street":"Storgata 1","postalCode":"0155","city":"Oslo"}' | jq -r .addressId)
ORDER=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  localhost:8081/api/businesses/315114314/orders -d '{"cardType":"construction","deliveryAddressId":"'$ADDRESS_ID'",
  "lines":[{"personId":"02928510045","name":"Ola Nordmann"}]}')
ORDER_ID=$(echo "$ORDER" | jq -r .orderId); LINE_ID=$(echo "$ORDER" | jq -r '.lines[0].lineId')
for doc in photo id-copy; do
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: image/jpeg' \
    --data-binary @docs/walkthrough/$doc.jpg localhost:8081/api/businesses/315114314/orders/$ORDER_ID/lines/$LINE_ID/$doc
done
WORKER=$(curl -s -d grant_type=client_credentials -d client_id=bench -d client_secret=x -d pid=02928510045 \
  -d acr=idporten-loa-high http://localhost:8099/idporten/token | jq -r .access_token)
LINK=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" \
  localhost:8081/api/businesses/315114314/orders/$ORDER_ID/lines/$LINE_ID/upload-link | jq -r .url)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $WORKER" "$(echo "$LINK" | sed 's#/api/public/#/api/holder/#')/identity"
CARD=null
until [ "$CARD" != null ]; do sleep 0.2; CARD=$(curl -s -H "Authorization: Bearer $TOKEN" \
  localhost:8081/api/businesses/315114314/orders/$ORDER_ID | jq -r '.lines[0].cardNumber'); done
until curl -s localhost:8082/api/public/cards/$CARD | grep -q '"valid":true'; do sleep 0.2; done

# CARDS cards in the store, their numbers for wrk, their answers as nginx's files.
(cd local-stack && ../mvnw -B -q -ntp exec:java -Dexec.mainClass=no.hmskort.bench.PublicCheckCards \
  -Dexec.args="mongodb://localhost:27017 $CARD $CARDS $WORK http://127.0.0.1:8082/api/public/cards/")
chmod -R a+rX "$WORK/www"
cat > "$WORK/random-card.lua" <<LUA
local cards = {}
for line in io.lines("$WORK/cards.txt") do cards[#cards + 1] = line end
local prefix = os.getenv("PREFIX")
math.randomseed(os.time())
request = function() return wrk.format(nil, prefix .. cards[math.random(#cards)]) end
LUA
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json; open_file_cache max=1000;
  server { listen 127.0.0.1:18080; root $WORK/www; } }
CONF
nginx -c "$WORK/nginx.conf" & NGINX=$!
until curl -s -o /dev/null localhost:18080/api/public/cards/$CARD; do sleep 0.2; done
GATE=$(curl -s -d grant_type=client_credentials -d client_id=gate -d client_secret=x -d scope=hmskort:gate \
  http://localhost:8099/maskinporten/token | jq -r .access_token)

cpu_ticks() { awk '{print $14 + $15}' /proc/$STACK_PID/stat; }
# wrk's figures: requests/s, p50, p99, max, non-2xx, requests; the service's CPU per answer in microseconds.
run() { local url=$1 prefix=$2; shift 2
  local before; before=$(cpu_ticks)
  PREFIX=$prefix wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s "$WORK/random-card.lua" "$@" "$url" > "$WORK/wrk.out"
  local ticks=$(( $(cpu_ticks) - before ))
  awk -v ticks=$ticks -v hz=$(getconf CLK_TCK) '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Latency/ && !max {max=$4} /Non-2xx/ {bad=$NF} / requests in / {n=$1}
    END {printf "%s %s %s %s %s %s %.0f\n", rps, p50, p99, max, bad+0, n, ticks * 1e6 / hz / n}' "$WORK/wrk.out"; }
row() { printf '  %-44s %10s req/s  p50 %8s  p99 %8s  max %8s  non-2xx %-6s %s\n' "$@"; }

# Warm-up (JIT, the answers' first reads), then each measured run.
PREFIX=/api/public/cards/ wrk -t2 -c$CONNECTIONS -d10s -s "$WORK/random-card.lua" http://127.0.0.1:8082 > /dev/null
PREFIX=/api/gate/cards/ wrk -t2 -c$CONNECTIONS -d5s -s "$WORK/random-card.lua" -H "Authorization: Bearer $GATE" \
  http://127.0.0.1:8082 > /dev/null
read -r N_RPS N_P50 N_P99 N_MAX N_BAD N_N _ < <(run http://127.0.0.1:18080 /api/public/cards/)
# PROFILE=file.jfr records the service during the public-check run (Java Flight Recorder).
[ -n "${PROFILE:-}" ] && "$JAVA_HOME/bin/jcmd" $STACK_PID JFR.start duration=$DURATION filename="$(realpath "$PROFILE")" > /dev/null
read -r A_RPS A_P50 A_P99 A_MAX A_BAD A_N A_CPU < <(run http://127.0.0.1:8082 /api/public/cards/)
# GATE_PROFILE=file.jfr records it during the gate run.
[ -n "${GATE_PROFILE:-}" ] && "$JAVA_HOME/bin/jcmd" $STACK_PID JFR.start duration=$DURATION \
  filename="$(realpath "$GATE_PROFILE")" > /dev/null
read -r G_RPS G_P50 G_P99 G_MAX G_BAD G_N G_CPU < <(run http://127.0.0.1:8082 /api/gate/cards/ \
  -H "Authorization: Bearer $GATE")
echo "public check, $CONNECTIONS connections, $DURATION each, a card drawn at random from $CARDS on every request:"
row "nginx, the same answers as static files" "$N_RPS" "$N_P50" "$N_P99" "$N_MAX" "$N_BAD"
row "GET /api/public/cards/{n}" "$A_RPS" "$A_P50" "$A_P99" "$A_MAX" "$A_BAD" "CPU ${A_CPU} µs/answer"
row "GET /api/gate/cards/{n} (gate token)" "$G_RPS" "$G_P50" "$G_P99" "$G_MAX" "$G_BAD" "CPU ${G_CPU} µs/answer"
awk -v a="$A_RPS" -v g="$G_RPS" -v n="$N_RPS" 'BEGIN {printf "  ratio to nginx: public check %.3f, gate lookup %.3f\n", a / n, g / n}'

# Memory of the whole local stack with the cards stored and the answers in memory: resident set, and the
# live heap after a full collection, against the heap limit the stack runs with.
"$JAVA_HOME/bin/jcmd" $STACK_PID GC.run > /dev/null
LIVE=$("$JAVA_HOME/bin/jcmd" $STACK_PID GC.heap_info | awk '/^[A-Za-z].* total .* used / {for (i = 1; i < NF; i++) if ($i == "used") {v = $(i+1); gsub(/[^0-9]/, "", v); s += v}} END {printf "%.0f", s / 1024}')
RSS=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$STACK_PID/status)
MAX=$("$JAVA_HOME/bin/jcmd" $STACK_PID VM.flags | tr ' ' '\n' | awk -F= '$1 == "-XX:MaxHeapSize" {printf "%.0f", $2 / 1048576}')
echo "memory with $CARDS cards stored: RSS $RSS MiB, live heap after a full GC $LIVE MiB, heap limit $MAX MiB"
