#!/usr/bin/env bash
# The command line on a shared PostgreSQL server (--pg): init, organisations and users, intake,
# two seats' changes on one case with --version (the second is refused, nothing changes), the
# environment variable, and what a server refuses (backup, restore, --db with --pg).
# Needs TIAOJIE_TEST_PG (scripts/pg_test_cluster.sh sets it); without it the test is skipped (77).
set -u
CLI=$1
DATA=$2
if [ -z "${TIAOJIE_TEST_PG:-}" ]; then
    echo "skipped: TIAOJIE_TEST_PG is not set (run through scripts/pg_test_cluster.sh)"
    exit 77
fi
work=$(mktemp -d)
dbname="cli_$$_$RANDOM"
base=$(echo "$TIAOJIE_TEST_PG" | sed -E 's/dbname=[^ ]*//')
cleanup() {
    psql "$TIAOJIE_TEST_PG" -q -c "DROP DATABASE IF EXISTS $dbname" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
psql "$TIAOJIE_TEST_PG" -q -c "CREATE DATABASE $dbname TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'" \
    || { echo "cannot create the test database"; exit 1; }
PG="$base dbname=$dbname"
failures=0
passes=0
cli() { "$CLI" --pg "$PG" --lang en "$@"; }
check() {
    if [ "$2" = 0 ]; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $1"; fi
}
expect_exit() {
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    [ "$got" = "$want" ]; local ok=$?
    check "$name (exit $got, wanted $want: $(head -c 300 "$work/err"))" $ok
}
jqok() { jq -e "$@" "$work/out" >/dev/null; echo $?; }

expect_exit "init on the server" 0 cli init
cli org add --code T-FY --name "测试县人民法院" --tier court >/dev/null
cli org add --code T-FT --name "测试法庭" --tier tribunal --parent T-FY >/dev/null
cli org add --code T-TS --name "测试镇调解中心" --tier township --parent T-FT >/dev/null
cli org add --code T-V1 --name "一村调解室" --tier village --parent T-TS >/dev/null
cli user add --login admin --name "管理员" --org T-FY --role admin >/dev/null
cli user add --login med --name "王调解" --org T-V1 --role mediator >/dev/null

expect_exit "intake on the server" 0 cli --json --user med case intake --file "$DATA/case.json"
id=$(jq -r .id "$work/out")
check "a case version starts at 1" "$(jqok '.version == 1')"

# Seat A accepts on the version it saw; seat B, still on version 1, is told and changes nothing.
expect_exit "seat A accepts on version 1" 0 cli --json --user med case accept "$id" --on 2026-03-03 --version 1
check "the case is at version 2" "$(jqok '.version == 2 and .status == "in_mediation"')"
expect_exit "seat B rejects on version 1: refused" 1 cli --user med case reject "$id" --reason "重复" --on 2026-03-03 --version 1
grep -q "changed by someone else" "$work/err"; check "the refusal says someone else changed it" $?
expect_exit "show" 0 cli --json --user med case show "$id"
check "nothing changed by the refused change" "$(jqok '.version == 2 and .status == "in_mediation"')"
expect_exit "a version that is no number" 2 cli --user med case reject "$id" --reason x --version abc

# TIAOJIE_PG alone selects the server.
TIAOJIE_PG="$PG" "$CLI" --lang en --json --user med case show "$id" >"$work/out" 2>"$work/err"
check "TIAOJIE_PG selects the server" "$(jqok '.version == 2')"

expect_exit "--db with --pg" 2 "$CLI" --db "$work/x.sqlite" --pg "$PG" case list
expect_exit "backup refused on a server" 2 cli --user admin backup --out "$work/b.sqlite"
expect_exit "restore refused on a server" 2 cli restore "$work/none.sqlite"
expect_exit "an unreachable server is a storage problem" 3 "$CLI" --pg "host=127.0.0.1 port=1 dbname=x user=x connect_timeout=2" case list

echo "pg cli: $passes passed, $failures failed"
[ "$failures" = 0 ]
