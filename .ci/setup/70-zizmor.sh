#!/usr/bin/env bash
# zizmor, the workflow security linter the workflow tests run (offline), pinned, in a virtualenv
# cached under $SPR_CACHE.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"
ZIZMOR_VERSION=1.32.0
VENV="$SPR_CACHE/zizmor-$ZIZMOR_VERSION"
if ! "$VENV/bin/zizmor" --version 2>/dev/null | grep -q "$ZIZMOR_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "zizmor==$ZIZMOR_VERSION"
fi
echo "export SPR_ZIZMOR=\"$VENV/bin/zizmor\"" >> "$SPR_ENV_FILE"
