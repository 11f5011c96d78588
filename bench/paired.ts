/**
 * Whole-process paired runs: A B A B …, each a fresh process, so start-up, module loading and
 * the garbage collector count as users feel them. Reports the median and min–max wall time and
 * peak RSS (from /usr/bin/time), and the ratio of each pair.
 *
 *   const r = await paired({ a: ['node', 'bin/x.js', '--help'], b: ['node', '-e', '0'] }, 9);
 *   printPaired('cold start --help', 'ours', 'node -e 0', r);
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

const TIME = '/usr/bin/time';

function once(argv: string[], env?: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const useTime = existsSync(TIME);
    const [cmd, ...args] = useTime ? [TIME, '-f', '%M', ...argv] : argv;
    const started = process.hrtime.bigint();
    const child = spawn(cmd!, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: env ?? process.env,
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0)
        return reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(-400)}`));
      const rss = useTime ? Number(err.trim().split('\n').pop()) : 0;
      resolve({ ms, rssKiB: Number.isFinite(rss) ? rss : 0 });
    });
  });
}

export async function paired(
  cmds: { a: string[]; b: string[]; env?: NodeJS.ProcessEnv },
  runs = 9,
): Promise<PairedResult> {
  // One warm-up each: the page cache and Node's compile cache, as a user's second run has them.
  await once(cmds.a, cmds.env);
  await once(cmds.b, cmds.env);
  const result: PairedResult = { a: [], b: [], ratios: [] };
  for (let i = 0; i < runs; i++) {
    const a = await once(cmds.a, cmds.env);
    const b = await once(cmds.b, cmds.env);
    result.a.push(a);
    result.b.push(b);
    result.ratios.push(a.ms / b.ms);
  }
  return result;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

export function summarise(samples: Sample[]): string {
  const ms = samples.map((s) => s.ms);
  const rss = samples.map((s) => s.rssKiB / 1024);
  return `${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}), peak ${median(rss).toFixed(0)} MiB`;
}

export function printPaired(title: string, aName: string, bName: string, r: PairedResult): void {
  console.log(`${title}`);
  console.log(`  ${aName.padEnd(28)} ${summarise(r.a)}`);
  console.log(`  ${bName.padEnd(28)} ${summarise(r.b)}`);
  console.log(
    `  ratio (pair by pair)         ${median(r.ratios).toFixed(2)}× (${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)})`,
  );
}
