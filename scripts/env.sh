# shellcheck shell=bash
# Sourced by the other scripts (and usable by hand: `source scripts/env.sh`).
# Puts the tools the build needs on PATH, in this order:
#   1. node_modules/.bin  - binaryen's wasm-opt (132); older ones fail on
#                           wasm-bindgen 0.2.130 output, so this one must win
#   2. ~/.cargo/bin       - trunk, wasm-bindgen, cargo
# Sets WENSELIJK_ROOT to the repository root. Safe to source repeatedly.

WENSELIJK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WENSELIJK_ROOT

_wenselijk_path_prepend() {
  local dir="$1" rest=":${PATH}:"
  while [[ "$rest" == *":${dir}:"* ]]; do   # drop earlier copies, so it really is first
    rest="${rest//:${dir}:/:}"
  done
  rest="${rest#:}"
  rest="${rest%:}"
  PATH="${dir}${rest:+:${rest}}"
}
_wenselijk_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
_wenselijk_path_prepend "${WENSELIJK_ROOT}/node_modules/.bin"
unset -f _wenselijk_path_prepend
export PATH

# Trunk must never try to download wasm-bindgen or wasm-opt (Trunk.toml says so too).
export TRUNK_OFFLINE=true
