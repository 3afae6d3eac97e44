#!/usr/bin/env bash
# Consumer checks for `tjm export`: what tjm writes must be read without error by the programs
# people feed it to.
#
#   mermaid  every diagram parses and renders with the `mermaid` npm package in headless Chromium
#   dot      every digraph renders with Graphviz (`dot -Tsvg`)
#   csv      Python's csv module reads the BOM-ed `;` file back field for field as the JSON export
#            (defused for spreadsheets by default, exactly with --raw)
#   xlsx     every workbook is saved again by LibreOffice (headless) and imports to the same
#            journey (.ci/consumers/xlsx.sh)
#
# Usage: bash .ci/consumers/run.sh [mermaid] [dot] [csv] [xlsx]   (no argument: all four)
# Inputs: the shipped journeys, tests/fixtures/export/hostile.json (quotes, #, ;, %, <>, …) and
# tests/fixtures/robustness/{hostile,mermaid_id}.json (terminal escapes, formula starts, HTML,
# fence and directive breakers, a journey id that tries to open its own Mermaid block).
# Uses $TJM if set, else target/debug/tjm (built when missing). Installs graphviz and chromium
# with apt-get and the npm packages with `npm ci` when they are missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/.ci/consumers"
checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(mermaid dot csv xlsx)

apt_install() {
  # Another job may hold the apt lock: wait for it rather than fail.
  for attempt in 1 2 3 4 5; do
    if apt-get -o DPkg::Lock::Timeout=120 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq "$@" >/dev/null; then
      return 0
    fi
    echo "apt-get install $* failed (attempt $attempt); retrying in 20s" >&2
    sleep 20
  done
  return 1
}

tjm=${TJM:-$root/target/debug/tjm}
if [ ! -x "$tjm" ]; then
  cargo build --quiet --manifest-path "$root/Cargo.toml" --bin tjm
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Two sets, exported separately: both hostile fixtures use the journey id `hostile`.
sets=(shipped robustness)
set_inputs() {
  case "$1" in
    shipped) inputs=("$root/journeys" "$root/tests/fixtures/export/hostile.json") ;;
    robustness) inputs=("$root/tests/fixtures/robustness/hostile.json" "$root/tests/fixtures/robustness/mermaid_id.json") ;;
  esac
}

for check in "${checks[@]}"; do
  case "$check" in
    mermaid)
      [ -x /usr/bin/chromium ] || apt_install chromium
      if [ ! -d "$here/mermaid/node_modules/mermaid" ] || [ ! -d "$here/mermaid/node_modules/playwright-core" ]; then
        (cd "$here/mermaid" && npm ci --no-audit --no-fund --loglevel=error)
      fi
      files=()
      for set in "${sets[@]}"; do
        set_inputs "$set"
        "$tjm" export --to mermaid "${inputs[@]}" -o "$out/$set.md"
        files+=("$out/$set.md")
      done
      node "$here/mermaid/check.mjs" "${files[@]}"
      ;;
    dot)
      command -v dot >/dev/null || apt_install graphviz
      graphs=0
      svgs=0
      for set in "${sets[@]}"; do
        set_inputs "$set"
        "$tjm" export --to dot "${inputs[@]}" -o "$out/$set.dot"
        graphs=$((graphs + $(grep -c '^digraph ' "$out/$set.dot")))
        dot -Tsvg "$out/$set.dot" > "$out/$set.svg"
        # Each SVG must be well-formed XML: control characters in labels would break it.
        python3 -c 'import sys, xml.dom.minidom as m
text = open(sys.argv[1], encoding="utf-8").read()
parts = ["<?xml" + p for p in text.split("<?xml")[1:]]
[m.parseString(p.encode()) for p in parts]' "$out/$set.svg"
        svgs=$((svgs + $(grep -c '<svg' "$out/$set.svg")))
      done
      if [ "$svgs" -ne "$graphs" ]; then
        echo "dot: $graphs digraphs but $svgs SVG documents" >&2
        echo "dot: 0 passed, 1 failed"
        exit 1
      fi
      echo "dot: $graphs passed, 0 failed"
      ;;
    csv)
      for set in "${sets[@]}"; do
        set_inputs "$set"
        "$tjm" export --to csv "${inputs[@]}" -o "$out/$set.csv"
        "$tjm" export --to json "${inputs[@]}" -o "$out/$set.json"
        python3 "$here/csv_roundtrip.py" "$out/$set.csv" "$out/$set.json"
        "$tjm" export --to csv --delimiter , "${inputs[@]}" -o "$out/$set-comma.csv"
        python3 "$here/csv_roundtrip.py" "$out/$set-comma.csv" "$out/$set.json" --delimiter ,
        "$tjm" export --to csv --raw "${inputs[@]}" -o "$out/$set-raw.csv"
        python3 "$here/csv_roundtrip.py" "$out/$set-raw.csv" "$out/$set.json" --raw
      done
      ;;
    xlsx)
      TJM="$tjm" bash "$here/xlsx.sh"
      ;;
    *)
      echo "unknown check: $check (use mermaid, dot, csv or xlsx)" >&2
      exit 2
      ;;
  esac
done
