/**
 * What every rule area shares: the rule context, lookups into the positioned TOML tree, the one
 * way a finding is added, and the constants Samuel's code fixes (name pattern, reserved exports).
 */
import type { Finding, Severity } from '../../report/index.js';
import type { Position } from '../types.js';
import type { TomlNode } from '../toml.js';

export { NAME_RE } from '../../samuel/names.js';
export const RESERVED_EXPORTS = new Set([
  'init',
  'install',
  'uninstall',
  'update',
  'search',
  'info',
  'ls',
  'list',
  'run',
  'doctor',
  'sync',
  'version',
  'new',
]);
/** Samuel's check: trimmed and lowercased, so "Install" is as reserved as "install". */
export function isReservedExport(name: string): boolean {
  return RESERVED_EXPORTS.has(name.trim().toLowerCase());
}
/** wasm32 linear memory tops out at 65536 pages of 64 KiB = 4096 MiB. */
export const WASM32_MAX_MIB = 4096;

export interface RuleContext {
  root: TomlNode;
  file: string;
  findings: Finding[];
  badTypes: Set<string>;
  /** The release tag being built, when validating for a release. */
  tag?: string;
  /** The release step will rewrite [oci].image with the pushed digest. */
  willPin: boolean;
}

/** Looks up a dotted path; undefined when absent or when its type was already reported. */
export function node(ctx: RuleContext, path: string): TomlNode | undefined {
  if (ctx.badTypes.has(path)) return undefined;
  let cur: TomlNode | undefined = ctx.root;
  for (const seg of path.split('.')) {
    cur = cur?.entries?.get(seg);
    if (!cur) return undefined;
  }
  return cur;
}

export const str = (ctx: RuleContext, path: string): string | undefined => {
  const n = node(ctx, path);
  return n?.type === 'string' ? (n.value as string) : undefined;
};

export const strings = (ctx: RuleContext, path: string): { value: string; at: TomlNode }[] =>
  (node(ctx, path)?.items ?? [])
    .filter((i) => i.type === 'string')
    .map((i) => ({ value: i.value as string, at: i }));

export function add(
  ctx: RuleContext,
  severity: Severity,
  rule: string,
  field: string,
  at: Position,
  message: string,
  fix?: string,
): void {
  const f: Finding = { severity, rule, message, field, file: ctx.file, line: at.line, col: at.col };
  if (fix) f.fix = fix;
  ctx.findings.push(f);
}

/** Where a missing key should be added: its table's header, else the top of the file. */
export function missingAt(ctx: RuleContext, tablePath: string | undefined): Position {
  const table = tablePath ? node(ctx, tablePath) : undefined;
  return table ? table.keyPos : { line: 1, col: 1 };
}
