/**
 * Finds a signature an earlier run already attached: a re-run of a failed release finishes the
 * job instead of attaching a second bundle to the same digest. Only a bundle that fully verifies
 * for this digest against the signing instance's trusted root, and whose certificate names the
 * identity of this run's token, counts; anything else is left alone and a new signature is added.
 */
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import { COSIGN_SIGN_PREDICATE } from './media-types.js';
import { attachedBundles, type AttachedBundle } from './referrers.js';
import { statementOf } from './statement.js';
import { tokenClaims } from './build-context.js';
import { loadTrustMaterial } from './trust.js';
import { certificateIdentity, verifyImage } from './verify.js';

/** The certificate identities Fulcio may write for this OIDC token (SAN URI forms). */
export function identitiesOfToken(token: string): string[] {
  const claims = tokenClaims(token);
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
  let attached: AttachedBundle[];
  try {
    attached = await attachedBundles(store, digest, COSIGN_SIGN_PREDICATE);
  } catch {
    return undefined; // no way to list them: sign as usual
  }
  if (attached.length === 0) return undefined;
  let trust;
  try {
    trust = await loadTrustMaterial(trustedRoot);
  } catch {
    return undefined; // cannot check an earlier signature: add a fresh one
  }
  for (const { referrer, bundle } of attached) {
    try {
      const parsed = bundleFromJSON(bundle);
      // A provenance attestation by the same identity is not a signature to reuse.
      if (statementOf(parsed).predicateType !== COSIGN_SIGN_PREDICATE) continue;
      const signer = certificateIdentity(parsed);
      if (!identities.includes(signer.identity)) continue;
      // Throws unless the chain, transparency log and signature check out for this digest.
      verifyImage(digest, bundle, { identity: signer.identity, issuer: signer.issuer }, trust);
      return { bundle: bundle as SerializedBundle, referrer };
    } catch {
      // An unreadable or foreign referrer is not ours to reuse.
    }
  }
  return undefined;
}
