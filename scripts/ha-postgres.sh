#!/usr/bin/env bash
# A throwaway pg_auto_failover formation on loopback: a monitor, a primary and a synchronous standby.
#   ha-postgres.sh start              prints dir=DIR, monitor=URL, then Needle's multi-host URL last
#   ha-postgres.sh kill-primary DIR   SIGKILLs the primary's keeper and PostgreSQL, as a machine dies
#   ha-postgres.sh state DIR          what the monitor says of each node, for a failing test's message
#   ha-postgres.sh stop DIR           stops every node and removes the files
# Used by the failover test (server/src/db/failover.pg.test.ts). Needs Debian's
# postgresql-15-auto-failover (scripts/test-deps.sh installs it). As root, the nodes run as `postgres`.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/postgres-bin.sh"

# The directory of the real binaries (not a symlink in /usr/local/bin): pg_autoctl runs postgres beside pg_ctl.
pg_bin=$(dirname "$(readlink -f "$(find_bin pg_ctl postgresql-15-auto-failover)")")
autoctl=$(find_bin pg_autoctl postgresql-15-auto-failover)

# pg_autoctl keeps its state under XDG_CONFIG_HOME and XDG_DATA_HOME: inside DIR, so formations never meet.
as_owner() {
  local dir=$1; shift
  local env="export XDG_CONFIG_HOME='$dir/config' XDG_DATA_HOME='$dir/share' PATH='$pg_bin:/usr/bin:/bin'; cd '$dir';"
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$env $*"; else bash -c "$env $*"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# A node's keeper in a process group of its own (setsid), so that killing the group takes its PostgreSQL too.
run_node() {
  local dir=$1 name=$2; shift 2
  as_owner "$dir" "setsid '$autoctl' $* >>'$dir/$name.log' 2>&1 </dev/null & echo \$! >'$dir/$name.pid'"
}

monitor_says() {
  local dir=$1 sql=$2
  "$pg_bin/psql" -Atq "$(cat "$dir/monitor.url")" -c "$sql" 2>/dev/null || true
}

wait_for() {
  local dir=$1 want=$2 what=$3 checkpoint_port=${4:-}
  for _ in $(seq 1 240); do
    [ "$(monitor_says "$dir" "select string_agg(reportedstate::text, ',' order by nodeid) from pgautofailover.node")" = "$want" ] && return 0
    # pg_basebackup waits for a spread checkpoint (minutes); ask the primary for one now.
    [ -n "$checkpoint_port" ] && "$pg_bin/psql" -Atq "postgres://postgres@127.0.0.1:$checkpoint_port/postgres" -c checkpoint >/dev/null 2>&1 || true
    sleep 0.5
  done
  echo "ha-postgres: $what did not happen in 120 s; logs in $dir" >&2
  # Nothing keeps running after a failed start; the logs stay for reading.
  for f in "$dir"/*.pid; do stop_node "$f" KILL; done
  exit 1
}

stop_node() {
  local pidfile=$1 signal=$2
  [ -f "$pidfile" ] || return 0
  kill "-$signal" -- "-$(cat "$pidfile")" 2>/dev/null || true
}

case "${1:-start}" in
stop)
  dir=${2:?usage: ha-postgres.sh stop DIR}
  for f in "$dir"/node*.pid "$dir"/monitor.pid; do stop_node "$f" TERM; done
  for _ in $(seq 1 40); do
    pgrep -f "pg_autoctl.*$dir/" >/dev/null || break
    sleep 0.25
  done
  for f in "$dir"/node*.pid "$dir"/monitor.pid; do stop_node "$f" KILL; done
  rm -rf "$dir"
  exit 0
  ;;
kill-primary)
  dir=${2:?usage: ha-postgres.sh kill-primary DIR}
  port=$(monitor_says "$dir" "select nodeport from pgautofailover.node where reportedstate = 'primary'")
  [ -n "$port" ] || { echo "ha-postgres: the monitor names no primary" >&2; exit 1; }
  name=$(cat "$dir/port-$port")
  stop_node "$dir/$name.pid" KILL
  echo "$name"
  exit 0
  ;;
state)
  dir=${2:?usage: ha-postgres.sh state DIR}
  monitor_says "$dir" "select string_agg(format('%s (port %s): reported %s, assigned %s, health %s', nodename,
    nodeport, reportedstate, goalstate, health), E'\n' order by nodeid) from pgautofailover.node"
  exit 0
  ;;
start) ;;
*)
  echo "usage: ha-postgres.sh [start | kill-primary DIR | state DIR | stop DIR]" >&2
  exit 2
  ;;
esac

dir=$(mktemp -d /tmp/needle-ha.XXXXXX)
chmod 755 "$dir"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /bin/bash postgres
  chown postgres "$dir"
fi
monitor_port=$(free_port)
echo "postgres://postgres@127.0.0.1:$monitor_port/pg_auto_failover" >"$dir/monitor.url"
as_owner "$dir" "'$autoctl' create monitor --pgdata '$dir/monitor' --pgport $monitor_port --hostname 127.0.0.1 \
  --auth trust --no-ssl --pgctl '$pg_bin/pg_ctl' >'$dir/monitor.log' 2>&1"
run_node "$dir" monitor run --pgdata "'$dir/monitor'"
for _ in $(seq 1 60); do
  "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$monitor_port" && break
  sleep 0.25
done
# A failover in seconds, not the half minute of the defaults: health checks every second, a node
# unhealthy after two, and the standby writable 3 s after promotion (the old primary's grace to demote).
"$pg_bin/psql" -Atq "$(cat "$dir/monitor.url")" \
  -c "alter system set pgautofailover.health_check_period = 1000" \
  -c "alter system set pgautofailover.health_check_retry_delay = 500" \
  -c "alter system set pgautofailover.health_check_timeout = 1000" \
  -c "alter system set pgautofailover.health_check_max_retries = 1" \
  -c "alter system set pgautofailover.node_considered_unhealthy_timeout = 2000" \
  -c "alter system set pgautofailover.primary_demote_timeout = 3000" \
  -c "select pg_reload_conf()" >/dev/null

ports=()
for name in node1 node2; do
  port=$(free_port)
  ports+=("$port")
  echo "$name" >"$dir/port-$port"
  run_node "$dir" "$name" create postgres --pgdata "'$dir/$name'" --pgport "$port" --listen 127.0.0.1 \
    --hostname 127.0.0.1 --name "$name" --auth trust --no-ssl --dbname needle --pgctl "'$pg_bin/pg_ctl'" \
    --monitor "'postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable'" --run
  if [ "$name" = node1 ]; then
    wait_for "$dir" single 'node1 becoming the primary'
  else
    wait_for "$dir" primary,secondary 'node2 catching up as the standby' "${ports[0]}"
  fi
done
echo "dir=$dir"
echo "monitor=$(cat "$dir/monitor.url")"
echo "postgres://postgres@127.0.0.1:${ports[0]},127.0.0.1:${ports[1]}/needle?target_session_attrs=read-write"
