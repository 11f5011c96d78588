/**
 * `sign` is the sign step on its own: keyless Sigstore bundles over what the plugin kind
 * releases. `verify` checks a file or an image digest against its bundle and an identity policy
 * (exit 0 verified, 1 not verified, 2 usage or I/O error), with cosign's flag names.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandContext, CommandSpec } from '../command.js';
import { flagsOf, stringOpt } from '../command.js';
import { UsageError } from '../../errors.js';
import { openStore } from '../../oci/index.js';
import type { OciStore } from '../../oci/types.js';
import {
  BUNDLE_MEDIA_TYPE,
  checkPolicy,
  GITHUB_ACTIONS_ISSUER,
  loadTrustMaterial,
  verifyBlob,
  verifyImage,
  VerificationFailure,
  type IdentityPolicy,
  type VerifiedSignature,
} from '../../sigstore/index.js';
import { slice } from '../../pipeline/list.js';
import {
  manifestGroup,
  outputGroup,
  registryGroup,
  sigstoreGroup,
  sigstoreInstanceFlags,
  signImageGroup,
} from '../../options/index.js';
import { READ_LIMITS, readRegularFile } from '../../util/files.js';
import { pipelineCommand } from '../pipeline-command.js';
import { stepLines } from '../render/run.js';
import { signSummary } from '../render/summaries.js';

const DIGEST_REF = /^(.+)@(sha256:[0-9a-f]{64})$/;

/** Splits `registry/repo@sha256:…` into store location and digest. */
function splitImage(ref: string, flag: string): { location: string; digest: string } {
  const m = DIGEST_REF.exec(ref.trim());
  if (!m) {
    throw new UsageError(`${flag} "${ref}" is not pinned by digest`, {
      fix: 'write registry/owner/name@sha256:<64 hex> (publish prints the digest)',
    });
  }
  return { location: m[1]!.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]*$/, ''), digest: m[2]! };
}

export const signCommand = pipelineCommand({
  name: 'sign',
  summary: 'Sign the release artifacts keylessly with Sigstore (GitHub Actions OIDC identity).',
  steps: () => slice('validate', 'sign'),
  primary: 'sign',
  groups: [manifestGroup, sigstoreGroup, signImageGroup, registryGroup, outputGroup],
  fixed(options) {
    options.manifest = { strict: false, ...options.manifest, pin: true };
  },
  render(ctx, run) {
    const result = ctx.results.sign;
    if (!result) return { text: stepLines(run), json: { signed: false } };
    if (result.skipped) {
      return { text: [], json: { signed: false, reason: result.skipped.reason } };
    }
    return {
      text: [
        ...result.bundleFiles.map((f) => `wrote ${f}`),
        ...result.images.map((s) => `signed ${s.digest}${s.platform ? ` (${s.platform})` : ''}`),
        `signer: ${result.signer?.identity ?? 'unknown'}`,
        'verify with:',
        ...result.verifyCommands.map((c) => `  ${c}`),
      ],
      summary: signSummary(result),
      json: {
        signed: true,
        signer: result.signer,
        bundles: result.bundleFiles,
        images: result.images.map((s) => ({
          digest: s.digest,
          platform: s.platform,
          referrer: s.referrer.digest,
        })),
        verifyCommands: result.verifyCommands,
      },
    };
  },
});

async function open(location: string, ctx: CommandContext): Promise<OciStore> {
  return openStore(location, {
    insecure: registryGroup.read(ctx.values).insecure,
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
  const referrers = await store.referrers(digest, BUNDLE_MEDIA_TYPE);
  let last: unknown;
  for (const r of referrers) {
    const manifest = JSON.parse(
      Buffer.from((await store.getManifest(r.digest)).bytes).toString('utf8'),
    ) as { layers?: { digest: string; mediaType: string }[] };
    for (const layer of manifest.layers ?? []) {
      if (!layer.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) continue;
      try {
        return verifyImage(
          digest,
          JSON.parse(Buffer.from(await store.getBlob(layer.digest)).toString('utf8')),
          policy,
          trust,
        );
      } catch (e) {
        last = e;
      }
    }
  }
  if (last) throw last;
  throw new VerificationFailure(`${store.location}@${digest} has no Sigstore bundle attached`, {
    fix: 'sign it with `samuel-plugin-release sign`, or pass the bundle file with --bundle',
  });
}

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'Verify a file or an image digest against its Sigstore bundle and an identity policy.',
  positionals: 'FILE|REGISTRY/REPO@sha256:DIGEST',
  options: flagsOf([registryGroup], {
    ...sigstoreInstanceFlags,
    bundle: {
      type: 'string',
      value: 'FILE',
      description:
        'The bundle (required for a file; for an image, default: the bundle attached in the registry).',
    },
    'certificate-identity': {
      type: 'string',
      value: 'ID',
      description: 'The exact signer identity (certificate SAN).',
    },
    'certificate-identity-regexp': {
      type: 'string',
      value: 'RE',
      description: 'A regular expression the whole signer identity must match.',
    },
    'certificate-oidc-issuer': {
      type: 'string',
      value: 'URL',
      description: `The OIDC issuer (default ${GITHUB_ACTIONS_ISSUER}).`,
    },
    'certificate-github-workflow-repository': {
      type: 'string',
      value: 'OWNER/REPO',
      description: 'The repository the signing workflow ran for (from the certificate).',
    },
  }),
  async run(ctx) {
    const { values, reporter } = ctx;
    const target = ctx.positionals[0];
    if (!target || ctx.positionals.length > 1) {
      throw new UsageError('verify takes one FILE or one REGISTRY/REPO@sha256:DIGEST', {
        fix: 'e.g. verify plugin.wasm --bundle plugin.wasm.bundle --certificate-identity …',
      });
    }
    const policy = policyFrom(ctx);
    const bundlePath = stringOpt(values, 'bundle');
    const isImage = DIGEST_REF.test(target) && !existsSync(target);
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
  },
};
