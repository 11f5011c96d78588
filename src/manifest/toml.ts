/**
 * TOML with positions. toml-eslint-parser gives an AST with the line and column of every key and
 * value; this turns it into a small tree of `TomlNode`s that keeps, for each value, its TOML type
 * (integer vs float survives, unlike a plain JS object) and where its key and value sit.
 */
import { parseTOML, ParseError } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import type { Position } from './types.js';

export type TomlType =
  'string' | 'integer' | 'float' | 'boolean' | 'datetime' | 'array' | 'table' | 'array-of-tables';

export interface TomlNode {
  type: TomlType;
  /** Position of the key (or table header) that introduced the value. */
  keyPos: Position;
  /** Position of the value itself (the table header for tables). */
  valuePos: Position;
  /** Scalars: the JS value. */
  value?: string | number | boolean | Date;
  /** Tables: children by key, in source order. */
  entries?: Map<string, TomlNode>;
  /** Arrays and arrays of tables: elements in order. */
  items?: TomlNode[];
}

/** A TOML syntax error with the position the parser stopped at. */
export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

const pos = (p: AST.Position): Position => ({ line: p.line, col: p.column + 1 });

function emptyTable(at: Position): TomlNode {
  return { type: 'table', keyPos: at, valuePos: at, entries: new Map() };
}

/**
 * TOML 1.0 as Samuel's go-toml v2.3 reads it, which also accepts the `\e` escape (ESC) of TOML 1.1
 * and nothing else from 1.1. Each `\e` the parser stops at becomes `\u001b` and parsing resumes;
 * columns after it on that line move by four, which no later check depends on.
 */
function parseGoToml(text: string): AST.TOMLProgram {
  let source = text;
  for (let attempt = 0; ; attempt++) {
    try {
      return parseTOML(source, { tomlVersion: '1.0' });
    } catch (e) {
      const at = e instanceof ParseError ? e.index : -1;
      if (attempt < 10_000 && at > 0 && source[at] === 'e' && source[at - 1] === '\\') {
        source = `${source.slice(0, at)}u001b${source.slice(at + 1)}`;
        continue;
      }
      throw e;
    }
  }
}

/** Parses TOML text into a positioned tree; throws `TomlSyntaxError` on invalid TOML. */
export function parseTomlTree(text: string): TomlNode {
  let program: AST.TOMLProgram;
  try {
    program = parseGoToml(text);
  } catch (e) {
    if (e instanceof ParseError) {
      // "key =" at the end of a line: the parser stops on the next line; point at the "=".
      const before = text.slice(0, e.index).replace(/[ \t]*(#[^\n]*)?\r?\n\s*$/, '');
      if (before.endsWith('=') && before.length < e.index) {
        const lines = before.split('\n');
        throw new TomlSyntaxError(
          'a key has no value after "="',
          lines.length,
          lines[lines.length - 1]!.length,
        );
      }
      throw new TomlSyntaxError(describeParseError(e.message), e.lineNumber, e.column + 1);
    }
    throw e;
  }
  const root = emptyTable({ line: 1, col: 1 });
  const top = program.body[0];
  if (!top) return root;
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') {
      addKeyValue(root, item);
      continue;
    }
    const keys = item.resolvedKey;
    const headerPos = pos(item.loc.start);
    let table = root;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string | number;
      if (typeof k === 'number') {
        // `[[a]]` resolves to ['a', n]: element n of the array of tables, created on first sight.
        let element = table.items![k];
        if (!element) {
          element = emptyTable(headerPos);
          table.items!.push(element);
        }
        table = element;
        continue;
      }
      let child = table.entries!.get(k);
      if (!child) {
        child =
          typeof keys[i + 1] === 'number'
            ? { type: 'array-of-tables', keyPos: headerPos, valuePos: headerPos, items: [] }
            : emptyTable(headerPos);
        table.entries!.set(k, child);
      } else if (i === keys.length - 1 && item.kind === 'standard') {
        // A table first created implicitly (by `[a.b]`) gets its own header position now.
        child.keyPos = headerPos;
        child.valuePos = headerPos;
      }
      table = child;
    }
    for (const kv of item.body) addKeyValue(table, kv);
  }
  return root;
}

function keyName(k: AST.TOMLBare | AST.TOMLQuoted): string {
  return k.type === 'TOMLBare' ? k.name : k.value;
}

function addKeyValue(table: TomlNode, kv: AST.TOMLKeyValue): void {
  const names = kv.key.keys;
  let target = table;
  for (let i = 0; i < names.length - 1; i++) {
    const seg = names[i]!;
    const name = keyName(seg);
    let child = target.entries!.get(name);
    if (!child) {
      child = emptyTable(pos(seg.loc.start));
      target.entries!.set(name, child);
    }
    target = child;
  }
  const lastKey = names[names.length - 1]!;
  target.entries!.set(keyName(lastKey), convert(kv.value, pos(lastKey.loc.start)));
}

function convert(node: AST.TOMLContentNode, keyPos: Position): TomlNode {
  const valuePos = pos(node.loc.start);
  switch (node.type) {
    case 'TOMLArray':
      return {
        type: 'array',
        keyPos,
        valuePos,
        items: node.elements.map((el) => convert(el, pos(el.loc.start))),
      };
    case 'TOMLInlineTable': {
      const t: TomlNode = { type: 'table', keyPos, valuePos, entries: new Map() };
      for (const kv of node.body) addKeyValue(t, kv);
      return t;
    }
    default:
      switch (node.kind) {
        case 'string':
          return { type: 'string', keyPos, valuePos, value: node.value };
        case 'integer':
          return { type: 'integer', keyPos, valuePos, value: node.value };
        case 'float':
          return { type: 'float', keyPos, valuePos, value: node.value };
        case 'boolean':
          return { type: 'boolean', keyPos, valuePos, value: node.value };
        default:
          return { type: 'datetime', keyPos, valuePos, value: node.value };
      }
  }
}

/** Turns a TomlNode into a plain JS value (tables → objects, arrays → arrays). */
export function plain(node: TomlNode): unknown {
  if (node.entries) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of node.entries) out[k] = plain(v);
    return out;
  }
  if (node.items) return node.items.map(plain);
  return node.value;
}

/** Human names for TOML types in messages. */
export function describeType(node: TomlNode): string {
  switch (node.type) {
    case 'array-of-tables':
      return 'an array of tables';
    case 'array':
      return 'an array';
    case 'table':
      return 'a table';
    case 'integer':
      return `an integer (${String(node.value)})`;
    case 'float':
      return `a float (${String(node.value)})`;
    case 'boolean':
      return `a boolean (${String(node.value)})`;
    case 'datetime':
      return 'a date-time';
    default:
      return `a string (${JSON.stringify(node.value)})`;
  }
}

function describeParseError(message: string): string {
  const m = message.trim().replace(/\.$/, '');
  return m.charAt(0).toLowerCase() + m.slice(1);
}
