/**
 * Signs an image (or a wasm artifact) in a registry the way `cosign sign` v3 does by default:
 * a DSSE bundle over an in-toto statement whose subject is the manifest digest, attached to the
 * manifest as an OCI 1.1 referrer. A multi-platform index gets one for itself and one for each
 * platform manifest, so whichever digest a user pins verifies.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import { ReleaseError } from '../errors.js';
import { createBundle, type SignOptions } from './signer.js';

import { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, INTOTO_PAYLOAD_TYPE } from './media-types.js';
import { existingSignature } from './reuse.js';

export { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, INTOTO_PAYLOAD_TYPE };

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

/** One signed manifest. */
export interface SignedManifest {
  /** `sha256:<hex>` of the signed manifest. */
  digest: string;
  platform?: string;
  bundle: SerializedBundle;
  /** The referrer manifest that carries the bundle. */
  referrer: Descriptor;
  /** True when an earlier run had already attached this identity's signature. */
  reused?: boolean;
}

/** The in-toto statement `cosign sign` v3 signs: subject = the manifest digest, empty predicate. */
export function cosignStatement(digest: string): Buffer {
  const [algorithm, hex] = digest.split(':');
  if (algorithm !== 'sha256' || !hex || !/^[0-9a-f]{64}$/.test(hex)) {
    throw new ReleaseError('USAGE', `"${digest}" is not a sha256 manifest digest`, {
      fix: 'pass a digest such as sha256:<64 hex>',
    });
  }
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: hex } }],
    predicateType: COSIGN_SIGN_PREDICATE,
    predicate: {},
  };
  return Buffer.from(JSON.stringify(statement));
}

/** Signs one manifest and attaches the bundle to it as a referrer. */
async function signManifest(
  store: OciStore,
  subject: Descriptor,
  options: SignOptions,
): Promise<SignedManifest> {
  // A re-run of a release must not pile up signatures: reuse this identity's earlier one.
  const earlier = await existingSignature(
    store,
    subject.digest,
    options.identityToken,
    options.trustedRoot,
  );
  if (earlier) {
    const signed: SignedManifest = { digest: subject.digest, ...earlier, reused: true };
    if (subject.platform) signed.platform = platformName(subject.platform);
    return signed;
  }
  const bundle = await createBundle(
    'dsseEnvelope',
    { data: cosignStatement(subject.digest), type: INTOTO_PAYLOAD_TYPE },
    options,
  );
  const bundleBytes = Buffer.from(JSON.stringify(bundle));
  const config = await store.pushBlob(Buffer.from('{}'), OCI_EMPTY);
  const layer = await store.pushBlob(bundleBytes, BUNDLE_MEDIA_TYPE);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: { mediaType: OCI_EMPTY, digest: config.digest, size: config.size },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      'org.opencontainers.image.created': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
    },
  };
  const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
  const signed: SignedManifest = { digest: subject.digest, bundle, referrer };
  if (subject.platform) signed.platform = platformName(subject.platform);
  return signed;
}

function platformName(p: NonNullable<Descriptor['platform']>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/**
 * Signs the manifest at `digest` in `store`; for an index, also every platform manifest in it.
 * The first entry of the result is always `digest` itself.
 */
export async function signImage(
  store: OciStore,
  digest: string,
  options: SignOptions,
): Promise<SignedManifest[]> {
  cosignStatement(digest); // validates the digest before any network traffic
  let top: { descriptor: Descriptor; bytes: Uint8Array };
  try {
    top = await store.getManifest(digest);
  } catch (e) {
    throw new ReleaseError('REGISTRY', `cannot read ${store.location}@${digest} to sign it`, {
      cause: e,
      fix: 'publish the image first and pass the digest that publish printed',
    });
  }
  const signed = [await signManifest(store, top.descriptor, options)];
  if (INDEX_TYPES.has(top.descriptor.mediaType)) {
    const index = JSON.parse(Buffer.from(top.bytes).toString('utf8')) as {
      manifests?: Descriptor[];
    };
    for (const child of index.manifests ?? []) {
      // Attestation manifests some builders put in an index (platform unknown/unknown) are not images.
      if (child.platform?.os === 'unknown') continue;
      signed.push(await signManifest(store, child, options));
    }
  }
  return signed;
}
