/**
 * Verifies a bundle against a file or an image digest, then checks who signed it: the OIDC
 * issuer, the certificate identity (exact, or a regular expression that must match the whole
 * identity — a substring match would let `evil/x?ref=samuelpkg/...` through) and the source
 * repository Fulcio recorded in the certificate. Thresholds match Samuel's verifier: one SCT,
 * one transparency-log entry, one observer timestamp.
 */
import { createHash } from 'node:crypto';
import { bundleFromJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify';
import { ReleaseError, UsageError } from '../errors.js';
import { statementOf, subjectDigests } from './statement.js';

/** GitHub Actions' OIDC issuer. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

// Fulcio certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_GITHUB_REPOSITORY_V1 = '1.3.6.1.4.1.57264.1.5';

/** Who must have signed. */
export interface IdentityPolicy {
  /** Exact OIDC issuer (default GitHub Actions). */
  issuer?: string;
  /** Exact certificate identity (SAN). */
  identity?: string;
  /** Regular expression the whole identity must match (anchored for you). */
  identityRegexp?: string;
  /** `owner/repo` (or its `https://github.com/` URL) the certificate's source repository must be. */
  repository?: string;
}

/** What a successful verification found in the certificate. */
export interface VerifiedSignature {
  identity: string;
  issuer: string;
  sourceRepository?: string;
  /** `sha256:<hex>` of what the signature covers (the file or the manifest). */
  digest: string;
}

/** Raised when the bundle does not verify or the signer does not match the policy: exit code 1. */
export class VerificationFailure extends ReleaseError {
  constructor(message: string, options: { cause?: unknown; fix?: string } = {}) {
    super('VERIFY', message, options);
  }
}

/** Checks the policy's shape before anything is fetched or read. */
export function checkPolicy(policy: IdentityPolicy): void {
  if (!policy.identity && !policy.identityRegexp) {
    throw new UsageError('verification needs the expected signer', {
      fix: 'pass --certificate-identity (exact) or --certificate-identity-regexp',
    });
  }
  if (policy.identity && policy.identityRegexp) {
    throw new UsageError(
      '--certificate-identity and --certificate-identity-regexp are mutually exclusive',
      {
        fix: 'pass only one of them',
      },
    );
  }
  if (policy.identityRegexp) anchored(policy.identityRegexp);
}

function anchored(pattern: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch (e) {
    throw new UsageError(
      `--certificate-identity-regexp is not a valid regular expression: ${(e as Error).message}`,
      {
        fix: 'escape special characters such as . and ? with a backslash',
      },
    );
  }
}

function parseBundle(json: unknown): Bundle {
  try {
    return bundleFromJSON(json);
  } catch (e) {
    throw new VerificationFailure(`the bundle is not a Sigstore bundle: ${(e as Error).message}`, {
      cause: e,
      fix: 'pass the .bundle file written by `sign` or `cosign sign-blob --new-bundle-format`',
    });
  }
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Verifies `data` against its bundle and the policy. */
export function verifyBlob(
  data: Buffer,
  bundleJson: unknown,
  policy: IdentityPolicy,
  trust: TrustMaterial,
): VerifiedSignature {
  const bundle = parseBundle(bundleJson);
  const digest = sha256(data);
  if (bundle.content.$case === 'dsseEnvelope') {
    checkStatementSubject(bundle, digest);
    return verifyEntity(bundle, undefined, digest, policy, trust);
  }
  return verifyEntity(bundle, data, digest, policy, trust);
}

/** Verifies that the bundle signs the manifest `digest` (an in-toto statement naming it). */
export function verifyImage(
  digest: string,
  bundleJson: unknown,
  policy: IdentityPolicy,
  trust: TrustMaterial,
): VerifiedSignature {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new UsageError(`"${digest}" is not a sha256 manifest digest`, {
      fix: 'pass registry/repo@sha256:<64 hex>',
    });
  }
  const bundle = parseBundle(bundleJson);
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new VerificationFailure('the bundle signs a blob, not an image manifest', {
      fix: 'pass the image bundle (<plugin-name>.bundle), or verify the file with `verify FILE --bundle FILE`',
    });
  }
  checkStatementSubject(bundle, digest);
  return verifyEntity(bundle, undefined, digest, policy, trust);
}

