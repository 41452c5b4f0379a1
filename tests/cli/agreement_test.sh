#!/usr/bin/env bash
# Drives the agreement commands: signatures, payments, visits, confirmation, feedback,
# deadlines, holidays, settings and documents.
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
expect_exit() {
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    [ "$got" = "$want" ]; local ok=$?
    check "$name (exit $got, wanted $want: $(head -c 300 "$work/err"))" $ok
}
jqok() { jq -e "$@" "$work/out" >/dev/null; echo $?; }

expect_exit "init" 0 cli init
cli org add --code T-FY --name "测试县人民法院" --tier court >/dev/null
cli org add --code T-FT --name "测试法庭" --tier tribunal --parent T-FY >/dev/null
cli org add --code T-TS --name "测试镇调解中心" --tier township --parent T-FT >/dev/null
cli org add --code T-V1 --name "一村调解室" --tier village --parent T-TS >/dev/null
cli user add --login admin --name "管理员" --org T-FY --role admin >/dev/null
cli user add --login med --name "王调解" --org T-V1 --role mediator >/dev/null
cli user add --login judge --name "赵法官" --org T-FT --role judge >/dev/null
cli org add --code T-V2 --name "二村调解室" --tier village --parent T-TS >/dev/null
cli user add --login med2 --name "李调解" --org T-V2 --role mediator >/dev/null
cli user add --login aud --name "审计员" --org T-FY --role auditor >/dev/null

expect_exit "holiday list 2025" 0 cli --json holiday list --year 2025
check "national day 2025 in the table" "$(jqok '[.holidays[] | select(.date == "2025-10-08" and .kind == "rest")] | length == 1')"
check "adjusted working saturday" "$(jqok '[.holidays[] | select(.date == "2025-10-11" and .kind == "work")] | length == 1')"
expect_exit "mediator cannot add holidays" 1 cli --user med holiday add --date 2027-01-01 --kind rest --name 元旦
expect_exit "holiday bad kind is usage" 2 cli holiday add --date 2027-01-01 --kind party --name x
expect_exit "holiday add" 0 cli --json holiday add --date 2027-01-01 --kind rest --name 元旦
check "admin row" "$(jqok '.source == "admin"')"
expect_exit "settings list" 0 cli --json setting list
check "defaults" "$(jqok '[.settings[] | select(.key == "confirmation.apply_days")][0].value == 30')"
expect_exit "setting out of range" 1 cli setting set feedback.answer_days 0

id=$(cli --json --user med case intake --file "$DATA/case.json" | jq -r .id)
number=$(cli --json --user med case show "$id" | jq -r .number)
cli --user med case accept "$id" --on 2026-03-03 >/dev/null
expect_exit "agreement of an open case" 1 cli --user med agreement show "$id"
expect_exit "settle" 0 cli --user med case close "$id" --outcome settled --agreement "$DATA/agreement.json" --on 2026-03-10
expect_exit "agreement show" 0 cli --json --user med agreement show "$id" --on 2026-04-01
check "show fields" "$(jqok '.kind == "written" and .effective_on == "2026-03-10" and .amount == "11580.00" and .amount_words == "壹万壹仟伍佰捌拾元整" and .state == "performing" and .confirmation_deadline == "2026-04-09" and (.obligations[0].instalments | length) == 2 and .obligations[0].instalments[0].state == "due" and (.case_code | startswith("TJ-"))')"
expect_exit "unknown signer refused" 1 cli --user med agreement sign "$id" --who "路人" --on 2026-03-11
expect_exit "sign bad date is usage" 2 cli --user med agreement sign "$id" --who "孙某某" --on 2026-02-30
expect_exit "sign" 0 cli --json --user med agreement sign "$id" --who "孙某某" --on 2026-03-11
check "effective date unchanged" "$(jqok '.effective_on == "2026-03-10"')"

