#!/usr/bin/env bash
# Go-built verifiers the tests call: actionlint (workflow linter). Pinned, cached under $SPR_CACHE.
set -euo pipefail
: "${SPR_CACHE:?}" "${SPR_ENV_FILE:?}"
export GOBIN="$SPR_CACHE/gobin"
export GOPATH="${GOPATH:-$SPR_CACHE/gopath}"
export GOCACHE="${GOCACHE:-$SPR_CACHE/gocache}"
export GOFLAGS=-mod=mod
mkdir -p "$GOBIN"
ACTIONLINT_VERSION=v1.7.12
if ! "$GOBIN/actionlint" -version 2>/dev/null | head -1 | grep -qx "${ACTIONLINT_VERSION#v}"; then
  (cd /tmp && go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION")
fi
echo "export PATH=\"$GOBIN:\$PATH\"" >> "$SPR_ENV_FILE"
