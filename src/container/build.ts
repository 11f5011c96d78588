/**
 * Builds the image of an oci plugin into an OCI image layout, for every platform, reproducibly.
 * podman (or buildah) here and on laptops; docker buildx on GitHub runners. No QEMU: the
 * Containerfile copies binaries cross-compiled outside (or in a `--platform=$BUILDPLATFORM`
 * stage), and a `RUN` in a foreign-arch stage fails with how to cross-compile. podman builds in
 * throw-away storage, so nothing is left behind and nothing from earlier builds leaks in; the
 * digest is read from the layout's bytes, never from podman's local storage.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, IoError, ReleaseError } from '../errors.js';
import type { LoadedManifest } from '../manifest/types.js';
import { inertLog, type Reporter } from '../report/index.js';
import { run as runCommand, tail as lastLinesOf } from '../util/exec.js';

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
export const BUILDERS = ['podman', 'buildah', 'docker'] as const;
export type Builder = (typeof BUILDERS)[number];

export interface BuildImageOptions {
  platforms?: string[];
  builder?: string;
  /** Where the OCI image layout is written (created; emptied first). */
  layoutDir: string;
  env: NodeJS.ProcessEnv;
  reporter?: Reporter;
}

export interface BuiltImage {
  layoutDir: string;
  /** The image index digest, from the layout's index.json. */
  digest: string;
  platforms: { platform: string; digest: string }[];
  builder: Builder;
  builderVersion: string;
  /** The commit time the build is stamped with (SOURCE_DATE_EPOCH). */
  epoch: number;
}

/** The Containerfile (or Dockerfile) of the plugin. */
export function containerfileOf(dir: string): string | undefined {
  return ['Containerfile', 'Dockerfile'].map((f) => join(dir, f)).find((f) => existsSync(f));
}

export async function buildImage(
  loaded: LoadedManifest,
  o: BuildImageOptions,
): Promise<BuiltImage> {
  const file = containerfileOf(loaded.dir);
  if (!file) {
    throw new ConfigurationError(
      `${loaded.manifest.name} is an oci plugin without a Containerfile`,
      {
        fix: 'add a Containerfile (or Dockerfile) beside samuel-plugin.toml, or pass a built image with --layout DIR',
      },
    );
  }
  const platforms = o.platforms?.length ? o.platforms : DEFAULT_PLATFORMS;
  for (const p of platforms) {
    if (!/^linux\/(amd64|arm64|arm\/v7|386|ppc64le|s390x|riscv64)$/.test(p)) {
      throw new ConfigurationError(`unsupported platform "${p}"`, {
        fix: 'use platforms such as linux/amd64,linux/arm64',
      });
    }
  }
  const builder = chooseBuilder(o.builder, o.env);
  const epoch = sourceDateEpoch(loaded.dir, o.env);
  const version = await builderVersion(builder, o.env);
  if (builder === 'docker') {
    await buildWithBuildx(loaded, file, platforms, epoch, o);
  } else {
    await buildWithPodman(loaded, file, platforms, epoch, builder, o);
  }
  const { digest: indexDigest, manifests } = await fixIndex(o.layoutDir, platforms, loaded);
  const built = manifests
    .filter((m) => m.platform && m.platform.os !== 'unknown')
    .map((m) => ({
      platform: `${m.platform!.os}/${m.platform!.architecture}${m.platform!.variant ? `/${m.platform!.variant}` : ''}`,
      digest: m.digest,
    }));
  // Reported in the order asked for, whatever order the builder wrote the index in.
  built.sort((a, b) => platforms.indexOf(a.platform) - platforms.indexOf(b.platform));
  const missing = platforms.filter((p) => !built.some((b) => b.platform === p));
  if (missing.length > 0) {
    throw new ReleaseError('BUILD', `the image index lacks ${missing.join(', ')}`, {
      fix: 'check the Containerfile builds for every platform in --platforms',
    });
  }
  return {
    layoutDir: o.layoutDir,
    digest: indexDigest,
    platforms: built,
    builder,
    builderVersion: version,
    epoch,
  };
}

