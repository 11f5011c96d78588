/**
 * Validating 1,000 manifest files in one CLI run (files on disk, read concurrently), paired with
 * the same 1,000 parsed by smol-toml alone in one process — the floor of reading and parsing.
 * `--src` measures src/ bundled now instead of dist/ (see bundle.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliUnderTest } from './bundle.js';
import { paired, printPaired } from './paired.js';

export async function run(): Promise<void> {
  const runs = process.argv.includes('--smoke') ? 2 : 7;
  const dir = mkdtempSync(join(tmpdir(), 'spr-bench-validate-'));
  const build = mkdtempSync(join(tmpdir(), 'spr-bench-cli-'));
  try {
    const cli = cliUnderTest(build);
    for (let i = 0; i < 1000; i++) {
      mkdirSync(join(dir, `p${i}`));
      writeFileSync(
        join(dir, `p${i}`, 'samuel-plugin.toml'),
        `name = "plugin-${i}"\nversion = "1.0.${i}"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["lint"]\n\n[runtime]\nmax_memory = 64\ntimeout = "5s"\n`,
      );
    }
    const peer = `const {readdirSync,readFileSync}=require('node:fs');const {parse}=require('smol-toml');for(const d of readdirSync(${JSON.stringify(dir)}))parse(readFileSync(${JSON.stringify(dir)}+'/'+d+'/samuel-plugin.toml','utf8'))`;
    printPaired(
      `validate 1,000 manifest files, one CLI run${process.argv.includes('--src') ? ' (src/ bundled now)' : ''}`,
      'samuel-plugin-release validate',
      'smol-toml parse only',
      await paired(
        {
          a: ['node', cli, 'validate', `${dir}/*/samuel-plugin.toml`],
          b: ['node', '-e', peer],
        },
        runs,
      ),
    );
  } finally {
    rmSync(build, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
