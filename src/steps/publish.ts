/**
 * publish: the wasm module as a CNCF wasm OCI artifact, or the image layout of an oci plugin.
 * `run` writes it into a local OCI layout (dry runs, or `--to oci-layout:DIR`), which gives the
 * digest the pin step uses; `publish` pushes it to the registry. A dry run pushes nothing.
 */
import { join, resolve } from 'node:path';
import { ConfigurationError, UsageError } from '../errors.js';
import type { PublishResult, PublishStore } from '../oci/index.js';

/** The OCI domain, loaded when a publish really happens. */
const oci = () => import('../oci/index.js');
import { parseSamuelImage } from '../manifest/image.js';
import { isDryRun, outputDir, plugin, setOutput } from '../pipeline/context.js';
import type { PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { wasmModulePath } from './module.js';
import { registryCredential } from './credentials.js';

/** The registry repository a real run pushes to: `--to`, else the repository of [oci].image. */
export function registryTarget(ctx: PipelineContext): string | undefined {
  const to = ctx.options.registry.to;
  if (to) return to.startsWith('oci-layout:') ? undefined : to;
  const image = plugin(ctx).manifest.oci?.image;
  const parsed = image ? parseSamuelImage(image) : undefined;
  return parsed ? `${parsed.registry}/${parsed.owner}/${parsed.name}` : undefined;
}

function layoutTarget(ctx: PipelineContext): string {
  const to = ctx.options.registry.to;
  if (to?.startsWith('oci-layout:')) {
    const dir = to.slice('oci-layout:'.length);
    return dir ? `oci-layout:${resolve(ctx.cwd, dir)}` : to;
  }
  return `oci-layout:${join(outputDir(ctx), 'oci-layout')}`;
}

/** Opens `target` with the credential the run has for its registry (looked up once). */
async function openTarget(ctx: PipelineContext, target: string): Promise<PublishStore> {
  const r = ctx.options.registry;
  const { openStore, parseTarget } = await oci();
  const parsed = parseTarget(target);
  const credentials =
    parsed.kind === 'registry' ? await registryCredential(ctx, parsed.ref.registry) : undefined;
  const store = await openStore(target, {
    insecure: r.insecure,
    insecureHosts: r.insecureHosts,
    reporter: ctx.reporter,
    env: ctx.env,
    ...(credentials ? { credentials } : {}),
  });
  if (credentials) ctx.reporter.info(`pushing as ${credentials.username} (${credentials.source})`);
  return store;
}

async function push(
  ctx: PipelineContext,
  store: PublishStore,
): Promise<PublishResult & { store: PublishStore }> {
  const loaded = plugin(ctx);
  const p = ctx.options.publish;
  const { publishLayout, publishWasm } = await oci();
  const options = {
    ...(p.imageTags.length ? { tags: p.imageTags } : {}),
    latest: p.latest,
    noTags: p.noTags,
    version: loaded.manifest.version,
    ...(p.mountFrom ? { mountFrom: p.mountFrom } : {}),
    ...(p.layoutRef ? { layoutRef: p.layoutRef } : {}),
    env: ctx.env,
    log: (m: string) => ctx.reporter.info(m),
  };
  let result: PublishResult;
  if (loaded.manifest.kind === 'oci') {
    const layout = p.layout ? resolve(ctx.cwd, p.layout) : ctx.artifacts.get('image-layout')?.dir;
    if (!layout) {
      throw new ConfigurationError('no image to publish for this oci plugin', {
        fix: 'build it (the build step) or pass the image as an OCI image layout with --layout DIR',
      });
    }
    result = await publishLayout(layout, store, options);
  } else {
    result = await publishWasm(loaded, wasmModulePath(ctx), store, options);
  }
  return { ...result, store };
}

function record(
  ctx: PipelineContext,
  result: PublishResult & { store: PublishStore },
  pushed: boolean,
  firstPush = false,
): void {
  ctx.artifacts.add({
    type: 'image',
    reference: result.reference,
    digest: result.digest,
    store: result.store,
    tags: result.tags,
    pushed,
    firstPush,
  });
  ctx.results.publish = { ...result, location: result.store.location };
  setOutput(ctx, 'digest', result.digest);
  setOutput(ctx, 'image', result.reference);
  setOutput(ctx, 'tags', result.tags.join(','));
}

function describe(result: PublishResult): string {
  return `${result.reference}${result.tags.length ? ` (tags ${result.tags.join(', ')})` : ''}`;
}

export const publishStep: Step = {
  name: 'publish',
  skip(ctx) {
    const kind = plugin(ctx).manifest.kind;
    if (kind === 'skill' || kind === 'meta')
      return `nothing to push to a registry for ${kind} plugins`;
    return undefined;
  },
  async run(ctx) {
    const to = ctx.options.registry.to;
    if (to && !to.startsWith('oci-layout:') && /@sha256:/.test(to)) {
      throw new UsageError(`--to "${to}" names a digest`, {
        fix: 'publish to a repository (and optionally a tag); the digest is the output, not an input',
      });
    }
    const target = registryTarget(ctx);
    if (!isDryRun(ctx) && target) return ok(`pushing to ${target}`);
    const result = await push(ctx, await openTarget(ctx, layoutTarget(ctx)));
    record(ctx, result, false);
    const planned = target && isDryRun(ctx) ? `; a real run pushes it to ${target}` : '';
    return ok(`${describe(result)}${planned}`);
  },
  async publish(ctx) {
    const target = registryTarget(ctx);
    if (!target) return undefined;
    const { privatePackageWarning, RegistryStore } = await oci();
    const store = await openTarget(ctx, target);
    const firstPush = store instanceof RegistryStore ? !(await store.repositoryExists()) : false;
    const result = await push(ctx, store);
    record(ctx, result, true, firstPush);
    const { uploaded, skipped, mounted } = result.stats;
    ctx.reporter.info(`blobs: ${uploaded} uploaded, ${skipped} already there, ${mounted} mounted`);
    const warning =
      firstPush && result.store instanceof RegistryStore
        ? privatePackageWarning(result.store.ref)
        : undefined;
    if (warning) {
      ctx.reporter.finding({
        severity: 'warning',
        rule: 'package-private',
        message: warning,
        fix: 'make the package public once; later pushes keep its visibility',
      });
    }
    return ok(describe(result));
  },
};
