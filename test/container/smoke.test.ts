/**
 * Smoke of oci images with real podman, the way Samuel uses them: one image holds the
 * template's plugin and misbehaving entrypoints (built once, amd64 and arm64, no QEMU); each
 * manifest variant picks an entrypoint and gets a clear verdict. Then the image is pushed to a
 * local registry and the real Samuel installs it, recording the digest the smoke predicted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage, smokeImage, type BuiltImage } from '../../src/container/index.js';
import type { ImageSmokeReport } from '../../src/container/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { LoadedManifest, PluginManifest } from '../../src/manifest/types.js';
import { openStore, publishLayout } from '../../src/oci/index.js';
import { run } from '../../src/util/exec.js';
import { podmanSandbox } from '../helpers/podman.js';
import { startRegistry } from '../helpers/registry.js';
import { requireSamuel, samuelWorld } from '../helpers/samuel.js';

const work = mkdtempSync(join(tmpdir(), 'spr-csmoke-'));
const plugin = join(work, 'plugin');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  SOURCE_DATE_EPOCH: '1700000000',
  GOCACHE: process.env.GOCACHE,
  GOPATH: process.env.GOPATH,
  GOFLAGS: '-mod=mod',
};
let loaded: LoadedManifest;
let image: BuiltImage;

async function must(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) {
  const r = await run(command, args, { cwd, env: { ...env, ...extra } });
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
}

beforeAll(async () => {
  cpSync(join(process.cwd(), 'templates', 'oci-example'), plugin, { recursive: true });
  await must('make', ['binaries'], plugin);
  const hostile = join(process.cwd(), 'test', 'container', 'fixtures', 'hostile');
  for (const [arch, dirs] of [
    ['amd64', ['linux-amd64', 'foreign-arm64']],
    ['arm64', ['linux-arm64', 'foreign-amd64']],
  ] as const) {
    const out = join(plugin, 'bin', dirs[0], 'hostile');
    await must('go', ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', out, '.'], hostile, {
      CGO_ENABLED: '0',
      GOOS: 'linux',
      GOARCH: arch,
    });
    mkdirSync(join(plugin, 'bin', dirs[1]), { recursive: true });
    cpSync(out, join(plugin, 'bin', dirs[1], 'hostile'));
  }
  writeFileSync(join(work, 'hello.c'), 'int main(void) { return 0; }\n');
  await must('cc', ['-o', join(plugin, 'bin', 'dynamic'), join(work, 'hello.c')], work);
  cpSync(
    join(process.cwd(), 'test', 'container', 'fixtures', 'Containerfile'),
    join(plugin, 'Containerfile'),
  );
  loaded = await loadManifest(plugin, { cwd: plugin });
  image = await buildImage(loaded, { layoutDir: join(work, 'layout'), env });
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The loaded template with manifest fields changed. */
function variant(change: (m: PluginManifest) => void): LoadedManifest {
  const m = structuredClone(loaded.manifest);
  change(m);
  return { ...loaded, manifest: m };
}

function smoke(l: LoadedManifest, extra: Partial<Parameters<typeof smokeImage>[1]> = {}) {
  return smokeImage(l, {
    layoutDir: image.layoutDir,
    digest: image.indexDigest,
    platforms: ['linux/amd64', 'linux/arm64'],
    runtimes: ['podman'],
    env,
    file: 'samuel-plugin.toml',
    ...extra,
  });
}

