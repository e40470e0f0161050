#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for the integration tests and the bench scripts: Debian's own
# server binaries, a fresh data directory, loopback TCP only (no Unix socket), trust authentication (nothing
# but this machine can reach it), fsync on as in production. One database "triage" owned by the role
# "triage", which is not a superuser, like the application's role in production.
#
#   private-postgres.sh start DIR PORT    # (re)creates DIR, starts the server on 127.0.0.1:PORT
#   private-postgres.sh stop DIR          # stops it (fast shutdown); a stopped or absent server is fine
#
# initdb refuses to run as root: as root the server runs as the "postgres" user and DIR is handed to it.
set -euo pipefail

usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
data="$dir/data"

pg_bin=${PG_BIN:-}
if [ -z "$pg_bin" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$pg_bin" ] || pg_bin=$(pg_config --bindir 2>/dev/null || true)
fi
if [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (Debian: apt-get install postgresql; or set PG_BIN)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
  fi
}

case "$command" in
  start)
    [ $# -eq 3 ] || usage
    port=$3
    stop # a server left running by an interrupted earlier run
    rm -rf "$data" "$dir/server.log"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_owner "$pg_bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    cat >>"$data/postgresql.conf" <<EOF
# private-postgres.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = on
synchronous_commit = on
max_connections = 100
EOF
    as_owner "$pg_bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null
    psql() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
    psql -d postgres -c "CREATE ROLE triage LOGIN PASSWORD 'triage'" -c "CREATE DATABASE triage OWNER triage"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data"
    ;;
  stop)
    stop
    ;;
  *) usage ;;
esac
