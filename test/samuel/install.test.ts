/**
 * The real Samuel judges what we release: every releasable template, released by our own
 * `release --dry-run`, installs with `samuel install` and leaves `samuel doctor` clean — unsigned
 * through a `local` registry, signed (against the local Sigstore stack, whose trusted root is
 * seeded into Samuel's cache) through a registry that verifies; a tampered artifact is refused.
 * Both download paths Samuel uses: a `file://` registry entry, and `github.com/<owner>/<repo>`
 * served by the stand-in (release assets for wasm, a `git clone` of the tag for skills).
 *
 * The signing identity is the one the local stack's token carries,
 * `https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1`:
 * Samuel's default identity pattern is `https://github.com/samuelpkg/**` (issuer GitHub Actions).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';
import { requireSamuel, samuelWorld, type SamuelWorld } from '../helpers/samuel.js';
import { signFlags, startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';

const TEMPLATES = join(process.cwd(), 'templates');
const work = mkdtempSync(join(tmpdir(), 'spr-samuel-install-'));
const env = { PATH: TOOLS_PATH, HOME: process.env.HOME };
const maybe = describe;
beforeAll(() => requireSamuel());

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
});
afterAll(async () => {
  await stack.close();
  rmSync(work, { recursive: true, force: true });
});

function copy(name: string): string {
  const dir = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join(TEMPLATES, name), dir, { recursive: true });
  return dir;
}

async function release(plugin: string, signed: boolean): Promise<string> {
  const out = join(work, `out-${Math.random().toString(36).slice(2, 8)}`);
  const sign = signed ? signFlags(stack) : ['--sign', 'false'];
  const r = await runCli(['release', plugin, '--dry-run', '--output', out, ...sign], {
    cwd: work,
    env,
  });
  if (r.code !== 0) throw new Error(`release failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return out;
}

maybe('samuel install of our releases', () => {
  let world: SamuelWorld;
  afterAll(() => world?.close());

  it('installs the AssemblyScript wasm example unsigned from a file:// registry entry, doctor clean', async () => {
    world = samuelWorld();
    const out = await release(copy('wasm-example'), false);
    world.registry([
      { name: 'wasm-example', repo: `file://${out}`, latest: '0.1.0', kind: 'wasm' },
    ]);
    const r = await world.install('wasm-example', ['--allow-unsigned']);
    expect(r.stdout + r.stderr).toContain('Installed wasm-example@0.1.0 (wasm)');
    expect(r.code).toBe(0);
    expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    world.close();
  }, 120_000);

  it('installs a wasm plugin whose [wasm].module is not plugin.wasm: the release renames it', async () => {
    world = samuelWorld();
    const plugin = copy('wasm-c-example');
    const manifest = join(plugin, 'samuel-plugin.toml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(
        'module = "plugin.wasm"',
        'module = "build/hello.wasm"',
      ),
    );
    writeFileSync(
      join(plugin, 'Makefile'),
      readFileSync(join(plugin, 'Makefile'), 'utf8')
        .replace(/plugin\.wasm/g, 'build/hello.wasm')
        .replace('$(CLANG)', 'mkdir -p build && $(CLANG)'),
    );
    const out = join(work, 'renamed');
    const r = await runCli(
      [
        'release',
        plugin,
        '--dry-run',
        '--output',
        out,
        '--sign',
        'false',
        '--toolchain',
        'command',
        '--build-command',
        'make build/hello.wasm',
      ],
      { cwd: work, env },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'samuel-plugin.toml'), 'utf8')).toContain(
      'module = "plugin.wasm"',
    );
    world.registry([
      { name: 'wasm-c-example', repo: `file://${out}`, latest: '0.1.0', kind: 'wasm' },
    ]);
    expect((await world.install('wasm-c-example', ['--allow-unsigned'])).code).toBe(0);
    expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    world.close();
  }, 120_000);

  it('installs the skill example unsigned, doctor clean', async () => {
    world = samuelWorld();
    const plugin = copy('skill-example');
    world.registry([
      { name: 'hello-skill', repo: `file://${plugin}`, latest: '0.1.0', kind: 'skill' },
    ]);
    const r = await world.install('hello-skill', ['--allow-unsigned']);
    expect(r.code).toBe(0);
    expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    world.close();
  }, 60_000);

  describe('signed, through a registry that verifies signatures', () => {
    it('installs the signed wasm release without --allow-unsigned', async () => {
      world = samuelWorld();
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      const out = await release(copy('wasm-example'), true);
      world.registry(
        [{ name: 'wasm-example', repo: `file://${out}`, latest: '0.1.0', kind: 'wasm' }],
        'trusted',
      );
      const r = await world.install('wasm-example');
      expect(r.stdout + r.stderr).toContain('Installed wasm-example@0.1.0 (wasm)');
      expect(r.stdout + r.stderr).not.toContain('allow-unsigned');
      expect(r.stdout).toContain(
        'signature: verified (https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1)',
      );
      expect(r.code).toBe(0);
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
      world.close();
    }, 120_000);

    it('refuses a module changed after signing', async () => {
      world = samuelWorld();
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      const out = await release(copy('wasm-example'), true);
      appendFileSync(join(out, 'plugin.wasm'), Buffer.from([0]));
      world.registry(
        [{ name: 'wasm-example', repo: `file://${out}`, latest: '0.1.0', kind: 'wasm' }],
        'trusted',
      );
      const r = await world.install('wasm-example');
      expect(r.code).not.toBe(0);
      expect((r.stdout + r.stderr).toLowerCase()).toMatch(/signature|verif/);
      world.close();
    }, 120_000);

    it('installs a signed skill whose SKILL.md.bundle is in the tagged tree', async () => {
      world = samuelWorld();
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      const plugin = copy('skill-example');
      const out = await release(plugin, true);
      // The release flow for skills: the bundle is committed before the tag (see README).
      copyFileSync(join(out, 'SKILL.md.bundle'), join(plugin, 'SKILL.md.bundle'));
      world.registry(
        [{ name: 'hello-skill', repo: `file://${plugin}`, latest: '0.1.0', kind: 'skill' }],
        'trusted',
      );
      const r = await world.install('hello-skill');
      expect(r.stdout + r.stderr).not.toContain('allow-unsigned');
      expect(r.stdout).toContain(
        'signature: verified (https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1)',
      );
      expect(r.code).toBe(0);
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
      // …and a SKILL.md changed after signing is refused.
      const other = samuelWorld();
      other.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      appendFileSync(join(plugin, 'SKILL.md'), '\nchanged\n');
      other.registry(
        [{ name: 'hello-skill', repo: `file://${plugin}`, latest: '0.1.0', kind: 'skill' }],
        'trusted',
      );
      expect((await other.install('hello-skill')).code).not.toBe(0);
      other.close();
      world.close();
    }, 120_000);
  });
});

const VERIFIED =
  'signature: verified (https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1)';

/** A git repository of `dir`'s files with one commit tagged `tag`, as a plugin author pushes it. */
function gitTagged(dir: string, tag: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: { PATH: process.env.PATH, HOME: work, GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'release');
  git('tag', tag);
}

