/**
 * Content digests: every blob and manifest is addressed by `sha256:<hex>`, computed while
 * streaming so a large layer never sits in memory.
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { openRegularFile } from '../util/files.js';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** The `sha256:<hex>` digest of some bytes. */
export function sha256Digest(data: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/**
 * Digest and size of a regular file, read through one reused buffer (memory stays flat whatever
 * its size). A FIFO or device is refused before a byte is read.
 */
export async function fileDigest(
  path: string,
  what = 'file',
): Promise<{ digest: string; size: number }> {
  const { handle } = await openRegularFile(path, { what });
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(256 * 1024);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { digest: 'sha256:' + hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
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
