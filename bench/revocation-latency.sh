#!/usr/bin/env bash
# How long after a role holder revokes a delegation does order-service refuse the delegate?
# Needs the local stack running (bin/local-stack). Measures, ROUNDS times: DELETE delegation returns ->
# the first refused (403) request of the delegate to order-service, polling as fast as curl goes.
# Reference in the same run: the round trip of one authorised request (the polling resolution).
set -euo pipefail
ROUNDS=${ROUNDS:-20}
IDP=http://localhost:8099/idporten/token
BUSINESS=315114306; UNIT=315114314; DELEGATE=24919210040
token() { curl -s -d grant_type=client_credentials -d client_id=bench -d client_secret=x -d pid=$1 -d acr=idporten-loa-high $IDP | jq -r .access_token; }
MANAGER=$(token 15858010060); PERSON=$(token $DELEGATE)
PROBE=localhost:8081/api/businesses/$UNIT/orders/00000000-0000-0000-0000-000000000000
status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $PERSON" $PROBE; }
now_ms() { date +%s%3N; }
latencies=(); rtts=()
for i in $(seq 1 "$ROUNDS"); do
  GRANT=$(curl -s -X POST -H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/json' \
    localhost:8085/api/businesses/$BUSINESS/delegations -d "{\"personId\":\"$DELEGATE\",\"name\":\"Bench\"}" | jq -r .grantId)
  until [ "$(status)" = 404 ]; do :; done            # the delegate is let in (unknown order: 404, not 403)
  t=$(now_ms); status >/dev/null; rtts+=($(( $(now_ms) - t )))
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $MANAGER" localhost:8085/api/businesses/$BUSINESS/delegations/$GRANT
  t0=$(now_ms)
  until [ "$(status)" = 403 ]; do :; done
  latencies+=($(( $(now_ms) - t0 )))
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "p50 %d ms, p90 %d ms, max %d ms (n=%d)\n", a[int(NR*0.5+0.5)], a[int(NR*0.9+0.5)], a[NR], NR}'; }
echo "revocation -> refused: $(stats "${latencies[@]}")"
echo "reference, one authorised request round trip: $(stats "${rtts[@]}")"
