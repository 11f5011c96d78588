/**
 * Signs a file the way `cosign sign-blob --new-bundle-format` does: a message signature over the
 * file's sha256, in a v0.3 bundle written as `<file>.bundle` (the name Samuel's installer
 * downloads next to `plugin.wasm` and looks for next to `SKILL.md`).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join, dirname } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { IoError } from '../errors.js';
import { createBundle, type SignOptions } from './signer.js';

/** A signed file and where its bundle went. */
export interface SignedBlob {
  file: string;
  /** `sha256:<hex>` of the file. */
  digest: string;
  bundlePath: string;
  bundle: SerializedBundle;
}

/** Signs `file` and writes `<file>.bundle` beside it, or under `outputDir` when given. */
export async function signBlob(
  file: string,
  options: SignOptions & { outputDir?: string },
): Promise<SignedBlob> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    throw new IoError(`cannot read ${file} to sign it`, {
      cause: e,
      fix: 'build the artifact before signing it',
    });
  }
  const bundle = await createBundle('messageSignature', { data }, options);
  const bundlePath = options.outputDir
    ? join(options.outputDir, `${basename(file)}.bundle`)
    : `${file}.bundle`;
  await writeBundle(bundlePath, bundle);
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  return { file, digest, bundlePath, bundle };
}

/** Writes a bundle as JSON (creating the folder), with a clear error when it cannot. */
export async function writeBundle(path: string, bundle: SerializedBundle): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(bundle) + '\n');
  } catch (e) {
    throw new IoError(`cannot write the signature bundle ${path}`, {
      cause: e,
      fix: 'check that --output is writable',
    });
  }
}
