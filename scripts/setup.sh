#!/usr/bin/env bash
# Installs what building and testing Wenselijk needs, skipping whatever is
# already there. Idempotent; safe on a fresh Debian machine (as root) and on a
# developer machine where everything is present (then it takes about a second).
#
#   bash scripts/setup.sh      # install, then use `source scripts/env.sh`
#   source scripts/setup.sh    # install and put the tools on PATH in this shell
#
# Steps (one line of output each):
#   apt        chromium chromium-driver brotli (+ nodejs npm if node is missing);
#              `apt-get update` only when something must be installed
#   firefox-esr  Debian's Firefox ESR, the second engine for the Firefox journey
#              (skipped when `firefox-esr` is on PATH; about 30 s with apt-get update)
#   rustup     target wasm32-unknown-unknown, components clippy and rustfmt
#   trunk      0.21.14 (cargo install --locked, cheap release profile)
#   wasm-bindgen-cli  exactly the wasm-bindgen version in Cargo.lock (no --locked:
#              its own lockfile pins a crate version the registry here lacks)
#   geckodriver  0.37.1 (cargo install --locked, cheap release profile), the
#              WebDriver server for Firefox; skipped when `geckodriver` is on PATH
#   npm ci     when node_modules is missing or older than package-lock.json
#   wasm-opt   checks that binaryen's wasm-opt (>= 132) from node_modules wins on PATH

