/**
 * The release step on a dry run: writes exactly the assets Samuel's installer downloads for the
 * plugin's kind into the output folder, plus the release notes and a machine-readable record.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseContext } from './steps.js';

/** What the installer reads from a release, by kind (Samuel's installer, v2.3). */
export function requiredAssets(ctx: ReleaseContext): string[] {
  const m = ctx.loaded.manifest;
  switch (m.kind) {
    case 'wasm':
      return ['plugin.wasm', 'samuel-plugin.toml'];
    case 'oci':
      return ['samuel-plugin.toml'];
    case 'skill':
    case 'meta':
      return [];
  }
}

/** Copies the assets into the output folder under their release names. */
export async function writeAssets(ctx: ReleaseContext): Promise<void> {
  await mkdir(ctx.outputDir, { recursive: true });
  const manifestPath = join(ctx.outputDir, 'samuel-plugin.toml');
  await writeFile(manifestPath, ctx.releasedManifest);
  if (
    ctx.loaded.manifest.kind === 'wasm' ||
    ctx.loaded.manifest.kind === 'oci' ||
    ctx.loaded.manifest.kind === 'meta'
  ) {
    upsert(ctx, { name: 'samuel-plugin.toml', path: manifestPath });
  }
  for (const asset of ctx.assets) {
    const target = join(ctx.outputDir, asset.name);
    if (asset.path !== target) {
      await copyFile(asset.path, target);
      asset.path = target;
    }
  }
}

/** Adds or replaces an asset by name (re-runs never list a file twice). */
export function upsert(ctx: ReleaseContext, asset: { name: string; path: string }): void {
  const i = ctx.assets.findIndex((a) => a.name === asset.name);
  if (i >= 0) ctx.assets[i] = asset;
  else ctx.assets.push(asset);
}

/** Markdown release notes: what was released, its digest and how to verify it. */
export function releaseNotes(ctx: ReleaseContext): string {
  const m = ctx.loaded.manifest;
  const lines = [`## ${m.name} ${m.version}`, ''];
  if (m.summary) lines.push(m.summary, '');
  lines.push(`- Kind: \`${m.kind}\``);
  if (ctx.digest) lines.push(`- Digest: \`${ctx.digest}\``);
  if (ctx.imageReference) lines.push(`- Image: \`${ctx.imageReference}\``);
  lines.push('', '### Install', '', '```sh', `samuel install ${m.name}`, '```');
  if (ctx.assets.length > 0) {
    lines.push('', '### Assets', '', ...ctx.assets.map((a) => `- \`${a.name}\``));
  }
  if (ctx.verifyCommands.length > 0) {
    lines.push('', '### Verify', '', '```sh', ...ctx.verifyCommands, '```');
  }
  return lines.join('\n') + '\n';
}

/** Writes release-notes.md and release.json beside the assets. */
export async function writeRecord(
  ctx: ReleaseContext,
  steps: { step: string; status: string; detail: string }[],
): Promise<void> {
  await writeFile(join(ctx.outputDir, 'release-notes.md'), releaseNotes(ctx));
  const m = ctx.loaded.manifest;
  const record = {
    name: m.name,
    version: m.version,
    kind: m.kind,
    tag: ctx.tag,
    dryRun: ctx.dryRun,
    digest: ctx.digest ?? null,
    image: ctx.imageReference ?? null,
    assets: ctx.assets.map((a) => a.name),
    verify: ctx.verifyCommands,
    steps,
  };
  await writeFile(join(ctx.outputDir, 'release.json'), JSON.stringify(record, null, 2) + '\n');
}