function chooseBuilder(explicit: string | undefined, env: NodeJS.ProcessEnv): Builder {
  if (explicit) {
    if (!(BUILDERS as readonly string[]).includes(explicit)) {
      throw new ConfigurationError(`unknown image builder "${explicit}"`, {
        fix: `use ${BUILDERS.join(', ')}`,
      });
    }
    return explicit as Builder;
  }
  for (const b of env.GITHUB_ACTIONS === 'true'
    ? (['docker', 'podman'] as const)
    : (['podman', 'buildah', 'docker'] as const)) {
    if (onPath(b, env)) return b;
  }
  throw new IoError('no image builder found (podman, buildah or docker with buildx)', {
    fix: 'install podman (apt-get install podman) or docker with the buildx plugin',
  });
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, command)));
}

/** The commit time of the plugin's checkout, so a rebuild of one commit gives one digest. */
export function sourceDateEpoch(dir: string, env: NodeJS.ProcessEnv): number {
  const given = Number(env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(given) && given >= 0) return given;
  try {
    return Number(
      execFileSync('git', ['log', '-1', '--format=%ct'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    );
  } catch {
    return 0;
  }
}

async function builderVersion(builder: Builder, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await runCommand(builder, ['--version'], { env });
  return r.stdout.trim().split('\n')[0] ?? builder;
}

function labels(loaded: LoadedManifest, env: NodeJS.ProcessEnv, epoch: number): string[] {
  const m = loaded.manifest;
  const repo = env.GITHUB_REPOSITORY;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const entries: [string, string | undefined][] = [
    ['org.opencontainers.image.title', m.name],
    ['org.opencontainers.image.version', m.version],
    ['org.opencontainers.image.description', m.summary],
    ['org.opencontainers.image.licenses', m.license],
    ['org.opencontainers.image.created', new Date(epoch * 1000).toISOString()],
    ['org.opencontainers.image.source', repo ? `${server}/${repo}` : m.homepage],
    ['org.opencontainers.image.revision', env.GITHUB_SHA],
  ];
  return entries
    .filter((e): e is [string, string] => Boolean(e[1]))
    .flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}

async function buildWithPodman(
  loaded: LoadedManifest,
  file: string,
  platforms: string[],
  epoch: number,
  builder: Builder,
  o: BuildImageOptions,
): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'spr-image-'));
  const storage = join(scratch, 'storage.conf');
  await writeFile(
    storage,
    `[storage]\ndriver = "vfs"\nrunroot = "${join(scratch, 'run')}"\ngraphroot = "${join(scratch, 'graph')}"\n`,
  );
  const containers = join(scratch, 'containers.conf');
  // runc works where crun does not (hybrid cgroups); the ulimits need no CAP_SYS_RESOURCE.
  await writeFile(
    containers,
    `[engine]\nruntime = "runc"\ntmp_dir = "${join(scratch, 'tmp')}"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n`,
  );
  const env = {
    ...o.env,
    CONTAINERS_STORAGE_CONF: storage,
    CONTAINERS_CONF: o.env.CONTAINERS_CONF ?? containers,
  };
  const list = `localhost/spr-${loaded.manifest.name}:${loaded.manifest.version}`;
  try {
    await rm(o.layoutDir, { recursive: true, force: true });
    await mkdir(o.layoutDir, { recursive: true });
    const command = builder === 'buildah' ? 'buildah' : 'podman';
    const build = await runCommand(
      command,
      [
        'build',
        '--platform',
        platforms.join(','),
        '--manifest',
        list,
        '--timestamp',
        String(epoch),
        '--no-cache',
        ...labels(loaded, o.env, epoch),
        '-f',
        file,
        loaded.dir,
      ],
      { env, cwd: loaded.dir },
    );
    if (build.code !== 0) throw buildFailure(command, `${build.stdout}\n${build.stderr}`);
    o.reporter?.info(inertLog(lastLines(build.stdout + build.stderr, 5)));
    const push = await runCommand(
      command,
      [
        'manifest',
        'push',
        '--all',
        '--format',
        'oci',
        list,
        `oci:${o.layoutDir}:${loaded.manifest.version}`,
      ],
      { env },
    );
    if (push.code !== 0) {
      throw new ReleaseError(
        'BUILD',
        `${command} could not write the image layout: ${lastLines(push.stderr, 3)}`,
      );
    }
  } finally {
    // Everything podman wrote (images, its run and tmp dirs) is inside `scratch`: removing the
    // folder cleans up without touching any other podman on the machine.
    await rm(scratch, { recursive: true, force: true });
  }
}

