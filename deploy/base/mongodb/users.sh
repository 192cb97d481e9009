#!/bin/sh
# Makes (or updates the password of) each service's user, readWrite on its own database only.
set -eu
exec mongosh --quiet \
  "mongodb://mongodb-0.mongodb:27017,mongodb-1.mongodb:27017,mongodb-2.mongodb:27017/admin?replicaSet=rs0" \
  --username "$MONGODB_ADMIN_USERNAME" --password "$MONGODB_ADMIN_PASSWORD" --authenticationDatabase admin \
  /scripts/users.js