maybe('samuel install through github.com (the stand-in)', () => {
  let standin: GitHubStandin;
  beforeAll(async () => {
    standin = await startGitHubStandin();
  });
  afterAll(async () => {
    await standin.close();
  });

  it('installs the signed wasm release from its release assets, and refuses a tampered module', async () => {
    const out = await release(copy('wasm-example'), true);
    const assets = Object.fromEntries(
      readdirSync(out)
        .filter((f) => ['plugin.wasm', 'plugin.wasm.bundle', 'samuel-plugin.toml'].includes(f))
        .map((f) => [f, readFileSync(join(out, f))]),
    );
    expect(Object.keys(assets).sort()).toEqual([
      'plugin.wasm',
      'plugin.wasm.bundle',
      'samuel-plugin.toml',
    ]);
    standin.addRelease('acme', 'wasm-example', 'v0.1.0', assets);
    const world = samuelWorld();
    try {
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      world.registry(
        [
          {
            name: 'wasm-example',
            repo: 'github.com/acme/wasm-example',
            latest: '0.1.0',
            kind: 'wasm',
          },
        ],
        'trusted',
      );
      const r = await world.run(
        ['install', 'wasm-example', '--yes', '--non-interactive'],
        standin.env,
      );
      expect({ code: r.code, out: r.code ? r.stdout + r.stderr : '' }).toEqual({
        code: 0,
        out: '',
      });
      expect(r.stdout).toContain(VERIFIED);
      expect(standin.requests).toEqual(
        expect.arrayContaining([
          'GET /acme/wasm-example/releases/download/v0.1.0/plugin.wasm',
          'GET /acme/wasm-example/releases/download/v0.1.0/samuel-plugin.toml',
          'GET /acme/wasm-example/releases/download/v0.1.0/plugin.wasm.bundle',
        ]),
      );
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    } finally {
      world.close();
    }

    const tampered = Buffer.concat([assets['plugin.wasm']!, Buffer.from([0])]);
    standin.addRelease('acme', 'wasm-tampered', 'v0.1.0', { ...assets, 'plugin.wasm': tampered });
    const other = samuelWorld();
    try {
      other.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      other.registry(
        [
          {
            name: 'wasm-example',
            repo: 'github.com/acme/wasm-tampered',
            latest: '0.1.0',
            kind: 'wasm',
          },
        ],
        'trusted',
      );
      const r = await other.run(
        ['install', 'wasm-example', '--yes', '--non-interactive'],
        standin.env,
      );
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain('signature verification failed for wasm-example');
    } finally {
      other.close();
    }
  }, 180_000);

  it('installs a signed skill cloned at its tag, with SKILL.md.bundle committed before the tag', async () => {
    const plugin = copy('skill-example');
    const out = await release(plugin, true);
    // The flow for skills: sign, commit the bundle, then tag (Samuel clones the tag).
    copyFileSync(join(out, 'SKILL.md.bundle'), join(plugin, 'SKILL.md.bundle'));
    gitTagged(plugin, 'v0.1.0');
    standin.addGitRepo('acme', 'hello-skill', plugin);
    const world = samuelWorld();
    try {
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      world.registry(
        [
          {
            name: 'hello-skill',
            repo: 'github.com/acme/hello-skill',
            latest: '0.1.0',
            kind: 'skill',
          },
        ],
        'trusted',
      );
      const r = await world.run(
        ['install', 'hello-skill', '--yes', '--non-interactive'],
        standin.env,
      );
      expect({ code: r.code, out: r.code ? r.stdout + r.stderr : '' }).toEqual({
        code: 0,
        out: '',
      });
      expect(r.stdout).toContain(VERIFIED);
      expect(standin.requests).toContain(
        'GET /acme/hello-skill.git/info/refs?service=git-upload-pack',
      );
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    } finally {
      world.close();
    }
  }, 180_000);

  it('refuses a signed skill whose bundle is only a release asset named by signature_bundle', async () => {
    // Samuel v2.3 declares signature_bundle in its registry index but never reads it: the
    // verifier looks for SKILL.md.bundle beside SKILL.md in the cloned tree, and nowhere else.
    const plugin = copy('skill-example');
    const out = await release(plugin, true);
    gitTagged(plugin, 'v0.1.0');
    standin.addGitRepo('acme', 'asset-skill', plugin);
    standin.addRelease('acme', 'asset-skill', 'v0.1.0', {
      'SKILL.md.bundle': readFileSync(join(out, 'SKILL.md.bundle')),
    });
    const world = samuelWorld();
    try {
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      world.registry(
        [
          {
            name: 'hello-skill',
            repo: 'github.com/acme/asset-skill',
            latest: '0.1.0',
            kind: 'skill',
            signature_bundle:
              'https://github.com/acme/asset-skill/releases/download/v0.1.0/SKILL.md.bundle',
          },
        ],
        'trusted',
      );
      const r = await world.run(
        ['install', 'hello-skill', '--yes', '--non-interactive'],
        standin.env,
      );
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain('signature bundle missing');
      expect(standin.requests).not.toContain(
        'GET /acme/asset-skill/releases/download/v0.1.0/SKILL.md.bundle',
      );
    } finally {
      world.close();
    }
  }, 180_000);
});
