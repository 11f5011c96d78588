#!/usr/bin/env bash
# WASM toolchains the wasm tests compile fixtures with: Go (wasip1 reactors), clang + wasm-ld
# (C fixtures), wat2wasm (hand-written fixtures). Debian provides clang/lld/wabt (apt.sh); this
# script checks them, pins the Go build cache under $SPR_CACHE, and exports what the tests read.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}"
: "${SPR_ENV_FILE:?run from .ci/run}"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing $1: $2" >&2; exit 1; }
}
# The machine image ships Go; fall back to /usr/local/go when it is not on PATH yet.
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
  # shellcheck disable=SC2016 # expanded later, when the env file is sourced
  echo 'export PATH="/usr/local/go/bin:$PATH"' >> "$SPR_ENV_FILE"
fi
need go "install Go >= 1.24 (standard Go builds wasip1 reactor modules)"
need clang "apt-get install clang (see .ci/setup/apt.sh)"
need wasm-ld "apt-get install lld"
need wat2wasm "apt-get install wabt"

go_minor=$(go env GOVERSION | sed -E 's/^go1\.([0-9]+).*/\1/')
if [ "$go_minor" -lt 24 ]; then
  echo "Go $(go env GOVERSION) is too old: //go:wasmexport needs Go >= 1.24" >&2
  exit 1
fi

mkdir -p "$SPR_CACHE/go-build" "$SPR_CACHE/gopath" "$SPR_CACHE/wasm-fixtures"
{
  echo "export GOCACHE=\"$SPR_CACHE/go-build\""
  echo "export GOPATH=\"$SPR_CACHE/gopath\""
  echo "export GOTOOLCHAIN=local"
} >> "$SPR_ENV_FILE"

# Smoke-compile one fixture of each kind so a broken toolchain fails here, not mid-suite.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
clang --target=wasm32 -nostdlib -O1 -Wl,--no-entry test/fixtures/wasm/c/plugin.c -o "$tmp/c.wasm"
wat2wasm test/fixtures/wasm/wat/exit-at-start.wat -o "$tmp/w.wasm"
echo "wasm toolchains ok: $(go env GOVERSION), $(clang --version | head -1), wat2wasm $(wat2wasm --version)"
