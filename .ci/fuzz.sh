#!/usr/bin/env bash
# A short fuzz run for CI: the `load` target (any bytes as a journey file, up to 1 MB) and the
# structure-aware `outputs` target (generated hostile journeys, every output format checked for
# control characters and injection), each for at most FUZZ_SECONDS (default 90). Starts from the
# small seeds in fuzz/seeds/ in a throw-away corpus, so nothing is committed. Any crash, panic or
# failed output check fails the run; libFuzzer leaves the input in fuzz/artifacts/TARGET/.
#
# Usage: bash .ci/fuzz.sh            (from anywhere in the repository)
#        FUZZ_SECONDS=1800 bash .ci/fuzz.sh load   (a longer run of one target)
#        FUZZ_DEV=1 bash .ci/fuzz.sh   (an unoptimised build, with overflow checks: builds in
#                                       2 min instead of 5.5 on two cores, runs slower; for CI's
#                                       short run, where the build is most of the time)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

seconds="${FUZZ_SECONDS:-90}"
profile=()
[ -n "${FUZZ_DEV:-}" ] && profile=(--dev)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load outputs)

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: the nightly toolchain is needed (rustup toolchain install nightly)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

for target in "${targets[@]}"; do
  case "$target" in
    load) max_len=1048576 ;;   # journeys up to 1 MB: long lines, deep nesting
    *) max_len=65536 ;;
  esac
  # -len_control=0: use the whole max_len from the start instead of growing towards it slowly,
  # so a short run does reach large inputs.
  corpus="$(mktemp -d)"
  trap 'rm -rf "$corpus"' EXIT
  seeds="fuzz/seeds/$target"
  [ -d "$seeds" ] || seeds=""
  echo "==> fuzzing $target for ${seconds}s (max_len $max_len)"
  # -rss_limit_mb: a blow-up in memory is a finding too; -timeout: one input may take 60 s.
  cargo +nightly fuzz run "${profile[@]}" "$target" "$corpus" $seeds -- \
    -max_total_time="$seconds" -max_len="$max_len" -len_control=0 -rss_limit_mb=4096 -timeout=60 \
    -print_final_stats=1 2>&1 | tail -n 25
  rm -rf "$corpus"
done
echo "fuzz: 0 crashes in ${#targets[@]} target(s)"
