/**
 * Samuel's launch contract and bridge as data, checked against its Go code by hand-transcribed
 * expectations, and the bridge server against a real Unix socket with a half-closing client.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildxArgs, serveBridge } from '../../src/container/index.js';
import {
  buildRunArgs,
  capabilityMounts,
  checkBridgeRequest,
  launchOptionsFor,
  samuelRuntime,
  unregisteredAnswer,
} from '../../src/samuel/launch.js';
import type { LoadedManifest } from '../../src/manifest/types.js';
import { launchManifest, wasmManifest } from '../helpers/manifest.js';

const manifest = launchManifest;

describe('buildRunArgs', () => {
  it('gives the read-only layout, no network and the entrypoint for a plugin without grants', () => {
    const o = launchOptionsFor(manifest(), 'ghcr.io/acme/demo@sha256:' + 'a'.repeat(64), {
      projectDir: '/p',
      home: '/h',
      user: '1000:1000',
      hostEnv: {},
    });
    expect(buildRunArgs(o)).toEqual([
      'run',
      '--rm',
      '--user',
      '1000:1000',
      '-v',
      '/p:/workspace:ro',
      '-v',
      '/h/.samuel/builtins:/skills:ro',
      '-v',
      '/p/.samuel/run:/.samuel/run:ro',
      '-v',
      '/p/.samuel/plugins/demo/config:/plugin/config:ro',
      '-v',
      '/p/.samuel/run/demo.sock:/samuel-bridge',
      '--network',
      'none',
      '--entrypoint',
      '/plugin',
      'ghcr.io/acme/demo@sha256:' + 'a'.repeat(64),
    ]);
  });

  describe('when the manifest grants writes, outbound hosts, env keys and limits', () => {
    it('mounts /workspace writable, adds one -v per path, bridge networking and the limits in order', () => {
      const m = manifest(
        {
          env: ['TOKEN', 'ABSENT'],
          filesystem: { read: ['docs', '/workspace/out'], write: ['/workspace/out'] },
          network: { outbound: ['api.example.com'] },
        },
        {
          entrypoint: ['/plugin', 'serve', '--once'],
          workdir: '/workspace',
          cpuQuota: '0.5',
          memoryLimit: '64m',
        },
      );
      const o = launchOptionsFor(m, 'r/o/n', {
        projectDir: '/p',
        home: '/h',
        hostEnv: { TOKEN: 't', OTHER: 'x' },
      });
      expect(buildRunArgs(o)).toEqual([
        'run',
        '--rm',
        '-v',
        '/p:/workspace',
        '-v',
        '/h/.samuel/builtins:/skills:ro',
        '-v',
        '/p/.samuel/run:/.samuel/run',
        '-v',
        '/p/.samuel/plugins/demo/config:/plugin/config:ro',
        '-v',
        '/p/.samuel/run/demo.sock:/samuel-bridge',
        '-v',
        '/p/docs:/workspace/docs:ro',
        '-v',
        '/p/out:/workspace/out',
        '--network',
        'bridge',
        '--cpus',
        '0.5',
        '--memory',
        '64m',
        '-w',
        '/workspace',
        '--entrypoint',
        '/plugin',
        '-e',
        'TOKEN=t',
        'r/o/n',
        'serve',
        '--once',
      ]);
    });
  });

  it('keeps /workspace read-only for a relative write path, and mounts globs literally', () => {
    const m = manifest({ filesystem: { read: ['**/*.md'], write: ['out/**'] } });
    const o = launchOptionsFor(m, 'r/o/n', { projectDir: '/p', home: '/h', hostEnv: {} });
    expect(buildRunArgs(o)).toContain('/p:/workspace:ro');
    expect(capabilityMounts(m, '/p')).toEqual([
      { hostPath: '/p/**/*.md', containerPath: '/workspace/**/*.md', readOnly: true },
      { hostPath: '/p/out/**', containerPath: '/workspace/out/**', readOnly: false },
    ]);
  });
});

describe('samuelRuntime', () => {
  const has =
    (...p: string[]) =>
    (x: string) =>
      p.includes(x);
  it('follows SAMUEL_RUNTIME, else podman, else docker', () => {
    expect(samuelRuntime({ SAMUEL_RUNTIME: 'Docker' }, has('podman', 'docker')).runtime).toBe(
      'docker',
    );
    expect(samuelRuntime({}, has('podman', 'docker')).runtime).toBe('podman');
    expect(samuelRuntime({}, has('docker')).runtime).toBe('docker');
    expect(samuelRuntime({ SAMUEL_RUNTIME: 'crun' }, has('podman')).problem).toBe(
      'SAMUEL_RUNTIME="crun" is not one of podman, podman-root, docker: Samuel refuses it',
    );
    expect(samuelRuntime({ SAMUEL_RUNTIME: 'docker' }, has('podman')).problem).toBe(
      'SAMUEL_RUNTIME=docker but docker is not on PATH',
    );
  });
});

