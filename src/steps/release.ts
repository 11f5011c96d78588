/**
 * release: `run` writes the release folder (exactly the assets Samuel's installer reads, the
 * notes, release.json); `publish` creates the GitHub release from it. A dry run keeps the folder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError, UsageError } from '../errors.js';
import { installerAssets, INSTALLED_MODULE } from '../samuel/installer.js';
import { writeReleaseFolder, type FolderAsset } from '../release/folder.js';
import { releaseNotes, type NotesInput } from '../release/notes.js';
import { repositoryFromEnv, repositoryFromOrigin } from '../pipeline/github-env.js';
import type { PublishedRelease } from '../github/release/index.js';
import { writeFileAtomic } from '../util/files.js';
import { isDryRun, outputDir, plugin, setOutput } from '../pipeline/context.js';
import type { PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { wasmModulePath } from './module.js';

/** The name of the repository released in (Samuel names an oci bundle after it), else the plugin's. */
export function repoName(ctx: PipelineContext): string {
  return knownRepository(ctx)?.split('/')[1] ?? plugin(ctx).manifest.name;
}

/** The assets this release uploads, under the names Samuel's installer asks for. */
function assetsFor(ctx: PipelineContext): FolderAsset[] {
  const m = plugin(ctx).manifest;
  const assets: FolderAsset[] = [];
  if (m.kind === 'wasm') assets.push({ name: INSTALLED_MODULE, path: wasmModulePath(ctx) });
  for (const bundle of ctx.artifacts.all('bundle')) {
    let name = bundle.name;
    if (m.kind === 'wasm' && name.endsWith('.wasm.bundle')) name = `${INSTALLED_MODULE}.bundle`;
    if (m.kind === 'oci' && name === `${m.name}.bundle`) name = `${repoName(ctx)}.bundle`;
    assets.push({ name, path: bundle.path });
  }
  return assets;
}

function notesInput(ctx: PipelineContext, assets: string[]): NotesInput {
  const image = ctx.artifacts.get('image');
  const entries = ctx.artifacts.get('lock-entry');
  return {
    manifest: plugin(ctx).manifest,
    tag: ctx.tag ?? `v${plugin(ctx).manifest.version}`,
    ...(image ? { digest: image.digest } : {}),
    ...(image?.pushed ? { image: image.reference } : {}),
    assets,
    verifyCommands: ctx.artifacts.all('verify-command').map((c) => c.command),
    ...(entries ? { lockEntry: entries.lockToml, registryEntry: entries.indexToml } : {}),
    dryRun: isDryRun(ctx),
  };
}

