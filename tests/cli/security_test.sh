#!/usr/bin/env bash
# The command line's security contract: passwords (TIAOJIE_PASSWORD or stdin), lock-out, forced
# change, duties, jurisdiction, masking and --reveal, audit verify catching tampering, backup and
# restore.
set -u
CLI=$1
DATA=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DB="$work/t.sqlite"
failures=0
passes=0
cli() { "$CLI" --db "$DB" --lang en "$@"; }
check() {
    if [ "$2" = 0 ]; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $1"; fi
}
expect_exit() { # name, expected code, command... (stdin passes through)
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    [ "$got" = "$want" ]; local ok=$?
    check "$name (exit $got, wanted $want: $(head -c 300 "$work/err"))" $ok
}
as() { local login=$1 pw=$2; shift 2; TIAOJIE_PASSWORD="$pw" "$CLI" --db "$DB" --lang en --user "$login" "$@"; }

# An open installation: no passwords yet, the only administrator acts.
expect_exit "init" 0 cli init
expect_exit "org court" 0 cli org add --code T-FY --name "法院" --tier court
expect_exit "org township" 0 cli org add --code T-TS --name "镇调解中心" --tier township --parent T-FY
expect_exit "org village 1" 0 cli org add --code T-V1 --name "一村" --tier village --parent T-TS
expect_exit "org village 2" 0 cli org add --code T-V2 --name "二村" --tier village --parent T-TS
expect_exit "admin" 0 cli user add --login admin --name "管理员" --org T-FY --role admin
expect_exit "bad role" 2 cli user add --login x --name x --org T-FY --role root
expect_exit "mediator 1" 0 cli user add --login med1 --name "一村调解员" --org T-V1 --role mediator
expect_exit "mediator 2" 0 cli user add --login med2 --name "二村调解员" --org T-V2 --role mediator
expect_exit "security officer" 0 cli user add --login sec --name "安全员" --org T-FY --role security
expect_exit "auditor" 0 cli user add --login aud --name "审计员" --org T-FY --role auditor
expect_exit "mediator's first password before admin's refused" 1 sh -c "printf 'Med1-initial\n' | \"$CLI\" --db \"$DB\" --user med1 user passwd"

# The administrator closes the installation with their own password.
expect_exit "admin sets own password" 0 sh -c "printf 'Admin-pass-2026\n' | \"$CLI\" --db \"$DB\" user passwd"
expect_exit "now a password is needed" 2 sh -c "\"$CLI\" --db \"$DB\" user list </dev/null"
expect_exit "wrong password refused" 1 env TIAOJIE_PASSWORD=nope "$CLI" --db "$DB" --lang en user list
expect_exit "password from env" 0 env TIAOJIE_PASSWORD=Admin-pass-2026 "$CLI" --db "$DB" --json user list
check "user list shows account state" "$(jq -e '.users[] | select(.login == "admin") | .has_password == true and .must_change_password == false' "$work/out" >/dev/null; echo $?)"
expect_exit "password from stdin" 0 sh -c "printf 'Admin-pass-2026\n' | \"$CLI\" --db \"$DB\" --json org list"
for u in med1 med2 sec aud; do
    expect_exit "initial password for $u" 0 sh -c "printf 'Admin-pass-2026\nFirst-$u-2026\n' | \"$CLI\" --db \"$DB\" user passwd $u"
done
expect_exit "user add with --password-stdin" 0 sh -c "printf 'Admin-pass-2026\nFirst-med3-2026\n' | \"$CLI\" --db \"$DB\" user add --login med3 --name 三 --org T-V1 --role mediator --password-stdin"
expect_exit "initial password must be changed first" 1 as med1 First-med1-2026 case list
check "message says how" "$(grep -q 'user passwd' "$work/err"; echo $?)"
for u in med1 med2 sec aud; do
    expect_exit "$u changes the initial password" 0 sh -c "printf 'First-$u-2026\nOwn-$u-2026\n' | \"$CLI\" --db \"$DB\" --user $u user passwd"
done
expect_exit "admin cannot reset a password" 1 sh -c "printf 'Admin-pass-2026\nReset-med1-2026\n' | \"$CLI\" --db \"$DB\" user passwd med1"

