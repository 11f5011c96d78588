/**
 * Samuel's `samuel.lock` as data (contract §6): the file name, the schema version, the fields of
 * a `[[plugins]]` entry in the order Samuel's struct declares them, the capability kinds it
 * records, and the exact text pelletier/go-toml v2 writes for them with `SetIndentTables(true)`:
 * scalar keys before tables, literal `'…'` strings unless the value holds a `'`, a line break or
 * a control character, inline arrays joined by `, `, keys of an array table indented two spaces,
 * `omitempty` fields left out, one blank line between tables.
 */
import { grantsFromManifest, type LaunchManifest } from './launch.js';

/** The lock's file name, in the consuming project's root. */
export const LOCK_FILE = 'samuel.lock';

/** The project file whose `[[plugins]]` and `[[registries]]` the lock follows. */
export const PROJECT_FILE = 'samuel.toml';

/** `version` Samuel stamps into a new lock. */
export const LOCK_SCHEMA_VERSION = '1';

/** The top-level tables Samuel writes, in its struct's order (scalars come first regardless). */
/** Capability kinds Samuel records as granted, from the manifest's `[capabilities]`. */
export const CAPABILITY_KINDS = [
  'filesystem.read',
  'filesystem.write',
  'exec',
  'network.outbound',
  'samuel.api',
  'assistant.invoke',
] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

/** One `[[plugins]]` entry, as Samuel's `config.LockedPlugin` holds it. */
export interface LockedPlugin {
  name: string;
  version: string;
  kind: string;
  /** oci only: the image digest (omitted when empty). */
  digest?: string;
  /** The registry entry's `repo` (omitted when empty). */
  source?: string;
  /** Granted capability kinds, sorted (omitted when empty). */
  capabilities?: string[];
  /** Omitted when false. */
  signed?: boolean;
}

/** `LockedPlugin`'s TOML keys in declaration order, with go-toml's `omitempty` flag. */
export const LOCKED_PLUGIN_FIELDS: readonly { key: keyof LockedPlugin; omitEmpty: boolean }[] = [
  { key: 'name', omitEmpty: false },
  { key: 'version', omitEmpty: false },
  { key: 'kind', omitEmpty: false },
  { key: 'digest', omitEmpty: true },
  { key: 'source', omitEmpty: true },
  { key: 'capabilities', omitEmpty: true },
  { key: 'signed', omitEmpty: true },
];

/** The indentation go-toml writes inside `[[…]]` with `SetIndentTables(true)`. */
export const TABLE_INDENT = '  ';

// go-toml's `needsQuoting`: a `'`, CR, LF or an ASCII control character other than tab.
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTING = /['\r\n\u0000-\u0008\u000b-\u001f\u007f]/;

/** A string value exactly as go-toml v2 writes it. */
export function tomlString(value: string): string {
  if (!NEEDS_QUOTING.test(value)) return `'${value}'`;
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c <= 0x1f || c === 0x7f)
      out += `\\u00${c.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A bare key when go-toml writes it bare (`A-Za-z0-9_-`), else quoted the way it quotes. */
export function tomlKey(key: string): string {
  if (key === '') return "''";
  if (/^[A-Za-z0-9_-]+$/.test(key)) return key;
  return tomlString(key);
}

/** A TOML value as go-toml writes it inline: strings, booleans, integers, string arrays. */
export function tomlValue(value: string | boolean | number | readonly string[]): string {
  if (typeof value === 'string') return tomlString(value);
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return `[${value.map(tomlString).join(', ')}]`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === false || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

/**
 * One `[[plugins]]` entry, header included, each line ending in `\n`, exactly as Samuel writes
 * it. `extra` keys (this toolkit's additions, which Samuel's reader ignores) follow Samuel's.
 */
export function renderLockedPlugin(
  plugin: LockedPlugin,
  extra: readonly [string, string | boolean | readonly string[]][] = [],
): string {
  const lines = ['[[plugins]]'];
  for (const { key, omitEmpty } of LOCKED_PLUGIN_FIELDS) {
    const value = plugin[key];
    if (omitEmpty && isEmpty(value)) continue;
    lines.push(`${TABLE_INDENT}${key} = ${tomlValue(value ?? '')}`);
  }
  for (const [key, value] of extra) {
    if (isEmpty(value)) continue;
    lines.push(`${TABLE_INDENT}${tomlKey(key)} = ${tomlValue(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The scalar head of a new lock: `version`, then `generated_at` (RFC 3339, whole seconds, UTC). */
export function renderLockHead(generatedAt: Date): string {
  const stamp = generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `version = ${tomlString(LOCK_SCHEMA_VERSION)}\ngenerated_at = ${tomlString(stamp)}\n`;
}

/**
 * The capability kinds `samuel install --yes` records: the grants of `FromManifest`
 * (grantsFromManifest), sorted by kind as Go's sort.Slice orders strings (plain byte order).
 */
export function grantedCapabilities(m: Pick<LaunchManifest, 'capabilities'>): string[] {
  return grantsFromManifest(m)
    .map((g) => g.kind as string)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
