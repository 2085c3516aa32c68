#!/usr/bin/env bash
# What `npm test` needs beyond node_modules: Debian's Chromium and a CJK font for the e2e tests,
# PostgreSQL's binaries for the throwaway server of the integration tests, and pg_auto_failover for the
# failover test. Run by `npm test` (pretest) and by .ci/run. As root with apt-get, installs what is
# missing, one line each saying what and why; otherwise stops with one line per missing piece naming
# the command that installs it.
#
# Only bash builtins are used besides the tools being checked for, so that a PATH without them is
# checked as it is (the script's own test runs it with an empty PATH).
#
# NEEDLE_SKIP_E2E=1 leaves Chromium and the font out (see README). NEEDLE_TEST_DEPS_UID stands in for
# the user id in this script's own test only: it lets the test see what a non-root user would get.
set -euo pipefail
shopt -s nullglob globstar

uid=${NEEDLE_TEST_DEPS_UID:-$EUID}
# The e2e harness (e2e/harness/browser.ts) launches exactly this one.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}

say() { printf 'test-deps: %s\n' "$*" >&2; }

has_chromium() { [[ -f $chromium && -x $chromium ]]; }

# What Chromium will find through fontconfig; without fc-list, the font files in the usual places.
has_cjk_font() {
  if command -v fc-list >/dev/null 2>&1; then
    local line
    while IFS= read -r line; do
      [[ ${line,,} == *wenquanyi* || ${line,,} == *"noto sans cjk"* ]] && return 0
    done < <(fc-list 2>/dev/null)
    return 1
  fi
  local fonts=(/usr/share/fonts/**/*{wqy,NotoSansCJK,NotoSerifCJK}* /usr/local/share/fonts/**/*{wqy,NotoSansCJK}*)
  ((${#fonts[@]} > 0))
}

# Where scripts/throwaway-postgres.sh looks for them.
has_postgres() {
  local bin
  for bin in initdb pg_ctl; do
    command -v "$bin" >/dev/null 2>&1 && continue
    local found=(/usr/lib/postgresql/*/bin/"$bin")
    ((${#found[@]} > 0)) || return 1
  done
}

# The failover test's pg_auto_failover (scripts/ha-postgres.sh), needed whichever server the other tests use.
has_autoctl() { command -v pg_autoctl >/dev/null 2>&1 || [[ -x /usr/bin/pg_autoctl ]]; }

skip_e2e() { [[ ${NEEDLE_SKIP_E2E:-} == 1 ]]; }

# Fills packages (Debian's names) and reasons with what is missing.
find_missing() {
  packages=()
  reasons=()
  if ! skip_e2e; then
    has_chromium ||
      missing chromium "Chromium is missing (no executable at $chromium): the e2e tests drive Debian's Chromium"
    has_cjk_font ||
      missing fonts-wqy-microhei 'No CJK font: without one the Chinese UI renders as boxes in the e2e tests'
  fi
  # With TEST_DATABASE_URL the integration tests use that server and start none of their own.
  [[ -n ${TEST_DATABASE_URL:-} ]] || has_postgres ||
    missing postgresql "PostgreSQL's initdb and pg_ctl are missing: the integration tests start a throwaway PostgreSQL"
  has_autoctl ||
    missing postgresql-15-auto-failover 'pg_autoctl is missing: the failover test runs a pg_auto_failover monitor, primary and standby'
}
missing() {
  packages+=("$1")
  reasons+=("$2")
}

if skip_e2e; then
  say '******************************************************************************************'
  say '** NEEDLE_SKIP_E2E=1: the e2e tests will NOT run; Chromium and the font are not checked **'
  say '******************************************************************************************'
fi
find_missing
((${#packages[@]} == 0)) && exit 0

if [[ $uid == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  for i in "${!packages[@]}"; do say "Installing ${packages[$i]}: ${reasons[$i]}."; done
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  find_missing
  ((${#packages[@]} == 0)) && exit 0
  say "Still missing after apt-get install: ${packages[*]}"
  exit 1
fi

sudo=$([[ $uid == 0 ]] || echo 'sudo ')
for i in "${!packages[@]}"; do
  case ${packages[$i]} in
    chromium) instead='point CHROMIUM_PATH at a Chromium, or set NEEDLE_SKIP_E2E=1 to skip the e2e tests' ;;
    fonts-wqy-microhei) instead='set NEEDLE_SKIP_E2E=1 to skip the e2e tests' ;;
    postgresql-15-auto-failover) instead='there is no other way: the failover test needs it' ;;
    *) instead='set TEST_DATABASE_URL to a PostgreSQL server on which the tests may create databases' ;;
  esac
  say "${reasons[$i]}. Run: ${sudo}apt-get install -y ${packages[$i]} (or ${instead})"
done
exit 1
