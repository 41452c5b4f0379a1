#!/usr/bin/env bash
# Drives the attachment commands: add (with dedupe, custody and size limit), list and export
# (identical bytes, no overwrite), a damaged content reported, and the audit trail.
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
cli org add --code T-V2 --name "二村调解室" --tier village --parent T-TS >/dev/null
cli user add --login admin --name "管理员" --org T-FY --role admin >/dev/null
cli user add --login med --name "王调解" --org T-V1 --role mediator >/dev/null
cli user add --login med2 --name "李调解" --org T-V2 --role mediator >/dev/null
cli user add --login staff --name "镇干部" --org T-TS --role staff >/dev/null
cli user add --login aud --name "审计员" --org T-FY --role auditor >/dev/null

id=$(cli --json --user med case intake --file "$DATA/case.json" | jq -r .id)
cli --user med case accept "$id" --on 2026-03-03 >/dev/null

head -c 5000 /dev/urandom > "$work/现场照片.jpg"
sha=$(sha256sum "$work/现场照片.jpg" | cut -d' ' -f1)
expect_exit "add" 0 cli --json --user med attachment add "$id" --file "$work/现场照片.jpg" --note "围墙"
check "add fields" "$(jqok --arg sha "$sha" '.sha256 == $sha and .size == 5000 and .kind == "evidence" and .file_name == "现场照片.jpg" and .note == "围墙" and .added_by == "med" and .added_org == "T-V1" and .duplicate == false')"
att=$(jq -r .id "$work/out")
expect_exit "same file again" 0 cli --json --user med attachment add "$id" --file "$work/现场照片.jpg" --kind other
check "duplicate, nothing new" "$(jqok --arg att "$att" '.duplicate == true and .id == $att and .kind == "evidence"')"
expect_exit "bad kind is refused" 1 cli --user med attachment add "$id" --file "$work/现场照片.jpg" --kind photo
expect_exit "missing --file is usage" 2 cli --user med attachment add "$id"
expect_exit "missing file refused" 1 cli --user med attachment add "$id" --file "$work/nothing.jpg"
expect_exit "another village may not add" 1 cli --user med2 attachment add "$id" --file "$DATA/case.json"
expect_exit "another village may not list" 1 cli --user med2 attachment list "$id"
expect_exit "township above lists" 0 cli --json --user staff attachment list "$id"
check "one attachment listed" "$(jqok --arg sha "$sha" '(.attachments | length) == 1 and .attachments[0].sha256 == $sha')"
expect_exit "township does not add to the village's case" 1 cli --user staff attachment add "$id" --file "$DATA/case.json"

# Size limit: a security setting.
cli user add --login sec --name "安全员" --org T-FY --role security >/dev/null
expect_exit "limit 1 MB" 0 cli --user sec settings set attachments.max_mb 1
head -c 1048577 /dev/zero > "$work/big.bin"
expect_exit "too big refused" 1 cli --user med attachment add "$id" --file "$work/big.bin"
expect_exit "still one" 0 cli --json --user med attachment list "$id"
check "nothing added" "$(jqok '(.attachments | length) == 1')"

mkdir "$work/out1"
expect_exit "export" 0 cli --json --user med attachment export "$att" --to "$work/out1"
check "export fields" "$(jqok --arg sha "$sha" '.sha256 == $sha and (.file | endswith("现场照片.jpg"))')"
check "identical bytes" "$(cmp -s "$work/现场照片.jpg" "$work/out1/现场照片.jpg"; echo $?)"
expect_exit "export again" 0 cli --json --user med attachment export "$att" --to "$work/out1"
check "no overwrite" "$(jqok '.file | endswith("现场照片 (2).jpg")')"
expect_exit "export to a missing folder" 1 cli --user med attachment export "$att" --to "$work/none"
expect_exit "export unknown id" 1 cli --user med attachment export 00000000-0000-0000-0000-000000000000 --to "$work/out1"

# A damaged content is reported, not exported.
sqlite3 "$DB" "DROP TRIGGER attachment_files_immutable; UPDATE attachment_files SET content = zeroblob(5000);"
mkdir "$work/out2"
expect_exit "damaged content is a storage error" 3 cli --user med attachment export "$att" --to "$work/out2"
check "nothing written" "$([ -z "$(ls -A "$work/out2")" ]; echo $?)"

expect_exit "auditor lists the case" 0 cli --json --user aud audit list --object "$id"
check "add audited" "$(jqok '[.entries[] | select(.action == "attachment.add" and .result == "ok")] | length == 1')"
check "exports audited" "$(jqok '[.entries[] | select(.action == "attachment.export" and .result == "ok")] | length == 2')"
check "refusals audited" "$(jqok '[.entries[] | select(.result == "denied")] | length >= 3')"
check "damaged export audited" "$(jqok '[.entries[] | select(.action == "attachment.export" and .result == "failed")] | length == 1')"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
