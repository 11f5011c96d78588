/**
 * The work of `verify`, loaded only when verify runs (Sigstore's verifier is large): checks a
 * file or an image digest against its bundle and an identity policy.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandContext } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { UsageError } from '../../errors.js';
import { openStore } from '../../oci/index.js';
import type { OciStore } from '../../oci/types.js';
import {
  attachedBundles,
  COSIGN_SIGN_PREDICATE,
  statementOf,
  checkPolicy,
  GITHUB_ACTIONS_ISSUER,
  loadTrustMaterial,
  verifyBlob,
  verifyImage,
  VerificationFailure,
  type IdentityPolicy,
  verifyProvenance,
  type ProvenancePolicy,
  type VerifiedSignature,
} from '../../sigstore/index.js';
import { defined, registryGroup } from '../../options/index.js';
import { bundleFromJSON } from '@sigstore/bundle';
import { READ_LIMITS, readRegularFile } from '../../util/files.js';
import { splitImage, DIGEST_REF } from '../../options/image-ref.js';

async function open(location: string, ctx: CommandContext): Promise<OciStore> {
  const { insecure, insecureHosts } = registryGroup.read(ctx.values);
  return openStore(location, {
    insecure,
    insecureHosts,
    reporter: ctx.reporter,
    env: ctx.env,
  });
}

async function readJson(path: string): Promise<unknown> {
  const data = await readRegularFile(path, { maxBytes: READ_LIMITS.bundle, what: 'bundle' });
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (e) {
    throw new VerificationFailure(`${path} is not JSON, so it is not a Sigstore bundle`, {
      cause: e,
    });
  }
}

function policyFrom(ctx: CommandContext): IdentityPolicy {
  const policy: IdentityPolicy = {
    issuer: stringOpt(ctx.values, 'certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
  };
  const identity = stringOpt(ctx.values, 'certificate-identity');
  const regexp = stringOpt(ctx.values, 'certificate-identity-regexp');
  const repository = stringOpt(ctx.values, 'certificate-github-workflow-repository');
  if (identity) policy.identity = identity;
  if (regexp) policy.identityRegexp = regexp;
  if (repository) policy.repository = repository;
  checkPolicy(policy);
  return policy;
}

/** Tries each bundle attached to `digest` as a referrer; the first that verifies wins. */
async function verifyReferrers(
  store: OciStore,
  digest: string,
  policy: IdentityPolicy,
  trust: Awaited<ReturnType<typeof loadTrustMaterial>>,
): Promise<VerifiedSignature> {
  // Only signatures: a provenance bundle attached beside them names the same digest but is not one.
  let last: unknown;
  for (const { bundle } of await attachedBundles(store, digest, COSIGN_SIGN_PREDICATE)) {
    try {
      if (statementOf(bundleFromJSON(bundle)).predicateType !== COSIGN_SIGN_PREDICATE) continue;
      return verifyImage(digest, bundle, policy, trust);
    } catch (e) {
      last = e;
    }
  }
  if (last) throw last;
  throw new VerificationFailure(`${store.location}@${digest} has no Sigstore bundle attached`, {
    fix: 'sign it with `samuel-plugin-release sign`, or pass the bundle file with --bundle',
  });
}

