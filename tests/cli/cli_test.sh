#!/usr/bin/env bash
# Drives tiaojie-cli as county IT scripts do: the ladder, exit codes, JSON fields, concurrency.
set -u
CLI=$1
DATA=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DB="$work/t.sqlite"
failures=0
passes=0
cli() { "$CLI" --db "$DB" --lang en "$@"; }
check() { # name, condition result
    if [ "$2" = 0 ]; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL: $1"; fi
}
expect_exit() { # name, expected code, command...
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    [ "$got" = "$want" ]; local ok=$?
    check "$name (exit $got, wanted $want: $(head -c 300 "$work/err"))" $ok
}

expect_exit "init" 0 cli init
expect_exit "org add court" 0 cli org add --code T-FY --name "测试县人民法院" --tier court
expect_exit "org add tribunal" 0 cli org add --code T-FT --name "测试法庭" --tier tribunal --parent T-FY
expect_exit "org add township" 0 cli org add --code T-TS --name "测试镇调解中心" --tier township --parent T-FT --population 32000
expect_exit "org add village" 0 cli org add --code T-V1 --name "一村调解室" --tier village --parent T-TS --population 1800
expect_exit "bad tier is usage" 2 cli org add --code T-X --name x --tier planet --parent T-TS
expect_exit "village above township refused" 1 cli org add --code T-X --name x --tier township --parent T-V1
expect_exit "user admin" 0 cli user add --login admin --name "管理员" --org T-FY --role admin
expect_exit "user mediator" 0 cli user add --login med --name "王调解" --org T-V1 --role mediator
expect_exit "user staff" 0 cli user add --login staff --name "李干事" --org T-TS --role staff
expect_exit "user judge" 0 cli user add --login judge --name "赵法官" --org T-FT --role judge
expect_exit "mediator cannot add users" 1 cli --user med user add --login x2 --name x --org T-V1 --role mediator

expect_exit "intake" 0 cli --json --user med case intake --file "$DATA/case.json"
id=$(jq -r .id "$work/out"); number=$(jq -r .number "$work/out")
check "intake prints id, number, status, tier, amount, warnings" \
    "$(jq -e '.id and .number and .status == "registered" and .tier == "village" and .org == "T-V1" and .amount == "11580.00" and (.warnings|type) == "array" and (.parties|length) == 4' "$work/out" >/dev/null; echo $?)"
check "json is not escaped" "$(grep -q '服饰' "$work/out"; echo $?)"
expect_exit "bad file is validation" 1 cli --user med case intake --file "$work/missing.json"
sed 's/11010519491231002X/110105194912310021/' "$DATA/case.json" > "$work/bad.json"
expect_exit "wrong check char refused" 1 cli --user med case intake --file "$work/bad.json"
check "message names the ID" "$(grep -q '110105194912310021' "$work/err"; echo $?)"
expect_exit "list still has one" 0 cli --json --user med case list
check "nothing half-written" "$(jq -e '.total == 1' "$work/out" >/dev/null; echo $?)"

expect_exit "session before accept refused" 1 cli --user med case session "$id" --file "$DATA/session.json"
expect_exit "accept" 0 cli --user med case accept "$number" --on 2026-03-03
expect_exit "session" 0 cli --user med case session "$id" --file "$DATA/session.json"
expect_exit "refer needs --to" 2 cli --user med case refer "$id" --reason x
expect_exit "refer" 0 cli --json --user med case refer "$id" --to T-TS --reason "村调不成" --on 2026-03-05
check "status referred" "$(jq -e '.status == "referred"' "$work/out" >/dev/null; echo $?)"
expect_exit "inbox" 0 cli --json --user staff case inbox --org T-TS
check "inbox holds the case" "$(jq -e --arg id "$id" '.cases[0].id == $id' "$work/out" >/dev/null; echo $?)"
expect_exit "return" 0 cli --json --user staff case return "$id" --reason "请补充材料" --on 2026-03-06
check "returned to in_mediation" "$(jq -e '.status == "in_mediation" and .org == "T-V1"' "$work/out" >/dev/null; echo $?)"
expect_exit "refer again" 0 cli --user med case refer "$id" --to T-TS --reason "补充后再移交" --on 2026-03-07
expect_exit "receive" 0 cli --json --user staff case receive "$id" --on 2026-03-07
check "township handles" "$(jq -e '.status == "in_mediation" and .tier == "township"' "$work/out" >/dev/null; echo $?)"
expect_exit "refer to tribunal" 0 cli --user staff case refer "$id" --to T-FT --reason "镇调不成" --on 2026-03-08
expect_exit "receive at tribunal" 0 cli --user judge case receive "$id" --on 2026-03-08
expect_exit "bad outcome usage" 2 cli --user judge case close "$id" --outcome maybe
expect_exit "settle" 0 cli --json --user judge case close "$id" --outcome settled --agreement "$DATA/agreement.json" --on 2026-03-10
check "settled at court" "$(jq -e '.status == "settled" and .tier == "court"' "$work/out" >/dev/null; echo $?)"
expect_exit "history" 0 cli --json --user judge case history "$number"
check "history events" "$(jq -e '[.events[].action] == ["intake","accept","session","refer","return","refer","receive","refer","receive","close"] and (.events[0]|has("at") and has("user") and has("org") and has("action") and has("detail"))' "$work/out" >/dev/null; echo $?)"
expect_exit "closed case cannot be accepted" 1 cli --user judge case accept "$id"
expect_exit "unknown case" 1 cli --user med case show "no-such-case"
expect_exit "unknown command" 2 cli frobnicate
expect_exit "bad date" 2 cli --user judge case accept "$id" --on 2026-13-01

# Two writers at once never share a case number.
for w in 1 2; do
    ( for i in $(seq 1 15); do "$CLI" --db "$DB" --user med --json case intake --file "$DATA/case.json" | jq -r .number; done ) > "$work/numbers$w" &
done
wait
check "30 concurrent intakes" "$(test "$(cat "$work"/numbers1 "$work"/numbers2 | grep -c 调字)" = 30; echo $?)"
check "numbers unique" "$(test "$(cat "$work"/numbers1 "$work"/numbers2 | sort -u | wc -l)" = 30; echo $?)"

# Synthetic data for scale work, into its own database.
GEN="$work/gen.sqlite"
"$CLI" --db "$GEN" --json demo generate --cases 300 --seed 2 --until 2026-01-31 >"$work/gen" 2>"$work/err"
check "demo generate writes the cases" "$(jq -e '.cases == 300 and .parties > 600 and .events > 600' "$work/gen" >/dev/null; echo $?)"
"$CLI" --db "$GEN" --json case list --limit 5 >"$work/out"
check "generated cases listed with total" "$(jq -e '.total == 300 and (.cases | length) == 5' "$work/out" >/dev/null; echo $?)"
name=$(jq -r '.cases[0].parties[0].name' "$work/out")
"$CLI" --db "$GEN" --json case list --search "$name" --limit 0 >"$work/out"
check "search by a party name finds the case" "$(jq -e '.total >= 1' "$work/out" >/dev/null; echo $?)"
expect_exit "demo generate needs --cases" 2 "$CLI" --db "$GEN" demo generate
expect_exit "demo generate refuses 0 cases" 1 "$CLI" --db "$GEN" demo generate --cases 0

# A database newer than the program is a storage problem (exit 3).
sqlite3 "$DB" "PRAGMA user_version = 999" 2>/dev/null || "$CLI" --db "$DB" init >/dev/null
if command -v sqlite3 >/dev/null; then expect_exit "newer schema refused" 3 cli case list; fi

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
