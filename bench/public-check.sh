#!/usr/bin/env bash
# Public check throughput and p99 latency: card-status-service against nginx serving the same JSON as a
# static file, both measured by wrk in the same run on this machine. Starts its own local stack (data in
# a temporary folder, the per-caller rate limit raised so that the load generator is not refused).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}; CONNECTIONS=${CONNECTIONS:-32}
for tool in wrk nginx jq; do
  command -v $tool >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk nginx-light jq >/dev/null; }
done
WORK=$(mktemp -d); trap 'kill $STACK $NGINX 2>/dev/null || true; rm -rf "$WORK"' EXIT
HMSKORT_DATA="$WORK/data" bin/local-stack --hmskort.public-check.requests-per-second=100000000 > "$WORK/stack.log" 2>&1 &
STACK=$!
until grep -q "local stack is up" "$WORK/stack.log"; do sleep 1; kill -0 $STACK || { cat "$WORK/stack.log"; exit 1; }; done

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
CARD=null
until [ "$CARD" != null ]; do sleep 0.2; CARD=$(curl -s -H "Authorization: Bearer $TOKEN" \
  localhost:8081/api/businesses/315114314/orders/$ORDER_ID | jq -r '.lines[0].cardNumber'); done
until curl -s localhost:8082/api/public/cards/$CARD | grep -q '"valid":true'; do sleep 0.2; done

mkdir -p "$WORK/www/api/public/cards"; chmod -R a+rX "$WORK"
curl -s localhost:8082/api/public/cards/$CARD > "$WORK/www/api/public/cards/$CARD"; chmod a+r "$WORK/www/api/public/cards/$CARD"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:18080; root $WORK/www; } }
CONF
nginx -c "$WORK/nginx.conf" & NGINX=$!
until curl -s -o /dev/null localhost:18080/api/public/cards/$CARD; do sleep 0.2; done

run() { wrk -t2 -c$CONNECTIONS -d$DURATION --latency "$1" | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {printf "%s %s %s\n", rps, p99, bad+0}'; }
wrk -t2 -c$CONNECTIONS -d3s "http://127.0.0.1:8082/api/public/cards/$CARD" > /dev/null   # warm-up (JIT)
read -r NGINX_RPS NGINX_P99 NGINX_BAD < <(run "http://127.0.0.1:18080/api/public/cards/$CARD")
read -r APP_RPS APP_P99 APP_BAD < <(run "http://127.0.0.1:8082/api/public/cards/$CARD")
echo "public check, $CONNECTIONS connections, $DURATION each, one card:"
printf '  %-36s %12s req/s   p99 %8s   non-2xx %s\n' "nginx, same JSON as a static file" "$NGINX_RPS" "$NGINX_P99" "$NGINX_BAD"
printf '  %-36s %12s req/s   p99 %8s   non-2xx %s\n' "card-status-service" "$APP_RPS" "$APP_P99" "$APP_BAD"
awk -v a="$APP_RPS" -v n="$NGINX_RPS" 'BEGIN {printf "  throughput ratio (service / nginx): %.3f\n", a / n}'
