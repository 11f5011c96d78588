/**
 * Test helpers: compile the fixture sources into real modules (cached by content hash so the
 * suite stays quick on re-runs) and build typed manifests without the TOML loader.
 */
import { wasmManifest } from '../helpers/manifest.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { LoadedManifest, PluginManifest } from '../../src/manifest/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'wasm');
export const REFERENCE_MODULE = join(
  FIXTURES,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'samuel',
  'fixture-plugin.wasm',
);
const CACHE = join(process.env.SPR_CACHE ?? tmpdir(), 'spr-wasm-fixtures');

function cached(key: string, build: (out: string) => void): string {
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, createHash('sha256').update(key).digest('hex').slice(0, 16) + '.wasm');
  if (!existsSync(out)) build(out);
  return out;
}

function exec(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr || r.error?.message}`);
}

/** Compiles test/fixtures/wasm/c/plugin.c with the given -D flags. */
export function cModule(...defines: string[]): string {
  const src = join(FIXTURES, 'c', 'plugin.c');
  const flags = defines.map((d) => `-D${d}`);
  return cached(`c:${readFileSync(src, 'utf8')}:${flags.join(' ')}`, (out) =>
    exec('clang', [
      '--target=wasm32',
      '-nostdlib',
      '-O1',
      '-Wl,--no-entry',
      ...flags,
      src,
      '-o',
      out,
    ]),
  );
}

/** Assembles WebAssembly text given inline, with wat2wasm feature flags (e.g. --enable-threads). */
export function watSource(source: string, ...flags: string[]): string {
  return cached(`wat-inline:${flags.join(' ')}:${source}`, (out) => {
    const src = out.replace(/\.wasm$/, '.wat');
    writeFileSync(src, source);
    exec('wat2wasm', [...flags, src, '-o', out]);
  });
}

/** Assembles a .wat fixture with wat2wasm. */
export function watModule(name: string): string {
  const src = join(FIXTURES, 'wat', `${name}.wat`);
  return cached(`wat:${readFileSync(src, 'utf8')}`, (out) => exec('wat2wasm', [src, '-o', out]));
}

/** Builds a Go package under test/fixtures/wasm/go as a wasip1 module (reactor by default). */
export function goModule(name: string, buildmode: 'c-shared' | 'exe' = 'c-shared'): string {
  const dir = join(FIXTURES, 'go', name);
  const sources = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return cached(`go:${buildmode}:${sources}`, (out) =>
    exec('go', ['build', `-buildmode=${buildmode}`, '-o', out, '.'], {
      cwd: dir,
      env: {
        ...process.env,
        GOOS: 'wasip1',
        GOARCH: 'wasm',
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local',
      },
    }),
  );
}

/** A valid wasm manifest with Samuel's defaults; override anything. */
export const manifest = wasmManifest;

/** Wraps a manifest as if loaded from `dir/samuel-plugin.toml`, with a few field positions. */
export function loaded(m: PluginManifest, dir = '/plugin'): LoadedManifest {
  return {
    file: join(dir, 'samuel-plugin.toml'),
    dir,
    source: '',
    manifest: m,
    positions: new Map([
      ['wasm.exports', { line: 7, col: 11 }],
      ['runtime.max_memory', { line: 10, col: 14 }],
      ['capabilities', { line: 12, col: 1 }],
    ]),
  };
}

/** Writes a module's bytes to a fresh file (for tests that need a specific path). */
export function writeTemp(name: string, bytes: Uint8Array): string {
  const dir = join(tmpdir(), `spr-wasm-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
