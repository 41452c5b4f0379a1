#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster: initdb into a temporary folder, start
# it on loopback at a free port (its socket in that folder too), run the command with
# TIAOJIE_TEST_PG set to the cluster's conninfo, then stop and remove the cluster, whatever the
# command's result. Works as a normal user and as root (initdb refuses root: the cluster then
# belongs to the "postgres" system user, which the Debian package creates).
#   scripts/pg_test_cluster.sh ctest -L core_pg
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG…]" >&2
    exit 2
fi
bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for v in 17 16 15 14 13; do
        if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir=/usr/lib/postgresql/$v/bin; break; fi
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg_test_cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 3
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/tiaojie-pg.XXXXXX")
run=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$dir"
    run=(runuser -u postgres --)
fi
stop() {
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${run[@]}" "$bindir/initdb" -D "$dir/data" -U tiaojie --auth=trust -E UTF8 --locale=C \
    --lc-ctype=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# A test cluster: durability off (it is deleted afterwards), enough connections for ctest -j.
"${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
export TIAOJIE_TEST_PG="host=127.0.0.1 port=$port user=tiaojie dbname=postgres"
set +e
"$@"
status=$?
set -e
exit $status
