/**
 * The shape of a v2.3 manifest: every key Samuel's parser reads and the TOML type it decodes
 * into. It mirrors Samuel's Go structs (the code is the judge), which in turn match the JSON
 * schema's properties. Unknown keys are what Samuel silently ignores.
 */
import { closest, distance } from 'fastest-levenshtein';

export type FieldSpec =
  | { type: 'string' | 'boolean' | 'integer' | 'string[]' }
  | { type: 'table'; fields: Record<string, FieldSpec> }
  /** A table whose values are all strings (`[requires]`). */
  | { type: 'string-map' }
  /** A free-form table (`[metadata]`). */
  | { type: 'any-table' };

const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;
const list = { type: 'string[]' } as const;

export const MANIFEST_FIELDS: Record<string, FieldSpec> = {
  name: str,
  version: str,
  kind: str,
  summary: str,
  homepage: str,
  license: str,
  authors: list,
  samuel: { type: 'table', fields: { framework: str, protocol: str } },
  provides: {
    type: 'table',
    fields: { skills: list, commands: list, methodology: list, hooks: list },
  },
  requires: { type: 'string-map' },
  capabilities: {
    type: 'table',
    fields: {
      filesystem: { type: 'table', fields: { read: list, write: list } },
      exec: bool,
      network: { type: 'table', fields: { outbound: list, hosts: list, allowed_hosts: list } },
      env: list,
      samuel: { type: 'table', fields: { api: bool } },
      assistant: { type: 'table', fields: { invoke: bool } },
    },
  },
  metadata: { type: 'any-table' },
  wasm: { type: 'table', fields: { module: str, exports: list } },
  oci: {
    type: 'table',
    fields: {
      image: str,
      digest: str,
      entrypoint: list,
      workdir: str,
      cpu_quota: str,
      memory_limit: str,
    },
  },
  runtime: {
    type: 'table',
    fields: { max_memory: { type: 'integer' }, timeout: str, hard_timeout: str, exports: list },
  },
};

/**
 * The known key most like `key`, if it is close enough to be a plausible typo: at most a third
 * of the letters differ, or one name contains the other (`export` → `exports`).
 */
export function suggestKey(key: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = key.toLowerCase().replace(/-/g, '_');
  const exact = known.find((k) => k === lower);
  if (exact) return exact;
  const best = closest(lower, known);
  const d = distance(lower, best);
  if (d <= Math.max(1, Math.floor(best.length / 3))) return best;
  if (lower.length >= 3 && (best.startsWith(lower) || lower.startsWith(best))) return best;
  return undefined;
}
