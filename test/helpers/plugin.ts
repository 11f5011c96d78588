/** Throw-away plugin directories for tests. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** Creates a temp directory holding `files` (relative path → content); removed after the run. */
export function makePlugin(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spr-plugin-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Removes every directory `makePlugin` created (call from afterAll). */
export function cleanPlugins(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The shared reference data (Samuel's schema, fixture manifests and module). */
export const REFERENCE_DIR =
  process.env.SAMUEL_REFERENCE_DIR ?? join(process.cwd(), '..', 'shared', 'reference', 'samuel');
