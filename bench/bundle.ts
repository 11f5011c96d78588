/**
 * Bundles a benchmark child with ncc, as dist/ is built, and writes an entry that turns on Node's
 * module compile cache first (where Node has it, 22.1+), as the CLI does: a sample then loads
 * what the measured command loads and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
