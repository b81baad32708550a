#!/usr/bin/env bash
# Install and start PostgreSQL from Debian's packages, and create the test database.
# Prints the URL the store tests read from $UNREST_TEST_PG_URL.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$version" main >&2
fi
cluster=$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')
port=$(pg_lsclusters -h | head -n 1 | awk '{print $3}')
pg_ctlcluster $cluster start >&2 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -p $port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='unrest'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE unrest LOGIN PASSWORD 'unrest' SUPERUSER\"" >&2
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname='unrest_test'\"" | grep -q 1 \
  || su postgres -c "createdb -p $port -O unrest unrest_test" >&2
echo "postgresql+psycopg://unrest:unrest@127.0.0.1:$port/unrest_test"
