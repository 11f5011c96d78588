#!/usr/bin/env bash
# What the oci image tests need: podman (builds, pulls and runs in throw-away storage under the
# test's own temporary folder), buildah, runc (crun fails on hybrid cgroups), Go to
# cross-compile the template for amd64 and arm64 (no QEMU), and a C compiler for the
# dynamically linked hostile image. apt.sh installs the packages; this checks they work, so a
# missing tool fails CI here, with its name, rather than as a skipped test.
set -euo pipefail
: "${SPR_CACHE:?run from .ci/run}" "${SPR_ENV_FILE:?run from .ci/run}"
for tool in podman buildah runc go cc make; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: .ci/setup/apt.sh (or the Go set-up) installs it" >&2; exit 1; }
done
podman --version
# A probe in throw-away storage: runc runs a container from an image built from nothing.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '[storage]\ndriver = "vfs"\nrunroot = "%s/run"\ngraphroot = "%s/graph"\n' "$probe" "$probe" > "$probe/storage.conf"
printf '[engine]\nruntime = "runc"\ntmp_dir = "%s/tmp"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n' "$probe" > "$probe/containers.conf"
printf 'package main\nfunc main() {}\n' > "$probe/main.go"
(cd "$probe" && CGO_ENABLED=0 GOFLAGS='' GO111MODULE=off go build -o probe main.go)
printf 'FROM scratch\nCOPY probe /probe\nENTRYPOINT ["/probe"]\n' > "$probe/Containerfile"
export CONTAINERS_STORAGE_CONF="$probe/storage.conf" CONTAINERS_CONF="$probe/containers.conf"
podman build -q -t localhost/spr-probe "$probe" >/dev/null
podman run --rm --network none localhost/spr-probe
podman rm --all --force >/dev/null 2>&1 || true
echo "podman builds and runs containers with runc"
