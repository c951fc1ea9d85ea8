#!/usr/bin/env bash
# Makes a local PostgreSQL server ready for the tests: installs Debian's postgresql when it is missing, creates and
# starts a cluster, and creates the test role (which may create databases and roles). Idempotent: run it as often as
# you like.
# The tests connect with COOPERATIONBOT_TEST_POSTGRES, whose default is the role made here:
#   Host=127.0.0.1;Port=5432;Username=cooperationbot;Password=cooperationbot-test;Database=postgres
set -euo pipefail

role=cooperationbot
password=cooperationbot-test

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "ensure-postgres: installing Debian postgresql"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  echo "ensure-postgres: creating cluster $version/main"
  as_root pg_createcluster "$version" main
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  echo "ensure-postgres: starting cluster $version/main"
  as_root pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432

exists="$(as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'")"
if [ "$exists" != "1" ]; then
  echo "ensure-postgres: creating role $role"
  as_postgres psql -v ON_ERROR_STOP=1 -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
fi
# The managed-identity tests create a login role of their own (its password the token they hand out) and drop it.
as_postgres psql -q -v ON_ERROR_STOP=1 -c "ALTER ROLE $role CREATEROLE" >/dev/null
# Dropping a test database WITH (FORCE) ends the sessions still on it; an autovacuum worker there belongs to no role
# the test role is a member of, so without this the drop fails now and then (42501).
as_postgres psql -q -v ON_ERROR_STOP=1 -c "GRANT pg_signal_backend TO $role" >/dev/null
echo "ensure-postgres: ready (PostgreSQL $version on 127.0.0.1:5432, role $role)"