_wenselijk_setup() (
  set -euo pipefail
  cd "$WENSELIJK_ROOT"

  local trunk_version="0.21.14"
  local log
  log="$(mktemp -t wenselijk-setup.XXXXXX)"
  trap 'rm -f "$log"' EXIT

  say() { printf 'setup: %-18s %s\n' "$1" "$2"; }
  fail() { say "$1" "FAILED: $2" >&2; if [[ -s "$log" ]]; then tail -n 40 "$log" >&2; fi; exit 1; }
  # Runs a command quietly; on failure shows the end of its output.
  quiet() { "$@" >"$log" 2>&1; }
  as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
  # The cheap release profile: a tool built this way is as good for us and
  # builds in about half the time on 2 cores.
  cheap_cargo_install() {
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install "$@"
  }
  # If someone else is already installing this tool, wait for that install
  # rather than starting a second one that fights over the same files.
  wait_for_other_install() {
    local what="$1" waited=0
    while pgrep -f "cargo install.* ${what}( |$)" >/dev/null 2>&1; do
      if [[ $waited -eq 0 ]]; then say "$what" "another 'cargo install $what' is running: waiting for it"; fi
      sleep 10
      waited=$((waited + 10))
    done
  }

  # --- apt --------------------------------------------------------------
  local pkgs=(chromium chromium-driver brotli) missing=() p
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
  for p in "${pkgs[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == *'install ok installed'* ]] || missing+=("$p")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    say apt "skipped (${pkgs[*]} present)"
  else
    quiet as_root apt-get update -q || fail apt "apt-get update"
    quiet as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" ||
      fail apt "apt-get install ${missing[*]}"
    say apt "installed ${missing[*]}"
  fi

  # --- firefox-esr ------------------------------------------------------
  # Debian's Firefox ESR for tests/firefox/ (about 30 s, apt-get update included).
  if command -v firefox-esr >/dev/null 2>&1; then
    say firefox-esr "skipped (present)"
  else
    quiet as_root apt-get update -q || fail firefox-esr "apt-get update"
    quiet as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q firefox-esr ||
      fail firefox-esr "apt-get install firefox-esr"
    command -v firefox-esr >/dev/null 2>&1 || fail firefox-esr "installed, but 'firefox-esr' is not on PATH"
    say firefox-esr "installed $(firefox-esr --version 2>/dev/null || true)"
  fi

  # --- rustup -----------------------------------------------------------
  command -v rustup >/dev/null 2>&1 || fail rustup "rustup not found (need the Rust toolchain from rustup)"
  if grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed)"; then
    say wasm32-target "skipped (present)"
  else
    quiet rustup target add wasm32-unknown-unknown || fail wasm32-target "rustup target add"
    say wasm32-target "installed"
  fi
  local comps=() c installed_comps
  installed_comps="$(rustup component list --installed)"
  for c in clippy rustfmt; do
    grep -q "^${c}" <<<"$installed_comps" || comps+=("$c")
  done
  if [[ ${#comps[@]} -eq 0 ]]; then
    say clippy+rustfmt "skipped (present)"
  else
    quiet rustup component add "${comps[@]}" || fail clippy+rustfmt "rustup component add ${comps[*]}"
    say clippy+rustfmt "installed ${comps[*]}"
  fi

  # --- trunk ------------------------------------------------------------
  trunk_ok() { [[ "$(trunk --version 2>/dev/null)" == "trunk ${trunk_version}" ]]; }
  trunk_ok || wait_for_other_install trunk
  if trunk_ok; then
    say trunk "skipped (${trunk_version} present)"
  else
    say trunk "installing ${trunk_version} (about 7 minutes on 2 cores)..."
    quiet cheap_cargo_install --locked trunk --version "$trunk_version" || fail trunk "cargo install trunk"
    trunk_ok || fail trunk "installed, but 'trunk --version' says: $(trunk --version 2>&1 || true)"
    say trunk "installed ${trunk_version}"
  fi

  # --- wasm-bindgen-cli -------------------------------------------------
  [[ -f Cargo.lock ]] || fail wasm-bindgen-cli "Cargo.lock is missing"
  local wb_version
  wb_version="$(awk '
    /^\[\[package\]\]/ { in_wb = 0 }
    /^name = "wasm-bindgen"$/ { in_wb = 1; next }
    in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock)"
  [[ -n "$wb_version" ]] || fail wasm-bindgen-cli "no wasm-bindgen package in Cargo.lock"
  wb_ok() { [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen ${wb_version}"* ]]; }
  wb_ok || wait_for_other_install wasm-bindgen-cli
  if wb_ok; then
    say wasm-bindgen-cli "skipped (${wb_version} present)"
  else
    say wasm-bindgen-cli "installing ${wb_version} (about 3 minutes)..."
    quiet cheap_cargo_install wasm-bindgen-cli --version "$wb_version" || fail wasm-bindgen-cli "cargo install"
    wb_ok || fail wasm-bindgen-cli "installed, but 'wasm-bindgen --version' says: $(wasm-bindgen --version 2>&1 || true)"
    say wasm-bindgen-cli "installed ${wb_version}"
  fi

  # --- geckodriver ------------------------------------------------------
  # The WebDriver server for Firefox, from crates.io. 0.37.1 builds with
  # --locked on rustc 1.95; 2 to 3 minutes on 2 cores with the cheap profile
  # (measured here: 2m08s, and 2m50s while another build was running).
  local gecko_version="0.37.1"
  command -v geckodriver >/dev/null 2>&1 || wait_for_other_install geckodriver
  if command -v geckodriver >/dev/null 2>&1; then
    say geckodriver "skipped (present: $(geckodriver --version 2>/dev/null | head -n 1))"
  else
    say geckodriver "installing ${gecko_version} (2 to 3 minutes on 2 cores)..."
    quiet cheap_cargo_install --locked geckodriver --version "$gecko_version" || fail geckodriver "cargo install geckodriver"
    command -v geckodriver >/dev/null 2>&1 || fail geckodriver "installed, but 'geckodriver' is not on PATH"
    say geckodriver "installed ${gecko_version}"
  fi

  # --- npm --------------------------------------------------------------
  # npm writes node_modules/.package-lock.json on every install: compare with it.
  if [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "npm ci" "skipped (node_modules up to date)"
  else
    quiet npm ci --no-audit --no-fund || fail "npm ci" "npm ci"
    say "npm ci" "installed node_modules"
  fi

  # --- wasm-opt ---------------------------------------------------------
  local wo wo_version
  wo="$(command -v wasm-opt || true)"
  [[ "$wo" == "$WENSELIJK_ROOT/node_modules/.bin/wasm-opt" ]] ||
    fail wasm-opt "expected node_modules/.bin/wasm-opt first on PATH, found '${wo:-none}'"
  wo_version="$(wasm-opt --version | grep -o 'version [0-9]*' | grep -o '[0-9]*')"
  [[ "${wo_version:-0}" -ge 132 ]] || fail wasm-opt "binaryen ${wo_version:-?} is too old (need >= 132)"
  say wasm-opt "ok (binaryen ${wo_version}, node_modules)"
)

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
_wenselijk_setup
_wenselijk_setup_status=$?
unset -f _wenselijk_setup
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: keep the caller's shell, report the status.
  return "$_wenselijk_setup_status"
fi
exit "$_wenselijk_setup_status"
