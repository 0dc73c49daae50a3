#!/usr/bin/env bash
# The performance benchmark, in one command (see bench/README.md):
#   1. the release build (trunk build --release) when dist/ is missing or
#      older than its sources, or always with --build (never with --no-build);
#   2. the native core: cargo bench --bench core, captured in
#      target/bench/core.txt;
#   3. the browser: node bench/browser.mjs serves dist/ on 127.0.0.1 and
#      drives headless Chromium, brotli-compressed, on desktop and in a
#      mobile profile (390×844 touch, 4× slower CPU, 1.6 Mbit/s, 150 ms
#      round trip); it prints a Markdown table, writes
#      target/bench/bench.json and target/bench/bench.md, and checks the
#      budgets.
#
#   scripts/bench.sh                 full run: 5 cold loads, 100 interactions
#                                    per kind; exits 1 with "BUDGET EXCEEDED"
#                                    when a budget is missed
#   scripts/bench.sh --smoke         smoke run (or BENCH_SMOKE=1): 2 loads,
#                                    10 interactions, the native core in the
#                                    dev profile with BENCH_QUICK=1; budgets
#                                    reported, not enforced (CI)
#
# Exit status: 0 fine, 1 a budget exceeded (full run only), 2 (or another
# non-zero status) the benchmark itself failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh

smoke=0
case "${BENCH_SMOKE:-0}" in 1 | true | yes) smoke=1 ;; esac
build=auto
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    --build) build=always ;;
    --no-build) build=never ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "bench.sh: unknown argument '$arg' (try --help)" >&2
      exit 2
      ;;
  esac
done
export BENCH_SMOKE=$smoke

started=$SECONDS
out=target/bench
mkdir -p "$out"

# 1. The release build.
stale=""
if [[ ! -f dist/index.html || ! -f dist/wenselijk_bg.wasm ]]; then
  stale="dist/ is missing"
else
  newer=$(find src styles web index.html Cargo.toml Cargo.lock Trunk.toml -newer dist/index.html -type f -print -quit 2>/dev/null || true)
  [[ -n "$newer" ]] && stale="$newer is newer than dist/"
fi
if [[ "$build" == always || ( "$build" == auto && -n "$stale" ) ]]; then
  echo "==> bench: trunk build --release${stale:+ ($stale)}"
  trunk build --release
elif [[ -n "$stale" ]]; then
  echo "==> bench: not building (--no-build), although $stale"
else
  echo "==> bench: dist/ is up to date"
fi

# 2. The native core. The smoke run uses the dev profile, whose dependencies
# `cargo test` has already built (the release profile, with LTO, needs
# 20 s or more to rebuild the crate alone); its figures only show that the
# benchmark runs.
if [[ $smoke == 1 ]]; then
  profile=${BENCH_CARGO_PROFILE:-dev}
  quick=1
else
  profile=${BENCH_CARGO_PROFILE:-bench}
  quick=0
fi
cmd=(cargo bench --bench core --profile "$profile")
prefix=""
[[ $quick == 1 ]] && prefix="BENCH_QUICK=1 "
echo "==> bench: ${prefix}${cmd[*]}"
if [[ $quick == 1 ]]; then
  BENCH_QUICK=1 "${cmd[@]}" | tee "$out/core.txt"
else
  env -u BENCH_QUICK "${cmd[@]}" | tee "$out/core.txt"
fi
printf '{"command": "%s", "profile": "%s", "quick": %s}\n' "${prefix}${cmd[*]}" "$profile" \
  "$([[ $quick == 1 ]] && echo true || echo false)" >"$out/core.txt.meta.json"

# 3. The browser, the report and the budgets.
echo "==> bench: node bench/browser.mjs"
status=0
node bench/browser.mjs --core "$out/core.txt" || status=$?
echo "==> bench: $([[ $smoke == 1 ]] && echo smoke || echo full) run took $((SECONDS - started))s (exit $status)"
exit "$status"
