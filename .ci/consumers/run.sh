#!/usr/bin/env bash
# Consumer checks for `tjm export`: what tjm writes must be read without error by the programs
# people feed it to.
#
#   mermaid  every diagram parses and renders with the `mermaid` npm package in headless Chromium
#   dot      every digraph renders with Graphviz (`dot -Tsvg`)
#   csv      Python's csv module reads the BOM-ed `;` file back field for field as the JSON export
#
# Usage: bash .ci/consumers/run.sh [mermaid] [dot] [csv]   (no argument: all three)
# Inputs: the shipped journeys and tests/fixtures/export/hostile.json (quotes, #, ;, %, <>, …).
# Uses $TJM if set, else target/debug/tjm (built when missing). Installs graphviz and chromium
# with apt-get and the npm packages with `npm ci` when they are missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/.ci/consumers"
checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(mermaid dot csv)

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
inputs=("$root/journeys" "$root/tests/fixtures/export/hostile.json")

for check in "${checks[@]}"; do
  case "$check" in
    mermaid)
      [ -x /usr/bin/chromium ] || apt_install chromium
      if [ ! -d "$here/mermaid/node_modules/mermaid" ] || [ ! -d "$here/mermaid/node_modules/playwright-core" ]; then
        (cd "$here/mermaid" && npm ci --no-audit --no-fund --loglevel=error)
      fi
      "$tjm" export --to mermaid "${inputs[@]}" -o "$out/journeys.md"
      node "$here/mermaid/check.mjs" "$out/journeys.md"
      ;;
    dot)
      command -v dot >/dev/null || apt_install graphviz
      "$tjm" export --to dot "${inputs[@]}" -o "$out/journeys.dot"
      graphs=$(grep -c '^digraph ' "$out/journeys.dot")
      dot -Tsvg "$out/journeys.dot" > "$out/journeys.svg"
      svgs=$(grep -c '<svg' "$out/journeys.svg")
      if [ "$svgs" -ne "$graphs" ]; then
        echo "dot: $graphs digraphs but $svgs SVG documents" >&2
        echo "dot: 0 passed, 1 failed"
        exit 1
      fi
      echo "dot: $graphs passed, 0 failed"
      ;;
    csv)
      "$tjm" export --to csv "${inputs[@]}" -o "$out/touchpoints.csv"
      "$tjm" export --to json "${inputs[@]}" -o "$out/journeys.json"
      python3 "$here/csv_roundtrip.py" "$out/touchpoints.csv" "$out/journeys.json"
      "$tjm" export --to csv --delimiter , "${inputs[@]}" -o "$out/comma.csv"
      python3 "$here/csv_roundtrip.py" "$out/comma.csv" "$out/journeys.json" --delimiter ,
      ;;
    *)
      echo "unknown check: $check (use mermaid, dot or csv)" >&2
      exit 2
      ;;
  esac
done
