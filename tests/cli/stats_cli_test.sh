#!/usr/bin/env bash
# Drives the statistics, ledger and report commands as county IT scripts do.
set -u
CLI=$1
DATA=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
check() { # name, condition result
    if [ "$2" = 0 ]; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $1"; fi
}
expect_exit() { # name, expected code, command...
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    [ "$got" = "$want" ]; local ok=$?
    check "$name (exit $got, wanted $want: $(head -c 300 "$work/err"))" $ok
}
county() { # db: the same small county in any database
    local c=("$CLI" --db "$1" --lang en)
    "${c[@]}" init >/dev/null 2>&1
    "${c[@]}" org add --code T-FY --name "测试县人民法院" --tier court >/dev/null
    "${c[@]}" org add --code T-FT --name "测试法庭" --tier tribunal --parent T-FY >/dev/null
    "${c[@]}" org add --code T-TS --name "测试镇调解中心" --tier township --parent T-FT --population 32000 >/dev/null
    "${c[@]}" org add --code T-V1 --name "一村调解室" --tier village --parent T-TS --population 1800 >/dev/null
    "${c[@]}" user add --login admin --name "管理员" --org T-FY --role admin >/dev/null
    "${c[@]}" user add --login med --name "王调解" --org T-V1 --role mediator >/dev/null
    "${c[@]}" user add --login judge --name "赵法官" --org T-FY --role judge >/dev/null
}
DB="$work/a.sqlite"
cli() { "$CLI" --db "$DB" --lang en "$@"; }
county "$DB"

expect_exit "intake 1" 0 cli --json --user med case intake --file "$DATA/case.json"
one=$(jq -r .id "$work/out")
cli --user med case accept "$one" --on 2026-03-03 >/dev/null
cli --user med case session "$one" --file "$DATA/session.json" >/dev/null
expect_exit "settle 1" 0 cli --user med case close "$one" --outcome settled --agreement "$DATA/agreement.json" --on 2026-03-10
sed 's/"2026-03-02"/"2026-03-05"/; s/"劳动争议"/"邻里"/; s/农民工工资//' "$DATA/case.json" > "$work/case2.json"
expect_exit "intake 2" 0 cli --json --user med case intake --file "$work/case2.json"
two=$(jq -r .id "$work/out")
cli --user med case accept "$two" --on 2026-03-05 >/dev/null
expect_exit "fail 2" 0 cli --user med case close "$two" --outcome failed --reason "分歧较大" --on 2026-03-25
expect_exit "prevention" 0 cli --json --user med prevention record "$one" --kind mass_petition --persons 3 --on 2026-03-10
check "prevention listed" "$(jq -e '.preventions[0].kind == "mass_petition" and .preventions[0].persons == 3' "$work/out" >/dev/null; echo $?)"
expect_exit "prevention bad kind" 2 cli --user med prevention record "$one" --kind riot

expect_exit "stats" 0 cli --json stats --from 2026-03-01 --to 2026-03-31 --as-of 2026-03-31
check "stats figures" "$(jq -e '.registered == 2 and .concluded == 2 and .settled == 1 and .failed == 1 and .success_rate == 0.5 and .mediation_withdrawal_rate == 0.5 and .cycle_days_average == 14 and .cycle_days_median == 14 and .agreement_amount == "11580.00" and .prevented_petition_cases == 1 and .prevented_petition_persons == 3 and .population == 32000 and .litigation_rate == 0 and .settled_in_village_share == 1 and .fulfilment_rate == null and .voluntary_performance_rate == null' "$work/out" >/dev/null; echo $?)"
check "stats breakdowns" "$(jq -e '(.by_month|length) == 1 and (.by_tier|map(.key)) == ["village","township","court"] and (.by_category|map(.key)|sort) == ["劳动争议","邻里"] and (.litigation_by_area|map(.org)) == ["T-FY","T-FT"]' "$work/out" >/dev/null; echo $?)"
cp "$work/out" "$work/stats_a.json"
expect_exit "stats of a subtree" 0 cli --json stats --org T-TS --from 2026-03-01 --to 2026-03-31
check "subtree has the cases" "$(jq -e '.registered == 2 and .org == "T-TS"' "$work/out" >/dev/null; echo $?)"
expect_exit "stats bad date" 2 cli stats --from 2026-02-30
expect_exit "stats backwards period" 1 cli stats --from 2026-04-01 --to 2026-03-01
expect_exit "stats unknown org" 1 cli stats --org NOPE

