/**
 * Verifies a provenance attestation for a file or an image digest: the bundle's signature
 * (against the trusted root), that the statement is SLSA Provenance v1 naming this digest, that
 * the builder it claims is the identity that signed it (a workflow cannot claim another's
 * builds), and the caller's policy on builder and source repository. Returns what built it.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import type { OciStore } from '../oci/types.js';
import { UsageError } from '../errors.js';
import { READ_LIMITS, readRegularFile } from '../util/files.js';
import { LOCAL_BUILDER_ID } from './build-context.js';
import {
  SLSA_PROVENANCE_V1,
  type ResourceDescriptor,
  type SlsaProvenanceV1,
} from './provenance.js';
import { attachedBundles } from './referrers.js';
import { fileDigest, isDigest } from '../oci/digest.js';
import { statementOf, subjectDigests } from './statement.js';
import { loadTrustMaterial } from './trust.js';
import {
  checkPolicy,
  verifyImage,
  VerificationFailure,
  type IdentityPolicy,
  type VerifiedSignature,
} from './verify.js';

/** Who must have built the artifact, and from where. */
export interface ProvenancePolicy extends Omit<IdentityPolicy, 'repository'> {
  /**
   * Exact builder id, e.g. `https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1`.
   * Without `identity`/`identityRegexp`, the signer must be this builder too.
   */
  builderId?: string;
  /** `owner/repo` (or its URL) the artifact was built from. */
  sourceRepository?: string;
}

export interface VerifyProvenanceOptions {
  /** A file to check (its sha256 is the subject), or… */
  artifact?: string;
  /** …an image manifest digest, with the store holding it (bundles are read from referrers). */
  image?: { store: OciStore; digest: string };
  /** A bundle file (`.sigstore.json`, or JSON lines as `gh attestation download` writes). */
  bundle?: string;
  policy: ProvenancePolicy;
  trustedRoot?: string;
}

/** What verified provenance says about the build. */
export interface VerifiedProvenance {
  ok: true;
  digest: string;
  /** The subject's name in the statement. */
  subjectName?: string;
  builder: { id: string; local: boolean };
  buildType: string;
  source: { repository?: string; ref?: string; commit?: string };
  invocationId?: string;
  startedOn?: string;
  finishedOn?: string;
  externalParameters: Record<string, unknown>;
  resolvedDependencies: ResourceDescriptor[];
  signer: VerifiedSignature;
}

function repoOf(value: string): string {
  return value
    .replace(/^git\+/, '')
    .replace(/^https:\/\/github\.com\//, '')
    .replace(/(\.git)?\/?$/, '');
}

/** Checks the policy's shape before anything is read. */
export function checkProvenancePolicy(policy: ProvenancePolicy): IdentityPolicy {
  const identity: IdentityPolicy = {};
  if (policy.issuer) identity.issuer = policy.issuer;
  if (policy.identity) identity.identity = policy.identity;
  if (policy.identityRegexp) identity.identityRegexp = policy.identityRegexp;
  if (!identity.identity && !identity.identityRegexp) {
    if (!policy.builderId || policy.builderId === LOCAL_BUILDER_ID) {
      throw new UsageError('provenance verification needs the expected builder', {
        fix: 'pass --builder-id (the reusable workflow that released, e.g. https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1), or --certificate-identity',
      });
    }
    identity.identity = policy.builderId;
  }
  if (policy.sourceRepository) identity.repository = repoOf(policy.sourceRepository);
  checkPolicy(identity);
  return identity;
}

/** Reads a bundle file: one JSON bundle, or JSON lines of bundles. */
async function readBundles(path: string): Promise<unknown[]> {
  const text = (
    await readRegularFile(path, { maxBytes: READ_LIMITS.bundle, what: 'bundle' })
  ).toString('utf8');
  try {
    return [JSON.parse(text)];
  } catch {
    try {
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown);
    } catch (e) {
      throw new VerificationFailure(`${path} is neither a JSON bundle nor JSON lines of bundles`, {
        cause: e,
        fix: 'pass the .provenance.sigstore.json release asset',
      });
    }
  }
}

/** A statement that cannot be read is a failed verification, with the reader's fix. */
function asFailure(e: unknown): VerificationFailure {
  const fix = (e as { fix?: unknown }).fix;
  return new VerificationFailure((e as Error).message, {
    cause: e,
    ...(typeof fix === 'string' ? { fix } : {}),
  });
}

