/**
 * OCI image references as Samuel's OCI tier parses them (`internal/plugin/oci/runtime.go`):
 * `registry/owner/name[:tag][@sha256:<64 hex>]` with exactly one owner segment.
 */

/** Samuel's reference pattern, transcribed: one registry, one owner, one name. */
export const SAMUEL_IMAGE_RE =
  /^(?<registry>[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]+)?)\/(?<owner>[a-z0-9]+(?:[._-][a-z0-9]+)*)\/(?<name>[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$/;

export const ZERO_DIGEST = `sha256:${'0'.repeat(64)}`;

export interface ImageParts {
  registry: string;
  owner: string;
  name: string;
  tag?: string;
  digest?: string;
}

/** Parses a reference with Samuel's rules; undefined when Samuel would reject it. */
export function parseSamuelImage(ref: string): ImageParts | undefined {
  const m = SAMUEL_IMAGE_RE.exec(ref);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const parts: ImageParts = { registry: g.registry!, owner: g.owner!, name: g.name! };
  if (g.tag) parts.tag = g.tag;
  if (g.digest) parts.digest = g.digest;
  return parts;
}

/**
 * Explains why Samuel rejects `ref`, most specific reason first, so the message can name the
 * fix rather than just "invalid reference".
 */
export function explainImageProblem(ref: string): { message: string; fix: string } {
  const [withoutDigest = '', digest] = ref.split('@', 2);
  if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    return {
      message: `the digest "${digest}" in [oci].image is not sha256:<64 lowercase hex>`,
      fix: 'use the full manifest digest, e.g. @sha256:' + 'ab'.repeat(32).slice(0, 16) + '…',
    };
  }
  const path = withoutDigest.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, '');
  const segments = path.split('/');
  if (segments.length < 3) {
    return {
      message: `[oci].image "${ref}" has no registry or owner: Samuel needs registry/owner/name`,
      fix: 'write it in full, e.g. ghcr.io/<owner>/<name>@sha256:<digest>',
    };
  }
  if (segments.length > 3) {
    return {
      message: `[oci].image "${ref}" has ${segments.length - 2} path segments between the registry and the name; Samuel accepts exactly one owner`,
      fix: `publish to ${segments[0]}/${segments[1]}/${segments[segments.length - 1]} instead`,
    };
  }
  if (/[A-Z]/.test(segments[1]! + segments[2]!)) {
    return {
      message: `[oci].image "${ref}" has uppercase letters in the owner or name; registries and Samuel need lowercase`,
      fix: `use ${[segments[0], segments[1]!.toLowerCase(), segments[2]!.toLowerCase()].join('/')}`,
    };
  }
  return {
    message: `[oci].image "${ref}" is not a reference Samuel accepts (registry/owner/name[:tag]@sha256:<digest>)`,
    fix: 'use lowercase letters, digits and . _ - separators in the owner and name',
  };
}
