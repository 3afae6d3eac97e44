#!/usr/bin/env bash
# The journey schema where people use it: a project made by `tjm init` in an empty folder,
# then strict ajv, Python jsonschema and VS Code's JSON language service over it, the
# repository's schema, the shipped journeys, the scaffolds and the mistake fixtures.
#   TJM=path/to/tjm bash .ci/schema/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tjm="${TJM:-$repo/target/debug/tjm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --silent)
python3 -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"

"$tjm" init "$work/klantreizen" 2>/dev/null
"$tjm" check "$work/klantreizen/journeys" >/dev/null && status=0 || status=$?
if [ "$status" -eq 2 ]; then echo "FAIL the project made by tjm init does not load"; exit 1; fi
# The Dutch-names fixture is a journey tjm reads as well (findings are fine, problems not).
"$tjm" check "$here/fixtures/good-dutch-names.json" >/dev/null && status=0 || status=$?
if [ "$status" -eq 2 ]; then echo "FAIL tjm check refuses the Dutch-names fixture"; exit 1; fi
for bad in "$here"/fixtures/bad-*.json; do
  "$tjm" check "$bad" >/dev/null 2>&1 && status=0 || status=$?
  if [ "$status" -ne 2 ]; then echo "FAIL tjm check accepts $(basename "$bad")"; exit 1; fi
done
echo "ok   tjm check agrees with the fixtures"

node "$here/check.mjs" "$repo" "$work/klantreizen"
python3 "$here/check.py" "$repo" "$work/klantreizen"
