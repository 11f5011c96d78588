/**
 * Signs what a plugin kind releases (see the product table): wasm → `plugin.wasm.bundle`
 * (plus the OCI artifact when published), oci → the image/index as referrers and
 * `<name>.bundle`, skill → `SKILL.md.bundle`, meta → nothing to sign.
 */
import { basename, join, resolve } from 'node:path';
import type { LoadedManifest } from '../manifest/types.js';
import type { OciStore } from '../oci/types.js';
import { ConfigurationError } from '../errors.js';
import { resolveIdentity, type SignMode } from './identity.js';
import { signBlob, writeBundle, type SignedBlob } from './sign-blob.js';
import { signImage, type SignedManifest } from './sign-image.js';
import type { SignOptions } from './signer.js';
import { certificateIdentity } from './verify.js';
import { bundleFromJSON } from '@sigstore/bundle';
import { cosignVerifyBlobCommand, cosignVerifyImageCommand, type SignerFacts } from './commands.js';

export interface SignPluginOptions extends Omit<SignOptions, 'identityToken'> {
  mode: SignMode;
  identityToken?: string;
  env: NodeJS.ProcessEnv;
  /** True when this run releases; `--sign auto` signs only then. */
  releasing: boolean;
  /** Where bundles go (default: beside each file; `<name>.bundle` in the plugin directory). */
  outputDir?: string;
  /** The published image or wasm artifact: its store and manifest (or index) digest. */
  image?: { store: OciStore; digest: string; reference: string };
}

/** What was signed, the bundle files written, and the commands that verify them. */
export interface SignPluginResult {
  /** Why nothing was signed: `warn` when the user should act, `notice` when worth saying. */
  skipped?: { reason: string; warn: boolean; notice?: boolean };
  blobs: SignedBlob[];
  images: SignedManifest[];
  bundleFiles: string[];
  signer?: SignerFacts;
  verifyCommands: string[];
}

/** The files a kind signs as blobs (absolute paths). */
export function blobsToSign(loaded: LoadedManifest): string[] {
  const m = loaded.manifest;
  if (m.kind === 'wasm' && m.wasm) return [resolve(loaded.dir, m.wasm.module)];
  if (m.kind === 'skill') return [join(loaded.dir, 'SKILL.md')];
  return [];
}

/** Signs the plugin's release artifacts (or explains why it skipped). */
export async function signPlugin(
  loaded: LoadedManifest,
  options: SignPluginOptions,
): Promise<SignPluginResult> {
  const result: SignPluginResult = { blobs: [], images: [], bundleFiles: [], verifyCommands: [] };
  const { manifest } = loaded;
  const files = blobsToSign(loaded);
  if (manifest.kind === 'oci' && !options.image) {
    throw new ConfigurationError(
      `${manifest.name} is an oci plugin, and there is no image digest to sign`,
      {
        fix: 'pass --image registry/owner/name@sha256:<digest> (the digest publish printed), or pin [oci].image',
        position: { file: loaded.file },
      },
    );
  }
  if (files.length === 0 && !options.image) {
    result.skipped = { reason: `a ${manifest.kind} plugin has no artifact to sign`, warn: false };
    return result;
  }
  const decision = await resolveIdentity({
    mode: options.mode,
    identityToken: options.identityToken,
    env: options.env,
    releasing: options.releasing,
    // The instance decides whether a private repository may sign with `auto`.
    ...(options.fulcioUrl ? { fulcioUrl: options.fulcioUrl } : {}),
    ...(options.rekorUrl ? { rekorUrl: options.rekorUrl } : {}),
  });
  if (!decision.sign) {
    result.skipped = {
      reason: decision.reason,
      warn: decision.warn,
      ...(decision.notice ? { notice: true } : {}),
    };
    return result;
  }
  const signOptions: SignOptions = { ...options, identityToken: decision.token };
  for (const file of files) {
    const signed = await signBlob(file, { ...signOptions, outputDir: options.outputDir });
    result.blobs.push(signed);
    result.bundleFiles.push(signed.bundlePath);
  }
  if (options.image) {
    result.images = await signImage(options.image.store, options.image.digest, signOptions);
    const top = result.images[0];
    if (top) {
      // The installer downloads `<plugin-name>.bundle`: the bundle of the digest the manifest pins.
      const path = join(options.outputDir ?? loaded.dir, `${manifest.name}.bundle`);
      await writeBundle(path, top.bundle);
      result.bundleFiles.push(path);
    }
  }
  const first = result.blobs[0]?.bundle ?? result.images[0]?.bundle;
  if (first) {
    const found = certificateIdentity(bundleFromJSON(first));
    result.signer = { identity: found.identity, issuer: found.issuer };
    const repo = found.sourceRepository?.replace(/^https:\/\/github\.com\//, '');
    if (repo) result.signer.repository = repo;
    for (const blob of result.blobs) {
      result.verifyCommands.push(
        cosignVerifyBlobCommand(basename(blob.file), basename(blob.bundlePath), result.signer),
      );
    }
    if (options.image)
      result.verifyCommands.push(cosignVerifyImageCommand(options.image.reference, result.signer));
  }
  return result;
}
