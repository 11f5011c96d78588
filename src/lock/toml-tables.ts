/**
 * The arrays of tables of a small TOML file (`samuel.toml`, a registry `index.toml`) with the
 * line of each table, for findings that point at the entry.
 */
import { getStaticTOMLValue, parseTOML, type AST } from 'toml-eslint-parser';
import { ConfigurationError } from '../errors.js';

export interface TomlTable {
  line: number;
  fields: Record<string, unknown>;
}

export interface TomlTables {
  /** Top-level scalar and inline values. */
  head: Record<string, unknown>;
  /** `[[name]]` entries and `[name.key]` tables, by first key: entries in file order. */
  arrays: Map<string, TomlTable[]>;
  /** `[name.key]` standard tables (Samuel's index accepts `[plugin.<name>]`), by `name.key`. */
  tables: Map<string, TomlTable>;
}

/** A dotted key as written (`a."b.c"` → `a.b.c`). */
export function keyName(key: AST.TOMLKey): string {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value)).join('.');
}

/** Parses `text` with positions; `file` and `fix` shape the error when it is not TOML. */
export function parseTomlFile(text: string, file: string, fix: string): AST.TOMLProgram {
  try {
    return parseTOML(text);
  } catch (e) {
    if (e instanceof RangeError) {
      // The positioned parser recurses per nesting level; go-toml reads any depth.
      throw new ConfigurationError(
        `${file} nests arrays or inline tables too deeply to be read here (thousands of levels)`,
        {
          cause: e,
          fix: 'write the nested values flat: samuel.toml, samuel.lock and index.toml need no nesting',
        },
      );
    }
    const err = e as { message: string; lineNumber?: number; column?: number };
    throw new ConfigurationError(`${file} is not valid TOML: ${err.message}`, {
      cause: e,
      fix,
      position: { file, line: err.lineNumber, col: err.column },
    });
  }
}

/** Parses `text`; `file` and `fix` shape the error when it is not TOML. */
export function readTomlTables(text: string, file: string, fix: string): TomlTables {
  const ast = parseTomlFile(text, file, fix);
  const out: TomlTables = { head: {}, arrays: new Map(), tables: new Map() };
  for (const node of ast.body[0].body) {
    if (node.type === 'TOMLKeyValue') {
      out.head[keyName(node.key)] = getStaticTOMLValue(node.value);
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const kv of node.body) fields[keyName(kv.key)] = getStaticTOMLValue(kv.value);
    const table = { line: node.loc.start.line, fields };
    const [first, second] = node.resolvedKey;
    if (node.kind === 'array' && node.resolvedKey.length === 2) {
      const list = out.arrays.get(String(first)) ?? [];
      list.push(table);
      out.arrays.set(String(first), list);
    } else if (node.kind === 'standard' && node.resolvedKey.length === 2) {
      out.tables.set(`${String(first)}.${String(second)}`, table);
    }
  }
  return out;
}

/** A string field, or undefined when absent or not a string. */
export function str(fields: Record<string, unknown>, key: string): string | undefined {
  const v = fields[key];
  return typeof v === 'string' ? v : undefined;
}

/** A string-array field ([] when absent). */
export function strings(fields: Record<string, unknown>, key: string): string[] {
  const v = fields[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
