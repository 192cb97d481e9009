#!/bin/sh
# Runs beside each member; only the first (mongodb-0) forms the replica set and makes the admin user.
set -eu
case "$(hostname)" in
  *-0) ;;
  *) exec sleep infinity ;;
esac
until mongosh --quiet --host 127.0.0.1 --eval 'db.adminCommand({ping: 1}).ok' > /dev/null 2>&1; do sleep 2; done
until mongosh --quiet --host 127.0.0.1 /scripts/rs-bootstrap.js; do sleep 5; done
exec sleep infinity
