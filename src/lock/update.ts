/**
 * `lock update [NAME[@VERSION]…]`: resolve each named plugin (default: every plugin of
 * samuel.toml and samuel.lock) to a published, verified release and write its entry the way
 * `samuel install` would, touching nothing else in the file. All plugins resolve before anything
 * is written, and the write is atomic; an unchanged lock is not rewritten.
 */
import { writeFileAtomic } from '../util/files.js';
import { renderLockHead } from '../samuel/lock-format.js';
import { findEntry, parseLockDocument, spliceEntry } from './document.js';
import { createDownloader } from './download.js';
import { renderEntry } from './entry.js';
import { readProject } from './project.js';
import { RegistryResolver } from './registry.js';
import { resolveForUpdate, splitNameVersion, type ResolvedPlugin } from './resolve.js';
import { ReleaseVerifier, type LockRunOptions } from './verify.js';
import { mapLimit } from './pool.js';

export interface LockUpdateOptions extends LockRunOptions {
  /** `NAME` or `NAME@RANGE` (Samuel's Cargo-style ranges); empty: every plugin of the project. */
  names?: string[];
  allowPrerelease?: boolean;
  /** Clock for `generated_at` of a new lock. */
  now?: () => Date;
}

export interface LockUpdateEntry {
  name: string;
  version: string;
  kind: string;
  source: string;
  digest?: string;
  capabilities: string[];
  signed: boolean;
  /** Who signed it, when signed. */
  identity?: string;
  /** oci: `platform manifest-digest config-digest` lines. */
  platformDigests: string[];
  /** The entry's text as written. */
  toml: string;
  /** True when this entry's text changed (or was added). */
  changed: boolean;
}

export interface LockUpdateResult {
  changed: boolean;
  entries: LockUpdateEntry[];
  /** Absolute path of samuel.lock. */
  file: string;
}

/** Updates samuel.lock in `projectDir`; see the module comment. */
export async function lockUpdate(
  projectDir: string,
  options: LockUpdateOptions,
): Promise<LockUpdateResult> {
  const env = options.env ?? process.env;
  const verifier = new ReleaseVerifier(options.policy);
  const project = await readProject(projectDir, {
    ...(options.registryIndex ? { registryIndex: options.registryIndex } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let targets = (options.names ?? []).map(splitNameVersion);
  if (targets.length === 0) {
    const names = new Set<string>();
    for (const e of project.lock.entries) {
      if (e && typeof e.fields.name === 'string') names.add(e.fields.name);
    }
    for (const p of project.plugins) names.add(p.name);
    targets = [...names].map((name) => ({ name, constraint: '' }));
  }
  const downloader = createDownloader({ env });
  let resolved: ResolvedPlugin[];
  try {
    const resolver = new RegistryResolver(project.sources, downloader);
    const ctx = {
      resolver,
      downloader,
      verifier,
      env,
      insecureRegistry: options.insecureRegistry ?? false,
      allowPrerelease: options.allowPrerelease ?? false,
      ...(options.reporter ? { reporter: options.reporter } : {}),
    };
    resolved = await mapLimit(targets, options.concurrency ?? 4, (t) =>
      resolveForUpdate(t.name, t.constraint, ctx),
    );
  } finally {
    await downloader.close();
  }

  const original = project.lock.text;
  let text = original;
  const entries: LockUpdateEntry[] = [];
  const head = renderLockHead((options.now ?? (() => new Date()))());
  for (const r of resolved) {
    const doc = parseLockDocument(text, project.lockFile);
    const existing = findEntry(doc, r.plugin.name);
    const block = renderEntry(r.plugin, r.platformDigests);
    const before = existing ? text.slice(existing.start, existing.end) : undefined;
    text = spliceEntry(doc, existing, block, head);
    const v = r.verdict;
    entries.push({
      name: r.plugin.name,
      version: r.plugin.version,
      kind: r.plugin.kind,
      source: r.plugin.source ?? '',
      ...(r.plugin.digest ? { digest: r.plugin.digest } : {}),
      capabilities: r.plugin.capabilities ?? [],
      signed: v.signed,
      ...(v.signed ? { identity: v.identity } : {}),
      platformDigests: r.platformDigests,
      toml: block,
      changed: before !== block,
    });
  }
  const changed = text !== original;
  if (changed) {
    await writeFileAtomic(project.lockFile, text, { display: project.lockFile });
    options.reporter?.info(`wrote ${project.lockFile}`);
  } else {
    options.reporter?.info(`${project.lockFile} is up to date`);
  }
  return { changed, entries, file: project.lockFile };
}
