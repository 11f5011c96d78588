/**
 * A project that consumes plugins: its `samuel.toml` (`[[plugins]]` it installed, the
 * `[[registries]]` it resolves through) and its `samuel.lock`.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError } from '../errors.js';
import { LOCK_FILE, PROJECT_FILE } from '../samuel/lock-format.js';
import { isMissingFile, READ_LIMITS, readRegularFile } from '../util/files.js';
import { parseLockDocument, type LockDocument } from './document.js';
import { OFFICIAL_REGISTRY, type RegistrySource } from './registry.js';
import { readTomlTables, str } from './toml-tables.js';

export interface ProjectPlugin {
  name: string;
  version?: string;
  kind?: string;
  /** Line of its `[[plugins]]` table in samuel.toml. */
  line: number;
}

export interface Project {
  dir: string;
  projectFile: string;
  lockFile: string;
  plugins: ProjectPlugin[];
  sources: RegistrySource[];
  lock: LockDocument;
}

/** Where `--registry-index` points: a path, or an http(s)/file URL. */
export function registryIndexSource(value: string, cwd: string): RegistrySource {
  const url = /^(https?|file):\/\//.test(value) ? value : pathToFileURL(resolve(cwd, value)).href;
  return { name: 'registry-index', url };
}

async function readOptional(path: string, what: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(path, { maxBytes: READ_LIMITS.json, what })).toString('utf8');
  } catch (e) {
    if (isMissingFile(e)) return undefined;
    throw e;
  }
}

/** Reads samuel.toml (required) and samuel.lock (empty when missing). */
export async function readProject(
  projectDir: string,
  options: { registryIndex?: string; cwd?: string } = {},
): Promise<Project> {
  const dir = resolve(options.cwd ?? process.cwd(), projectDir);
  const projectFile = join(dir, PROJECT_FILE);
  const lockFile = join(dir, LOCK_FILE);
  const text = await readOptional(projectFile, 'project file');
  if (text === undefined) {
    throw new ConfigurationError(
      `${projectFile}: no samuel.toml here, so this is not a Samuel project`,
      {
        fix: 'run the lock commands in the root of a project that consumes plugins (where `samuel init` wrote samuel.toml)',
        position: { file: projectFile },
      },
    );
  }
  const tables = readTomlTables(text, projectFile, 'fix the TOML syntax of samuel.toml');
  const plugins: ProjectPlugin[] = [];
  for (const t of tables.arrays.get('plugins') ?? []) {
    const name = str(t.fields, 'name');
    if (!name) continue;
    const version = str(t.fields, 'version');
    const kind = str(t.fields, 'kind');
    plugins.push({
      name,
      line: t.line,
      ...(version ? { version } : {}),
      ...(kind ? { kind } : {}),
    });
  }
  let sources: RegistrySource[] = [];
  if (options.registryIndex) {
    sources = [registryIndexSource(options.registryIndex, options.cwd ?? process.cwd())];
  } else {
    for (const t of tables.arrays.get('registries') ?? []) {
      const url = str(t.fields, 'url');
      if (url) sources.push({ name: str(t.fields, 'name') ?? '', url });
    }
    if (sources.length === 0) sources = [OFFICIAL_REGISTRY];
  }
  const lockText = (await readOptional(lockFile, 'lock file')) ?? '';
  return {
    dir,
    projectFile,
    lockFile,
    plugins,
    sources,
    lock: parseLockDocument(lockText, lockFile),
  };
}
