/**
 * A consuming project's registries and how Samuel resolves a plugin through them (contract §7,
 * registry.go): `[[registries]]` of `samuel.toml` in order (or the official registry when there
 * are none), the first index that names the plugin wins, `[plugin.<name>]` tables and
 * `[[plugins]]` entries both count, and a version is `latest` unless a Cargo-style range picks
 * the highest match among `versions`.
 */
import semver from 'semver';
import { ConfigurationError } from '../errors.js';
import { READ_LIMITS } from '../util/files.js';
import { displayUrl, type Downloader } from './download.js';
import { readTomlTables, str, strings } from './toml-tables.js';

/** Samuel's default registry when samuel.toml names none. */
export const OFFICIAL_REGISTRY = {
  name: 'official',
  url: 'github.com/samuelpkg/samuel-registry',
};

export interface RegistrySource {
  name: string;
  url: string;
}

/** One plugin as a registry index describes it. */
export interface IndexEntry {
  name: string;
  repo: string;
  latest: string;
  versions: string[];
  subpath?: string;
  kind?: string;
  upstream: boolean;
  /** The registry it came from, and where in its index the entry sits. */
  registry: RegistrySource;
  indexUrl: string;
  line: number;
}

/** Where Samuel fetches an index URL from (`github.com/o/r` → the raw `index.toml` on main). */
export function indexUrl(source: string): string {
  const s = source.trim();
  if (/^(https?|file):\/\//.test(s)) return s;
  const gh = /^github\.com\/([^/]+)\/([^/]+)/.exec(s);
  if (gh) return `https://raw.githubusercontent.com/${gh[1]}/${gh[2]}/main/index.toml`;
  return s;
}

/** Parses an index's text into its entries. */
export function parseIndex(text: string, source: RegistrySource, url: string): IndexEntry[] {
  const where = displayUrl(url);
  const tables = readTomlTables(
    text,
    where,
    "fix the registry's index.toml (see Samuel's registry format)",
  );
  const byName = new Map<string, IndexEntry>();
  const add = (name: string, line: number, f: Record<string, unknown>) => {
    const subpath = str(f, 'subpath');
    const kind = str(f, 'kind');
    byName.set(name, {
      name,
      repo: str(f, 'repo') ?? '',
      latest: str(f, 'latest') ?? '',
      versions: strings(f, 'versions'),
      ...(subpath ? { subpath } : {}),
      ...(kind ? { kind } : {}),
      upstream: f.upstream === true,
      registry: source,
      indexUrl: url,
      line,
    });
  };
  for (const [key, table] of tables.tables) {
    if (key.startsWith('plugin.')) add(key.slice('plugin.'.length), table.line, table.fields);
  }
  for (const table of tables.arrays.get('plugins') ?? []) {
    const name = str(table.fields, 'name');
    if (name) add(name, table.line, table.fields);
  }
  return [...byName.values()];
}

/** Loads indexes lazily, once each. */
export class RegistryResolver {
  private readonly loaded = new Map<string, Promise<IndexEntry[]>>();
  private readonly failures: string[] = [];

  constructor(
    readonly sources: RegistrySource[],
    private readonly downloader: Downloader,
  ) {}

  private load(source: RegistrySource): Promise<IndexEntry[]> {
    let found = this.loaded.get(source.url);
    if (!found) {
      const url = indexUrl(source.url);
      found = this.downloader
        .get(url, { maxBytes: READ_LIMITS.json, what: 'registry index' })
        .then((body) => {
          if (body === undefined) {
            throw new ConfigurationError(
              `registry "${source.name}": ${displayUrl(url)} does not exist`,
              {
                fix: 'check the url of this [[registries]] entry in samuel.toml (or --registry-index)',
              },
            );
          }
          return parseIndex(body.toString('utf8'), source, url);
        });
      this.loaded.set(source.url, found);
    }
    return found;
  }

  /** The first registry entry for `name`, like Samuel's FindFirst; undefined when none has it. */
  async find(name: string): Promise<IndexEntry | undefined> {
    for (const source of this.sources) {
      let entries: IndexEntry[];
      try {
        entries = await this.load(source);
      } catch (e) {
        const message = (e as Error).message;
        const text = message.startsWith('registry "')
          ? message
          : `registry "${source.name}": ${message}`;
        if (!this.failures.includes(text)) this.failures.push(text);
        continue;
      }
      const hit = entries.find((e) => e.name === name);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Registries that could not be read, as messages (Samuel skips them silently; we say so). */
  get unreadable(): readonly string[] {
    return this.failures;
  }
}

interface Bound {
  op: '>=' | '>' | '<=' | '<' | '=';
  v: string;
}

function parseVersion(text: string, range: string): string {
  const v = semver.valid(text.trim().replace(/^v/, ''));
  if (!v) {
    throw new ConfigurationError(`"${range}" is not a version range: "${text}" is not a version`, {
      fix: 'write NAME@1.2.3 (exact), NAME@^1.2 or NAME@>=1.0, <2.0',
    });
  }
  return v;
}

function complete(text: string): string {
  const core = text.trim().replace(/^v/, '');
  const parts = core.split(/[-+]/)[0]!.split('.');
  while (parts.length < 3) parts.push('0');
  return [parts.join('.'), core.slice(core.split(/[-+]/)[0]!.length)].join('');
}

/** Samuel's Cargo-style range (semver/range.go): comma-joined bounds, all must hold. */
export function parseRange(range: string): Bound[] | 'any' {
  const s = range.trim();
  if (s === '*') return 'any';
  const bounds: Bound[] = [];
  for (const raw of s.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const op = /^(\^|~|>=|<=|>|<|=)?\s*(.*)$/.exec(part)!;
    const v = parseVersion(complete(op[2]!), range);
    const [major, minor, patch] = [semver.major(v), semver.minor(v), semver.patch(v)];
    switch (op[1]) {
      case '^': {
        const hi =
          major > 0 ? `${major + 1}.0.0` : minor > 0 ? `0.${minor + 1}.0` : `0.0.${patch + 1}`;
        bounds.push({ op: '>=', v }, { op: '<', v: hi });
        break;
      }
      case '~':
        bounds.push({ op: '>=', v }, { op: '<', v: `${major}.${minor + 1}.0` });
        break;
      case undefined:
        bounds.push({ op: '=', v });
        break;
      default:
        bounds.push({ op: op[1] as Bound['op'], v });
    }
  }
  if (bounds.length === 0) {
    throw new ConfigurationError(`"${range}" is not a version range`, {
      fix: 'write NAME@1.2.3 (exact), NAME@^1.2 or NAME@>=1.0, <2.0',
    });
  }
  return bounds;
}

function matches(v: string, bounds: Bound[]): boolean {
  return bounds.every(({ op, v: b }) => {
    const c = semver.compare(v, b);
    return op === '>='
      ? c >= 0
      : op === '>'
        ? c > 0
        : op === '<='
          ? c <= 0
          : op === '<'
            ? c < 0
            : c === 0;
  });
}

/**
 * The version Samuel installs for `entry` under `constraint` (registry.ResolveVersion): `latest`
 * without one, else the highest of `versions` (or `[latest]`) in the range, prereleases only
 * when allowed. Undefined when nothing matches.
 */
export function resolveVersion(
  entry: Pick<IndexEntry, 'latest' | 'versions'>,
  constraint = '',
  allowPrerelease = false,
): string | undefined {
  const candidates =
    entry.versions.length > 0 ? entry.versions : entry.latest ? [entry.latest] : [];
  if (constraint === '' || constraint === '*') {
    return entry.latest || candidates.at(-1);
  }
  const bounds = parseRange(constraint);
  let best: string | undefined;
  for (const c of candidates) {
    const v = semver.valid(c.replace(/^v/, ''));
    if (!v) continue;
    if (semver.prerelease(v) && !allowPrerelease) continue;
    if (bounds !== 'any' && !matches(v, bounds)) continue;
    if (!best || semver.gt(v, best)) best = v;
  }
  return best;
}

/** Whether `version` is one the entry publishes (`versions`, or `latest`). */
export function isPublished(
  entry: Pick<IndexEntry, 'latest' | 'versions'>,
  version: string,
): boolean {
  const norm = (s: string) => semver.valid(s.replace(/^v/, '')) ?? s;
  return [...entry.versions, entry.latest].some((v) => v !== '' && norm(v) === norm(version));
}
