/**
 * `publish`: pushes a wasm module as a CNCF wasm OCI artifact, or an existing OCI image layout
 * (the image build's output), to a registry or a local OCI layout folder, then tags it. The
 * digest is always output, even when tagging is off.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandContext, CommandSpec } from '../command.js';
import { boolOpt, listOpt, stringOpt } from '../command.js';
import { mdCell } from '../report.js';
import { ConfigurationError, UsageError } from '../../errors.js';
import { loadManifest } from '../../manifest/load.js';
import type { LoadedManifest } from '../../manifest/types.js';
import {
  openStore,
  parseTarget,
  privatePackageWarning,
  publishLayout,
  publishWasm,
  RegistryStore,
  type PublishOptions,
  type PublishResult,
} from '../../oci/index.js';

/** Where `publish` writes when `--to` is not given: a local OCI image layout. */
export const DEFAULT_TARGET = 'oci-layout:out/oci';

export const publishCommand: CommandSpec = {
  name: 'publish',
  summary:
    'Push the wasm module or the image layout to an OCI registry (or a local OCI layout) and output its digest.',
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    to: {
      type: 'string',
      value: 'REF',
      description: `Where to publish: registry/owner/name (e.g. ghcr.io/acme/hello) or oci-layout:DIR (default: ${DEFAULT_TARGET}).`,
    },
    module: {
      type: 'string',
      value: 'FILE',
      description: 'The wasm module to publish (default: [wasm].module next to the manifest).',
    },
    layout: {
      type: 'string',
      value: 'DIR',
      description:
        'Publish this OCI image layout (single image or multi-platform index) instead of a wasm module.',
    },
    'layout-ref': {
      type: 'string',
      value: 'NAME',
      description:
        'The image to take from the layout when its index.json lists several (its ref.name annotation).',
    },
    tag: {
      type: 'string',
      multiple: true,
      value: 'TAG',
      description:
        'Tag to set (repeatable); replaces the default tags, which are the version and latest for non-prerelease versions.',
    },
    'no-latest': { type: 'boolean', description: 'Do not move the latest tag.' },
    'no-tags': {
      type: 'boolean',
      description: 'Push by digest only, setting no tag (the digest is still output).',
    },
    'mount-from': {
      type: 'string',
      value: 'REPO',
      description:
        'Mount blobs from this repository of the same registry instead of uploading them (e.g. acme/base).',
    },
    insecure: {
      type: 'boolean',
      description: 'Talk plain http to the registry (for a local registry on 127.0.0.1).',
    },
  },
  run: runPublish,
};

async function runPublish(ctx: CommandContext): Promise<number> {
  const { reporter, values } = ctx;
  if (ctx.positionals.length > 1) {
    throw new UsageError(`publish takes one plugin directory, got ${ctx.positionals.length}`, {
      fix: 'publish one plugin per run (a matrix job per plugin in a monorepo)',
    });
  }
  const to = stringOpt(values, 'to') ?? DEFAULT_TARGET;
  // Parse first: an empty layout directory must be refused, not resolved to the cwd.
  const parsed = parseTarget(to);
  const target =
    parsed.kind === 'layout' ? { ...parsed, dir: resolve(ctx.cwd, parsed.dir) } : parsed;
  if (target.kind === 'registry' && target.ref.digest) {
    throw new UsageError(`--to "${to}" names a digest`, {
      fix: 'publish to a repository (and optionally a tag); the digest is the output, not an input',
    });
  }
  const layout = stringOpt(values, 'layout');
  const pluginPath = ctx.positionals[0];
  const loaded = await manifestFor(pluginPath, layout !== undefined, ctx.cwd);

  const explicitTags = listOpt(values, 'tag');
  const refTag = target.kind === 'registry' ? target.ref.tag : target.tag;
  const options: PublishOptions = {
    tags: explicitTags.length > 0 ? explicitTags : refTag ? [refTag] : undefined,
    latest: !boolOpt(values, 'no-latest'),
    noTags: boolOpt(values, 'no-tags'),
    version: loaded?.manifest.version,
    mountFrom: stringOpt(values, 'mount-from'),
    layoutRef: stringOpt(values, 'layout-ref'),
    env: ctx.env,
    log: (m) => reporter.info(m),
  };
  if (!options.noTags && !options.tags && !options.version) {
    throw new UsageError('nothing to tag with', {
      fix: 'pass --tag, or --no-tags to push by digest only',
    });
  }

  const store = await openStore(
    to.startsWith('oci-layout:') ? `oci-layout:${(target as { dir: string }).dir}` : to,
    {
      insecure: boolOpt(values, 'insecure'),
      reporter,
      env: ctx.env,
    },
  );
  const firstPush = store instanceof RegistryStore ? !(await store.repositoryExists()) : false;

  const result: PublishResult = await reporter.group(`publish to ${store.location}`, async () => {
    if (layout) return publishLayout(resolve(ctx.cwd, layout), store, options);
    const manifest = loaded!.manifest;
    const modulePath = stringOpt(values, 'module')
      ? resolve(ctx.cwd, stringOpt(values, 'module')!)
      : join(loaded!.dir, manifest.wasm!.module);
    return publishWasm(loaded!, modulePath, store, options);
  });

  reporter.setOutput('digest', result.digest);
  reporter.setOutput('image', result.reference);
  reporter.setOutput('tags', result.tags.join(','));
  reporter.print(`published ${result.reference}`);
  for (const tag of result.tags) reporter.print(`  tag ${store.location}:${tag}`);
  const { uploaded, skipped, mounted } = result.stats;
  reporter.info(`blobs: ${uploaded} uploaded, ${skipped} already there, ${mounted} mounted`);
  const warning =
    firstPush && store instanceof RegistryStore ? privatePackageWarning(store.ref) : undefined;
  if (warning)
    reporter.finding({
      severity: 'warning',
      rule: 'package-private',
      message: warning,
      fix: 'make the package public once; later pushes keep its visibility',
    });
  reporter.summary(
    `### Published\n\n| | |\n|---|---|\n| image | \`${mdCell(result.reference)}\` |\n| digest | \`${result.digest}\` |\n| tags | ${mdCell(result.tags.join(', ') || '(none)')} |\n`,
  );
  reporter.result({
    digest: result.digest,
    image: result.reference,
    mediaType: result.mediaType,
    tags: result.tags,
    location: store.location,
    blobs: result.stats,
    findings: reporter.findings,
  });
  return 0;
}

/** The plugin's manifest: required for a wasm publish, optional (for the version) with --layout. */
async function manifestFor(
  pluginPath: string | undefined,
  hasLayout: boolean,
  cwd: string,
): Promise<LoadedManifest | undefined> {
  if (hasLayout && pluginPath === undefined && !existsSync(join(cwd, 'samuel-plugin.toml')))
    return undefined;
  const loaded = await loadManifest(pluginPath ?? '.', { cwd });
  if (!hasLayout && loaded.manifest.kind !== 'wasm') {
    const fix =
      loaded.manifest.kind === 'oci'
        ? 'build the image into an OCI layout and pass it with --layout DIR'
        : `a ${loaded.manifest.kind} plugin has nothing to push to a registry; skip the publish step for it`;
    throw new ConfigurationError(
      `${loaded.file}: kind = "${loaded.manifest.kind}" has no wasm module to publish`,
      {
        fix,
        position: { file: loaded.file },
      },
    );
  }
  return loaded;
}
