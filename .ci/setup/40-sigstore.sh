#!/usr/bin/env bash
# cosign, the reference Sigstore verifier: the sign/verify tests check that cosign accepts the
# bundles we write. Built once from source with the Go toolchain and cached under $SPR_CACHE.
set -euo pipefail
COSIGN_VERSION=v3.1.3
BIN="$SPR_CACHE/sigstore/bin"
mkdir -p "$BIN"

have_version() {
  [ -x "$1" ] && "$1" version 2>/dev/null | grep -q "GitVersion:[[:space:]]*$COSIGN_VERSION\$"
}

if ! have_version "$BIN/cosign"; then
  # A build of the same version may already sit in the default GOBIN; reuse it.
  gobin_default="$(go env GOPATH)/bin/cosign"
  if have_version "$gobin_default"; then
    cp "$gobin_default" "$BIN/cosign"
  else
    echo "building cosign $COSIGN_VERSION (a few minutes on a cold cache)"
    GOBIN="$BIN" GOFLAGS=-mod=mod go install "github.com/sigstore/cosign/v3/cmd/cosign@$COSIGN_VERSION"
  fi
fi
have_version "$BIN/cosign" || { echo "cosign $COSIGN_VERSION did not install" >&2; exit 1; }
echo "export PATH=\"$BIN:\$PATH\"" >> "$SPR_ENV_FILE"
echo "export SPR_COSIGN=\"$BIN/cosign\"" >> "$SPR_ENV_FILE"