printf 'bank slip' > "$work/slip.txt"
expect_exit "pay with proof" 0 cli --json --user med agreement pay "$id" --amount 2000.00 --on 2026-04-20 --proof "$work/slip.txt"
hash=$(sha256sum "$work/slip.txt" | cut -d' ' -f1)
check "proof hash" "$(jq -e --arg h "$hash" '.proof.sha256 == $h and .proof.name == "slip.txt"' "$work/out" >/dev/null; echo $?)"
expect_exit "bad amount is usage" 2 cli --user med agreement pay "$id" --amount 12,00 --on 2026-04-20
expect_exit "overpaying refused" 1 cli --user med agreement pay "$id" --amount 20000.00 --on 2026-04-21
expect_exit "show partly paid" 0 cli --json --user med agreement show "$id" --on 2026-04-25
check "partly paid" "$(jqok '.obligations[0].instalments[0].state == "partly_paid" and .obligations[0].instalments[0].paid == "2000.00"')"
expect_exit "show overdue" 0 cli --json --user med agreement show "$id" --on 2026-05-01
check "breached with next steps" "$(jqok '.state == "breached" and .obligations[0].instalments[0].state == "overdue" and (.next_steps | index("suit")) != null')"
expect_exit "visit" 0 cli --json --user med agreement visit "$id" --file "$DATA/visit.json"
check "visit fields" "$(jqok '.performance == "partly" and .satisfaction == 4')"

expect_exit "deadlines" 0 cli --json --user med deadlines --org T-V1 --on 2026-05-01
check "instalment overdue listed" "$(jq -e --arg n "$number" '[.deadlines[] | select(.kind == "instalment" and .number == $n and .due == "2026-04-30" and .overdue == true)] | length == 1' "$work/out" >/dev/null; echo $?)"
check "deadline fields" "$(jqok '.deadlines[0] | has("case") and has("number") and has("kind") and has("due") and has("overdue")')"

expect_exit "confirm too late" 1 cli --user med confirm apply "$id" --on 2026-04-10
expect_exit "confirm apply" 0 cli --json --user med confirm apply "$id" --on 2026-03-20
check "court over the village" "$(jqok '.court == "T-FT" and .acceptance_due == "2026-03-23"')"
expect_exit "judge's queue" 0 cli --json --user judge confirm pending
check "queue lists the application" "$(jqok --arg id "$id" '(.applications | length) == 1 and .applications[0].case == $id and .applications[0].stage == "acceptance" and .applications[0].acceptance_due == "2026-03-23" and .applications[0].ruling_due == null')"
expect_exit "a mediator keeps no queue" 1 cli --user med confirm pending
expect_exit "judge's guidance" 0 cli --json --user judge case guide "$id" --text "请写明付款账户" --on 2026-03-21
check "guidance to the village" "$(jqok '.org == "T-FT" and .to == "T-V1" and .text == "请写明付款账户"')"
expect_exit "guidance needs text" 1 cli --user judge case guide "$id" --on 2026-03-21
expect_exit "a mediator gives no guidance" 1 cli --user med2 case guide "$id" --text x
expect_exit "mediator cannot accept" 1 cli --user med confirm accept "$id" --on 2026-03-23
expect_exit "court accepts" 0 cli --json --user judge confirm accept "$id" --on 2026-03-23
check "ruling due" "$(jqok '.ruling_due == "2026-04-07"')"
expect_exit "queue after acceptance" 0 cli --json --user judge confirm pending
check "waiting for the ruling" "$(jqok '.applications[0].stage == "ruling" and .applications[0].ruling_due == "2026-04-07"')"
expect_exit "rejection needs reasons" 1 cli --user judge confirm rule "$id" --result rejected --on 2026-04-01
expect_exit "bad result is usage" 2 cli --user judge confirm rule "$id" --result maybe --on 2026-04-01
expect_exit "court rules" 0 cli --json --user judge confirm rule "$id" --result valid --on 2026-04-01 --number "（2026）测0101民特1号"
expect_exit "enforceable" 0 cli --json --user med agreement show "$id" --on 2026-05-01
check "enforceable shown" "$(jqok '.enforceable == true and .confirmation.result == "valid" and (.next_steps[0] == "enforcement")')"