/** Runs `verify`; exit 0 verified (a failure throws). */
export async function runVerify(ctx: CommandContext): Promise<number> {
  const { values, reporter } = ctx;
  const target = ctx.positionals[0];
  if (!target || ctx.positionals.length > 1) {
    throw new UsageError('verify takes one FILE or one REGISTRY/REPO@sha256:DIGEST', {
      fix: 'e.g. verify plugin.wasm --bundle plugin.wasm.bundle --certificate-identity …',
    });
  }
  const bundlePath = stringOpt(values, 'bundle');
  const isImage = DIGEST_REF.test(target) && !existsSync(target);
  if (boolOpt(values, 'provenance')) return runVerifyProvenance(ctx, target, isImage, bundlePath);
  for (const flag of ['builder-id', 'source-repository']) {
    if (stringOpt(values, flag)) {
      throw new UsageError(`--${flag} applies to provenance`, {
        fix: `add --provenance to check the build provenance, or use --certificate-github-workflow-repository for a signature`,
      });
    }
  }
  const policy = policyFrom(ctx);
  if (!isImage && !bundlePath) {
    throw new UsageError(`verifying the file ${target} needs its bundle`, {
      fix: `pass --bundle ${basename(target)}.bundle`,
    });
  }
  const trust = await loadTrustMaterial(stringOpt(values, 'trusted-root'));
  let verified: VerifiedSignature;
  if (isImage) {
    const { location, digest } = splitImage(target, 'the image');
    verified = bundlePath
      ? verifyImage(digest, await readJson(bundlePath), policy, trust)
      : await verifyReferrers(await open(location, ctx), digest, policy, trust);
  } else {
    const data = await readRegularFile(target, { maxBytes: READ_LIMITS.module, what: 'file' });
    verified = verifyBlob(data, await readJson(bundlePath!), policy, trust);
  }
  reporter.print(`Verified OK: ${target}`);
  reporter.print(`  signer: ${verified.identity} (issuer ${verified.issuer})`);
  if (verified.sourceRepository)
    reporter.print(`  source repository: ${verified.sourceRepository}`);
  reporter.setOutput('identity', verified.identity);
  reporter.result({ ok: true, verified: true, ...verified });
  return 0;
}

/** `verify --provenance`: the SLSA statement for the file or image, and what built it. */
async function runVerifyProvenance(
  ctx: CommandContext,
  target: string,
  isImage: boolean,
  bundle: string | undefined,
): Promise<number> {
  const { values, reporter } = ctx;
  const policy: ProvenancePolicy = defined({
    builderId: stringOpt(values, 'builder-id'),
    sourceRepository: stringOpt(values, 'source-repository'),
    identity: stringOpt(values, 'certificate-identity'),
    identityRegexp: stringOpt(values, 'certificate-identity-regexp'),
    issuer: stringOpt(values, 'certificate-oidc-issuer'),
  });
  if (stringOpt(values, 'certificate-github-workflow-repository')) {
    throw new UsageError('with --provenance the source repository is --source-repository', {
      fix: 'pass --source-repository OWNER/REPO instead of --certificate-github-workflow-repository',
    });
  }
  const trustedRoot = stringOpt(values, 'trusted-root');
  let image: { store: OciStore; digest: string } | undefined;
  if (isImage) {
    const { location, digest } = splitImage(target, 'the image');
    image = { store: await open(location, ctx), digest };
  }
  const found = await verifyProvenance({
    ...(image ? { image } : { artifact: target }),
    ...(bundle ? { bundle } : {}),
    policy,
    ...(trustedRoot ? { trustedRoot } : {}),
  });
  reporter.print(`Verified provenance: ${target} (${found.digest})`);
  reporter.print(`  built by: ${found.builder.id}${found.builder.local ? ' (not a CI run)' : ''}`);
  if (found.source.repository) {
    const at = [found.source.ref, found.source.commit].filter(Boolean).join(' at ');
    reporter.print(`  from: ${found.source.repository}${at ? ` ${at}` : ''}`);
  }
  if (found.invocationId) reporter.print(`  run: ${found.invocationId}`);
  if (found.startedOn && found.finishedOn) {
    reporter.print(`  between: ${found.startedOn} and ${found.finishedOn}`);
  }
  reporter.print(`  signer: ${found.signer.identity} (issuer ${found.signer.issuer})`);
  reporter.setOutput('identity', found.signer.identity);
  reporter.setOutput('builder-id', found.builder.id);
  reporter.result({ ok: true, verified: true, provenance: found });
  return 0;
}
