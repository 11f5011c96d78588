/** Image references pinned by digest, as `sign --image` and `verify` take them. */
import { UsageError } from '../errors.js';

export const DIGEST_REF = /^(.+)@(sha256:[0-9a-f]{64})$/;

/** Splits `registry/repo@sha256:…` into store location and digest. */
export function splitImage(ref: string, flag: string): { location: string; digest: string } {
  const m = DIGEST_REF.exec(ref.trim());
  if (!m) {
    throw new UsageError(`${flag} "${ref}" is not pinned by digest`, {
      fix: 'write registry/owner/name@sha256:<64 hex> (publish prints the digest)',
    });
  }
  return { location: m[1]!.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]*$/, ''), digest: m[2]! };
}
