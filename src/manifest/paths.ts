/**
 * Paths named in a manifest (the wasm module, skill folders) must stay inside the plugin
 * directory: no absolute paths, no `..` that climbs out, no symlink that leads out. The file
 * need not exist yet (validate runs before the build), so only the existing part is resolved.
 */
import { lstatSync } from 'node:fs';
import { readlink, realpath } from 'node:fs/promises';
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
  // Only a symlink can lead out from here: walk the components that exist with lstat (cheap,
  // and blocking: microseconds in place against tens through the thread pool), and resolve for
  // real only when one of them is a link.
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    let info;
    try {
      // A missing component is the usual case (validate runs before the build): asked
      // without an exception, which would cost more than the call.
      info = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      info = undefined; // not a directory, no permission: looked at no further
    }
    if (!info) return undefined; // the rest does not exist yet: nothing can lead out
    if (info.isSymbolicLink()) return followLinks(root, target, current);
  }
  return undefined;
}

/** Resolves `target` through its links, including a dangling one, and checks it stays in `root`. */
async function followLinks(
  root: string,
  target: string,
  link: string,
): Promise<string | undefined> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return undefined;
  }
  const outside = (full: string) => {
    const r = relative(realRoot, full);
    return r === '..' || r.startsWith('..' + sep) || isAbsolute(r);
  };
  let existing = target;
  let rest = '';
  for (;;) {
    try {
      const real = await realpath(existing);
      const full = rest ? join(real, rest) : real;
      return outside(full) ? `a symlink leads out of the plugin directory (to ${full})` : undefined;
    } catch {
      // A dangling link still says where it points: that must stay inside too.
      const dangling = await readlink(existing).catch(() => undefined);
      if (dangling !== undefined) {
        const to = resolve(dirname(existing), dangling);
        const full = rest ? join(to, rest) : to;
        if (outside(full) && outside(resolve(realRoot, relative(root, full)))) {
          return `a symlink leads out of the plugin directory (to ${full}, which does not exist)`;
        }
      }
      const parent = dirname(existing);
      if (parent === existing || existing === link) return undefined;
      rest = rest
        ? join(existing.slice(parent.length + 1), rest)
        : existing.slice(parent.length + 1);
      existing = parent;
    }
  }
}