expect_exit "ledger export csv" 0 cli --json --user judge ledger export --reveal --out "$work/l.csv"
check "two cases exported" "$(jq -e '.cases == 2' "$work/out" >/dev/null; echo $?)"
check "csv has a BOM" "$(head -c 3 "$work/l.csv" | od -An -tx1 | grep -q 'ef bb bf'; echo $?)"
expect_exit "ledger export xlsx" 0 cli --user judge ledger export --reveal --org T-TS --out "$work/l.xlsx"
expect_exit "ledger export bad type" 2 cli --user judge ledger export --reveal --out "$work/l.ods"

DB="$work/b.sqlite"
county "$DB"
expect_exit "dry run" 0 cli --json --user med ledger import "$work/l.xlsx" --dry-run --mapping "$work/map.json"
check "dry run previews and imports nothing" "$(jq -e '.rows == 2 and (.errors|length) == 0' "$work/out" >/dev/null && [ "$(cli --json --user judge case list | jq .total)" = 0 ]; echo $?)"
check "mapping remembered" "$(jq -e '.columns.received_on == "登记日期"' "$work/map.json" >/dev/null; echo $?)"
expect_exit "import" 0 cli --json --user med ledger import "$work/l.xlsx" --mapping "$work/map.json"
check "imported two" "$(jq -e '.imported == 2' "$work/out" >/dev/null; echo $?)"
expect_exit "import again" 0 cli --json --user med ledger import "$work/l.csv"
check "second import adds nothing" "$(jq -e '.imported == 0 and .duplicates == 2' "$work/out" >/dev/null; echo $?)"
expect_exit "stats after round trip" 0 cli --json stats --from 2026-03-01 --to 2026-03-31 --as-of 2026-03-31
check "same figures after round trip" "$(diff <(jq -S 'del(.prevented_petition_cases, .prevented_petition_persons)' "$work/stats_a.json") <(jq -S 'del(.prevented_petition_cases, .prevented_petition_persons)' "$work/out") >/dev/null; echo $?)"
printf '登记单位代码,登记日期,纠纷类型,申请人,被申请人,纠纷简要情况\nT-V1,2026-03-02,邻里,甲,乙,事实\nT-V1,2026-03-40,邻里,甲,乙,事实\nT-V1,2026-03-02,斗殴,甲,乙,事实\n' > "$work/bad.csv"
expect_exit "bad ledger refused" 1 cli --user med ledger import "$work/bad.csv"
check "each bad row reported" "$(grep -q 'row 3' "$work/err" && grep -q 'row 4' "$work/err"; echo $?)"
check "bad ledger imported nothing" "$(test "$(cli --json --user judge case list | jq .total)" = 2; echo $?)"
expect_exit "missing ledger" 1 cli --user med ledger import "$work/none.csv"

DB="$work/a.sqlite"
expect_exit "report pdf" 0 cli --json report monthly --month 2026-03 --out "$work/r.pdf"
check "pdf written" "$(head -c 4 "$work/r.pdf" | grep -q '%PDF'; echo $?)"
if command -v pdftotext >/dev/null; then
    check "pdf has the report" "$(pdftotext "$work/r.pdf" - | grep -q 'monthly report'; echo $?)"
fi
expect_exit "report xlsx" 0 cli --json report monthly --month 2026-03 --org T-TS --out "$work/r.xlsx"
check "report json carries the figures" "$(jq -e '.figures.settled == 1 and .month == "2026-03"' "$work/out" >/dev/null; echo $?)"
expect_exit "report bad month" 2 cli report monthly --month 2026-3 --out "$work/r.pdf"
expect_exit "report bad type" 2 cli report monthly --month 2026-03 --out "$work/r.doc"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