async function buildWithBuildx(
  loaded: LoadedManifest,
  file: string,
  platforms: string[],
  epoch: number,
  o: BuildImageOptions,
): Promise<void> {
  await rm(o.layoutDir, { recursive: true, force: true });
  const r = await runCommand(
    'docker',
    [
      'buildx',
      'build',
      '--platform',
      platforms.join(','),
      '--provenance=false',
      '--sbom=false',
      ...labels(loaded, o.env, epoch),
      '--annotation',
      `index:org.opencontainers.image.description=${loaded.manifest.summary ?? loaded.manifest.name}`,
      '--output',
      `type=oci,dest=${o.layoutDir},tar=false,rewrite-timestamp=true`,
      '-f',
      file,
      loaded.dir,
    ],
    { env: { ...o.env, SOURCE_DATE_EPOCH: String(epoch) }, cwd: loaded.dir },
  );
  if (r.code !== 0) throw buildFailure('docker buildx', r.stderr || r.stdout);
}

function buildFailure(command: string, output: string): ReleaseError {
  const foreignRun = /exec format error|exec container process .*: Exec format error/i.test(output);
  return new ReleaseError('BUILD', `${command} build failed: ${inertLog(lastLines(output, 8))}`, {
    fix: foreignRun
      ? 'a RUN step ran in a foreign-architecture stage, which needs QEMU: cross-compile instead (FROM --platform=$BUILDPLATFORM for the build stage, or COPY binaries built outside)'
      : 'fix the Containerfile (the builder output above says where)',
  });
}

function lastLines(text: string, n: number): string {
  return lastLinesOf(text.trim(), n);
}

interface IndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

/**
 * Rewrites the layout's image index in a fixed order (the platforms as asked; attestation
 * manifests, `unknown/unknown`, last) with the description as an index annotation (what GHCR
 * shows), so the same commit always gives the same index digest whatever order the builder
 * finished the platforms in.
 */
async function fixIndex(
  layoutDir: string,
  platforms: string[],
  loaded: LoadedManifest,
): Promise<{ digest: string; manifests: IndexEntry[] }> {
  const layout = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8')) as {
    manifests: IndexEntry[];
  };
  const top = layout.manifests[0];
  if (!top) throw new ReleaseError('BUILD', 'the builder wrote an empty image layout');
  const blob = (d: string) => join(layoutDir, 'blobs', 'sha256', d.slice('sha256:'.length));
  const index = JSON.parse(await readFile(blob(top.digest), 'utf8')) as {
    schemaVersion: number;
    mediaType?: string;
    manifests?: IndexEntry[];
    annotations?: Record<string, string>;
  };
  if (!index.manifests) return { digest: top.digest, manifests: [] };
  const rank = (m: IndexEntry) => {
    const p = m.platform
      ? `${m.platform.os}/${m.platform.architecture}${m.platform.variant ? `/${m.platform.variant}` : ''}`
      : '';
    const i = platforms.indexOf(p);
    return i >= 0 ? i : platforms.length;
  };
  const manifests = [...index.manifests].sort(
    (a, b) => rank(a) - rank(b) || a.digest.localeCompare(b.digest),
  );
  const annotations: Record<string, string> = { ...(index.annotations ?? {}) };
  const m = loaded.manifest;
  annotations['org.opencontainers.image.description'] = m.summary ?? m.name;
  annotations['org.opencontainers.image.title'] = m.name;
  annotations['org.opencontainers.image.version'] = m.version;
  const fixed = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests,
      annotations,
    }),
  );
  const digest = `sha256:${createHash('sha256').update(fixed).digest('hex')}`;
  await writeFile(blob(digest), fixed);
  if (digest !== top.digest) await rm(blob(top.digest), { force: true });
  layout.manifests[0] = { ...top, digest, size: fixed.length };
  await writeFile(join(layoutDir, 'index.json'), JSON.stringify(layout));
  return { digest, manifests };
}
