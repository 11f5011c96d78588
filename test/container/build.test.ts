/**
 * Building the image of an oci plugin with real podman, offline and without QEMU: the template
 * cross-compiles its binary for amd64 and arm64, the image index holds both platforms, and a
 * rebuild of the same commit gives the same digest. The release then pins [oci].image to it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage, chooseBuilder } from '../../src/container/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { run } from '../../src/util/exec.js';
import { runCli } from '../helpers/cli.js';
import { podmanSandbox } from '../helpers/podman.js';

const work = mkdtempSync(join(tmpdir(), 'spr-container-'));
const plugin = join(work, 'oci-example');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  SOURCE_DATE_EPOCH: '1700000000',
  GOCACHE: process.env.GOCACHE,
  GOPATH: process.env.GOPATH,
  GOFLAGS: '-mod=mod',
};

beforeAll(async () => {
  cpSync(join(process.cwd(), 'templates', 'oci-example'), plugin, { recursive: true });
  const make = await run('make', ['binaries'], { cwd: plugin, env });
  if (make.code !== 0) throw new Error(`make binaries failed:\n${make.stderr}`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildImage with podman', () => {
  it('builds linux/amd64 and linux/arm64 into one index, reproducibly', async () => {
    const loaded = await loadManifest(plugin, { cwd: plugin });
    const first = await buildImage(loaded, { layoutDir: join(work, 'a'), env });
    const second = await buildImage(loaded, { layoutDir: join(work, 'b'), env });
    expect(first.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(second.digest).toBe(first.digest);
    expect(first.builder).toBe('podman');
    // The platform manifests carry the OCI labels from the manifest.
    const index = JSON.parse(
      readFileSync(join(work, 'a', 'blobs', 'sha256', first.digest.slice(7)), 'utf8'),
    );
    const amd = index.manifests.find(
      (m: { platform: { architecture: string } }) => m.platform.architecture === 'amd64',
    );
    const manifest = JSON.parse(
      readFileSync(join(work, 'a', 'blobs', 'sha256', amd.digest.slice(7)), 'utf8'),
    );
    const config = JSON.parse(
      readFileSync(join(work, 'a', 'blobs', 'sha256', manifest.config.digest.slice(7)), 'utf8'),
    );
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.title': 'oci-example',
      'org.opencontainers.image.version': '0.1.0',
      'org.opencontainers.image.created': '2023-11-14T22:13:20.000Z',
    });
  }, 180_000);

  it('fails a RUN in a foreign-architecture stage, saying how to cross-compile', async () => {
    const foreign = join(work, 'foreign-run');
    cpSync(plugin, foreign, { recursive: true });
    writeFileSync(
      join(foreign, 'Containerfile'),
      'FROM scratch\nARG TARGETARCH\nCOPY bin/linux-${TARGETARCH}/plugin /bin/oci-example\nRUN ["/bin/oci-example"]\n',
    );
    const loaded = await loadManifest(foreign, { cwd: foreign });
    await expect(
      buildImage(loaded, { layoutDir: join(work, 'e'), env, platforms: ['linux/arm64'] }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^podman build failed: .*exec format error/is),
      fix: 'a RUN step ran in a foreign-architecture stage, which needs QEMU: cross-compile instead (FROM --platform=$BUILDPLATFORM for the build stage, or COPY binaries built outside)',
    });
  }, 120_000);

  it('stamps the build with --timestamp, and labels and annotates it from the git context', async () => {
    const loaded = await loadManifest(plugin, { cwd: plugin });
    const built = await buildImage(loaded, {
      layoutDir: join(work, 'stamped'),
      env: { ...env, GITHUB_REPOSITORY: 'acme/oci-example', GITHUB_SHA: 'f'.repeat(40) },
      timestamp: 86400,
      platforms: ['linux/amd64'],
    });
    const blob = (d: string) =>
      JSON.parse(readFileSync(join(work, 'stamped', 'blobs', 'sha256', d.slice(7)), 'utf8'));
    const index = blob(built.indexDigest);
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.description':
        'Counts the Markdown files of the project it runs in.',
      'org.opencontainers.image.created': '1970-01-02T00:00:00.000Z',
      'org.opencontainers.image.source': 'https://github.com/acme/oci-example',
      'org.opencontainers.image.revision': 'f'.repeat(40),
      'org.opencontainers.image.licenses': 'MIT',
    });
    const config = blob(built.platforms[0]!.configDigest);
    expect(config.config.Labels['org.opencontainers.image.revision']).toBe('f'.repeat(40));
    expect(config.created).toBe('1970-01-02T00:00:00Z');
  }, 120_000);

  it('says what to add when there is no Containerfile, and refuses an unknown platform', async () => {
    const bare = join(work, 'bare');
    cpSync(plugin, bare, { recursive: true });
    rmSync(join(bare, 'Containerfile'));
    const loaded = await loadManifest(bare, { cwd: bare });
    await expect(buildImage(loaded, { layoutDir: join(work, 'c'), env })).rejects.toMatchObject({
      message: 'oci-example is an oci plugin without a Containerfile',
    });
    const withFile = await loadManifest(plugin, { cwd: plugin });
    await expect(
      buildImage(withFile, { layoutDir: join(work, 'd'), env, platforms: ['windows/amd64'] }),
    ).rejects.toThrow('unsupported platform "windows/amd64"');
  });

  it('releases the template as a dry run: built, published to a local layout, pinned', async () => {
    const out = join(work, 'release');
    const r = await runCli(
      ['release', plugin, '--dry-run', '--output', out, '--to', '127.0.0.1:5000/acme/oci-example'],
      { cwd: work, env },
    );
    expect(r.stderr).not.toContain('bug');
    expect(r.code).toBe(0);
    const digest = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')).digest as string;
    expect(readFileSync(join(out, 'samuel-plugin.toml'), 'utf8')).toContain(
      `image = "127.0.0.1:5000/acme/oci-example@${digest}"`,
    );
    writeFileSync(join(work, 'digest'), digest);
  }, 180_000);
});

describe('the real Samuel installs the released oci plugin with podman', () => {
  it('pulls the pinned image from the registry and records the digest we predict', async () => {
    const { startRegistry } = await import('../helpers/registry.js');
    const { startGitHubFake } = await import('../fakes/github-api/server.js');
    const { requireSamuel, samuelWorld } = await import('../helpers/samuel.js');
    requireSamuel();
    const registry = await startRegistry();
    const sha =
      (await run('git', ['rev-parse', 'HEAD'], { cwd: process.cwd() })).stdout.trim() ||
      'a'.repeat(40);
    const gh = await startGitHubFake({
      owner: 'acme',
      repo: 'oci-example',
      tags: { 'v0.1.0': sha },
    });
    const world = samuelWorld();
    try {
      const out = join(work, 'real-release');
      const r = await runCli(
        [
          'release',
          plugin,
          '--output',
          out,
          '--to',
          `${registry.host}/acme/oci-example`,
          '--insecure',
          '--sign',
          'false',
        ],
        {
          cwd: work,
          env: {
            ...env,
            GITHUB_API_URL: gh.apiUrl,
            GITHUB_SERVER_URL: gh.serverUrl,
            GITHUB_TOKEN: gh.token,
            GITHUB_REPOSITORY: 'acme/oci-example',
            GITHUB_SHA: sha,
          },
        },
      );
      expect(r.stderr).not.toContain('bug');
      expect(r.code).toBe(0);
      const released = readFileSync(join(out, 'samuel-plugin.toml'), 'utf8');
      const image = /image = "([^"]+)"/.exec(released)![1]!;
      // What podman will record: the config digest of this machine's platform.
      const layout = join(out, 'image-layout');
      const indexDigest = image.split('@')[1]!;
      const index = JSON.parse(
        readFileSync(join(layout, 'blobs', 'sha256', indexDigest.slice(7)), 'utf8'),
      );
      const amd = index.manifests.find(
        (m: { platform: { architecture: string } }) => m.platform.architecture === 'amd64',
      );
      const manifest = JSON.parse(
        readFileSync(join(layout, 'blobs', 'sha256', amd.digest.slice(7)), 'utf8'),
      );
      const predicted = (manifest.config.digest as string).slice(7);

      // podman reaches the local registry over plain http, in throw-away storage.
      const podman = podmanSandbox(join(work, 'podman'), registry.host);
      world.registry([
        { name: 'oci-example', repo: `file://${out}`, latest: '0.1.0', kind: 'oci' },
      ]);
      const install = await world.run(
        ['install', 'oci-example', '--yes', '--non-interactive', '--allow-unsigned'],
        { SAMUEL_RUNTIME: 'podman', ...podman },
      );
      expect({
        code: install.code,
        out: install.code ? install.stdout + install.stderr : '',
      }).toEqual({ code: 0, out: '' });
      const lock = readFileSync(join(world.project, 'samuel.lock'), 'utf8');
      expect(lock).toContain(`digest = '${predicted}'`);
    } finally {
      world.close();
      await gh.close();
      await registry.stop();
    }
  }, 240_000);
});

describe('static image checks (smoke for oci plugins)', () => {
  async function hostile(
    name: string,
    prepare: (dir: string) => Promise<void>,
    platforms?: string[],
  ) {
    const dir = join(work, name);
    cpSync(plugin, dir, { recursive: true });
    await prepare(dir);
    const out = join(work, `${name}-out`);
    return runCli(
      [
        'release',
        dir,
        '--dry-run',
        '--output',
        out,
        ...(platforms ? ['--platforms', platforms.join(',')] : []),
      ],
      { cwd: work, env },
    );
  }

  it('passes the template: both platforms, the entrypoint static and of the right architecture', async () => {
    const r = await hostile('good', async () => undefined);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '✓ smoke    linux/amd64: /bin/oci-example static; linux/arm64: /bin/oci-example static',
    );
  }, 120_000);

  it('fails an image whose arm64 entrypoint was built for amd64, naming exec format error', async () => {
    const r = await hostile('wrong-arch', async (dir) => {
      cpSync(join(dir, 'bin/linux-amd64/plugin'), join(dir, 'bin/linux-arm64/plugin'));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: the linux/arm64 image\'s entrypoint /bin/oci-example is built for amd64: it fails with "exec format error" [image-arch]',
    );
    expect(r.stdout).toContain('fix: cross-compile the linux/arm64 binary (GOARCH=arm64');
  }, 120_000);

  it('fails a dynamically linked entrypoint whose interpreter is not in the image', async () => {
    const r = await hostile(
      'dynamic',
      async (dir) => {
        writeFileSync(join(dir, 'hello.c'), 'int main(void) { return 0; }\n');
        const cc = await run(
          'cc',
          ['-o', join(dir, 'bin/linux-amd64/plugin'), join(dir, 'hello.c')],
          { env },
        );
        if (cc.code !== 0) throw new Error(cc.stderr);
      },
      ['linux/amd64'],
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /error: the linux\/amd64 entrypoint \/bin\/oci-example needs \/lib64\/ld-linux-x86-64\.so\.2, which is not in the image \[image-interpreter\]/,
    );
  }, 120_000);

  it('fails an index that lacks a declared platform', async () => {
    const { inspectImage } = await import('../../src/container/index.js');
    const loaded = await loadManifest(plugin, { cwd: plugin });
    const one = await buildImage(loaded, {
      layoutDir: join(work, 'one'),
      env,
      platforms: ['linux/amd64'],
    });
    const r = await inspectImage(one.layoutDir, one.digest, {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ['image-platform', 'the image has no linux/arm64 manifest'],
    ]);
  }, 120_000);
});

describe('choosing the image builder', () => {
  /** A PATH holding stand-in programs: each exits with the code given for `buildx version`. */
  function pathWith(programs: Record<string, number>): { env: NodeJS.ProcessEnv; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'spr-builders-'));
    for (const [name, code] of Object.entries(programs)) {
      writeFileSync(join(dir, name), `#!/bin/sh\nexit ${code}\n`, { mode: 0o755 });
    }
    return { env: { PATH: `${dir}:/usr/bin:/bin`, GITHUB_ACTIONS: 'true' }, dir };
  }

  it('in Actions takes docker only when docker buildx works, else podman', async () => {
    const noBuildx = pathWith({ docker: 1, podman: 0 });
    const withBuildx = pathWith({ docker: 0, podman: 0 });
    try {
      await expect(chooseBuilder(undefined, noBuildx.env)).resolves.toBe('podman');
      await expect(chooseBuilder(undefined, withBuildx.env)).resolves.toBe('docker');
      await expect(chooseBuilder('podman', withBuildx.env)).resolves.toBe('podman');
    } finally {
      rmSync(noBuildx.dir, { recursive: true, force: true });
      rmSync(withBuildx.dir, { recursive: true, force: true });
    }
  });

  it('names what to install when nothing usable is there, and refuses an unknown builder', async () => {
    const only = pathWith({ docker: 1 });
    try {
      const env = { ...only.env, PATH: only.dir };
      await expect(chooseBuilder(undefined, env)).rejects.toMatchObject({
        message: 'no image builder found (podman, buildah or docker with buildx)',
        fix: 'install podman (apt-get install podman) or docker with the buildx plugin',
      });
      await expect(chooseBuilder('kaniko', env)).rejects.toMatchObject({
        message: 'unknown image builder "kaniko"',
      });
    } finally {
      rmSync(only.dir, { recursive: true, force: true });
    }
  });
});
