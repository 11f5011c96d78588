/**
 * Benchmark: a whole `smoke` process on a ~2 MiB module (the standard-Go fixture, 1.8 MiB) —
 * node start, the harness code bundled the way it ships, audit, worker, WASI, host module,
 * memory cap, `health()` — against a whole bare process: node start, `WebAssembly.compile`,
 * instantiate, `health()`. Runs alternate, medians are compared; each process's peak RSS comes
 * from `process.resourceUsage()` inside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One benchmark result (medians). */
export interface WasmSmokeBench {
  moduleBytes: number;
  runs: number;
  harnessMs: number;
  bareMs: number;
  ratio: number;
  harnessRssMiB: number;
  bareRssMiB: number;
}

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

// Both sides print one JSON line: {"ok":…,"rss":<bytes>}.
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
console.log(JSON.stringify({ ok, rss: process.resourceUsage().maxRSS * 1024 }));
`;

const HARNESS_ENTRY = `
import { smokeWasm } from ${JSON.stringify(join(ROOT, 'src', 'wasm', 'smoke.ts'))};
import { wasmManifest } from ${JSON.stringify(join(ROOT, 'test', 'helpers', 'manifest.ts'))};
const manifest = wasmManifest({ name: 'bench' });
const loaded = { file: 'samuel-plugin.toml', dir: '.', source: '', manifest, positions: new Map() };
const report = await smokeWasm(loaded, process.argv[2], { initialize: true });
console.log(JSON.stringify({ ok: report.ok, rss: process.resourceUsage().maxRSS * 1024, failures: report.failures }));
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

function time(script: string, module: string): { ms: number; rss: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--no-warnings', script, module], { encoding: 'utf8' });
  const ms = performance.now() - started;
  const line = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as {
    ok?: boolean;
    rss?: number;
    failures?: unknown;
  };
  if (r.status !== 0 || !line.ok)
    throw new Error(`${script} failed: ${r.stderr} ${JSON.stringify(line.failures ?? '')}`);
  return { ms, rss: line.rss ?? 0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs both sides `runs` times, alternating, and returns the medians. */
export async function benchWasmSmoke(runs = 9): Promise<WasmSmokeBench> {
  const dir = mkdtempSync(join(tmpdir(), 'spr-bench-wasm-'));
  try {
    mkdirSync(dir, { recursive: true });
    const module = buildModule(dir);
    const harness = bundle(dir);
    const bare = join(dir, 'bare.mjs');
    writeFileSync(bare, BARE);
    time(harness, module); // warm the file cache once, on both sides
    time(bare, module);
    const h: { ms: number; rss: number }[] = [];
    const b: { ms: number; rss: number }[] = [];
    for (let i = 0; i < runs; i++) {
      h.push(time(harness, module));
      b.push(time(bare, module));
    }
    const harnessMs = median(h.map((x) => x.ms));
    const bareMs = median(b.map((x) => x.ms));
    return {
      moduleBytes: statSync(module).size,
      runs,
      harnessMs,
      bareMs,
      ratio: harnessMs / bareMs,
      harnessRssMiB: median(h.map((x) => x.rss)) / 1024 / 1024,
      bareRssMiB: median(b.map((x) => x.rss)) / 1024 / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the benchmark as a few lines of text. */
export function formatWasmSmokeBench(b: WasmSmokeBench): string {
  return [
    `wasm smoke of a ${(b.moduleBytes / 1024 / 1024).toFixed(2)} MiB module, whole processes (median of ${b.runs}):`,
    `  harness process (bundled harness, audit + worker + WASI + host module + cap): ${b.harnessMs.toFixed(1)} ms, ${b.harnessRssMiB.toFixed(0)} MiB peak RSS`,
    `  bare process (compile + instantiate + health()):                             ${b.bareMs.toFixed(1)} ms, ${b.bareRssMiB.toFixed(0)} MiB peak RSS`,
    `  ratio: ${b.ratio.toFixed(2)}x (target <= 1.5x)`,
  ].join('\n');
}

/** Entry for `npm run bench -- wasm-smoke [--smoke]` (BENCH_RUNS sets the rounds, default 9). */
export async function run(): Promise<void> {
  const runs = process.argv.includes('--smoke') ? 1 : Number(process.env.BENCH_RUNS ?? 9);
  console.log(formatWasmSmokeBench(await benchWasmSmoke(runs)));
}
