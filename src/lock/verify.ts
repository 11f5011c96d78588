/**
 * Signature verification for the lock: the release's bundle against the artifact Samuel verifies
 * (the wasm module, SKILL.md, or the image digest pinned in `[oci].image`), under Samuel's
 * identity policy — issuer GitHub Actions, SAN matching one of the `identity_patterns` globs —
 * and the caller's own, stricter, flags. The cryptography is `src/sigstore`'s verifier.
 */
import type { TrustMaterial } from '@sigstore/verify';
import { UsageError } from '../errors.js';
import type { Reporter } from '../report/index.js';
import { DEFAULT_IDENTITY_PATTERN, GITHUB_ACTIONS_ISSUER } from '../samuel/signing.js';
import { loadTrustMaterial, verifyBlob, verifyImage } from '../sigstore/index.js';
import type { FetchedRelease } from './fetch-release.js';

/** Samuel's default `identity_patterns` (verify.DefaultPolicy). */
export const SAMUEL_IDENTITY_PATTERNS = [
  DEFAULT_IDENTITY_PATTERN,
  'https://github.com/anthropics/skills/**',
];

/** Who must have signed a release for the lock to call it signed. */
export interface LockPolicy {
  /** OIDC issuer of the signing certificate (default: GitHub Actions, as Samuel requires). */
  issuer?: string;
  /** Samuel-style SAN globs, any of which must match (`*` one segment, `**` anything). */
  identityPatterns?: string[];
  /** A regular expression the whole identity must also match (the caller's own policy). */
  identityRegexp?: string;
  /** `owner/repo` the certificate's source repository must be (the caller's own policy). */
  repository?: string;
  /** A Sigstore `trusted_root.json` (default: the public-good instance over TUF). */
  trustedRoot?: string;
  /**
   * Lock releases that carry no signature, written without `signed` (Samuel writes
   * `signed = true` for them when its policy lets them through). Default false: an error.
   */
  allowUnsigned?: boolean;
}

/** What `lock update` and `lock check` both take. */
export interface LockRunOptions {
  /** An `index.toml` (path or URL) to resolve through instead of samuel.toml's registries. */
  registryIndex?: string;
  policy: LockPolicy;
  reporter?: Reporter;
  /** Environment for proxies and CA files (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Base for a relative projectDir or registryIndex (default process.cwd()). */
  cwd?: string;
  /** Plain http to image registries on this machine (oci plugins). */
  insecureRegistry?: boolean;
  /** Downloads at once (default 4). */
  concurrency?: number;
}

export type SignatureVerdict =
  | { signed: true; identity: string; issuer: string }
  | { signed: false; reason: 'unsigned' | 'invalid'; message: string; fix: string };

/** Samuel's glob → regular expression (sigstore.go globToRegex), without anchors. */
export function identityGlobToRegExp(pattern: string): string {
  const quoted = pattern.replace(/[.+?^${}()|[\]\\]/g, (c) => `\\${c}`);
  return quoted.replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'));
}

/** Throws a UsageError when the policy cannot be used (bad regexp, no pattern). */
export function checkLockPolicy(policy: LockPolicy): void {
  const patterns = policy.identityPatterns ?? SAMUEL_IDENTITY_PATTERNS;
  if (patterns.length === 0) {
    throw new UsageError('the signature policy has no identity pattern', {
      fix: "pass --identity-pattern (e.g. https://github.com/<owner>/**), or leave it out for Samuel's defaults",
    });
  }
  if (policy.identityRegexp !== undefined) {
    try {
      new RegExp(policy.identityRegexp, 'u');
    } catch (e) {
      throw new UsageError(
        `--certificate-identity-regexp is not a valid regular expression: ${(e as Error).message}`,
        { fix: 'escape special characters such as . and ? with a backslash' },
      );
    }
  }
}

/** Verifies releases under one policy; trust material is loaded once, when first needed. */
export class ReleaseVerifier {
  private trust: Promise<TrustMaterial> | undefined;

  constructor(readonly policy: LockPolicy) {
    checkLockPolicy(policy);
  }

  private trustMaterial(): Promise<TrustMaterial> {
    this.trust ??= loadTrustMaterial(this.policy.trustedRoot);
    return this.trust;
  }

  /** The verdict for `release`; throws only when trust material cannot be had. */
  async verify(release: FetchedRelease, imageDigest?: string): Promise<SignatureVerdict> {
    if (!release.bundle) {
      return {
        signed: false,
        reason: 'unsigned',
        message: `${release.location} has no signature bundle`,
        fix: 'sign the release (the release workflow does with id-token: write)',
      };
    }
    let bundleJson: unknown;
    try {
      bundleJson = JSON.parse(release.bundle.data.toString('utf8'));
    } catch {
      return {
        signed: false,
        reason: 'invalid',
        message: `${release.location}: ${release.bundle.name} is not JSON`,
        fix: 'the release needs a Sigstore bundle (protobuf-JSON)',
      };
    }
    const patterns = this.policy.identityPatterns ?? SAMUEL_IDENTITY_PATTERNS;
    const regexp = patterns.map((p) => `(?:${identityGlobToRegExp(p)})`).join('|');
    const trust = await this.trustMaterial();
    const sigPolicy = {
      issuer: this.policy.issuer ?? GITHUB_ACTIONS_ISSUER,
      identityRegexp: regexp,
      ...(this.policy.repository ? { repository: this.policy.repository } : {}),
    };
    try {
      const found =
        release.manifest.kind === 'oci'
          ? verifyImage(imageDigest ?? '', bundleJson, sigPolicy, trust)
          : verifyBlob(release.artifact?.data ?? Buffer.alloc(0), bundleJson, sigPolicy, trust);
      if (
        this.policy.identityRegexp !== undefined &&
        !new RegExp(`^(?:${this.policy.identityRegexp})$`, 'u').test(found.identity)
      ) {
        return {
          signed: false,
          reason: 'invalid',
          message: `${release.location} is signed by "${found.identity}", which does not match the whole of /${this.policy.identityRegexp}/`,
          fix: 'do not trust this release, or widen --certificate-identity-regexp',
        };
      }
      return { signed: true, identity: found.identity, issuer: found.issuer };
    } catch (e) {
      const err = e as Error & { fix?: string };
      return {
        signed: false,
        reason: 'invalid',
        message: `${release.location}: ${release.bundle.name} does not verify: ${err.message}`,
        fix:
          err.fix ??
          'do not trust this release; if the signer is legitimate, add its identity with --identity-pattern',
      };
    }
  }
}
