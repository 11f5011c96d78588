/**
 * pin: the manifest the release ships. For oci plugins `[oci].image` is pinned to the published
 * digest; for wasm plugins whose `[wasm].module` is not `plugin.wasm`, the module is renamed to
 * what Samuel installs it as (its doctor then looks for the right file).
 */
import { ConfigurationError } from '../errors.js';
import { parseSamuelImage, ZERO_DIGEST } from '../manifest/image.js';
import { pinnedReference, replaceStringValue } from '../release/pin.js';
import { INSTALLED_MODULE } from '../samuel/installer.js';
import { plugin, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { registryTarget } from './publish.js';

export const pinStep: Step = {
  name: 'pin',
  skip(ctx) {
    const m = plugin(ctx).manifest;
    if (m.kind === 'oci') return undefined;
    if (m.kind === 'wasm' && m.wasm && m.wasm.module !== INSTALLED_MODULE) return undefined;
    return `the ${m.kind} manifest is released as written`;
  },
  async run(ctx) {
    const loaded = plugin(ctx);
    const m = loaded.manifest;
    let text = loaded.source;
    const changes: string[] = [];
    if (m.kind === 'wasm' && m.wasm) {
      text = replaceStringValue(loaded, text, 'wasm.module', INSTALLED_MODULE);
      changes.push(`[wasm].module = "${INSTALLED_MODULE}" (was "${m.wasm.module}")`);
    }
    if (m.kind === 'oci' && m.oci) {
      const reference = pinFor(ctx, m.oci.image);
      if (reference !== m.oci.image)
        text = replaceStringValue(loaded, text, 'oci.image', reference);
      changes.push(`[oci].image = "${reference}"`);
    }
    ctx.artifacts.add({ type: 'released-manifest', text, changes });
    return ok(changes.join('; '));
  },
};

/** Where [oci].image must point in the released manifest. */
function pinFor(ctx: PipelineContext, image: string): string {
  const published = ctx.artifacts.get('image');
  if (!published) {
    const digest = parseSamuelImage(image)?.digest;
    if (digest && digest !== ZERO_DIGEST) return image;
    throw new ConfigurationError(
      `the released samuel-plugin.toml would keep [oci].image = "${image}", which Samuel cannot install: no image was published to pin it`,
      {
        fix: 'let the build step build the image, or give it with --layout DIR, so the release pins its digest',
      },
    );
  }
  const declared = pinnedReference(image, published.digest);
  // Pin to where the image really is (a real push) or will be (a dry run's planned target).
  const repository = published.pushed
    ? published.reference.split('@')[0]!
    : (registryTarget(ctx) ?? declared.split('@')[0]!);
  const reference = pinnedReference(repository, published.digest);
  if (!parseSamuelImage(reference)) {
    throw new ConfigurationError(
      `the image is published as ${reference}, which Samuel cannot pull (it needs registry/owner/name)`,
      {
        fix: 'publish to a repository with exactly one owner segment, e.g. ghcr.io/<owner>/<name>',
      },
    );
  }
  if (!published.pushed) {
    ctx.reporter.info(
      `dry run: pinned to the digest of the local layout; the same image pushed to ${repository} has this digest`,
    );
  }
  if (reference.split('@')[0] !== declared.split('@')[0]) {
    ctx.reporter.finding({
      severity: 'notice',
      rule: 'pin-repository',
      message: `[oci].image names ${declared.split('@')[0]} but the image is published to ${reference.split('@')[0]}; the release pins the published one`,
      fix: 'make [oci].image and the publish target (image input / --to) name the same repository',
    });
  }
  return reference;
}