const errors = (r: ImageSmokeReport) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('smokeImage on the template', () => {
  it('passes all three groups: static, install (podman), launch with the bridge served', async () => {
    const r = await smoke(loaded);
    expect(errors(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.platforms.map((p) => [p.platform, p.linkage])).toEqual([
      ['linux/amd64', 'static'],
      ['linux/arm64', 'static'],
    ]);
    const amd = image.platforms.find((p) => p.platform === 'linux/amd64')!;
    expect(r.install).toEqual([
      expect.objectContaining({
        runtime: 'podman',
        lockDigest: amd.configDigest.slice(7),
        digestCheckPasses: false,
      }),
    ]);
    expect(r.launch!.exitCode).toBe(0);
    expect(r.launch!.output).toContain('oci-example: 2 Markdown file(s) in /workspace');
    expect(r.launch!.writes).toEqual(['.samuel/run/oci-example.txt']);
    expect(r.launch!.bridgeCalls.map((c) => [c.method, c.response, c.problems])).toEqual([
      ['PluginService/Check', { ok: false, error: 'unimplemented: PluginService/Check' }, []],
    ]);
    // Samuel's exact arguments, with the temporary project in place of the real one.
    const a = r.launch!.args;
    expect(a.slice(0, 3)).toEqual(['run', '--rm', '--user']);
    expect(a.filter((x) => x.startsWith('-') && x !== '-v')).toEqual([
      '--rm',
      '--user',
      '--network',
      '-w',
      '--entrypoint',
    ]);
    expect(a.some((x) => /\/p\/\.samuel\/run\/oci-example\.sock:\/samuel-bridge$/.test(x))).toBe(
      true,
    );
    // The known Samuel defects, named.
    expect(r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule)).toEqual([
      'samuel-doctor-oci',
      'samuel-rootless-user',
    ]);
  }, 120_000);
});

describe('hostile images each get a clear verdict', () => {
  it('an amd64 entrypoint built for arm64: image-arch statically, exec format error when run', async () => {
    const r = await smoke(variant((m) => (m.oci!.entrypoint = ['/bin/foreign'])));
    expect(errors(r)).toEqual(['image-arch', 'image-arch', 'launch-exec-format']);
    expect(r.findings.find((f) => f.rule === 'launch-exec-format')!.message).toMatch(
      /^the container failed with "exec format error"/,
    );
  }, 120_000);

  it('a platform the index lacks', async () => {
    const r = await smoke(loaded, {
      platforms: ['linux/amd64', 'linux/arm64', 'linux/riscv64'],
      runtimes: 'none',
    });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ['image-platform', 'the image has no linux/riscv64 manifest'],
    ]);
  });

  it('a dynamic binary without its interpreter', async () => {
    const r = await smoke(
      variant((m) => (m.oci!.entrypoint = ['/bin/dynamic'])),
      {
        platforms: ['linux/amd64'],
      },
    );
    expect(errors(r)).toEqual(['image-interpreter', 'launch-exit']);
    expect(r.findings[0]!.message).toMatch(
      /^the linux\/amd64 entrypoint \/bin\/dynamic needs \/lib64\/ld-linux-x86-64\.so\.2, which is not in the image$/,
    );
  }, 120_000);

  it('an entrypoint that never exits is killed at the hard timeout', async () => {
    const r = await smoke(
      variant((m) => (m.oci!.entrypoint = ['/bin/hostile', 'hang'])),
      {
        timeoutMs: 3_000,
      },
    );
    expect(r.launch!.timedOut).toBe(true);
    expect(errors(r)).toEqual(['launch-timeout']);
    expect(r.findings.find((f) => f.rule === 'launch-timeout')!.message).toBe(
      "the entrypoint did not exit within 3 s and was killed; Samuel's launch has no timeout, so it would wait for ever",
    );
  }, 120_000);

  it('writes outside the declared mounts are caught on the host', async () => {
    const r = await smoke(
      variant((m) => {
        m.oci!.entrypoint = ['/bin/hostile', 'write-outside'];
        m.capabilities.filesystem.write = ['/workspace/out'];
      }),
    );
    expect(errors(r)).toEqual(['launch-writes-outside']);
    expect(r.launch!.writesOutside).toEqual(['/workspace/README.md']);
    expect(r.launch!.writes).toEqual(['out/result.txt']);
  }, 120_000);

  it('an entrypoint that fails, and a bridge request that does not match plugin.proto', async () => {
    const failing = await smoke(variant((m) => (m.oci!.entrypoint = ['/bin/hostile', 'fail'])));
    expect(errors(failing)).toEqual(['launch-exit']);
    expect(failing.findings.find((f) => f.rule === 'launch-exit')!.message).toContain(
      'the container exited with code 4',
    );
    const bridge = await smoke(
      variant((m) => (m.oci!.entrypoint = ['/bin/hostile', 'bad-bridge'])),
    );
    expect(errors(bridge)).toEqual([]);
    expect(bridge.findings.find((f) => f.rule === 'bridge-request-shape')!.message).toBe(
      'bridge request PluginService/Install does not match plugin.proto: "dry_run" must be a boolean; "colour" is not a field of InstallRequest',
    );
  }, 180_000);
});

