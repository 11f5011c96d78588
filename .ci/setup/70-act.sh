#!/usr/bin/env bash
# Workflow runners and linters the workflow tests use, pinned and cached under $SPR_CACHE:
# nektos/act (runs the shipped reusable workflows on this machine, no Docker: -self-hosted) and
# zizmor (the workflow security linter, run offline) in a virtualenv.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"

ACT_VERSION=v0.2.89
ACT_BIN="$SPR_CACHE/act/$ACT_VERSION/act"
if ! "$ACT_BIN" --version 2>/dev/null | grep -q "${ACT_VERSION#v}"; then
  mkdir -p "$(dirname "$ACT_BIN")"
  (
    cd /tmp
    export GOBIN
    GOBIN="$(dirname "$ACT_BIN")"
    export GOPATH="${GOPATH:-$SPR_CACHE/gopath}" GOCACHE="${GOCACHE:-$SPR_CACHE/gocache}"
    export GOFLAGS=-mod=mod GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
    go install "github.com/nektos/act@$ACT_VERSION"
  )
fi
"$ACT_BIN" --version
echo "export SPR_ACT=\"$ACT_BIN\"" >> "$SPR_ENV_FILE"

ZIZMOR_VERSION=1.32.0
VENV="$SPR_CACHE/zizmor-$ZIZMOR_VERSION"
if ! "$VENV/bin/zizmor" --version 2>/dev/null | grep -q "$ZIZMOR_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "zizmor==$ZIZMOR_VERSION"
fi
echo "export SPR_ZIZMOR=\"$VENV/bin/zizmor\"" >> "$SPR_ENV_FILE"

# The Rust template's workflows add rustup's wasm32-wasip1 target, as on GitHub's runners (whose
# image has rustup); adding it here once keeps the act runs from downloading it mid-test. A
# failure is reported, not fatal: only the act test of the Rust template needs it, and it fails.
if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed | grep -qx wasm32-wasip1; then
    rustup target add wasm32-wasip1 ||
      echo "rustup could not add wasm32-wasip1: the act test of the Rust template will fail" >&2
  fi
else
  echo "rustup is missing: the act test of the Rust template will fail" >&2
fi
