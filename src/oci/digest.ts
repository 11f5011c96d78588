/**
 * Content digests: every blob and manifest is addressed by `sha256:<hex>`, computed while
 * streaming so a large layer never sits in memory.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError, IoError } from '../errors.js';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** The `sha256:<hex>` digest of some bytes. */
export function sha256Digest(data: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/**
 * Digest and size of a regular file, read through one reused buffer (memory stays flat whatever
 * its size). A FIFO or device is refused before a byte is read.
 */
export async function fileDigest(path: string): Promise<{ digest: string; size: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) {
      throw new IoError(`${path} is not a regular file`, {
        fix: 'point at a regular file; content is never read from devices, FIFOs or sockets',
      });
    }
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
