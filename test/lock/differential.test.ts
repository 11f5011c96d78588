/**
 * The real Samuel judges `lockUpdate`: a project installs the wasm template's signed 0.1.0 with
 * `samuel install`, the plugin releases 0.2.0, and `lockUpdate` writes the entry that
 * `samuel install` of 0.2.0 writes — byte for byte — while every other byte of the lock
 * (`[[mutations]]`, `[[agents]]`, an unknown table, comments, the order) stays; a second run
 * changes nothing; and Samuel's doctor accepts the lock we wrote. Both of Samuel's download
 * paths: release assets of `github.com/<owner>/<repo>` through the stand-in (reached through
 * HTTPS_PROXY with the stand-in's CA in NODE_EXTRA_CA_CERTS), and a `file://` registry entry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockUpdate } from '../../src/lock/index.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';
import { requireSamuel, samuelWorld, type SamuelWorld } from '../helpers/samuel.js';
import { startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { githubToken } from '../sigstore/stack.js';
import { entryBlock, releaseWasm, TEMPLATES, wasmAssets, writeIndex } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-lock-diff-'));
let stack: SigstoreStack;
let standin: GitHubStandin;
let v1: string;
let v2: string;

beforeAll(async () => {
  requireSamuel();
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
  standin = await startGitHubStandin();
  v1 = await releaseWasm(work, '0.1.0', 'ours', stack);
  v2 = await releaseWasm(work, '0.2.0', 'ours', stack);
  standin.addRelease('acme', 'wasm-example', 'v0.1.0', wasmAssets(v1));
  standin.addRelease('acme', 'wasm-example', 'v0.2.0', wasmAssets(v2));
}, 240_000);

afterAll(async () => {
  await standin?.close();
  await stack?.close();
  rmSync(work, { recursive: true, force: true });
});

/** What lockUpdate is given: the stack's trust, the stand-in's proxy and CA. */
function options() {
  return {
    policy: { trustedRoot: stack.trustedRootPath },
    env: { HTTPS_PROXY: standin.proxyUrl, NODE_EXTRA_CA_CERTS: standin.caFile },
  };
}

/** Extra lock content Samuel never writes through `install`, which must survive us. */
const AGENTS = `\n[[agents]]\n  adapter = 'claude'\n  image = 'ghcr.io/acme/agent@sha256:${'1'.repeat(64)}'\n\n# a note someone left\n[custom]\n  keep = 'me'\n`;

async function differential(
  world: SamuelWorld,
  repoFor: (version: string) => string,
): Promise<void> {
  const index = join(world.project, '..', 'index.toml');
  world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
  world.registry(
    [{ name: 'wasm-example', repo: repoFor('0.1.0'), latest: '0.1.0', kind: 'wasm' }],
    'trusted',
  );
  const install = await world.run(
    ['install', 'wasm-example', '--yes', '--non-interactive'],
    standin.env,
  );
  expect({ code: install.code, out: install.code ? install.stdout + install.stderr : '' }).toEqual({
    code: 0,
    out: '',
  });
  const lockFile = join(world.project, 'samuel.lock');
  appendFileSync(lockFile, AGENTS);
  const before = readFileSync(lockFile, 'utf8');
  expect(before).toContain('[[mutations]]');

  // The plugin releases 0.2.0 and the registry lists it.
  writeIndex(index, [
    {
      name: 'wasm-example',
      repo: repoFor('0.2.0'),
      latest: '0.2.0',
      versions: ['0.1.0', '0.2.0'],
      kind: 'wasm',
    },
  ]);
  const ours = await lockUpdate(world.project, options());
  expect(ours.changed).toBe(true);
  expect(ours.entries).toEqual([
    expect.objectContaining({
      name: 'wasm-example',
      version: '0.2.0',
      signed: true,
      identity:
        'https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1',
      changed: true,
    }),
  ]);
  const written = readFileSync(lockFile, 'utf8');
  // Only the entry changed: everything else is the same bytes, in the same order.
  const oldEntry = entryBlock(before, 'wasm-example')!;
  const newEntry = entryBlock(written, 'wasm-example')!;
  expect(written).toBe(before.replace(oldEntry, newEntry));
  expect(written.endsWith(AGENTS)).toBe(true);

  // Twice changes nothing.
  const again = await lockUpdate(world.project, options());
  expect(again.changed).toBe(false);
  expect(readFileSync(lockFile, 'utf8')).toBe(written);

  // Samuel installs 0.2.0 itself (its cached copy of the index dropped): its entry is ours, byte
  // for byte.
  rmSync(join(world.home, '.samuel', 'cache', 'registries'), { recursive: true, force: true });
  const reinstall = await world.run(
    ['install', 'wasm-example', '--yes', '--non-interactive'],
    standin.env,
  );
  expect(reinstall.code).toBe(0);
  const samuels = readFileSync(lockFile, 'utf8');
  expect(entryBlock(samuels, 'wasm-example')).toBe(newEntry);
  expect(samuels).not.toContain('[custom]'); // Samuel rewrites the whole file; we do not.

  // Doctor accepts our lock over the installed 0.2.0.
  writeFileSync(lockFile, written);
  expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
}