describe('an entrypoint at /plugin, where Samuel mounts /plugin/config', () => {
  it('is caught statically and when run', async () => {
    const dir = join(work, 'at-plugin');
    cpSync(plugin, dir, { recursive: true });
    writeFileSync(
      join(dir, 'Containerfile'),
      'FROM scratch\nARG TARGETARCH\nCOPY bin/linux-${TARGETARCH}/plugin /plugin\nENTRYPOINT ["/plugin"]\n',
    );
    const l = await loadManifest(dir, { cwd: dir });
    l.manifest.oci!.entrypoint = ['/plugin'];
    const built = await buildImage(l, {
      layoutDir: join(work, 'at-plugin-layout'),
      env,
      platforms: ['linux/amd64'],
    });
    const r = await smokeImage(l, { layoutDir: built.layoutDir, runtimes: ['podman'], env });
    expect(errors(r)).toEqual(['image-mount-conflict', 'launch-mount-conflict']);
    expect(r.findings[0]!.message).toBe(
      "the image has a file at /plugin, where Samuel's launch mounts a folder (/plugin/config): the container cannot start",
    );
  }, 120_000);
});

describe('pushed to a registry, installed by the real Samuel', () => {
  it('Samuel records the digest the smoke predicted', async () => {
    requireSamuel();
    const registry = await startRegistry();
    const world = samuelWorld();
    try {
      const store = await openStore(`${registry.host}/acme/oci-example`, { insecure: true });
      const pushed = await publishLayout(image.layoutDir, store, { version: '0.1.0' });
      expect(pushed.digest).toBe(image.indexDigest);
      const reference = `${registry.host}/acme/oci-example@${pushed.digest}`;
      const r = await smokeImage(loaded, {
        reference,
        layoutDir: image.layoutDir,
        runtimes: ['podman'],
        insecureRegistries: [registry.host],
        launch: false,
        env,
      });
      expect(errors(r)).toEqual([]);
      const predicted = r.install[0]!.lockDigest;

      const release = join(work, 'release');
      mkdirSync(release);
      writeFileSync(
        join(release, 'samuel-plugin.toml'),
        loaded.source.replace(/image = "[^"]+"/, `image = "${reference}"`),
      );
      world.registry([
        { name: 'oci-example', repo: `file://${release}`, latest: '0.1.0', kind: 'oci' },
      ]);
      const podman = podmanSandbox(join(work, 'samuel-podman'), registry.host);
      const install = await world.run(
        ['install', 'oci-example', '--yes', '--non-interactive', '--allow-unsigned'],
        { SAMUEL_RUNTIME: 'podman', ...podman },
      );
      expect({
        code: install.code,
        out: install.code ? install.stdout + install.stderr : '',
      }).toEqual({ code: 0, out: '' });
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(join(world.project, 'samuel.lock'), 'utf8')).toContain(
        `digest = '${predicted}'`,
      );
      // And doctor fails it, as the smoke warned (samuel-doctor-oci).
      const doctor = await world.doctor();
      expect(doctor.failures).toContainEqual({
        component: 'plugin:oci-example',
        message: expect.stringContaining('installed dir missing'),
      });
    } finally {
      world.close();
      await registry.stop();
    }
  }, 240_000);
});
