/**
 * Paths named in a manifest (the wasm module, skill folders) must stay inside the plugin
 * directory: no absolute paths, no `..` that climbs out, no symlink that leads out. The file
 * need not exist yet (validate runs before the build), so only the existing part is resolved.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Why `path` escapes `root`, or undefined when it stays inside. */
export async function pathEscape(root: string, path: string): Promise<string | undefined> {
  if (path.trim() === '') return 'the path is empty';
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) {
    return 'it is an absolute path';
  }
  const target = resolve(root, path);
  const rel = relative(root, target);
  if (rel === '') return 'it names the plugin directory itself';
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel))
    return 'it climbs out of the plugin directory with ".."';
  // Resolve symlinks along the part of the path that exists.
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return undefined;
  }
  let existing = target;
  let rest = '';
  for (;;) {
    try {
      const real = await realpath(existing);
      const full = rest ? join(real, rest) : real;
      const r = relative(realRoot, full);
      if (r === '..' || r.startsWith('..' + sep) || isAbsolute(r)) {
        return `a symlink leads out of the plugin directory (to ${full})`;
      }
      return undefined;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return undefined;
      rest = rest
        ? join(existing.slice(parent.length + 1), rest)
        : existing.slice(parent.length + 1);
      existing = parent;
    }
  }
}
