#!/usr/bin/env bash
# Drives the transfer commands between two installations (village laptop, township office):
# device keys and trust, export with custody, verify (writes nothing), import with a receipt,
# duplicate, tampering, gap, and the exit codes (0 ok, 1 refused, 2 usage, 3 storage).
set -u
CLI=$1
DATA=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
V="$work/village.sqlite"
T="$work/township.sqlite"
cv() { "$CLI" --db "$V" --lang en "$@"; }
ct() { "$CLI" --db "$T" --lang en "$@"; }
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

for c in cv ct; do
    $c init >/dev/null
    $c org add --code T-FY --name "测试县人民法院" --tier court >/dev/null
    $c org add --code T-FT --name "测试法庭" --tier tribunal --parent T-FY >/dev/null
    $c org add --code T-TS --name "测试镇调解中心" --tier township --parent T-FT >/dev/null
    $c org add --code T-V1 --name "一村调解室" --tier village --parent T-TS >/dev/null
    $c org add --code T-V2 --name "二村调解室" --tier village --parent T-TS >/dev/null
    $c user add --login admin --name "管理员" --org T-FY --role admin >/dev/null
    $c user add --login med --name "王调解" --org T-V1 --role mediator >/dev/null
    $c user add --login staff --name "镇干部" --org T-TS --role staff >/dev/null
    $c user add --login aud --name "审计员" --org T-FY --role auditor >/dev/null
done

expect_exit "device show" 0 cv --json device show
check "device fields" "$(jqok '(.public_key | length) == 64 and (.fingerprint | test("^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$")) and (.device_id | length) == 16')"
vkey=$(jq -r .public_key "$work/out")
check "key file is private" "$([ "$(stat -c %a "$V.transfer-key")" = 600 ]; echo $?)"
tkey=$(ct --json device show | jq -r .public_key)

expect_exit "trust needs --key" 2 ct --user admin device trust T-V1
expect_exit "a mediator may not trust" 1 ct --user med device trust T-V1 --key "$vkey"
expect_exit "bad key refused" 1 ct --user admin device trust T-V1 --key abc
expect_exit "trust the village" 0 ct --json --user admin device trust T-V1 --key "$vkey"
expect_exit "trust the township" 0 cv --user admin device trust T-TS --key "$tkey"
expect_exit "trusted list" 0 ct --json --user admin device trusted
check "one trusted device" "$(jqok --arg k "$vkey" '(.devices | length) == 1 and .devices[0].public_key == $k and .devices[0].org == "T-V1"')"

id=$(cv --json --user med case intake --file "$DATA/case.json" | jq -r .id)
cv --user med case accept "$id" --on 2026-03-03 >/dev/null
head -c 4000 /dev/urandom > "$work/photo.jpg"
cv --user med attachment add "$id" --file "$work/photo.jpg" >/dev/null
id2=$(cv --json --user med case intake --file "$DATA/case.json" | jq -r .id)
cv --user med case accept "$id2" --on 2026-03-03 >/dev/null

expect_exit "export needs --out" 2 cv --user med package export "$id"
expect_exit "export without referral needs --to" 2 cv --user med package export "$id" --out "$work/p1.tjp"
cv --user med case refer "$id" --to T-TS --reason "需镇里协调" --on 2026-03-05 >/dev/null
expect_exit "export" 0 cv --json --user med package export "$id" --out "$work/p1.tjp"
check "export fields" "$(jqok --arg id "$id" '.kind == "referral" and .seq == 1 and .recipient_org == "T-TS" and .cases == [$id] and .bytes > 4000')"
pkg=$(jq -r .package_id "$work/out")
check "no temporary file left" "$(ls -A "$work" | grep -c '\.tmp$' | grep -qx 0; echo $?)"
expect_exit "export again refused: the case is away" 1 cv --user med package export "$id" --out "$work/p1b.tjp"
expect_exit "custody: no session while away" 1 cv --user med case session "$id" --file "$DATA/session.json"

before=$(sqlite3 "$T" "SELECT COUNT(*) FROM cases")
expect_exit "verify" 0 ct --json --user staff package verify "$work/p1.tjp"
check "verify summary" "$(jqok --arg id "$id" '.new == [$id] and .files == 1 and .applied == false and .sender_org == "T-V1"')"
check "verify wrote nothing" "$([ "$(sqlite3 "$T" "SELECT COUNT(*) FROM cases")" = "$before" ]; echo $?)"