export const releaseStep: Step = {
  name: 'release',
  async run(ctx) {
    const loaded = plugin(ctx);
    const m = loaded.manifest;
    const dir = outputDir(ctx);
    const released = ctx.artifacts.get('released-manifest')?.text ?? loaded.source;
    if (m.kind === 'oci' && !ctx.artifacts.get('released-manifest')) {
      throw new ConfigurationError('the oci manifest was not pinned', { fix: 'run the pin step' });
    }
    const assets = assetsFor(ctx);
    if (
      m.kind === 'skill' &&
      ctx.artifacts.get('bundle') &&
      !existsSync(join(loaded.dir, 'SKILL.md.bundle'))
    ) {
      // Samuel v2.3 verifies a skill only against SKILL.md.bundle in the tree it clones at the tag.
      ctx.reporter.finding({
        severity: 'warning',
        rule: 'skill-bundle-not-in-tree',
        message:
          'the tagged tree has no SKILL.md.bundle: Samuel verifies a skill only against the bundle committed at its tag, so it installs this release only with --allow-unsigned',
        fix: 'commit the SKILL.md.bundle this run wrote (release folder) before tagging, then tag; the release asset alone is never read',
      });
    }
    const expected = installerAssets(m.kind, repoName(ctx));
    const manifestIsAsset = expected.required.includes('samuel-plugin.toml') || m.kind === 'meta';
    const missing = expected.required.filter(
      (name) => name !== 'samuel-plugin.toml' && !assets.some((a) => a.name === name),
    );
    if (missing.length > 0) {
      throw new ConfigurationError(
        `the release would lack ${missing.join(', ')}, which Samuel's installer downloads`,
        { fix: 'make sure the build step produced the module (see the build step above)' },
      );
    }
    const names = [
      ...assets.map((a) => a.name),
      ...(manifestIsAsset ? ['samuel-plugin.toml'] : []),
    ];
    const notes = releaseNotes(notesInput(ctx, names));
    const image = ctx.artifacts.get('image');
    const written = await writeReleaseFolder(dir, {
      ...(manifestIsAsset || m.kind === 'skill' ? { manifest: released } : {}),
      assets,
      notes,
      record: {
        name: m.name,
        version: m.version,
        kind: m.kind,
        tag: ctx.tag,
        dryRun: isDryRun(ctx),
        digest: image?.digest ?? null,
        image: image?.pushed ? image.reference : null,
        verify: ctx.artifacts.all('verify-command').map((c) => c.command),
        registryEntry: ctx.artifacts.get('lock-entry')?.indexToml ?? null,
        lockEntry: ctx.artifacts.get('lock-entry')?.lockToml ?? null,
      },
    });
    const uploads = names
      .map((n) => written.find((a) => a.name === n))
      .filter((a): a is (typeof written)[number] => a !== undefined);
    for (const a of uploads) {
      ctx.artifacts.add({
        type: 'release-asset',
        name: a.name,
        path: a.path,
        required: expected.required.includes(a.name),
      });
    }
    ctx.results.release = { outputDir: dir, assets: uploads.map((a) => a.name), notes };
    setOutput(ctx, 'assets', uploads.map((a) => a.name).join('\n'));
    setOutput(
      ctx,
      'verify-commands',
      ctx.artifacts
        .all('verify-command')
        .map((c) => c.command)
        .join('\n'),
    );
    return ok(`${uploads.length} asset(s), notes and release.json in ${basename(dir)}/`);
  },

  async preflight(ctx) {
    const { githubClient, preflightRelease } = await import('../github/release/index.js');
    const [owner, repo] = repository(ctx).split('/') as [string, string];
    await preflightRelease({
      client: githubClient(clientOptions(ctx)),
      owner,
      repo,
      tag: ctx.tag ?? `v${plugin(ctx).manifest.version}`,
      ...(ctx.env.GITHUB_SHA ? { sha: ctx.env.GITHUB_SHA } : {}),
      cwd: plugin(ctx).dir,
    });
  },
  async publish(ctx) {
    const { githubClient, publishRelease, serverUrl } = await import('../github/release/index.js');
    const m = plugin(ctx).manifest;
    const [owner, repo] = repository(ctx).split('/') as [string, string];
    const result = await publishRelease({
      client: githubClient(clientOptions(ctx)),
      owner,
      repo,
      tag: ctx.tag ?? `v${m.version}`,
      title: `${m.name} ${m.version}`,
      body: ctx.results.release?.notes ?? '',
      files: ctx.artifacts.all('release-asset').map((a) => ({ name: a.name, path: a.path })),
      prerelease: m.version.replace(/\+.*$/, '').includes('-'),
      version: m.version,
      serverUrl: serverUrl(ctx.env),
      reporter: ctx.reporter,
    });
    ctx.artifacts.add({
      type: 'github-release',
      url: result.url,
      id: result.id,
      action: result.action,
    });
    setOutput(ctx, 'release-url', result.url);
    setOutput(ctx, 'release-id', String(result.id));
    await recordGitHubRelease(outputDir(ctx), result);
    const verb = {
      created: 'created',
      resumed: 'finished the draft of',
      unchanged: 'already published:',
    }[result.action];
    return ok(
      `${verb} ${result.url} (${result.assets.length} asset(s) verified by anonymous download)`,
    );
  },
};

function clientOptions(ctx: PipelineContext): {
  token?: string;
  env: NodeJS.ProcessEnv;
  reporter: PipelineContext['reporter'];
} {
  return {
    ...(ctx.options.release.githubToken ? { token: ctx.options.release.githubToken } : {}),
    env: ctx.env,
    reporter: ctx.reporter,
  };
}

/** OWNER/NAME: --repository, else GITHUB_REPOSITORY, else the plugin checkout's origin remote. */
export function knownRepository(ctx: PipelineContext): string | undefined {
  return (
    ctx.options.release.repository ??
    repositoryFromEnv(ctx.env) ??
    repositoryFromOrigin(plugin(ctx).dir)
  );
}

/** The repository to release in, or a UsageError saying how to name it. */
function repository(ctx: PipelineContext): string {
  const found = knownRepository(ctx);
  if (!found || !/^[^/\s]+\/[^/\s]+$/.test(found)) {
    throw new UsageError('cannot tell which GitHub repository to release in', {
      fix: 'pass --repository OWNER/NAME (in GitHub Actions, GITHUB_REPOSITORY says it)',
    });
  }
  return found;
}

/** Adds what GitHub holds to release.json, beside what the run wrote. */
async function recordGitHubRelease(dir: string, result: PublishedRelease): Promise<void> {
  const path = join(dir, 'release.json');
  const record = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  record.github = {
    url: result.url,
    id: result.id,
    action: result.action,
    assets: result.assets,
    requests: result.requests,
  };
  await writeFileAtomic(path, JSON.stringify(record, null, 2) + '\n');
}
