#!/usr/bin/env bash
# Installs the real editors the end-to-end tests drive: Debian's chromium, neovim and emacs-nox +
# eglot, and code-server 4.100.3 (VS Code 1.100.3) into the git-ignored .e2e/code-server/.
# Idempotent: a second run only checks and takes a second or two. Needs root (or sudo -n) for apt.
# Downloads nothing but Debian and npm packages: ripgrep comes from Debian, native modules are
# compiled against /usr/include/node, never fetched as prebuilt binaries.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION=4.100.3
CS_DIR="$ROOT/.e2e/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
LOG="$ROOT/.e2e/code-server-install.log"
APT_PACKAGES=(chromium neovim emacs-nox elpa-eglot ripgrep libkrb5-dev pkg-config)
# The dependencies of code-server 4.100.3 whose install scripts a plain `npm i code-server` runs
# (the hasInstallScript entries of its three npm-shrinkwrap.json files, less the win32-only
# windows-ca-certs).
ALLOWED_SCRIPTS=(argon2 @parcel/watcher @vscode/deviceid @vscode/ripgrep @vscode/spdlog
  @vscode/windows-process-tree @vscode/windows-registry kerberos native-watchdog node-pty esbuild)

log() { printf '[setup-editors] %s\n' "$*"; }
t0=$SECONDS

# ---- 1. Debian packages --------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to install: ${missing[*]}"; exit 1; }
    SUDO=(sudo -n)
  fi
  log "apt: installing ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
else
  log "apt: ${APT_PACKAGES[*]} already installed"
fi

# ---- 2. code-server ------------------------------------------------------------------------
# The native modules code-server needs to start, log and run a terminal, and the rg it searches with.
native_ok() {
  local f
  [ -e "$CS_DIR/node_modules/argon2/lib/binding/napi-v3/argon2.node" ] \
    || [ -e "$CS_PKG/node_modules/argon2/lib/binding/napi-v3/argon2.node" ] \
    || { log "missing: argon2.node"; return 1; }
  for f in \
    "$CS_PKG/lib/vscode/node_modules/node-pty/build/Release/pty.node" \
    "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" \
    "$CS_PKG/lib/vscode/node_modules/native-watchdog/build/Release/watchdog.node" \
    "$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"; do
    [ -e "$f" ] || { log "missing: ${f#"$ROOT/"}"; return 1; }
  done
}

# `code-server --version` in a throw-away config/data/extensions dir (without --config even
# --version writes into ~/.config/code-server).
verify() {
  local tmp out
  tmp="$(mktemp -d)"
  printf 'auth: none\n' >"$tmp/config.yaml"
  if ! out="$(HOME="$tmp" "$CS_BIN" --config "$tmp/config.yaml" --user-data-dir "$tmp/data" \
    --extensions-dir "$tmp/ext" --version 2>&1)"; then
    rm -rf "$tmp"; log "code-server --version failed: $out"; return 1
  fi
  rm -rf "$tmp"
  if grep -q "^$CS_VERSION " <<<"$out"; then log "code-server --version: $out"
  else log "unexpected code-server --version: $out"; return 1; fi
}

if [ -x "$CS_BIN" ] && native_ok && verify; then
  log "code-server $CS_VERSION already installed in .e2e/code-server"
else
  log "installing code-server@$CS_VERSION into .e2e/code-server (1-2 min; log: .e2e/code-server-install.log)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR" "$ROOT/.e2e/tmp"
  # npm 11 runs a dependency's install scripts only when allowScripts lists it. code-server's own
  # postinstall runs `npm install` again inside lib/vscode and lib/vscode/extensions, whose
  # package.json files list nothing, and npm refuses --allow-scripts (even as an inherited
  # npm_config_ variable) in project installs. So: install code-server with argon2's script only,
  # give each nested project an .npmrc with allow-scripts, then run code-server's postinstall.
  printf '%s\n' '{' \
    '  "name": "claimcheck-e2e-editors",' \
    '  "private": true,' \
    '  "description": "code-server for the claimcheck end-to-end tests; written by scripts/setup-editors.sh",' \
    "  \"dependencies\": { \"code-server\": \"$CS_VERSION\" }," \
    '  "allowScripts": { "argon2": true, "code-server": false }' \
    '}' >"$CS_DIR/package.json"

  # Trap 3 of the recipe: @vscode/ripgrep would fetch rg from GitHub; seed its cache with Debian's.
  rg_cache="$ROOT/.e2e/tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache/pkg"
  cp "$(command -v rg)" "$rg_cache/pkg/rg"
  tar -C "$rg_cache/pkg" -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg

  # Native modules compile against the local Node headers (node-gyp would otherwise download
  # them) and from source (prebuild-install / node-pre-gyp would otherwise try GitHub first).
  npm_env=(TMPDIR="$ROOT/.e2e/tmp" npm_config_yes=true npm_config_build_from_source=true)
  [ -f /usr/include/node/node.h ] && npm_env+=(npm_config_nodedir=/usr)
  allow_csv="$(IFS=,; echo "${ALLOWED_SCRIPTS[*]}")"
  # (errexit is off inside an `if` condition, hence the explicit `|| exit`.)
  if ! (
    cd "$CS_DIR" || exit
    env "${npm_env[@]}" npm install --no-audit --no-fund --unsafe-perm --foreground-scripts </dev/null || exit
    for d in "$CS_PKG/lib/vscode" "$CS_PKG/lib/vscode/extensions"; do
      printf 'allow-scripts=%s\n' "$allow_csv" >"$d/.npmrc" || exit
    done
    cd "$CS_PKG" || exit
    env "${npm_env[@]}" npm run postinstall --unsafe-perm --foreground-scripts </dev/null
  ) >"$LOG" 2>&1; then
    tail -n 60 "$LOG"
    log "installing code-server failed; full log: .e2e/code-server-install.log"
    exit 1
  fi
  grep -q 'Using cached download' "$LOG" || { log "ripgrep was not taken from the seeded cache"; exit 1; }
  native_ok || { log "native modules missing; see .e2e/code-server-install.log"; exit 1; }
  verify
fi
log "done in $((SECONDS - t0)) s"
