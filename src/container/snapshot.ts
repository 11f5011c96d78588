/**
 * What a container changed on the host: every file under a folder before and after a run, by
 * type, size and content hash, so a write outside the declared mounts is caught even when it
 * keeps the size and the time.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** path → `file:<sha256>`, `link:<target-less marker>`, `dir`, or `other`. */
export type Snapshot = Map<string, string>;

/** Files larger than this are compared by size and modification time only. */
const HASH_LIMIT = 4 * 1024 * 1024;

/** Walks `root` (never following symlinks), skipping the paths in `ignore`. */
export async function snapshot(root: string, ignore: Set<string> = new Set()): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      if (ignore.has(path)) continue;
      const st = await lstat(path).catch(() => undefined);
      if (!st) continue;
      if (st.isDirectory()) {
        out.set(path, 'dir');
        await walk(path);
      } else if (st.isFile()) {
        const tag =
          st.size <= HASH_LIMIT
            ? createHash('sha256')
                .update(await readFile(path))
                .digest('hex')
            : `${st.size}:${st.mtimeMs}`;
        out.set(path, `file:${tag}`);
      } else if (st.isSymbolicLink()) out.set(path, `link:${st.mtimeMs}`);
      else out.set(path, 'other');
    }
  };
  await walk(root);
  return out;
}

/** Paths created, changed or removed between two snapshots, sorted. */
export function changedPaths(before: Snapshot, after: Snapshot): string[] {
  const changed = new Set<string>();
  for (const [p, v] of after) if (before.get(p) !== v) changed.add(p);
  for (const p of before.keys()) if (!after.has(p)) changed.add(p);
  return [...changed].sort();
}
