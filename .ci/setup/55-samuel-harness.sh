#!/usr/bin/env bash
# A small driver built inside a copy of Samuel's source tree (v2.3.0, commit 4c35870), so it can
# import Samuel's own wasm runtime (internal/plugin/wasm) and run a plugin through Samuel's load,
# instantiate and health code. test/samuel/harness-differential.test.ts compares our smoke
# verdicts with it. The driver's source is test/samuel/harness/main.go; the binary is cached
# under $SPR_CACHE, keyed by that source, and exported as $SPR_SAMUEL_HARNESS.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"
SAMUEL_COMMIT=4c35870
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ARCHIVE="${SPR_SAMUEL_SRC:-$ROOT/../shared/reference/samuel-src/samuel-$SAMUEL_COMMIT.tar.gz}"
DRIVER="$ROOT/test/samuel/harness/main.go"
key=$(sha256sum "$DRIVER" | cut -c1-12)
BIN="$SPR_CACHE/samuel/$SAMUEL_COMMIT-harness-$key/spr-samuel-harness"
if [ ! -x "$BIN" ]; then
  if [ ! -f "$ARCHIVE" ]; then
    echo "Samuel's source archive is missing at $ARCHIVE; set SPR_SAMUEL_SRC to it" >&2
    exit 1
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  tar -xzf "$ARCHIVE" -C "$work"
  src=$(find "$work" -maxdepth 2 -name go.mod -printf '%h\n' | head -1)
  mkdir -p "$src/cmd/spr-samuel-harness" "$(dirname "$BIN")"
  cp "$DRIVER" "$src/cmd/spr-samuel-harness/main.go"
  echo "building the Samuel runtime driver from $ARCHIVE"
  (cd "$src" && GOPATH="$SPR_CACHE/gopath" GOCACHE="$SPR_CACHE/go-build" GOFLAGS=-mod=mod \
    GOTOOLCHAIN=local go build -o "$BIN.tmp" ./cmd/spr-samuel-harness)
  mv "$BIN.tmp" "$BIN"
fi
echo "export SPR_SAMUEL_HARNESS=\"$BIN\"" >> "$SPR_ENV_FILE"
