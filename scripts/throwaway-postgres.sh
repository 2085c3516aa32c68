#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a free loopback port and prints its URL on the last line;
# `throwaway-postgres.sh stop DIR` stops it and removes its files. Used by .ci/run and by the test suite.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/postgres-bin.sh"

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

if [ "${1:-start}" = stop ]; then
  dir=${2:?usage: throwaway-postgres.sh stop DIR}
  as_owner "'$(find_bin pg_ctl postgresql)' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

initdb=$(find_bin initdb postgresql)
pg_ctl=$(find_bin pg_ctl postgresql)
dir=$(mktemp -d /tmp/needle-pg.XXXXXX)
chmod 755 "$dir"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /bin/bash postgres
  chown postgres "$dir"
fi
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_owner "'$initdb' -D '$dir/data' -U needle --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
as_owner "'$pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null
echo "dir=$dir"
echo "postgres://needle@127.0.0.1:$port/postgres"
