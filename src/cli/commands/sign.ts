/**
 * `sign` and `verify`, with cosign's flag names so users need not learn new ones. `sign` signs
 * what the plugin kind releases; `verify` checks a file or an image digest against its bundle
 * and an identity policy (exit 0 verified, 1 not verified, 2 usage or I/O error).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CommandContext, CommandSpec } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { IoError, UsageError } from '../../errors.js';
import { loadManifest } from '../../manifest/load.js';
import { openStore } from '../../oci/index.js';
import type { OciStore } from '../../oci/types.js';
import {
  BUNDLE_MEDIA_TYPE,
  checkPolicy,
  GITHUB_ACTIONS_ISSUER,
  isReleaseEvent,
  loadTrustMaterial,
  parseSignMode,
  signPlugin,
  verifyBlob,
  verifyImage,
  VerificationFailure,
  type IdentityPolicy,
  type SignPluginOptions,
  type VerifiedSignature,
} from '../../sigstore/index.js';

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

async function open(location: string, ctx: CommandContext): Promise<OciStore> {
  return openStore(location, {
    insecure: boolOpt(ctx.values, 'allow-http-registry'),
    reporter: ctx.reporter,
    env: ctx.env,
  });
}

export const signCommand: CommandSpec = {
  name: 'sign',
  summary: 'Sign the release artifacts keylessly with Sigstore (GitHub Actions OIDC identity).',
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    sign: {
      type: 'string',
      value: 'auto|true|false',
      description:
        'auto (default) signs when an OIDC identity is available and the run releases; true requires signing; false skips it.',
    },
    image: {
      type: 'string',
      value: 'REF@DIGEST',
      description:
        'The published image or wasm artifact to sign (default: [oci].image when it is pinned).',
    },
    output: {
      type: 'string',
      value: 'DIR',
      description: 'Write bundles here instead of beside each artifact.',
    },
    'identity-token': {
      type: 'string',
      value: 'JWT',
      description:
        'OIDC token to sign with (default: the GitHub Actions token, audience sigstore).',
    },
    'fulcio-url': {
      type: 'string',
      value: 'URL',
      description: 'Fulcio certificate authority (default https://fulcio.sigstore.dev).',
    },
    'rekor-url': {
      type: 'string',
      value: 'URL',
      description: 'Rekor transparency log (default https://rekor.sigstore.dev).',
    },
    'tsa-url': {
      type: 'string',
      value: 'URL',
      description: 'RFC 3161 timestamp authority (default: none; Rekor time is the timestamp).',
    },
    'allow-http-registry': {
      type: 'boolean',
      description: 'Talk plain http to the registry (a local test registry only).',
    },
  },
  async run(ctx) {
    const { values, reporter } = ctx;
    const mode = parseSignMode(stringOpt(values, 'sign'));
    const identityToken = stringOpt(values, 'identity-token');
    if (identityToken) reporter.secret(identityToken);
    const loaded = await loadManifest(ctx.positionals[0] ?? '.', { cwd: ctx.cwd });
    const pinned = loaded.manifest.oci?.image;
    let imageRef = stringOpt(values, 'image');
    if (!imageRef && pinned && DIGEST_REF.test(pinned) && !/@sha256:0{64}$/.test(pinned))
      imageRef = pinned;
    let image: SignPluginOptions['image'];
    if (imageRef) {
      const { location, digest } = splitImage(imageRef, '--image');
      image = { store: await open(location, ctx), digest, reference: `${location}@${digest}` };
    }
    const result = await reporter.group(`sign ${loaded.manifest.name}`, () =>
      signPlugin(loaded, {
        mode,
        identityToken,
        env: ctx.env,
        releasing: ctx.env.GITHUB_ACTIONS === 'true' ? isReleaseEvent(ctx.env) : true,
        outputDir: stringOpt(values, 'output'),
        fulcioUrl: stringOpt(values, 'fulcio-url'),
        rekorUrl: stringOpt(values, 'rekor-url'),
        tsaUrl: stringOpt(values, 'tsa-url'),
        image,
      }),
    );
    reporter.setOutput('signed', result.skipped ? 'false' : 'true');
    if (result.skipped) {
      const rule = 'signing-skipped';
      if (result.skipped.warn)
        reporter.finding({ severity: 'warning', rule, message: result.skipped.reason });
      else reporter.info(result.skipped.reason);
      reporter.result({ ok: true, signed: false, reason: result.skipped.reason });
      return 0;
    }
    reporter.setOutput('bundles', result.bundleFiles.join('\n'));
    reporter.setOutput('identity', result.signer?.identity ?? '');
    reporter.setOutput('verify-commands', result.verifyCommands.join('\n'));
    for (const file of result.bundleFiles) reporter.print(`wrote ${file}`);
    for (const s of result.images)
      reporter.print(`signed ${s.digest}${s.platform ? ` (${s.platform})` : ''}`);
    reporter.print(`signer: ${result.signer?.identity ?? 'unknown'}`);
    reporter.print('verify with:');
    for (const c of result.verifyCommands) reporter.print(`  ${c}`);
    reporter.summary(
      [
        '### Signatures',
        '',
        `Signed by \`${result.signer?.identity ?? ''}\`. Verify with:`,
        '',
        '```sh',
        ...result.verifyCommands,
        '```',
        '',
      ].join('\n'),
    );
    reporter.result({
      ok: true,
      signed: true,
      signer: result.signer,
      bundles: result.bundleFiles,
      images: result.images.map((s) => ({
        digest: s.digest,
        platform: s.platform,
        referrer: s.referrer.digest,
      })),
      verifyCommands: result.verifyCommands,
    });
    return 0;
  },
};

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

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new IoError(`cannot read ${path}`, { cause: e, fix: 'check the path' });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VerificationFailure(`${path} is not JSON, so it is not a Sigstore bundle`, {
      cause: e,
    });
  }
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
  options: {
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
    'trusted-root': {
      type: 'string',
      value: 'FILE',
      description:
        'trusted_root.json of a private Sigstore instance or for offline use (default: public-good over TUF).',
    },
    'allow-http-registry': {
      type: 'boolean',
      description: 'Talk plain http to the registry (a local test registry only).',
    },
  },
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
      let data: Buffer;
      try {
        data = await readFile(target);
      } catch (e) {
        throw new IoError(`cannot read ${target}`, { cause: e, fix: 'check the path' });
      }
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
