/**
 * Content digests: every blob and manifest is addressed by `sha256:<hex>`, computed while
 * streaming so a large layer never sits in memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ConfigurationError } from '../errors.js';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** The `sha256:<hex>` digest of some bytes. */
export function sha256Digest(data: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/** Digest and size of a file, read as a stream (memory stays flat whatever its size). */
export async function fileDigest(path: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    size += buf.length;
  }
  return { digest: 'sha256:' + hash.digest('hex'), size };
}

/** True for a well-formed sha256 digest. */
export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

/** The hex part of a digest, after checking its form (we only ever write sha256). */
export function digestHex(digest: string): string {
  if (!isDigest(digest)) {
    throw new ConfigurationError(`"${digest}" is not a sha256 digest`, {
      code: 'REGISTRY',
      fix: 'use a digest of the form sha256:<64 lowercase hex characters>',
    });
  }
  return digest.slice('sha256:'.length);
}