describe('lockUpdate against samuel install', () => {
  it('github.com release assets through the stand-in: same entry, the rest untouched, idempotent, doctor clean', async () => {
    const world = samuelWorld();
    try {
      await differential(world, () => 'github.com/acme/wasm-example');
      expect(standin.requests).toEqual(
        expect.arrayContaining([
          'GET /acme/wasm-example/releases/download/v0.2.0/samuel-plugin.toml',
          'GET /acme/wasm-example/releases/download/v0.2.0/plugin.wasm',
          'GET /acme/wasm-example/releases/download/v0.2.0/plugin.wasm.bundle',
        ]),
      );
    } finally {
      world.close();
    }
  }, 180_000);

  it('file:// registry entries: same entry, the rest untouched, idempotent, doctor clean', async () => {
    const world = samuelWorld();
    try {
      await differential(world, (v) => `file://${v === '0.1.0' ? v1 : v2}`);
    } finally {
      world.close();
    }
  }, 180_000);
});

/**
 * The skill template at `version`, signed, with SKILL.md.bundle committed in its tree and the
 * commit tagged v<version> — the release flow for skills (Samuel clones the tag).
 */
async function signedSkill(version: string): Promise<string> {
  const plugin = join(work, `skill-${version}`);
  cpSync(join(TEMPLATES, 'skill-example'), plugin, { recursive: true });
  const manifest = join(plugin, 'samuel-plugin.toml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace('version = "0.1.0"', `version = "${version}"`),
  );
  writeFileSync(
    join(plugin, 'SKILL.md'),
    `${readFileSync(join(plugin, 'SKILL.md'), 'utf8')}\n${version}\n`,
  );
  const out = join(work, `skill-out-${version}`);
  const r = await runCli(
    [
      'release',
      plugin,
      '--dry-run',
      '--output',
      out,
      '--sign',
      'true',
      '--identity-token',
      githubToken(),
      '--fulcio-url',
      stack.url,
      '--rekor-url',
      stack.url,
    ],
    { cwd: work, env: { PATH: TOOLS_PATH, HOME: process.env.HOME } },
  );
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  copyFileSync(join(out, 'SKILL.md.bundle'), join(plugin, 'SKILL.md.bundle'));
  return plugin;
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: work, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

describe('skills', () => {
  it('file:// and a git clone of the tag through the stand-in: the entry samuel install writes', async () => {
    const s1 = await signedSkill('0.1.0');
    const s2 = await signedSkill('0.2.0');
    // One repository with both releases tagged, as on GitHub.
    const repo = join(work, 'skill-repo');
    cpSync(s1, repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', '0.1.0');
    git(repo, 'tag', 'v0.1.0');
    cpSync(s2, repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', '0.2.0');
    git(repo, 'tag', 'v0.2.0');
    standin.addGitRepo('acme', 'hello-skill', repo);

    for (const repoFor of [
      (v: string) => `file://${v === '0.1.0' ? s1 : s2}`,
      () => 'github.com/acme/hello-skill',
    ]) {
      const world = samuelWorld();
      try {
        world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
        world.registry(
          [{ name: 'hello-skill', repo: repoFor('0.1.0'), latest: '0.1.0', kind: 'skill' }],
          'trusted',
        );
        const env = { ...standin.env, NODE_EXTRA_CA_CERTS: standin.caFile };
        expect(
          (await world.run(['install', 'hello-skill', '--yes', '--non-interactive'], standin.env))
            .code,
        ).toBe(0);
        writeIndex(join(world.project, '..', 'index.toml'), [
          { name: 'hello-skill', repo: repoFor('0.2.0'), latest: '0.2.0', kind: 'skill' },
        ]);
        const ours = await lockUpdate(world.project, {
          policy: { trustedRoot: stack.trustedRootPath },
          env,
        });
        expect(ours.entries[0]).toMatchObject({ version: '0.2.0', signed: true, changed: true });
        const written = readFileSync(join(world.project, 'samuel.lock'), 'utf8');
        rmSync(join(world.home, '.samuel', 'cache', 'registries'), {
          recursive: true,
          force: true,
        });
        expect(
          (await world.run(['install', 'hello-skill', '--yes', '--non-interactive'], standin.env))
            .code,
        ).toBe(0);
        const samuels = readFileSync(join(world.project, 'samuel.lock'), 'utf8');
        expect(entryBlock(samuels, 'hello-skill')).toBe(entryBlock(written, 'hello-skill'));
        expect(entryBlock(written, 'hello-skill')).toContain("capabilities = ['filesystem.read']");
      } finally {
        world.close();
      }
    }
    expect(standin.requests).toContain(
      'GET /acme/hello-skill.git/info/refs?service=git-upload-pack',
    );
  }, 240_000);
});
