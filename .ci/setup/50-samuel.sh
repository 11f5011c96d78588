#!/usr/bin/env bash
# The real Samuel CLI (v2.3.0, commit 4c35870), the judge of what we release. Built once from the
# source archive in ../shared/reference/samuel-src (MIT) and cached under $SPR_CACHE. The e2e
# tests read $SPR_SAMUEL and fail, never skip, in CI when it is missing.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"
SAMUEL_COMMIT=4c35870
ARCHIVE="${SPR_SAMUEL_SRC:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/reference/samuel-src/samuel-$SAMUEL_COMMIT.tar.gz}"
BIN="$SPR_CACHE/samuel/$SAMUEL_COMMIT-v2.3.0/samuel"
if [ ! -x "$BIN" ]; then
  if [ -f "$ARCHIVE" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    tar -xzf "$ARCHIVE" -C "$work"
    src=$(find "$work" -maxdepth 2 -name go.mod -printf '%h\n' | head -1)
    echo "building samuel from $ARCHIVE (about a minute on a cold cache)"
    mkdir -p "$(dirname "$BIN")"
    (cd "$src" && GOPATH="$SPR_CACHE/gopath" GOCACHE="$SPR_CACHE/go-build" GOFLAGS=-mod=mod \
      GOTOOLCHAIN=local go build -o "$BIN" \
        -ldflags "-X github.com/samuelpkg/samuel/internal/commands.Version=v2.3.0 -X github.com/samuelpkg/samuel/internal/commands.Commit=$SAMUEL_COMMIT" \
        ./cmd/samuel)
  else
    # Where the module proxy serves it, the published module is the same code.
    echo "no source archive at $ARCHIVE; trying go install" >&2
    mkdir -p "$(dirname "$BIN")"
    GOBIN="$(dirname "$BIN")" GOPATH="$SPR_CACHE/gopath" GOCACHE="$SPR_CACHE/go-build" \
      go install "github.com/samuelpkg/samuel/cmd/samuel@v2.3.0"
  fi
fi
# Read the whole output first: `grep -q` closing the pipe early would fail it under pipefail.
version=$("$BIN" version 2>&1 || true)
case "$version" in
  *v2.3.0*) ;;
  *) echo "samuel did not build as v2.3.0: $version" >&2; exit 1 ;;
esac
echo "export SPR_SAMUEL=\"$BIN\"" >> "$SPR_ENV_FILE"
