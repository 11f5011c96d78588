/**
 * Finds a signature an earlier run already attached: a re-run of a failed release finishes the
 * job instead of attaching a second bundle to the same digest. Only a bundle that fully verifies
 * for this digest against the signing instance's trusted root, and whose certificate names the
 * identity of this run's token, counts; anything else is left alone and a new signature is added.
 */
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import { BUNDLE_MEDIA_TYPE } from './media-types.js';
import { loadTrustMaterial } from './trust.js';
import { certificateIdentity, verifyImage } from './verify.js';

/** The certificate identities Fulcio may write for this OIDC token (SAN URI forms). */
export function identitiesOfToken(token: string): string[] {
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return [];
  }
  const out: string[] = [];
  if (typeof claims.job_workflow_ref === 'string')
    out.push(`https://github.com/${claims.job_workflow_ref}`);
  for (const key of ['sub', 'email'])
    if (typeof claims[key] === 'string') out.push(claims[key] as string);
  return out;
}

/** The bundle and referrer of an earlier signature of `digest` by this token's identity, if any. */
export async function existingSignature(
  store: OciStore,
  digest: string,
  token: string,
  trustedRoot?: string,
): Promise<{ bundle: SerializedBundle; referrer: Descriptor } | undefined> {
  const identities = identitiesOfToken(token);
  if (identities.length === 0) return undefined;
  let referrers: Descriptor[];
  try {
    referrers = await store.referrers(digest, BUNDLE_MEDIA_TYPE);
  } catch {
    return undefined; // no way to list them: sign as usual
  }
  if (referrers.length === 0) return undefined;
  let trust;
  try {
    trust = await loadTrustMaterial(trustedRoot);
  } catch {
    return undefined; // cannot check an earlier signature: add a fresh one
  }
  for (const referrer of referrers) {
    try {
      const manifest = JSON.parse(
        Buffer.from((await store.getManifest(referrer.digest)).bytes).toString('utf8'),
      ) as {
        layers?: Descriptor[];
      };
      const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE);
      if (!layer) continue;
      const bundle = JSON.parse(
        Buffer.from(await store.getBlob(layer.digest)).toString('utf8'),
      ) as SerializedBundle;
      const signer = certificateIdentity(bundleFromJSON(bundle));
      if (!identities.includes(signer.identity)) continue;
      // Throws unless the chain, transparency log and signature check out for this digest.
      verifyImage(digest, bundle, { identity: signer.identity, issuer: signer.issuer }, trust);
      return { bundle, referrer };
    } catch {
      // An unreadable or foreign referrer is not ours to reuse.
    }
  }
  return undefined;
}
