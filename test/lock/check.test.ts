/**
 * `lockCheck` on locks the real Samuel wrote: a clean install passes, and each drift is caught at
 * its line — a version never released, an unsigned install marked `signed`, a release signed by
 * another identity, a plugin of samuel.toml missing from the lock, a digest Samuel never wrote,
 * a kind the registry disagrees with. `lockUpdate` refuses what check flags, with a fix.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockCheck, lockUpdate } from '../../src/lock/index.js';
import { requireSamuel, samuelWorld, type SamuelWorld } from '../helpers/samuel.js';
import { startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';
import { startGitHubStandin } from '../helpers/github-standin.js';
import { OTHER_IDENTITY, releaseWasm, wasmAssets } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-lock-check-'));
let stack: SigstoreStack;
let signed: string;
let unsigned: string;
let foreign: string;
const worlds: SamuelWorld[] = [];

beforeAll(async () => {
  requireSamuel();
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
  signed = await releaseWasm(work, '0.1.0', 'ours', stack);
  unsigned = await releaseWasm(work, '0.1.0', 'none');
  foreign = await releaseWasm(work, '0.1.0', 'other', stack);
}, 240_000);

afterAll(async () => {
  for (const w of worlds) w.close();
  await stack?.close();
  rmSync(work, { recursive: true, force: true });
});

const policy = () => ({ trustedRoot: stack.trustedRootPath });

/** A project where Samuel installed wasm-example 0.1.0 from `release` (unsigned allowed). */
async function installed(release: string): Promise<SamuelWorld> {
  const world = samuelWorld();
  worlds.push(world);
  world.registry([
    { name: 'wasm-example', repo: `file://${release}`, latest: '0.1.0', kind: 'wasm' },
  ]);
  const r = await world.install('wasm-example', ['--allow-unsigned']);
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  return world;
}

function edit(world: SamuelWorld, from: string, to: string): string {
  const file = join(world.project, 'samuel.lock');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return text;
}

/** Findings without the file path, which is the world's temp dir. */
async function check(world: SamuelWorld, allowUnsigned = false) {
  const r = await lockCheck(world.project, {
    policy: { ...policy(), allowUnsigned },
    cwd: world.project,
  });
  return r.findings;
}

