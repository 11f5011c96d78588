#!/usr/bin/env bash
# What the OCI publish tests need: Debian's docker-registry, htpasswd and skopeo (installed by
# apt.sh; checked here), plus crane as a second independent reader, built once with Go and
# cached under $SPR_CACHE. The tests start and stop their own registries on free 127.0.0.1 ports.
set -euo pipefail
: "${SPR_CACHE:?}" "${SPR_ENV_FILE:?}"
for tool in docker-registry htpasswd skopeo; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: .ci/setup/apt.sh installs it" >&2; exit 1; }
done

CRANE_VERSION=v0.20.6
GOBIN_DIR="$SPR_CACHE/oci-tools/$CRANE_VERSION/bin"
if [ ! -x "$GOBIN_DIR/crane" ]; then
  if command -v go >/dev/null; then
    mkdir -p "$GOBIN_DIR"
    GOPATH="$SPR_CACHE/go" GOCACHE="$SPR_CACHE/go-build" GOBIN="$GOBIN_DIR" GOFLAGS=-mod=mod \
      go install "github.com/google/go-containerregistry/cmd/crane@$CRANE_VERSION" \
      || echo "crane did not install; the tests read back with skopeo only" >&2
  else
    echo "no Go toolchain; the tests read back with skopeo only" >&2
  fi
fi
if [ -x "$GOBIN_DIR/crane" ]; then
  echo "export PATH=\"$GOBIN_DIR:\$PATH\"" >> "$SPR_ENV_FILE"
fi

# oras: a peer in the push benchmark (bench/push.ts), measured when installed.
ORAS_VERSION=v1.2.3
ORAS_DIR="$SPR_CACHE/oci-tools/oras-$ORAS_VERSION/bin"
if [ ! -x "$ORAS_DIR/oras" ] && command -v go >/dev/null; then
  mkdir -p "$ORAS_DIR"
  GOPATH="$SPR_CACHE/go" GOCACHE="$SPR_CACHE/go-build" GOBIN="$ORAS_DIR" GOFLAGS=-mod=mod \
    go install "oras.land/oras/cmd/oras@$ORAS_VERSION" \
    || echo "oras did not install; the push benchmark runs without it" >&2
fi
if [ -x "$ORAS_DIR/oras" ]; then
  echo "export PATH=\"$ORAS_DIR:\$PATH\"" >> "$SPR_ENV_FILE"
fi
