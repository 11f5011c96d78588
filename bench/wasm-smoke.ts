/**
 * Benchmark: a whole `smoke` process on a ~2 MiB module (the standard-Go fixture, 1.8 MiB) —
 * node start, the harness code bundled the way it ships, audit, worker, WASI, host module,
 * memory cap, `health()` — against a whole bare process: node start, `WebAssembly.compile`,
 * instantiate, `health()`. Then the same module through the `smoke` command (dist/, or --src,
 * SPR_BENCH_CLI: see bundle.ts) against the same bare process. Paired whole-process runs (bench/paired.ts): A B A B, the ratio pair
 * by pair, peak RSS from /usr/bin/time. A side whose verdict is not "ok" exits non-zero, which
 * fails the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliUnderTest } from './bundle.js';
import { paired, printPaired } from './paired.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function buildModule(dir: string): string {
  const out = join(dir, 'go-plugin.wasm');
  const r = spawnSync('go', ['build', '-buildmode=c-shared', '-o', out, '.'], {
    cwd: join(ROOT, 'test', 'fixtures', 'wasm', 'go', 'plugin'),
    env: { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', GOTOOLCHAIN: 'local' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`go build failed: ${r.stderr}`);
  return out;
}

const BARE = `
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1', returnOnExit: true });
const mod = await WebAssembly.compile(readFileSync(process.argv[2]));
const instance = await WebAssembly.instantiate(mod, {
  wasi_snapshot_preview1: wasi.wasiImport,
  samuel: { log: () => undefined },
});
wasi.initialize(instance);
const ok = instance.exports.health() === 0;
if (!ok) process.exit(1);
`;

const HARNESS_ENTRY = `
import { smokeWasm } from ${JSON.stringify(join(ROOT, 'src', 'wasm', 'smoke.ts'))};
import { wasmManifest } from ${JSON.stringify(join(ROOT, 'test', 'helpers', 'manifest.ts'))};
const manifest = wasmManifest({ name: 'bench' });
const loaded = { file: 'samuel-plugin.toml', dir: '.', source: '', manifest, positions: new Map() };
const report = await smokeWasm(loaded, process.argv[2], { initialize: true });
if (!report.ok) {
  console.error(JSON.stringify(report.failures));
  process.exit(1);
}
`;

function bundle(dir: string): string {
  const entry = join(dir, 'entry.ts');
  const out = join(dir, 'harness.mjs');
  writeFileSync(entry, HARNESS_ENTRY);
  const r = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'esbuild'),
    [entry, '--bundle', '--platform=node', '--format=esm', '--target=node20', `--outfile=${out}`],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
  return out;
}

/** Runs both sides as whole processes, A B A B … (one warm-up each), and prints each and the ratio. */
export async function run(): Promise<void> {
  const runs = process.argv.includes('--smoke') ? 1 : Number(process.env.BENCH_RUNS ?? 11);
  const dir = mkdtempSync(join(tmpdir(), 'spr-bench-wasm-'));
  try {
    const module = buildModule(dir);
    const harness = bundle(dir);
    const bare = join(dir, 'bare.mjs');
    writeFileSync(bare, BARE);
    const node = (script: string) => [process.execPath, '--no-warnings', script, module];
    printPaired(
      `wasm smoke of a ${(statSync(module).size / 1024 / 1024).toFixed(2)} MiB module (standard Go), whole processes (${runs} pairs; goal ≤ 1.5×)`,
      'harness (smokeWasm, bundled)',
      'bare compile + run health()',
      await paired({ a: node(harness), b: node(bare) }, runs),
    );
    // What a user runs: the smoke command (validate, then smoke) on a plugin folder holding the
    // same module — our CLI's start, the manifest and the report included.
    const plugin = join(dir, 'plugin');
    mkdirSync(plugin);
    copyFileSync(module, join(plugin, 'plugin.wasm'));
    writeFileSync(
      join(plugin, 'samuel-plugin.toml'),
      'name = "bench"\nversion = "1.0.0"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n',
    );
    const cli = cliUnderTest(join(dir, 'cli'));
    printPaired(
      `wasm smoke, the smoke command on a plugin folder with the same module (${runs} pairs)`,
      'samuel-plugin-release smoke',
      'bare compile + run health()',
      await paired(
        {
          a: [process.execPath, cli, 'smoke', plugin, '--initialize', '--json'],
          b: node(bare),
        },
        runs,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
