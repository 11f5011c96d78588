/** buildWasm with a declared command: a build that writes nothing new fails, compiler text is inert. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWasm } from '../../src/wasm/index.js';
import type { Reporter } from '../../src/report/index.js';
import { cModule, loaded, manifest } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function plugin(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spr-wasm-build-'));
  dirs.push(dir);
  copyFileSync(cModule(), join(dir, 'fresh.wasm'));
  return dir;
}

function recorder(): { reporter: Reporter; lines: string[] } {
  const lines: string[] = [];
  const reporter: Reporter = {
    json: false,
    actions: true,
    info: (m) => lines.push(m),
    finding: () => undefined,
    group: (_title, fn) => fn(),
    setOutput: () => undefined,
    summary: () => undefined,
  };
  return { reporter, lines };
}

const node = process.execPath;

describe('buildWasm with --toolchain command', () => {
  it('fails a command that leaves an existing module unchanged, naming the command', async () => {
    const dir = plugin();
    copyFileSync(join(dir, 'fresh.wasm'), join(dir, 'plugin.wasm'));
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'plugin.wasm'), old, old);
    await expect(
      buildWasm(loaded(manifest(), dir), {
        toolchain: 'command',
        buildCommand: `${node} -e "console.log('up to date')"`,
      }),
    ).rejects.toMatchObject({
      code: 'BUILD',
      message: `\`${node} -e 'console.log('\\''up to date'\\'')'\` succeeded but left plugin.wasm unchanged (same modification time and sha256 as before the build), so it did not build the module`,
      fix: 'make the command write plugin.wasm on every run (a stale module would be released otherwise): delete it first or build from clean',
    });
  });

  it('fails a command that writes no module', async () => {
    const dir = plugin();
    await expect(
      buildWasm(loaded(manifest(), dir), { toolchain: 'command', buildCommand: `${node} -e 0` }),
    ).rejects.toThrow(`\`${node} -e 0\` succeeded but wrote no module at plugin.wasm`);
  });

  it('accepts a rebuild with the same bytes (a new modification time) and streams inert compiler lines', async () => {
    const dir = plugin();
    copyFileSync(join(dir, 'fresh.wasm'), join(dir, 'plugin.wasm'));
    utimesSync(join(dir, 'plugin.wasm'), new Date(0), new Date(0));
    const script =
      "process.stdout.write('::error::owned\\n::stop-commands::tok\\nhalf');" +
      "process.stdout.write(' a line\\n');" +
      "require('fs').copyFileSync('fresh.wasm','plugin.wasm')";
    writeFileSync(join(dir, 'build.js'), script);
    const { reporter, lines } = recorder();
    const result = await buildWasm(loaded(manifest(), dir), {
      toolchain: 'command',
      buildCommand: `${node} build.js`,
      reporter,
    });
    expect(result.size).toBe(statSync(join(dir, 'fresh.wasm')).size);
    expect(lines).toEqual(['⁚::error::owned', '⁚::stop-commands::tok', 'half a line']);
  });

  it('quotes the failing compiler inert in the error', async () => {
    const dir = plugin();
    await expect(
      buildWasm(loaded(manifest(), dir), {
        toolchain: 'command',
        buildCommand: `${node} -e "console.error('::error::boom'); process.exit(3)"`,
      }),
    ).rejects.toThrow(/failed \(exit code 3\):\n⁚::error::boom$/);
  });
});