/** The statement inside a DSSE bundle must name `digest` among its subjects. */
function checkStatementSubject(bundle: Bundle, digest: string): void {
  let named: string[];
  try {
    named = subjectDigests(statementOf(bundle));
  } catch (e) {
    throw new VerificationFailure((e as Error).message, { cause: e });
  }
  if (!named.includes(digest)) {
    throw new VerificationFailure(
      `the bundle is for ${named.join(', ') || 'nothing'}, not for ${digest}`,
      {
        fix: 'pass the bundle that was made for this artifact (a rebuilt artifact needs a new signature)',
      },
    );
  }
}

function verifyEntity(
  bundle: Bundle,
  data: Buffer | undefined,
  digest: string,
  policy: IdentityPolicy,
  trust: TrustMaterial,
): VerifiedSignature {
  checkPolicy(policy);
  try {
    new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }).verify(
      toSignedEntity(bundle, data),
    );
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new VerificationFailure(`the signature does not verify: ${detail}`, {
      cause: e,
      fix: 'the artifact changed after signing, or the bundle comes from another Sigstore instance (see --trusted-root)',
    });
  }
  const found = certificateIdentity(bundle);
  const issuer = policy.issuer ?? GITHUB_ACTIONS_ISSUER;
  if (found.issuer !== issuer) {
    throw new VerificationFailure(
      `signed with an identity from issuer "${found.issuer}", expected "${issuer}"`,
      {
        fix: 'pass the right --certificate-oidc-issuer, or do not trust this signature',
      },
    );
  }
  if (policy.identity !== undefined && found.identity !== policy.identity) {
    throw new VerificationFailure(
      `signed by "${found.identity}", expected exactly "${policy.identity}"`,
      {
        fix: 'pass the identity printed by the release (the reusable workflow), or use --certificate-identity-regexp',
      },
    );
  }
  if (
    policy.identityRegexp !== undefined &&
    !anchored(policy.identityRegexp).test(found.identity)
  ) {
    throw new VerificationFailure(
      `signed by "${found.identity}", which does not match the whole of /${policy.identityRegexp}/`,
      { fix: 'the pattern must match the entire identity; a match inside it does not count' },
    );
  }
  if (policy.repository) {
    const want = policy.repository.replace(/^https:\/\/github\.com\//, '').replace(/\/$/, '');
    const got = found.sourceRepository?.replace(/^https:\/\/github\.com\//, '');
    if (got !== want) {
      throw new VerificationFailure(
        `signed in repository "${got ?? 'unknown'}", expected "${want}"`,
        {
          fix: 'check --certificate-github-workflow-repository, or do not trust this signature',
        },
      );
    }
  }
  return { ...found, digest };
}

/** Reads the SAN, issuer and source repository Fulcio wrote into the signing certificate. */
export function certificateIdentity(bundle: Bundle): Omit<VerifiedSignature, 'digest'> {
  const content = bundle.verificationMaterial.content;
  const der =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!der)
    throw new VerificationFailure(
      'the bundle has no signing certificate (keyless signatures carry one)',
    );
  const cert = X509Certificate.parse(Buffer.from(der));
  const san = cert.extSubjectAltName;
  const identity = san?.uri ?? san?.rfc822Name ?? '';
  const issuer = utf8Extension(cert, OID_ISSUER_V2) ?? rawExtension(cert, OID_ISSUER_V1) ?? '';
  const sourceRepository =
    utf8Extension(cert, OID_SOURCE_REPOSITORY_URI) ?? rawExtension(cert, OID_GITHUB_REPOSITORY_V1);
  const result: Omit<VerifiedSignature, 'digest'> = { identity, issuer };
  if (sourceRepository) result.sourceRepository = sourceRepository;
  return result;
}

/** Extensions from 1.3.6.1.4.1.57264.1.8 on hold a DER UTF8String. */
function utf8Extension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  return ext ? ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8') : undefined;
}

/** The legacy extensions (…1.1 to …1.6) hold the raw string. */
function rawExtension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  return ext ? ext.value.toString('utf8') : undefined;
}

/** Serialised bundle type, re-exported for callers that read bundle files. */
export type { SerializedBundle };
