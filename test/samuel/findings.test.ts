/**
 * What trying the real Samuel found, each pinned against the real CLI: Samuel's verdict (its
 * `plugin validate`, `install`, `doctor`) and ours, side by side on the same plugin.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { REFERENCE_DIR } from '../helpers/plugin.js';
import { requireSamuel, samuelWorld } from '../helpers/samuel.js';

const work = mkdtempSync(join(tmpdir(), 'spr-samuel-findings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => requireSamuel());

/** The fixture module of Samuel's own tests: exports greet, protocol 1. */
const MODULE = join(REFERENCE_DIR, 'fixture-plugin.wasm');
let count = 0;

function plugin(toml: string, files: Record<string, string> = {}, module?: string): string {
  const dir = join(work, `p${count++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'samuel-plugin.toml'), toml);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (module) {
    mkdirSync(join(dir, module, '..'), { recursive: true });
    copyFileSync(MODULE, join(dir, module));
  }
  return dir;
}

/** Installs `dir` with the real Samuel from a file:// entry; the install result and doctor's. */
async function samuelInstall(dir: string, name: string, kind: string) {
  const world = samuelWorld();
  try {
    world.registry([{ name, repo: `file://${dir}`, latest: '1.0.0', kind }]);
    const install = await world.install(name, ['--allow-unsigned']);
    const doctor = install.code === 0 ? await world.doctor() : undefined;
    return { code: install.code, out: install.stdout + install.stderr, doctor };
  } finally {
    world.close();
  }
}

async function samuelValidate(dir: string) {
  const world = samuelWorld();
  try {
    const r = await world.run(['plugin', 'validate', join(dir, 'samuel-plugin.toml')]);
    return { ok: r.code === 0, out: r.stdout + r.stderr };
  } finally {
    world.close();
  }
}

const ours = async (dir: string) =>
  (await validateManifestFile(dir, { cwd: dir })).findings.map((f) => `${f.severity} ${f.rule}`);

const WASM = (extra = '') =>
  `name = "greeter"\nversion = "1.0.0"\nkind = "wasm"\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n${extra}`;

describe('findings against the real Samuel', () => {
  it('keys in another case: Samuel installs `Name`, `[WASM]`, `Module`; we warn and check what it reads', async () => {
    const dir = plugin(
      'Name = "greeter"\nversion = "1.0.0"\nkind = "wasm"\n[WASM]\nModule = "plugin.wasm"\nExports = ["greet"]\n',
      {},
      'plugin.wasm',
    );
    const installed = await samuelInstall(dir, 'greeter', 'wasm');
    expect(installed.code).toBe(0);
    expect(installed.doctor).toEqual({ failed: 0, failures: [] });
    expect(await ours(dir)).toEqual([
      'warning key-case',
      'warning key-case',
      'warning key-case',
      'warning key-case',
    ]);
  }, 60_000);

  it('a module path in another case that climbs out: Samuel reads it, we refuse it', async () => {
    const dir = plugin(
      'name = "greeter"\nversion = "1.0.0"\nkind = "wasm"\n[WASM]\nMODULE = "../outside.wasm"\nexports = ["greet"]\n',
    );
    copyFileSync(MODULE, join(dir, '..', 'outside.wasm'));
    const installed = await samuelInstall(dir, 'greeter', 'wasm');
    // Samuel loads the module from outside the plugin: the reason we refuse the path.
    expect(installed.code).toBe(0);
    expect(await ours(dir)).toContain('error path-escape');
  }, 60_000);

  it('a key spelled twice in two cases: Samuel takes one of them, we refuse the manifest', async () => {
    const dir = plugin(`NAME = "other"\n${WASM()}`);
    expect((await samuelValidate(dir)).ok).toBe(true);
    expect(await ours(dir)).toContain('error key-case-duplicate');
  }, 60_000);

  it('a byte order mark: both refuse', async () => {
    const dir = plugin(`\uFEFF${WASM()}`, {}, 'plugin.wasm');
    const theirs = await samuelValidate(dir);
    expect(theirs.ok).toBe(false);
    expect(await ours(dir)).toEqual(['error toml-syntax']);
  }, 60_000);

  it('the \\e escape: both accept, and Samuel installs it', async () => {
    const dir = plugin(`summary = "esc\\e"\n${WASM()}`, {}, 'plugin.wasm');
    expect((await samuelInstall(dir, 'greeter', 'wasm')).code).toBe(0);
    expect(await ours(dir)).toEqual([]);
  }, 60_000);

  it.each([
    ['different names', '[runtime]\nexports = ["other"]\n', 'exports = ["greet"]'],
    ['[runtime] only', '[runtime]\nexports = ["greet"]\n', ''],
    ['a duplicate', '[runtime]\nexports = ["greet"]\n', 'exports = ["greet", "greet"]'],
  ])(
    '[runtime].exports drift (%s): Samuel installs it and doctor fails it; we refuse it',
    async (_case, runtime, wasmExports) => {
      const dir = plugin(
        WASM(runtime).replace('exports = ["greet"]', wasmExports),
        {},
        'plugin.wasm',
      );
      const installed = await samuelInstall(dir, 'greeter', 'wasm');
      expect(installed.code).toBe(0);
      expect(installed.doctor?.failures).toEqual([
        expect.objectContaining({
          message: 'wasm manifest drift: [wasm].exports and [runtime].exports disagree',
        }),
      ]);
      expect(await ours(dir)).toContain('error wasm-exports-drift');
    },
    60_000,
  );

  it('a module not named plugin.wasm: Samuel installs it as plugin.wasm and doctor fails; we say the release renames it', async () => {
    const dir = plugin(
      WASM().replace('module = "plugin.wasm"', 'module = "build/hello.wasm"'),
      {},
      'build/hello.wasm',
    );
    const installed = await samuelInstall(dir, 'greeter', 'wasm');
    expect(installed.code).toBe(0);
    expect(installed.doctor?.failures).toEqual([
      expect.objectContaining({ message: 'wasm module missing: build/hello.wasm' }),
    ]);
    expect(await ours(dir)).toEqual(['notice wasm-module-renamed']);
  }, 60_000);

  it('kind = "meta": Samuel validates it but cannot install it; we warn', async () => {
    const dir = plugin(
      'name = "bundle"\nversion = "1.0.0"\nkind = "meta"\n[requires]\ngreeter = "^1.0.0"\n',
    );
    expect((await samuelValidate(dir)).ok).toBe(true);
    const installed = await samuelInstall(dir, 'bundle', 'meta');
    expect(installed.code).not.toBe(0);
    expect(installed.out).toContain('unsupported plugin kind');
    expect(await ours(dir)).toEqual(['warning meta-not-installable']);
  }, 60_000);
});