code=$(jq -r .case_code "$work/out")
expect_exit "queue empty once ruled" 0 cli --json --user judge confirm pending
check "nothing waiting" "$(jqok '(.applications | length) == 0')"
expect_exit "case show has the case code" 0 cli --json --user med case show "$id"
check "case show case_code" "$(jqok --arg c "$code" '.case_code == $c')"
expect_exit "feedback by code" 0 cli --json --user med feedback add "$code" --kind consult --text "何时付款？" --on 2026-09-30
fid=$(jq -r .id "$work/out")
check "feedback due after national day" "$(jqok '.due == "2026-10-08"')"
expect_exit "rating without score" 1 cli --user med feedback add "$id" --kind rating --on 2026-10-01
expect_exit "rating" 0 cli --user med feedback add "$id" --kind rating --rating 5 --on 2026-10-01
expect_exit "answer" 0 cli --json --user med feedback answer "$fid" --text "已答复" --on 2026-10-08 --callback-on 2026-10-09
check "answered in time" "$(jqok '.in_time == true')"
expect_exit "feedback list" 0 cli --json --user med feedback list "$id"
check "satisfaction" "$(jqok '.satisfaction.ratings == 1 and .satisfaction.average == 5 and (.items | length) == 2')"

for kind in registration agreement confirmation followup cover; do
    expect_exit "doc $kind" 0 cli --user med doc render "$id" --kind "$kind" --out "$work/$kind.pdf"
done
pdftotext "$work/agreement.pdf" - | tr -d '[:space:]' > "$work/agreement.txt"
check "pdf has the case number" "$(grep -qF "$number" "$work/agreement.txt"; echo $?)"
check "pdf has the capitals" "$(grep -qF "人民币壹万壹仟伍佰捌拾元整" "$work/agreement.txt"; echo $?)"
expect_exit "doc bad kind is usage" 2 cli --user med doc render "$id" --kind poster --out "$work/x.pdf"
expect_exit "referral of a never-referred case" 1 cli --user med doc render "$id" --kind referral --out "$work/r.pdf"

# Access: another village's mediator and the administrator are refused case content.
for who in med2 admin; do
    expect_exit "$who denied agreement show" 1 cli --user "$who" agreement show "$id"
    expect_exit "$who denied pay" 1 cli --user "$who" agreement pay "$id" --amount 1.00 --on 2026-04-22
    expect_exit "$who denied doc render" 1 cli --user "$who" doc render "$id" --kind agreement --out "$work/denied.pdf"
done
check "no pdf for the refused" "$(test ! -e "$work/denied.pdf"; echo $?)"
expect_exit "deadlines of another village denied" 1 cli --user med2 deadlines --org T-V1
# Resident ID numbers print masked unless revealed.
idnum=$(jq -r '.parties[] | select(.id_number != null and .id_number != "") | .id_number' "$DATA/case.json" | head -1)
check "agreement pdf masks the ID number" "$(! grep -qF "$idnum" "$work/agreement.txt"; echo $?)"
expect_exit "doc render --reveal" 0 cli --json --user med doc render "$id" --kind agreement --out "$work/revealed.pdf" --reveal
check "revealed flag" "$(jqok '.revealed == true')"
pdftotext "$work/revealed.pdf" - | tr -d '[:space:]' > "$work/revealed.txt"
check "revealed pdf has the ID number" "$(grep -qF "$idnum" "$work/revealed.txt"; echo $?)"
# The audit trail holds the payment and the prints, and its chain is intact.
expect_exit "auditor lists the case" 0 cli --json --user aud audit list --object "$id"
check "payment audited" "$(jqok '[.entries[] | select(.action == "agreement.payment" and .result == "ok")] | length == 1')"
check "print audited" "$(jqok '[.entries[] | select(.action == "document.print" and .result == "ok")] | length >= 5')"
check "reveal audited" "$(jqok '[.entries[] | select(.action == "document.reveal")] | length == 1')"
check "refusals audited" "$(jqok '[.entries[] | select(.result == "denied" and .user == "med2")] | length >= 3')"
expect_exit "audit verify" 0 cli --json --user aud audit verify
check "audit chain intact" "$(jqok '.intact == true')"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
