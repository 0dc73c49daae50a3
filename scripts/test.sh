#!/usr/bin/env bash
# Everything CI checks, in order, stopping at the first failure:
# formatting, lints (host and wasm32), native core tests, browser component
# tests, the release build, its size budget, the end-to-end tests in Chromium,
# the main journey once more in Firefox ESR, and a smoke run of the benchmark.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=$SECONDS
summary=()
current=""
step_started=$SECONDS
total_steps=11
n=0

print_summary() {
  if [[ ${#summary[@]} -gt 0 ]]; then printf '    %s\n' "${summary[@]}"; fi
}
on_exit() {
  local rc=$?
  if [[ $rc -ne 0 && -n "$current" ]]; then
    echo >&2
    echo "test.sh: FAILED at step '$current' (exit $rc, after $((SECONDS - step_started))s). Nothing after it ran." >&2
    echo "Steps that passed:" >&2
    print_summary >&2
  fi
}
trap on_exit EXIT

# step NAME COMMAND...: prints a header, runs the command, records its time.
step() {
  local name="$1"; shift
  n=$((n + 1))
  current="$name"
  echo
  echo "==> [$n/$total_steps] $name"
  echo "    \$ $*"
  step_started=$SECONDS
  "$@"
  summary+=("$(printf '%4ss  %s' "$((SECONDS - step_started))" "$name")")
  current=""
}

step "setup (install what is missing)" bash scripts/setup.sh
source scripts/env.sh

step "cargo fmt --check" cargo fmt --check
step "cargo clippy (host)" cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "cargo test (host: core)" cargo test
step "cargo test (wasm32: components in Chromium)" \
  env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown
step "trunk build --release (and the single-file build)" bash -c 'trunk build --release && node scripts/single-file.mjs'
step "sizes of dist/ (budget: brotli total)" bash scripts/sizes.sh
step "end-to-end tests (node --test tests/e2e/)" node --test tests/e2e/
step "Firefox ESR journey (WebDriver)" node --test tests/firefox/
step "benchmark (smoke run: budgets reported, not enforced)" env BENCH_SMOKE=1 bash scripts/bench.sh

echo
echo "==> all steps passed in $((SECONDS - started))s"
print_summary
