#!/usr/bin/env bash
# Debian packages the tests use: a real OCI registry, daemonless image tools, wasm toolchains
# (Debian's Rust ships the wasm32-wasi standard library, which rustup cannot add here).
set -euo pipefail
PACKAGES=(docker-registry apache2-utils podman buildah skopeo umoci runc
  clang lld wasi-libc wabt binaryen shellcheck
  rustc cargo libstd-rust-dev-wasm32)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
