#!/usr/bin/env bash
# The GitHub CLI, the second reference verifier of provenance: the tests check that
# `gh attestation verify --bundle … --custom-trusted-root …` accepts what we attest, offline.
# Built from source with the Go toolchain and cached under $SPR_CACHE. `go install gh@version`
# asks the module proxy for the module's version list to look for a deprecation notice, which
# the proxy here refuses; building inside a throw-away module that requires the pinned version
# needs only that version.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"
GH_VERSION=v2.83.2
BIN="$SPR_CACHE/gh/$GH_VERSION/bin/gh"

have_version() {
  [ -x "$BIN" ] && "$BIN" version 2>/dev/null | head -1 | grep -q "gh version ${GH_VERSION#v}"
}

if ! have_version; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  printf 'module ghbuild\n\ngo 1.25\n\nrequire github.com/cli/cli/v2 %s\n' "$GH_VERSION" > "$work/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/cli/cli/v2/cmd/gh"\n' > "$work/tools.go"
  echo "building gh $GH_VERSION (a few minutes on a cold cache)"
  mkdir -p "$(dirname "$BIN")"
  (cd "$work" && GOPATH="${GOPATH:-$SPR_CACHE/gopath}" GOCACHE="${GOCACHE:-$SPR_CACHE/go-build}" \
    GOFLAGS=-mod=mod GOTOOLCHAIN=local \
    go build -ldflags "-X github.com/cli/cli/v2/internal/build.Version=${GH_VERSION#v}" \
      -o "$BIN" github.com/cli/cli/v2/cmd/gh)
fi
have_version || { echo "gh $GH_VERSION did not build" >&2; exit 1; }
echo "export SPR_GH=\"$BIN\"" >> "$SPR_ENV_FILE"