cp "$work/p1.tjp" "$work/bad.tjp"
printf 'X' | dd of="$work/bad.tjp" bs=1 seek=200 conv=notrunc 2>/dev/null
expect_exit "tampered refused" 1 ct --user staff package import "$work/bad.tjp"
head -c 100 "$work/p1.tjp" > "$work/short.tjp"
expect_exit "truncated refused" 1 ct --user staff package import "$work/short.tjp"
expect_exit "verify of a tampered package refused" 1 ct --user staff package verify "$work/bad.tjp"
check "nothing written by refusals" "$([ "$(sqlite3 "$T" "SELECT COUNT(*) FROM cases")" = "$before" ]; echo $?)"
check "refusals audited as failed" "$([ "$(sqlite3 "$T" "SELECT COUNT(*) FROM audit_log WHERE action = 'package.import' AND result = 'failed'")" = 2 ]; echo $?)"
expect_exit "a missing file is refused" 1 ct --user staff package import "$work/none.tjp"
expect_exit "import needs a file" 2 ct --user staff package import

expect_exit "import" 0 ct --json --user staff package import "$work/p1.tjp" --receipt "$work/r1.tjp"
check "import summary" "$(jqok --arg id "$id" '.new == [$id] and .applied == true and .duplicate == false')"
check "receipt written" "$([ -s "$work/r1.tjp" ]; echo $?)"
expect_exit "import twice" 0 ct --json --user staff package import "$work/p1.tjp"
check "second import changes nothing" "$(jqok '.duplicate == true and .applied == false and .new == []')"
expect_exit "case arrived with its attachment" 0 ct --json --user staff attachment list "$id"
check "attachment arrived" "$(jqok '(.attachments | length) == 1')"

expect_exit "receipt at the village" 0 cv --json --user med package import "$work/r1.tjp"
check "delivered" "$(jqok --arg p "$pkg" '.delivered_package == $p and .kind == "receipt"')"
check "marked delivered" "$([ "$(sqlite3 "$V" "SELECT delivered_at IS NOT NULL FROM transfer_packages WHERE package_id = '$pkg'")" = 1 ]; echo $?)"

# A gap: package 3 before 2 is refused, naming expected and got.
cv --user med case refer "$id2" --to T-TS --reason "同上" --on 2026-03-05 >/dev/null
id3=$(cv --json --user med case intake --file "$DATA/case.json" | jq -r .id)
cv --user med case accept "$id3" --on 2026-03-03 >/dev/null
cv --user med case refer "$id3" --to T-TS --reason "同上" --on 2026-03-05 >/dev/null
cv --user med package export "$id2" --out "$work/p2.tjp" >/dev/null
cv --user med package export "$id3" --out "$work/p3.tjp" >/dev/null
expect_exit "gap refused" 1 ct --user staff package import "$work/p3.tjp"
check "gap message names expected and got" "$(grep -q 'expected number 2' "$work/err" && grep -q 'got 3' "$work/err"; echo $?)"
expect_exit "in order" 0 ct --user staff package import "$work/p2.tjp"
expect_exit "then the next" 0 ct --user staff package import "$work/p3.tjp"
expect_exit "review queue empty" 0 ct --json --user staff package review
check "no review items" "$(jqok '(.items | length) == 0')"
expect_exit "resolve needs --keep" 2 ct --user staff package resolve nothing
expect_exit "resolve unknown" 1 ct --user staff package resolve nothing --keep mine

expect_exit "revoke" 0 ct --user admin device revoke "$(cv --json device show | jq -r .device_id)"
id4=$(cv --json --user med case intake --file "$DATA/case.json" | jq -r .id)
cv --user med case accept "$id4" --on 2026-03-03 >/dev/null
cv --user med case refer "$id4" --to T-TS --reason "同上" --on 2026-03-05 >/dev/null
cv --user med package export "$id4" --out "$work/p4.tjp" >/dev/null
expect_exit "revoked key refused" 1 ct --user staff package import "$work/p4.tjp"
check "untrusted message" "$(grep -q 'does not trust' "$work/err"; echo $?)"
check "export and import audited" "$([ "$(sqlite3 "$V" "SELECT COUNT(*) FROM audit_log WHERE action = 'package.export'")" = 4 ] && [ "$(sqlite3 "$T" "SELECT COUNT(*) FROM audit_log WHERE action = 'package.import' AND result = 'ok'")" = 3 ]; echo $?)"
expect_exit "unknown subcommand is usage" 2 ct package frobnicate
expect_exit "audit chain intact" 0 ct --user aud audit verify

echo "transfer CLI: $passes passed, $failures failed"
[ "$failures" = 0 ]
