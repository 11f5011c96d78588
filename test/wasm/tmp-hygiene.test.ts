/**
 * Nothing is left in the temp folder: a guest killed at the hard timeout, a guest flooding
 * stdout, a failed build and a whole release dry run each leave `$TMPDIR` as they found it. The
 * CLI runs in a process of its own with a fresh, private TMPDIR (Node reads it from the real
 * environment, which a test cannot change in-process).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TOOLS_PATH } from '../helpers/cli.js';
import { watSource } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-tmp-hygiene-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENTRY = join(process.cwd(), 'test', 'helpers', 'cli-entry.ts');
// tsx by path: the runs happen outside the repository, where `--import tsx` would not resolve.
const TSX = pathToFileURL(join(process.cwd(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Runs the CLI with a fresh TMPDIR; returns the exit code, output and what TMPDIR holds after. */
function run(args: string[]): Promise<{ code: number; out: string; left: string[] }> {
  const tmp = mkdtempSync(join(work, 'tmp-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args], {
      cwd: work,
      env: { PATH: TOOLS_PATH, HOME: process.env.HOME, TMPDIR: tmp, TSX_DISABLE_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, left: readdirSync(tmp) }));
  });
}

/** A wasm plugin folder holding `module` as plugin.wasm, exporting `exports`. */
function plugin(name: string, module: string, exports: string[], runtime = ''): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(module, join(dir, 'plugin.wasm'));
  writeFileSync(
    join(dir, 'samuel-plugin.toml'),
    `name = "${name}"\nversion = "0.1.0"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ${JSON.stringify(exports)}\n${runtime}`,
  );
  return dir;
}

const SPIN = `(module (memory (export "memory") 1)
  (func (export "health") (result i32) (loop $l (br $l)) (i32.const 0)))`;

// 64 writes of 1 MiB to stdout, then health() = 0.
const FLOOD = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 32)
  (func (export "health") (result i32) (local $i i32)
    (i32.store (i32.const 100) (i32.const 1024))
    (i32.store (i32.const 104) (i32.const 1048576))
    (loop $out
      (drop (call $write (i32.const 1) (i32.const 100) (i32.const 1) (i32.const 200)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $out (i32.lt_u (local.get $i) (i32.const 64))))
    (i32.const 0)))`;

describe('the temp folder after a run', () => {
  it('is empty after a guest is killed at the hard timeout', async () => {
    const dir = plugin(
      'spin-plugin',
      watSource(SPIN),
      ['health'],
      '\n[runtime]\ntimeout = "1s"\nhard_timeout = "2s"\n',
    );
    const r = await run(['smoke', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('hard timeout');
    expect(r.left).toEqual([]);
  }, 60_000);

  it('is empty after a guest floods stdout', async () => {
    const r = await run(['smoke', plugin('flood-plugin', watSource(FLOOD), ['health'])]);
    expect(r.code).toBe(0);
    expect(r.left).toEqual([]);
  }, 60_000);

  it('is empty after a failed build and after a whole release dry run', async () => {
    const bad = join(work, 'bad');
    cpSync(join(process.cwd(), 'templates', 'wasm-example'), bad, { recursive: true });
    writeFileSync(join(bad, 'assembly', 'index.ts'), 'export function greet(: i32 {\n');
    const failed = await run(['build', bad]);
    expect(failed.code).toBe(1);
    expect(failed.left).toEqual([]);

    const good = join(work, 'good');
    cpSync(join(process.cwd(), 'templates', 'wasm-example'), good, { recursive: true });
    const r = await run(['release', good, '--dry-run', '--output', join(work, 'out')]);
    expect(r.out).toContain('✓ release');
    expect(r.code).toBe(0);
    expect(r.left).toEqual([]);
  }, 120_000);
});
