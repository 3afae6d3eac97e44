#!/usr/bin/env bash
# Consumer check for `tjm export --to xlsx`: every workbook opens in LibreOffice (headless),
# is saved again by it as .xlsx and as .ods, and `tjm import` reads both back to the very
# journey that was exported (compared field for field with `tjm export --to json`). The
# hand-filled fixture in tests/fixtures/import/ imports as well.
#
# Usage: bash .ci/consumers/xlsx.sh   (called by run.sh as its `xlsx` check)
# Uses $TJM if set, else target/debug/tjm (built when missing). Installs LibreOffice Calc
# (libreoffice-calc-nogui, without recommends) with apt-get when soffice is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tjm=${TJM:-$root/target/debug/tjm}
if [ ! -x "$tjm" ]; then
  cargo build --quiet --manifest-path "$root/Cargo.toml" --bin tjm
fi

if ! command -v soffice >/dev/null; then
  started=$(date +%s)
  for attempt in 1 2 3 4 5; do
    if apt-get -o DPkg::Lock::Timeout=120 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq \
        --no-install-recommends libreoffice-calc-nogui >/dev/null; then
      break
    fi
    echo "apt-get install libreoffice-calc-nogui failed (attempt $attempt); retrying in 20s" >&2
    sleep 20
  done
  echo "xlsx: installed LibreOffice in $(($(date +%s) - started)) s"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# LibreOffice keeps a profile; a fresh one per run, so no earlier run's settings count.
profile="file://$out/profile"
mkdir -p "$out/tjm" "$out/xlsx" "$out/ods" "$out/fmt"

inputs=("$root"/journeys/*.json "$root/tests/fixtures/export/hostile.json")
passed=0
failed=0
for input in "${inputs[@]}"; do
  name=$(basename "$input" .json)
  # import writes the fmt layout (touchpoints in stage order): compare with the fmt-ed file
  cp "$input" "$out/fmt/$name.json"
  "$tjm" fmt "$out/fmt/$name.json" >/dev/null 2>&1
  "$tjm" export --to xlsx "$out/fmt/$name.json" -o "$out/tjm/$name.xlsx" 2>/dev/null
  "$tjm" export --to json "$out/fmt/$name.json" -o "$out/$name.expected.json" 2>/dev/null
done
for format in xlsx ods; do
  soffice -env:UserInstallation="$profile" --headless --calc --convert-to "$format" \
    --outdir "$out/$format" "$out"/tjm/*.xlsx >/dev/null 2>&1
done
for input in "${inputs[@]}"; do
  name=$(basename "$input" .json)
  for format in xlsx ods; do
    # calamine 0.38 reads a tab in an .ods cell only from `<text:tab>…</text:tab>`, and
    # LibreOffice writes `<text:tab/>`: the hostile fixture's tab would be lost, so its .ods
    # is not compared (docs/spreadsheet.md says so).
    [ "$format" = ods ] && [ "$name" = hostile ] && continue
    saved="$out/$format/$name.$format"
    if [ ! -f "$saved" ]; then
      echo "xlsx: LibreOffice did not save $name.$format" >&2
      failed=$((failed + 1))
      continue
    fi
    if ! "$tjm" import "$saved" > "$out/$name.$format.json"; then
      echo "xlsx: tjm import $name.$format (saved by LibreOffice) failed" >&2
      failed=$((failed + 1))
      continue
    fi
    if python3 - "$out/$name.expected.json" "$out/$name.$format.json" <<'PY'; then
import json, sys
expected = json.load(open(sys.argv[1], encoding="utf-8"))["journeys"][0]["journey"]
got = json.load(open(sys.argv[2], encoding="utf-8"))
if expected != got:
    for key in sorted(set(expected) | set(got)):
        if expected.get(key) != got.get(key):
            print(f"  {key}: exported {json.dumps(expected.get(key), ensure_ascii=False)[:300]}", file=sys.stderr)
            print(f"  {key}: imported {json.dumps(got.get(key), ensure_ascii=False)[:300]}", file=sys.stderr)
    sys.exit(1)
PY
      passed=$((passed + 1))
    else
      echo "xlsx: $name.$format saved by LibreOffice imports to a different journey" >&2
      failed=$((failed + 1))
    fi
  done
done
# A workbook filled in by hand (made with the writer crate) imports to its expected journey.
hand="$root/tests/fixtures/import/lekkage-met-de-hand"
if "$tjm" import "$hand.xlsx" | cmp -s - "$hand.json"; then
  passed=$((passed + 1))
else
  echo "xlsx: the hand-filled workbook does not import to $hand.json" >&2
  failed=$((failed + 1))
fi
echo "xlsx: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
