/**
 * Bundles a benchmark child with ncc, as dist/ is built, and writes an entry that turns on Node's
 * module compile cache first (where Node has it, 22.1+), as the CLI does: a sample then loads
 * what the measured command loads and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');

/** Bundles `bench/<source>` into `out`; returns the entry to run with node. */
export function bundleChild(source: string, out: string): string {
  const res = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(HERE, source),
      '-o',
      out,
      '--target',
      'es2022',
      '-q',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`bundling ${source} failed: ${res.stderr}`);
  writeFileSync(
    join(out, 'entry.mjs'),
    "import module from 'node:module';\nmodule.enableCompileCache?.();\nawait import('./index.js');\n",
  );
  return join(out, 'entry.mjs');
}

/**
 * The CLI a benchmark runs: bin/samuel-plugin-release.js (dist/, what ships) by default; with
 * `--src`, src/ bundled now by ncc into `out` as `npm run build` would (dist/ is rebuilt only
 * by the release process, so this measures the source as it is); SPR_BENCH_CLI names any other
 * build's entry script. Returns the entry script.
 */
export function cliUnderTest(out: string): string {
  // A build made elsewhere (another checkout's bin/samuel-plugin-release.js), to compare.
  if (process.env.SPR_BENCH_CLI) return process.env.SPR_BENCH_CLI;
  if (!process.argv.includes('--src')) return join(ROOT, 'bin', 'samuel-plugin-release.js');
  const res = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(ROOT, 'src', 'index.ts'),
      '-o',
      join(out, 'dist'),
      '--target',
      'es2022',
      '-q',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`bundling src/ failed: ${res.stderr}`);
  mkdirSync(join(out, 'bin'), { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const bin = join(out, 'bin', 'samuel-plugin-release.js');
  writeFileSync(bin, readFileSync(join(ROOT, 'bin', 'samuel-plugin-release.js')));
  return bin;
}
