/**
 * Signs an image (or a wasm artifact) in a registry the way `cosign sign` v3 does by default:
 * a DSSE bundle over an in-toto statement whose subject is the manifest digest, attached to the
 * manifest as an OCI 1.1 referrer. A multi-platform index gets one for itself and one for each
 * platform manifest, so whichever digest a user pins verifies.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import { attachBundle, imageSubjects, type ImageSubject } from './referrers.js';
import { ReleaseError } from '../errors.js';
import { createBundle, type SignOptions } from './signer.js';
import { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, INTOTO_PAYLOAD_TYPE } from './media-types.js';
import { existingSignature } from './reuse.js';

export { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, INTOTO_PAYLOAD_TYPE };

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
  { descriptor: subject, platform }: ImageSubject,
  options: SignOptions,
): Promise<SignedManifest> {
  // A re-run of a release must not pile up signatures: reuse this identity's earlier one.
  const earlier = await existingSignature(
    store,
    subject.digest,
    options.identityToken,
    options.trustedRoot,
  );
  let signed: SignedManifest;
  if (earlier) {
    signed = { digest: subject.digest, ...earlier, reused: true };
  } else {
    const bundle = await createBundle(
      'dsseEnvelope',
      { data: cosignStatement(subject.digest), type: INTOTO_PAYLOAD_TYPE },
      options,
    );
    const referrer = await attachBundle(store, subject, bundle, COSIGN_SIGN_PREDICATE);
    signed = { digest: subject.digest, bundle, referrer };
  }
  if (platform) signed.platform = platform;
  return signed;
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
  const signed: SignedManifest[] = [];
  for (const subject of await imageSubjects(store, digest, 'sign')) {
    signed.push(await signManifest(store, subject, options));
  }
  return signed;
}