describe('lockCheck', () => {
  it('passes a lock Samuel wrote for a release signed by a trusted identity', async () => {
    const world = await installed(signed);
    expect(await check(world)).toEqual([]);
  }, 60_000);

  it('catches a version that was never released', async () => {
    const world = await installed(signed);
    edit(world, "version = '0.1.0'", "version = '0.9.0'");
    const findings = await check(world);
    expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['lock-version-unknown', 'samuel.lock', 6],
      ['lock-manifest-mismatch', 'samuel.lock', 6],
    ]);
    expect(findings[0]!.message).toBe(
      'wasm-example 0.9.0 is not a version registry "local" lists (0.1.0)',
    );
    expect(findings[0]!.fix).toBe('lock a released version: `lock update wasm-example@<version>`');
  }, 60_000);

  it('catches an unsigned install that Samuel marked signed, and lock update writes the truth', async () => {
    const world = await installed(unsigned);
    expect(readFileSync(join(world.project, 'samuel.lock'), 'utf8')).toContain('signed = true');
    const findings = await check(world);
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'lock-signed-unverified',
        message: `wasm-example 0.1.0 is marked signed, but file://${unsigned} has no signature bundle`,
        fix: 'Samuel writes signed = true for unsigned installs it allowed: set signed to false (run `lock update --allow-unsigned`), or have the plugin sign its release',
        file: 'samuel.lock',
        line: 10,
      },
    ]);
    await expect(lockUpdate(world.project, { policy: policy() })).rejects.toMatchObject({
      message: `file://${unsigned} has no signature bundle`,
      fix: 'sign the release (the release workflow does with id-token: write), or pass --allow-unsigned to lock it unsigned',
    });
    const updated = await lockUpdate(world.project, {
      policy: { ...policy(), allowUnsigned: true },
    });
    expect(updated.entries[0]).toMatchObject({ signed: false, changed: true });
    expect(readFileSync(join(world.project, 'samuel.lock'), 'utf8')).not.toContain('signed');
    expect(await check(world, true)).toEqual([]);
    expect((await check(world)).map((f) => f.rule)).toEqual(['lock-unsigned']);
  }, 60_000);

  it('catches a bundle from another identity', async () => {
    const world = await installed(foreign);
    const findings = await check(world);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['lock-signed-unverified', 10]]);
    expect(findings[0]!.message).toContain(
      `wasm-example 0.1.0 is marked signed, but file://${foreign}: plugin.wasm.bundle does not verify: signed by "${OTHER_IDENTITY}", which does not match the whole of`,
    );
    await expect(lockUpdate(world.project, { policy: policy() })).rejects.toThrow(
      `signed by "${OTHER_IDENTITY}"`,
    );
    // The caller's own policy can trust that identity; Samuel's default globs cannot.
    const trusting = await lockCheck(world.project, {
      policy: { ...policy(), identityPatterns: ['https://github.com/evil/**'] },
    });
    expect(trusting.findings).toEqual([]);
  }, 60_000);

  it('catches a plugin of samuel.toml missing from the lock', async () => {
    const world = await installed(signed);
    const toml = join(world.project, 'samuel.toml');
    writeFileSync(
      toml,
      readFileSync(toml, 'utf8') + "\n[[plugins]]\n  name = 'other-plugin'\n  kind = 'wasm'\n",
    );
    const line = readFileSync(toml, 'utf8').split('\n').lastIndexOf('[[plugins]]') + 1;
    const findings = await check(world);
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'lock-missing-entry',
        message: 'other-plugin is in samuel.toml but has no entry in samuel.lock',
        fix: 'run `samuel-plugin-release lock update other-plugin` (or `samuel install other-plugin`) and commit samuel.lock',
        file: 'samuel.toml',
        line,
      },
    ]);
  }, 60_000);

  it('catches a digest on a wasm entry that is not the released module, and a wrong kind', async () => {
    const world = await installed(signed);
    edit(world, "kind = 'wasm'\n", `kind = 'skill'\n  digest = 'sha256:${'e'.repeat(64)}'\n`);
    const findings = await check(world);
    expect(findings.map((f) => [f.rule, f.line])).toEqual(
      [
        ['lock-kind-mismatch', 7],
        ['lock-digest-mismatch', 8],
        ['lock-manifest-mismatch', 6],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    expect(findings.find((f) => f.rule === 'lock-kind-mismatch')!.message).toBe(
      'wasm-example is locked as kind "skill" but registry "local" lists kind "wasm"',
    );
  }, 60_000);

  it('reports a plugin no registry has, and a samuel.lock that is not TOML', async () => {
    const world = await installed(signed);
    const text = edit(world, "name = 'wasm-example'", "name = 'gone-plugin'");
    const findings = await check(world);
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['lock-not-in-registry', 'lock-stale-entry', 'lock-missing-entry']),
    );
    writeFileSync(join(world.project, 'samuel.lock'), `${text}\n[[plugins]\n`);
    await expect(check(world)).rejects.toThrow(/samuel\.lock is not valid TOML/);
  }, 60_000);

  it('catches granted capabilities the release does not request, a moved source, a duplicate and an incomplete entry', async () => {
    const world = await installed(signed);
    const text = edit(world, "capabilities = ['filesystem.read']", "capabilities = ['exec']");
    const lines = text.split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    let findings = await check(world);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['lock-capabilities-mismatch', at('capabilities =')],
    ]);
    expect(findings[0]!.message).toBe(
      'wasm-example 0.1.0 is locked with capabilities [exec] but the release requests [filesystem.read]',
    );

    writeFileSync(join(world.project, 'samuel.lock'), text);
    edit(world, `source = 'file://${signed}'`, "source = 'github.com/evil/wasm-example'");
    findings = await check(world);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['lock-source-mismatch', at('source =')],
    ]);

    // The same entry twice, then an entry without its kind.
    const entry = text.slice(text.indexOf('[[plugins]]')).split(/\n(?=\[)/)[0]!;
    writeFileSync(join(world.project, 'samuel.lock'), `${text.trimEnd()}\n\n${entry.trimEnd()}\n`);
    findings = await check(world);
    expect(findings.map((f) => f.rule)).toEqual(['lock-duplicate-entry']);
    expect(findings[0]!.message).toBe('wasm-example has more than one [[plugins]] entry');
    writeFileSync(join(world.project, 'samuel.lock'), text.replace("  kind = 'wasm'\n", ''));
    findings = await check(world);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['lock-entry-incomplete', at("name = 'wasm-example'")],
    ]);
  }, 60_000);

  it('catches a version whose GitHub release does not exist', async () => {
    const standin = await startGitHubStandin();
    try {
      standin.addRelease('acme', 'wasm-example', 'v0.1.0', wasmAssets(signed));
      const world = samuelWorld();
      worlds.push(world);
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
      expect(r.code).toBe(0);
      edit(world, "version = '0.1.0'", "version = '0.2.0'");
      const env = { HTTPS_PROXY: standin.proxyUrl, NODE_EXTRA_CA_CERTS: standin.caFile };
      const { findings } = await lockCheck(world.project, {
        policy: policy(),
        env,
        cwd: world.project,
      });
      expect(findings.map((f) => [f.rule, f.line])).toEqual([
        ['lock-version-unknown', 6],
        ['lock-release-missing', 6],
      ]);
      expect(findings[1]!.message).toBe(
        'wasm-example 0.2.0: no release of wasm-example 0.2.0 in github.com/acme/wasm-example: samuel-plugin.toml is not an asset of tag 0.2.0 or v0.2.0',
      );
      expect(findings[1]!.fix).toBe(
        'publish the release for tag v0.2.0 with its assets, or lock a version that was released',
      );
    } finally {
      await standin.close();
    }
  }, 60_000);
});
