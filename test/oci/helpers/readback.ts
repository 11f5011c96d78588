/** Independent readers of what we pushed: skopeo always, crane when installed. */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';

/** `skopeo inspect --raw` of a reference (e.g. `docker://127.0.0.1:5000/a/b:tag`, `oci:/dir:tag`). */
export function skopeoRaw(ref: string): Buffer {
  const res = spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', ref]);
  if (res.status !== 0) throw new Error(`skopeo inspect ${ref} failed: ${res.stderr.toString()}`);
  return res.stdout;
}

/** sha256 digest of bytes. */
export function digestOf(bytes: Buffer): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** Copies every blob of `ref` (all platforms) into a fresh layout: proves the content is complete. */
export function skopeoCopyAll(ref: string, dest: string): { ok: boolean; stderr: string } {
  const res = spawnSync('skopeo', [
    'copy',
    '--all',
    '--src-tls-verify=false',
    ref,
    `oci:${dest}:copy`,
  ]);
  return { ok: res.status === 0, stderr: res.stderr.toString() };
}

/** `crane digest --insecure`, or undefined when crane is not installed. */
export function craneDigest(ref: string): string | undefined {
  const res = spawnSync('crane', ['digest', '--insecure', ref]);
  if (res.error) return undefined;
  if (res.status !== 0) throw new Error(`crane digest ${ref} failed: ${res.stderr.toString()}`);
  return res.stdout.toString().trim();
}
