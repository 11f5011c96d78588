/**
 * Whole-process paired runs: every sample is a fresh process, so start-up, module loading and
 * the garbage collector count as users feel them. Wall time is measured around the process;
 * peak RSS comes from `/usr/bin/time -f %M` (GNU time: the largest resident set of the process,
 * in KiB), or 0 where GNU time is missing.
 *
 * API (for every benchmark in bench/):
 *
 *   // Two sides, A B A B …, one warm-up each; ratios a/b pair by pair.
 *   const r = await paired({ a: ['node', 'bin/x.js', '--help'], b: ['node', '-e', '0'] }, 9);
 *   printPaired('cold start --help', 'ours', 'node -e 0', r);
 *
 *   // Any number of sides, round-robin A B C … A B C …; a side's argv may depend on the round
 *   // (a fresh repository per push, say), and `before` runs untimed ahead of each sample.
 *   const r = await interleaved({
 *     sides: { ours: (i) => ['node', 'push.js', `repo-${i}`], crane: (i) => ['crane', …] },
 *     runs: 5, warmup: false,
 *   });
 *   printInterleaved('push 200 MiB', r, 'ours');   // each peer's ratio ours/peer, round by round
 *
 * A side that exits non-zero fails the benchmark with its stderr: a broken peer is never
 * silently reported as fast.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Sample {
  ms: number;
  rssKiB: number;
}

export interface PairedResult {
  a: Sample[];
  b: Sample[];
  /** a/b wall time, pair by pair. */
  ratios: number[];
}

/** A command: fixed, or chosen per round (0-based). */
export type Argv = string[] | ((round: number) => string[]);

export interface InterleavedOptions {
  sides: Record<string, Argv>;
  runs: number;
  /** One untimed run of each side first (page cache, compile cache). Default true. */
  warmup?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Untimed work before each sample (e.g. reset state), given the side and the round. */
  before?: (side: string, round: number) => Promise<void> | void;
}

export interface InterleavedResult {
  samples: Record<string, Sample[]>;
}

const TIME = '/usr/bin/time';

/** Runs one command as its own process; wall time and peak RSS. */
export function once(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const useTime = existsSync(TIME);
    const [cmd, ...args] = useTime ? [TIME, '-f', '%M', ...argv] : argv;
    const started = process.hrtime.bigint();
    const child = spawn(cmd!, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: options.env ?? process.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0)
        return reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(-600)}`));
      const rss = useTime ? Number(err.trim().split('\n').pop()) : 0;
      resolve({ ms, rssKiB: Number.isFinite(rss) ? rss : 0 });
    });
  });
}

const argvOf = (a: Argv, round: number): string[] => (typeof a === 'function' ? a(round) : a);

/** Round-robin whole-process runs of every side. */
export async function interleaved(options: InterleavedOptions): Promise<InterleavedResult> {
  const names = Object.keys(options.sides);
  const run = { env: options.env, cwd: options.cwd };
  if (options.warmup ?? true) {
    for (const name of names) {
      await options.before?.(name, -1);
      await once(argvOf(options.sides[name]!, -1), run);
    }
  }
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.runs; round++) {
    for (const name of names) {
      await options.before?.(name, round);
      samples[name]!.push(await once(argvOf(options.sides[name]!, round), run));
    }
  }
  return { samples };
}

/** Two sides, A B A B …, with a warm-up each; ratios a/b pair by pair. */
export async function paired(
  cmds: { a: Argv; b: Argv; env?: NodeJS.ProcessEnv; cwd?: string },
  runs = 9,
): Promise<PairedResult> {
  const { samples } = await interleaved({
    sides: { a: cmds.a, b: cmds.b },
    runs,
    ...(cmds.env ? { env: cmds.env } : {}),
    ...(cmds.cwd ? { cwd: cmds.cwd } : {}),
  });
  const a = samples.a!;
  const b = samples.b!;
  return { a, b, ratios: a.map((s, i) => s.ms / b[i]!.ms) };
}

/** The median (upper median for an even count). */
export const median = (xs: number[]): number =>
  [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/** "123 ms (110–130), peak 45 MiB (44–46)" */
export function summarise(samples: Sample[]): string {
  const ms = samples.map((s) => s.ms);
  const rss = samples.map((s) => s.rssKiB / 1024);
  return `${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}), peak ${median(rss).toFixed(0)} MiB (${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)})`;
}

/** "1.05× (0.98–1.10)" for per-pair ratios. */
export function summariseRatios(ratios: number[]): string {
  return `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
}

export function printPaired(title: string, aName: string, bName: string, r: PairedResult): void {
  console.log(`${title}`);
  console.log(`  ${aName.padEnd(28)} ${summarise(r.a)}`);
  console.log(`  ${bName.padEnd(28)} ${summarise(r.b)}`);
  console.log(`  ratio (pair by pair)         ${summariseRatios(r.ratios)}`);
}

/** Every side's figures, then `reference`/peer wall-time ratios taken round by round. */
export function printInterleaved(title: string, r: InterleavedResult, reference: string): void {
  console.log(title);
  for (const [name, samples] of Object.entries(r.samples))
    console.log(`  ${name.padEnd(28)} ${summarise(samples)}`);
  const ours = r.samples[reference] ?? [];
  for (const [name, samples] of Object.entries(r.samples)) {
    if (name === reference) continue;
    const ratios = ours.map((s, i) => s.ms / samples[i]!.ms);
    console.log(`  ratio ${reference} / ${name}: ${summariseRatios(ratios)}`);
  }
}
