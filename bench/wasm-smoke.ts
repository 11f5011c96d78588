/**
 * Benchmark: `smoke` of a ~2 MiB module (the standard-Go fixture, 1.8 MiB) through the full
 * harness — audit, worker thread, WASI, host module, memory cap — against a bare
 * `WebAssembly.instantiate` + `health()` in the same process, and prints the ratio.
 */
import { wasmManifest } from '../test/helpers/manifest.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import { smokeWasm } from '../src/wasm/smoke.js';
import type { LoadedManifest, PluginManifest } from '../src/manifest/types.js';
import type { WasmEngine } from '../src/wasm/harness/engine.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One benchmark result, in milliseconds (medians). */
export interface WasmSmokeBench {
  moduleBytes: number;
  runs: number;
  harnessMs: number;
  bareMs: number;
  ratio: number;
}

function buildModule(): string {
  const out = join(tmpdir(), 'spr-bench', 'go-plugin.wasm');
  mkdirSync(dirname(out), { recursive: true });
  const r = spawnSync('go', ['build', '-buildmode=c-shared', '-o', out, '.'], {
    cwd: join(ROOT, 'test', 'fixtures', 'wasm', 'go', 'plugin'),
    env: { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', GOTOOLCHAIN: 'local' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`go build failed: ${r.stderr}`);
  return out;
}

function manifest(): LoadedManifest {
  const m: PluginManifest = wasmManifest({ name: 'bench' });
  return {
    file: join(ROOT, 'samuel-plugin.toml'),
    dir: ROOT,
    source: '',
    manifest: m,
    positions: new Map(),
  };
}

async function bare(bytes: Uint8Array): Promise<number> {
  const WA = (globalThis as unknown as { WebAssembly: WasmEngine }).WebAssembly;
  const started = performance.now();
  const wasi = new WASI({ version: 'preview1', returnOnExit: true });
  const mod = await WA.compile(bytes);
  const instance = await WA.instantiate(mod, {
    wasi_snapshot_preview1: wasi.wasiImport as Record<string, unknown>,
    samuel: { log: () => undefined },
  });
  wasi.initialize(instance as never);
  const health = (instance.exports.health as () => number)();
  if (health !== 0) throw new Error(`bare health() returned ${health}`);
  return performance.now() - started;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs both sides `runs` times, alternating, and returns the medians. */
export async function benchWasmSmoke(runs = 7): Promise<WasmSmokeBench> {
  const modulePath = buildModule();
  const bytes = readFileSync(modulePath);
  const loaded = manifest();
  const harness: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const report = await smokeWasm(loaded, modulePath, { initialize: true });
    harness.push(performance.now() - started);
    if (!report.ok)
      throw new Error(`harness verdict: ${report.failures.map((f) => f.message).join('; ')}`);
    plain.push(await bare(bytes));
  }
  const harnessMs = median(harness);
  const bareMs = median(plain);
  return {
    moduleBytes: statSync(modulePath).size,
    runs,
    harnessMs,
    bareMs,
    ratio: harnessMs / bareMs,
  };
}

/** Prints the benchmark as a few lines of text. */
export function formatWasmSmokeBench(b: WasmSmokeBench): string {
  return [
    `wasm smoke of a ${(b.moduleBytes / 1024 / 1024).toFixed(2)} MiB module (median of ${b.runs}):`,
    `  harness (audit + worker + WASI + host module + memory cap): ${b.harnessMs.toFixed(1)} ms`,
    `  bare WebAssembly.instantiate + health():                    ${b.bareMs.toFixed(1)} ms`,
    `  ratio: ${b.ratio.toFixed(2)}x`,
    '  samuel doctor: not compared — the samuel CLI is not installable from the module proxy here, and',
    '  doctor v2.3 does not instantiate wasm modules (it checks that the file exists).',
  ].join('\n');
}

/** Entry for `npm run bench -- wasm-smoke`. */
export async function run(): Promise<void> {
  console.log(formatWasmSmokeBench(await benchWasmSmoke(Number(process.env.BENCH_RUNS ?? 7))));
}