# Jurisdiction, masking and reveal.
expect_exit "intake in own village" 0 as med1 Own-med1-2026 --json case intake --file "$DATA/case.json"
id=$(jq -r .id "$work/out")
expect_exit "intake elsewhere refused" 1 as med2 Own-med2-2026 case intake --file "$DATA/case.json"
expect_exit "other village cannot read" 1 as med2 Own-med2-2026 case show "$id"
expect_exit "other village cannot change" 1 as med2 Own-med2-2026 case accept "$id"
expect_exit "other village lists nothing" 0 as med2 Own-med2-2026 --json case list
check "empty list" "$(jq -e '.total == 0' "$work/out" >/dev/null; echo $?)"
expect_exit "administrator reads no cases" 1 as admin Admin-pass-2026 case list
expect_exit "administrator changes no cases" 1 as admin Admin-pass-2026 case accept "$id"
expect_exit "auditor reads no cases" 1 as aud Own-aud-2026 case show "$id"
expect_exit "list masks" 0 as med1 Own-med1-2026 --json case list
check "ID masked in list" "$(jq -e '.cases[0].parties[0].id_number == "110105********002X"' "$work/out" >/dev/null; echo $?)"
expect_exit "show masks" 0 as med1 Own-med1-2026 --json case show "$id"
check "ID masked in show" "$(jq -e '.parties[0].id_number == "110105********002X" and .revealed == false' "$work/out" >/dev/null; echo $?)"
expect_exit "reveal" 0 as med1 Own-med1-2026 --json case show "$id" --reveal
check "ID whole on reveal" "$(jq -e '.parties[0].id_number == "11010519491231002X" and .revealed == true' "$work/out" >/dev/null; echo $?)"
expect_exit "accept in own village" 0 as med1 Own-med1-2026 case accept "$id" --on 2026-03-03

# Lock-out after five failures; the security officer unlocks.
for i in 1 2 3 4 5; do as med2 wrong-guess case list >/dev/null 2>&1; done
expect_exit "locked even with the right password" 1 as med2 Own-med2-2026 case list
check "message says locked" "$(grep -q 'locked' "$work/err"; echo $?)"
expect_exit "admin cannot unlock" 1 as admin Admin-pass-2026 user unlock med2
expect_exit "security unlocks" 0 as sec Own-sec-2026 user unlock med2
expect_exit "signs in again" 0 as med2 Own-med2-2026 case list
expect_exit "security sets idle time" 0 as sec Own-sec-2026 --json settings set session.idle_minutes 10
check "setting stored" "$(jq -e '.settings["session.idle_minutes"] == "10"' "$work/out" >/dev/null; echo $?)"
expect_exit "bad setting refused" 1 as sec Own-sec-2026 settings set session.idle_minutes 0

# The audit trail.
expect_exit "mediator cannot verify the audit" 1 as med1 Own-med1-2026 audit verify
expect_exit "auditor verifies" 0 as aud Own-aud-2026 --json audit verify
check "intact" "$(jq -e '.intact == true and .entries > 20' "$work/out" >/dev/null; echo $?)"
expect_exit "auditor lists" 0 as aud Own-aud-2026 --json audit list --object "$id"
check "reveal and failed sign-ins audited" "$(jq -e '[.entries[].action] | index("case.reveal") != null' "$work/out" >/dev/null; echo $?)"

# Backup, then restore after a later change; the restored file is verified first.
expect_exit "mediator cannot back up" 1 as med1 Own-med1-2026 backup --out "$work/b0.sqlite"
expect_exit "backup" 0 as admin Admin-pass-2026 --json backup --out "$work/b1.sqlite"
check "backup verified" "$(jq -e '.cases == 1 and .audit_head != ""' "$work/out" >/dev/null; echo $?)"
expect_exit "backup never overwrites" 1 as admin Admin-pass-2026 backup --out "$work/b1.sqlite"
expect_exit "another intake" 0 as med1 Own-med1-2026 case intake --file "$DATA/case.json"
expect_exit "mediator cannot restore" 1 as med1 Own-med1-2026 restore "$work/b1.sqlite"
expect_exit "restore" 0 as sec Own-sec-2026 --json restore "$work/b1.sqlite"
expect_exit "restored state" 0 as med1 Own-med1-2026 --json case list
check "one case again" "$(jq -e '.total == 1' "$work/out" >/dev/null; echo $?)"
expect_exit "chain intact after restore" 0 as aud Own-aud-2026 audit verify

if command -v sqlite3 >/dev/null; then
    sqlite3 "$DB" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_login = 'med2' WHERE id = 5;"
    expect_exit "tampering caught" 1 as aud Own-aud-2026 audit verify
    check "names the entry" "$(grep -q 'entry 5' "$work/err"; echo $?)"
    cp "$DB" "$work/tampered.sqlite"
    expect_exit "a tampered backup is not restored" 1 as sec Own-sec-2026 restore "$work/tampered.sqlite"
    printf 'garbage' > "$work/junk.sqlite"
    expect_exit "junk is not restored" 1 as sec Own-sec-2026 restore "$work/junk.sqlite"
fi

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
