/**
 * Signs a provenance statement keylessly — the same Fulcio, Rekor and TSA path as signatures,
 * so `--fulcio-url`, `--rekor-url`, `--tsa-url` and `--trusted-root` apply unchanged — and
 * puts the DSSE bundle where verifiers look: beside each image manifest as a referrer annotated
 * with the predicate type (as actions/attest and `cosign attest` v3 do), in one release asset
 * `<plugin-name>.provenance.sigstore.json`, and optionally in GitHub's attestations API.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import type { GitHubClient } from '../github/release/client.js';
import { IoError, ReleaseError } from '../errors.js';
import { registerSecret, type Reporter } from '../report/index.js';
import { writeFileAtomic } from '../util/files.js';
import { recordAttestation, type AttestationUpload } from './github-attestations.js';
import { INTOTO_PAYLOAD_TYPE } from './media-types.js';
import { SLSA_PROVENANCE_V1, type SlsaProvenanceV1 } from './provenance.js';
import { attachBundle, imageSubjects } from './referrers.js';
import { createBundle, type SignOptions } from './signer.js';
import { subjectDigests, type Statement } from './statement.js';

/** The release asset that carries the provenance bundle of a plugin's release. */
export function provenanceAssetName(pluginName: string): string {
  return `${pluginName}.provenance.sigstore.json`;
}

export interface AttestProvenanceOptions extends SignOptions {
  statement: Statement<SlsaProvenanceV1>;
  /** Folder the release asset is written to. */
  outputDir: string;
  /** The plugin's name: the asset is `<name>.provenance.sigstore.json`. */
  pluginName: string;
  /** The published image (or wasm OCI artifact): the bundle is attached to it and its platforms. */
  image?: { store: OciStore; digest: string; reference: string };
  /** Also record the attestation with GitHub's attestations API (fails soft). */
  github?: {
    client: Pick<GitHubClient, 'request'>;
    /** `owner/repo` the attestation is recorded for. */
    repository: string;
    /** Web URL of the server, for the attestation link (default https://github.com). */
    serverUrl?: string;
  };
  reporter?: Reporter;
}

/** One manifest the bundle was attached to. */
export interface AttestedManifest {
  digest: string;
  platform?: string;
  referrer: Descriptor;
}

export interface AttestProvenanceResult {
  bundle: SerializedBundle;
  /** The bundle file written (also the release asset). */
  bundleFile: string;
  /** Files to upload to the GitHub release. */
  assets: string[];
  referrers: AttestedManifest[];
  /** Set when an upload to GitHub's attestations API was asked for. */
  github?: AttestationUpload;
}

/** Signs the statement, attaches it to the image's manifests, and writes the release asset. */
export async function attestProvenance(
  options: AttestProvenanceOptions,
): Promise<AttestProvenanceResult> {
  const { statement } = options;
  registerSecret(options.identityToken);
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    throw new ReleaseError('INTERNAL', `not a provenance statement: ${statement.predicateType}`);
  }
  const covered = new Set(subjectDigests(statement));
  // Every manifest a user may pin must be a subject, or its referrer would not verify.
  const manifests = options.image
    ? await imageSubjects(options.image.store, options.image.digest, 'attest')
    : [];
  const missing = manifests.filter((m) => !covered.has(m.descriptor.digest));
  if (missing.length > 0) {
    throw new ReleaseError(
      'INTERNAL',
      `the provenance statement does not name ${missing.map((m) => m.descriptor.digest).join(', ')} of ${options.image?.reference}`,
      {
        fix: 'build the subjects with imageProvenanceSubjects() so the index and each platform are named',
      },
    );
  }
  // The folder exists before anything is signed: a write failure must not follow a Rekor entry.
  try {
    await mkdir(options.outputDir, { recursive: true });
  } catch (e) {
    throw new IoError(`cannot create ${options.outputDir} for the provenance bundle`, {
      cause: e,
      fix: 'check that --output is a writable folder',
    });
  }
  const bundle = await createBundle(
    'dsseEnvelope',
    { data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE },
    options,
  );
  const referrers: AttestedManifest[] = [];
  for (const m of manifests) {
    const referrer = await attachBundle(
      options.image!.store,
      m.descriptor,
      bundle,
      SLSA_PROVENANCE_V1,
    );
    const attested: AttestedManifest = { digest: m.descriptor.digest, referrer };
    if (m.platform) attested.platform = m.platform;
    referrers.push(attested);
  }
  const bundleFile = join(options.outputDir, provenanceAssetName(options.pluginName));
  await writeFileAtomic(bundleFile, JSON.stringify(bundle) + '\n');
  const result: AttestProvenanceResult = { bundle, bundleFile, assets: [bundleFile], referrers };
  if (options.github) {
    result.github = await recordAttestation(
      options.github.client,
      options.github.repository,
      bundle,
      options.reporter,
      options.github.serverUrl,
    );
  }
  return result;
}

/**
 * The subjects of a published image: the manifest (or index) at `digest` named by
 * `reference`, and each platform manifest of an index.
 */
export async function imageProvenanceSubjects(
  store: OciStore,
  digest: string,
  reference: string,
): Promise<{ name: string; digest: string }[]> {
  const repository = reference.replace(/@sha256:[0-9a-f]{64}$/, '').replace(/:[^/:]+$/, '');
  return (await imageSubjects(store, digest, 'attest')).map((m) => ({
    name: `${repository}@${m.descriptor.digest}`,
    digest: m.descriptor.digest,
  }));
}
