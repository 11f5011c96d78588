#!/usr/bin/env bash
# The peer of the image benchmark: what `build` asks of podman for an oci plugin, and nothing
# else. Throw-away storage configured as src/container/sandbox.ts does (vfs, runc, the same
# ulimits), `podman build` for every platform into one manifest list with --timestamp and
# --no-cache (plus any further build flags given), then the list written as an OCI image layout
# with `podman manifest push --all --format oci`; the storage is removed after, as ours does.
# Usage: podman-image.sh CONTEXT LAYOUT PLATFORMS EPOCH [BUILD FLAG ...]
set -euo pipefail
context=$1 layout=$2 platforms=$3 epoch=$4
shift 4
dir=$(mktemp -d "${TMPDIR:-/tmp}/spr-bench-podman-XXXXXX")
trap 'podman rm --all --force >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
printf '[storage]\ndriver = "vfs"\nrunroot = "%s/run"\ngraphroot = "%s/graph"\n' "$dir" "$dir" >"$dir/storage.conf"
printf '[engine]\nruntime = "runc"\ntmp_dir = "%s/tmp"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n' "$dir" >"$dir/containers.conf"
export CONTAINERS_STORAGE_CONF="$dir/storage.conf" CONTAINERS_CONF="$dir/containers.conf"
list=localhost/spr-bench:1
podman build --quiet --platform "$platforms" --manifest "$list" --timestamp "$epoch" --no-cache \
  "$@" -f "$context/Containerfile" "$context" >/dev/null
rm -rf "$layout" && mkdir -p "$layout"
podman manifest push --quiet --all --format oci "$list" "oci:$layout:1" >/dev/null