/** Verifies one bundle for `digest`; throws a `VerificationFailure` naming what is wrong. */
function verifyOne(
  digest: string,
  json: unknown,
  policy: ProvenancePolicy,
  identity: IdentityPolicy,
  trust: Awaited<ReturnType<typeof loadTrustMaterial>>,
): VerifiedProvenance {
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    throw new VerificationFailure(`not a Sigstore bundle: ${(e as Error).message}`, { cause: e });
  }
  let statement;
  try {
    statement = statementOf(bundle);
  } catch (e) {
    throw asFailure(e);
  }
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    throw new VerificationFailure(
      `the statement is ${statement.predicateType}, not SLSA provenance (${SLSA_PROVENANCE_V1})`,
      { fix: 'pass the .provenance.sigstore.json asset, not a signature bundle' },
    );
  }
  const named = subjectDigests(statement);
  if (!named.includes(digest)) {
    throw new VerificationFailure(
      `the provenance is for ${named.join(', ') || 'nothing'}, not for ${digest}`,
      { fix: 'this artifact is not the one that was built and attested; do not trust it' },
    );
  }
  const predicate = statement.predicate as Partial<SlsaProvenanceV1> | undefined;
  const builderId = predicate?.runDetails?.builder?.id;
  if (typeof builderId !== 'string' || builderId === '') {
    throw new VerificationFailure('the provenance names no builder (runDetails.builder.id)');
  }
  // Refusing on what the statement claims is safe before its signature is checked.
  if (policy.builderId !== undefined && builderId !== policy.builderId) {
    throw new VerificationFailure(`built by "${builderId}", expected "${policy.builderId}"`, {
      fix: 'check --builder-id; an artifact from another builder must not be trusted as this one',
    });
  }
  // Signature, transparency log, certificate chain and who signed.
  const signer = verifyImage(digest, json, identity, trust);
  const local = builderId === LOCAL_BUILDER_ID;
  if (!local && builderId !== signer.identity) {
    throw new VerificationFailure(
      `the provenance claims builder "${builderId}" but was signed by "${signer.identity}"`,
      { fix: 'a statement is only as good as its signer; do not trust this one' },
    );
  }
  const deps = predicate?.buildDefinition?.resolvedDependencies ?? [];
  const sourceDep = deps.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+'));
  const source: VerifiedProvenance['source'] = {};
  if (sourceDep?.uri) {
    const m = /^git\+(.+?)(?:@(.+))?$/.exec(sourceDep.uri);
    if (m?.[1]) source.repository = repoOf(m[1]);
    if (m?.[2]) source.ref = m[2];
    if (sourceDep.digest?.gitCommit) source.commit = sourceDep.digest.gitCommit;
  }
  if (policy.sourceRepository && source.repository !== repoOf(policy.sourceRepository)) {
    throw new VerificationFailure(
      `built from "${source.repository ?? 'an unnamed source'}", expected "${repoOf(policy.sourceRepository)}"`,
      { fix: 'check --source-repository; this artifact was built from another repository' },
    );
  }
  const result: VerifiedProvenance = {
    ok: true,
    digest,
    builder: { id: builderId, local },
    buildType: String(predicate?.buildDefinition?.buildType ?? ''),
    source,
    externalParameters: predicate?.buildDefinition?.externalParameters ?? {},
    resolvedDependencies: deps,
    signer,
  };
  const name = statement.subject.find((s) => `sha256:${s.digest.sha256}` === digest)?.name;
  if (name) result.subjectName = name;
  const meta = predicate?.runDetails?.metadata;
  if (meta?.invocationId) result.invocationId = meta.invocationId;
  if (meta?.startedOn) result.startedOn = meta.startedOn;
  if (meta?.finishedOn) result.finishedOn = meta.finishedOn;
  return result;
}

/** Verifies provenance for a file or an image; throws `VerificationFailure` when none passes. */
export async function verifyProvenance(
  options: VerifyProvenanceOptions,
): Promise<VerifiedProvenance> {
  if (!!options.artifact === !!options.image) {
    throw new UsageError('verify --provenance needs one artifact: a file or an image digest', {
      fix: 'pass a file path, or registry/repository@sha256:<digest>',
    });
  }
  const identity = checkProvenancePolicy(options.policy);
  if (options.artifact && !options.bundle) {
    throw new UsageError('verifying provenance of a file needs its bundle', {
      fix: 'pass --bundle <plugin>.provenance.sigstore.json (a release asset)',
    });
  }
  let digest: string;
  if (options.artifact) {
    digest = (await fileDigest(options.artifact, 'artifact')).digest;
  } else {
    digest = options.image!.digest;
    if (!isDigest(digest)) {
      throw new UsageError(`"${digest}" is not a sha256 manifest digest`, {
        fix: 'pass registry/repository@sha256:<64 hex>',
      });
    }
  }
  let candidates: unknown[];
  if (options.bundle) {
    candidates = await readBundles(options.bundle);
  } else {
    candidates = (await attachedBundles(options.image!.store, digest, SLSA_PROVENANCE_V1)).map(
      (a) => a.bundle,
    );
    if (candidates.length === 0) {
      throw new VerificationFailure(
        `${options.image!.store.location}@${digest} has no provenance attached`,
        { fix: 'pass the release asset with --bundle <plugin>.provenance.sigstore.json' },
      );
    }
  }
  const trust = await loadTrustMaterial(options.trustedRoot);
  const failures: VerificationFailure[] = [];
  for (const json of candidates) {
    try {
      return verifyOne(digest, json, options.policy, identity, trust);
    } catch (e) {
      if (!(e instanceof VerificationFailure)) throw e;
      failures.push(e);
    }
  }
  const first = failures[0];
  if (failures.length === 1 && first) throw first;
  throw new VerificationFailure(
    `none of ${failures.length} provenance bundles verifies for ${digest}: ${failures.map((f) => f.message).join('; ')}`,
    first?.fix ? { fix: first.fix } : {},
  );
}
