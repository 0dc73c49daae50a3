#!/usr/bin/env bash
# Builds the participant page (participant.html), the lean second program,
# next to the main app. Trunk builds one page per run, so Trunk.toml calls
# this as a post_build hook: `trunk build` and `trunk serve` make both pages.
# By hand: `bash scripts/participant.sh [--release] [OUT_DIR]` (default dist/).
#
# Steps: cargo builds the `participant` binary for wasm32 (the same profile
# as Trunk's run), wasm-bindgen writes its JavaScript glue, binaryen's
# wasm-opt shrinks a release build (the flags of index.html's rust link),
# and web/participant.html and web/participant-loader.js are copied.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh

profile="${TRUNK_PROFILE:-debug}"
out="${TRUNK_STAGING_DIR:-}"
for arg in "$@"; do
  case "$arg" in
    --release) profile=release ;;
    *) out="$arg" ;;
  esac
done
out="${out:-dist}"
mkdir -p "$out"

cargo_flags=(--target wasm32-unknown-unknown --bin participant)
[[ "$profile" == release ]] && cargo_flags+=(--release)
cargo build "${cargo_flags[@]}"

wasm="target/wasm32-unknown-unknown/${profile}/participant.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name wenselijk-participant "$wasm"
if [[ "$profile" == release ]]; then
  wasm-opt -Oz --converge --one-caller-inline-max-function-size 50 \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/wenselijk-participant_bg.wasm" -o "$out/wenselijk-participant_bg.wasm"
fi
cp web/participant.html web/participant-loader.js "$out/"
echo "participant page: $out/participant.html ($profile)"
