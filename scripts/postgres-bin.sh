# Sourced by the scripts that start PostgreSQL servers: where a PostgreSQL binary is.
# find_bin NAME PACKAGE prints its path, on PATH or in Debian's /usr/lib/postgresql/<version>/bin
# (the newest version), or names the package to install and exits.
find_bin() {
  local name=$1 package=$2
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] || { echo "PostgreSQL's $name was not found: install $package (apt-get install -y $package)" >&2; exit 1; }
  echo "$found"
}
