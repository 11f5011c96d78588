/**
 * Samuel's parser (go-toml v2) matches keys to struct fields case-insensitively: `Name`,
 * `[WASM]` and `Module` are the real `name`, `[wasm]` and `module`. This folds every key of a
 * known table to the field Samuel reads, so every later rule (paths, images, the name itself)
 * checks what Samuel will use — and flags a key spelled twice, since Samuel would read both.
 */
import type { Finding } from '../report/index.js';
import { MANIFEST_FIELDS, type FieldSpec } from './fields.js';
import type { TomlNode } from './toml.js';

export function foldKeyCase(root: TomlNode, file: string, findings: Finding[]): void {
  fold(root, MANIFEST_FIELDS, '', file, findings);
}

/** Each known table's keys by their lower case, made once per table spec (not per manifest). */
const lowered = new WeakMap<Record<string, FieldSpec>, Map<string, string>>();
function lowerKeys(fields: Record<string, FieldSpec>): Map<string, string> {
  let byLower = lowered.get(fields);
  if (!byLower) {
    byLower = new Map(Object.keys(fields).map((k) => [k.toLowerCase(), k]));
    lowered.set(fields, byLower);
  }
  return byLower;
}

function fold(
  table: TomlNode,
  fields: Record<string, FieldSpec>,
  prefix: string,
  file: string,
  findings: Finding[],
): void {
  if (!table.entries) return;
  const byLower = lowerKeys(fields);
  const folded = new Map<string, TomlNode>();
  const spelled = new Map<string, string>();
  for (const [key, child] of table.entries) {
    const canonical = fields[key] ? key : byLower.get(key.toLowerCase());
    if (!canonical) {
      folded.set(key, child);
      continue;
    }
    const where = prefix ? `[${prefix}]` : 'the top level';
    const path = prefix ? `${prefix}.${canonical}` : canonical;
    const earlier = spelled.get(canonical);
    if (earlier !== undefined) {
      findings.push({
        severity: 'error',
        rule: 'key-case-duplicate',
        message: `"${earlier}" and "${key}" in ${where} are the same key to Samuel's parser, which matches keys without regard to case`,
        fix: `keep one "${canonical}" and remove the other`,
        field: path,
        file,
        line: child.keyPos.line,
        col: child.keyPos.col,
      });
      continue;
    }
    spelled.set(canonical, key);
    if (key !== canonical) {
      findings.push({
        severity: 'warning',
        rule: 'key-case',
        message: `Samuel reads "${key}" in ${where} as "${canonical}" (its parser ignores the case of keys)`,
        fix: `write "${canonical}"`,
        field: path,
        file,
        line: child.keyPos.line,
        col: child.keyPos.col,
      });
    }
    folded.set(canonical, child);
    const spec = fields[canonical]!;
    if (spec.type === 'table') fold(child, spec.fields, path, file, findings);
  }
  table.entries = folded;
}
