#!/usr/bin/env bash
# The limit for a push, as plain as it gets: every blob of a single-image OCI layout sent with
# `curl -T`, four at a time (POST for an upload URL, one PUT of the file), then the manifest.
# Usage: curl-push.sh LAYOUT HOST:PORT REPOSITORY
set -euo pipefail
layout=$1 host=$2 repo=$3
export layout host repo
manifest=$(grep -o '"digest": *"sha256:[a-f0-9]\{64\}"' "$layout/index.json" | head -1 | grep -o '[a-f0-9]\{64\}')
upload() {
  local digest=$1 loc sep
  loc=$(curl -sf -X POST -D - -o /dev/null "http://$host/v2/$repo/blobs/uploads/" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  case $loc in http*) ;; *) loc="http://$host$loc" ;; esac
  sep='?'; [[ $loc == *\?* ]] && sep='&'
  curl -sf -T "$layout/blobs/sha256/${digest#sha256:}" -H 'content-type: application/octet-stream' \
    "$loc${sep}digest=$digest" -o /dev/null
}
export -f upload
grep -o 'sha256:[a-f0-9]\{64\}' "$layout/blobs/sha256/$manifest" | sort -u | xargs -P4 -I{} bash -c 'upload {}'
curl -sf -X PUT -H 'content-type: application/vnd.oci.image.manifest.v1+json' \
  --data-binary @"$layout/blobs/sha256/$manifest" "http://$host/v2/$repo/manifests/bench" -o /dev/null
