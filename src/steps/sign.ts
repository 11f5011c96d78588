/** sign: keyless Sigstore bundles over what the kind releases (module, SKILL.md, image). */
import { basename, resolve } from 'node:path';
import { DIGEST_REF, splitImage } from '../options/image-ref.js';
import type { SignPluginOptions } from '../sigstore/index.js';
import { registerSecret } from '../report/index.js';
import { isDryRun, outputDir, plugin, setOutput } from '../pipeline/context.js';
import type { PipelineContext } from '../pipeline/context.js';
import { ok, skipped, type Step } from '../pipeline/step.js';

const ZERO = /@sha256:0{64}$/;

/** The image to sign: what publish made, else `--image`, else a pinned [oci].image. */
async function imageToSign(ctx: PipelineContext): Promise<SignPluginOptions['image']> {
  const published = ctx.artifacts.get('image');
  if (published) {
    return { store: published.store, digest: published.digest, reference: published.reference };
  }
  const pinned = plugin(ctx).manifest.oci?.image;
  const ref =
    ctx.options.sigstore.image ??
    (pinned && DIGEST_REF.test(pinned) && !ZERO.test(pinned) ? pinned : undefined);
  if (!ref) return undefined;
  const { location, digest } = splitImage(ref, '--image');
  const { openStore } = await import('../oci/index.js');
  const store = await openStore(location, {
    insecure: ctx.options.registry.insecure,
    insecureHosts: ctx.options.registry.insecureHosts,
    reporter: ctx.reporter,
    env: ctx.env,
  });
  return { store, digest, reference: `${location}@${digest}` };
}

export const signStep: Step = {
  name: 'sign',
  skip(ctx) {
    const kind = plugin(ctx).manifest.kind;
    if (kind === 'meta') return 'a meta plugin has no artifact to sign';
    return undefined;
  },
  async run(ctx) {
    const loaded = plugin(ctx);
    const s = ctx.options.sigstore;
    if (s.mode === 'false') {
      setOutput(ctx, 'signed', 'false');
      return skipped('signing is off (--sign false)');
    }
    if (s.identityToken) registerSecret(s.identityToken);
    const image = await imageToSign(ctx);
    if (loaded.manifest.kind === 'oci' && !image && ctx.command === 'release') {
      return skipped('no image was published, so there is nothing to sign');
    }
    const out =
      ctx.command === 'release'
        ? outputDir(ctx)
        : ctx.options.output.output
          ? resolve(ctx.cwd, ctx.options.output.output)
          : undefined;
    const { isReleaseEvent, signPlugin } = await import('../sigstore/index.js');
    // A tag push (or release/dispatch) is a release even while the final upload is a dry run.
    const releasing =
      ctx.command === 'release'
        ? !isDryRun(ctx) || isReleaseEvent(ctx.env)
        : ctx.env.GITHUB_ACTIONS === 'true'
          ? isReleaseEvent(ctx.env)
          : true;
    const result = await signPlugin(loaded, {
      mode: s.mode,
      env: ctx.env,
      releasing,
      ...(out ? { outputDir: out } : {}),
      ...(s.identityToken ? { identityToken: s.identityToken } : {}),
      ...(s.fulcioUrl ? { fulcioUrl: s.fulcioUrl } : {}),
      ...(s.rekorUrl ? { rekorUrl: s.rekorUrl } : {}),
      ...(s.tsaUrl ? { tsaUrl: s.tsaUrl } : {}),
      ...(s.trustedRoot ? { trustedRoot: s.trustedRoot } : {}),
      ...(image ? { image } : {}),
    });
    ctx.results.sign = result;
    setOutput(ctx, 'signed', result.skipped ? 'false' : 'true');
    if (result.skipped) {
      if (result.skipped.warn || result.skipped.notice) {
        ctx.reporter.finding({
          severity: result.skipped.warn ? 'warning' : 'notice',
          rule: 'sign-skipped',
          message: result.skipped.reason,
        });
      } else ctx.reporter.info(result.skipped.reason);
      return skipped(result.skipped.reason);
    }
    for (const file of result.bundleFiles) {
      ctx.artifacts.add({ type: 'bundle', name: basename(file), path: file, subject: '' });
    }
    for (const command of result.verifyCommands)
      ctx.artifacts.add({ type: 'verify-command', command });
    setOutput(ctx, 'identity', result.signer?.identity ?? '');
    setOutput(ctx, 'bundles', result.bundleFiles.join('\n'));
    setOutput(ctx, 'verify-commands', result.verifyCommands.join('\n'));
    return ok(result.bundleFiles.map((f) => basename(f)).join(', '));
  },
};