describe('the bridge envelope', () => {
  it('accepts the shapes of plugin.proto and names what does not fit', () => {
    expect(checkBridgeRequest({ method: 'PluginService/Check', body: {} })).toEqual([]);
    expect(
      checkBridgeRequest({
        method: 'PluginService/Install',
        body: { dry_run: true, granted: [{ kind: 'exec', targets: [] }] },
      }),
    ).toEqual([]);
    expect(
      checkBridgeRequest({ method: 'PluginService/Install', body: { dryRun: true, force: 'y' } }),
    ).toEqual(['"dryRun" is not a field of InstallRequest', '"force" must be a boolean']);
    expect(checkBridgeRequest({ method: 'PluginService/Hook', body: {} })).toEqual([
      'a Hook request needs "hook_name"',
    ]);
    expect(checkBridgeRequest({ method: 'Check' })).toEqual([
      'unknown method "Check" (Samuel knows PluginService/Detect, PluginService/Install, PluginService/Check, PluginService/Uninstall, PluginService/Hook)',
    ]);
  });

  it('answers as Samuel v2.3 does with no handlers registered', () => {
    expect(unregisteredAnswer({ method: 'PluginService/Check' })).toEqual({
      ok: false,
      error: 'unimplemented: PluginService/Check',
    });
    expect(
      unregisteredAnswer({ method: 'PluginService/Hook', body: { hook_name: 'pre-commit' } }),
    ).toEqual({ ok: false, error: 'unknown hook: pre-commit' });
    expect(unregisteredAnswer({ method: 'Nope' })).toEqual({
      ok: false,
      error: 'unknown method: Nope',
    });
  });
});

describe('serveBridge', () => {
  function ask(path: string, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const c = connect(path, () => c.end(text)); // write, then half-close
      c.on('data', (b: Buffer) => chunks.push(b));
      c.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      c.on('error', reject);
    });
  }

  it('reads one request to EOF, answers once, and logs every call with its shape problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spr-br-'));
    const bridge = await serveBridge(join(dir, 'run', 'demo.sock'), {
      handlers: { 'PluginService/Detect': () => ({ installed: true }) },
      mode: 0o777,
    });
    try {
      expect(statSync(join(dir, 'run')).mode & 0o777).toBe(0o700);
      expect(await ask(bridge.path, '{"method":"PluginService/Check","body":{}}')).toBe(
        '{"ok":false,"error":"unimplemented: PluginService/Check"}',
      );
      expect(await ask(bridge.path, '{"method":"PluginService/Detect"}')).toBe(
        '{"ok":true,"body":{"installed":true}}',
      );
      const bad = JSON.parse(await ask(bridge.path, 'not json')) as { ok: boolean; error: string };
      expect(bad.ok).toBe(false);
      expect(bad.error).toMatch(/^bridge: malformed request: /);
      expect(bridge.calls.map((c) => [c.method, c.problems.length])).toEqual([
        ['PluginService/Check', 0],
        ['PluginService/Detect', 0],
        ['?', 1],
      ]);
    } finally {
      await bridge.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a socket path longer than a Unix socket can hold, saying how to fix it', async () => {
    await expect(serveBridge(`/tmp/${'x'.repeat(120)}/s.sock`)).rejects.toMatchObject({
      message: expect.stringMatching(/^the bridge socket path is 132 bytes/),
      fix: 'use a shorter folder (Unix socket paths are at most 107 bytes)',
    });
  });
});

describe('buildxArgs (docker buildx runs only on GitHub runners; the arguments are pinned here)', () => {
  it('writes an OCI layout folder, without attestations, stamped with the epoch', () => {
    const loaded = {
      dir: '/src/plugin',
      manifest: { ...wasmManifest({ name: 'demo', version: '1.2.3', kind: 'oci' }), summary: 'S' },
    } as unknown as LoadedManifest;
    expect(
      buildxArgs(
        loaded,
        '/src/plugin/Containerfile',
        ['linux/amd64', 'linux/arm64'],
        1700000000,
        { source: 'https://github.com/acme/demo', revision: 'abc' },
        '/out/layout',
      ),
    ).toEqual([
      'buildx',
      'build',
      '--platform',
      'linux/amd64,linux/arm64',
      '--provenance=false',
      '--sbom=false',
      '--build-arg',
      'SOURCE_DATE_EPOCH=1700000000',
      '--label',
      'org.opencontainers.image.title=demo',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'org.opencontainers.image.description=S',
      '--label',
      'org.opencontainers.image.created=2023-11-14T22:13:20.000Z',
      '--label',
      'org.opencontainers.image.source=https://github.com/acme/demo',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--annotation',
      'index:org.opencontainers.image.description=S',
      '--output',
      'type=oci,dest=/out/layout,tar=false,rewrite-timestamp=true',
      '-f',
      '/src/plugin/Containerfile',
      '/src/plugin',
    ]);
  });
});
