/**
 * TOML with positions. toml-eslint-parser gives an AST with the line and column of every key and
 * value; this turns it into a small tree of `TomlNode`s that keeps, for each value, its TOML type
 * (integer vs float survives, unlike a plain JS object) and where its key and value sit.
 */
import { parseTOML, ParseError } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import type { Position } from './types.js';
import type { TomlNode } from './toml-node.js';
import { TomlSyntaxError } from './toml-error.js';
import { prepareToml } from './toml-prepare.js';
import { parseCommonToml } from './toml-fast.js';

export type { TomlNode, TomlType } from './toml-node.js';

export { TomlSyntaxError };

/** Line and column (1-based) in the original text of an offset in the text the parser read. */
type Locate = (offset: number) => Position;
/** The position in the original text of a node of the parsed (prepared) text. */
type Pos = (node: { range: AST.Range }) => Position;

function locator(original: string, originalOffset: (o: number) => number): Locate {
  const starts = [0];
  for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1))
    starts.push(i + 1);
  return (offset) => {
    const o = originalOffset(offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: o - starts[lo]! + 1 };
  };
}

function emptyTable(at: Position): TomlNode {
  return { type: 'table', keyPos: at, valuePos: at, entries: new Map() };
}

/** Parses TOML text into a positioned tree; throws `TomlSyntaxError` on invalid TOML. */
export function parseTomlTree(text: string): TomlNode {
  // The common shape of a manifest is read directly (toml-fast.ts); anything else, every error
  // included, takes the general path below.
  return parseCommonToml(text) ?? parseTomlTreeGeneral(text);
}

/** The general path of {@link parseTomlTree}: any TOML, every error with its position. */
export function parseTomlTreeGeneral(text: string): TomlNode {
  // go-toml's extras (\e), overlong strings and deep nesting are dealt with first (see
  // toml-prepare.ts); positions map back to `text`.
  const prepared = prepareToml(text);
  const locate = locator(text, prepared.originalOffset);
  const pos: Pos = (node) => locate(node.range[0]);
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(prepared.text, { tomlVersion: '1.0' });
  } catch (e) {
    if (e instanceof ParseError) {
      const index = prepared.originalOffset(e.index);
      // "key =" at the end of a line: the parser stops on the next line; point at the "=".
      const before = text.slice(0, index).replace(/[ \t]*(#[^\n]*)?\r?\n\s*$/, '');
      if (before.endsWith('=') && before.length < index) {
        const lines = before.split('\n');
        throw new TomlSyntaxError(
          'a key has no value after "="',
          lines.length,
          lines[lines.length - 1]!.length,
        );
      }
      const at = locate(e.index);
      throw new TomlSyntaxError(describeParseError(e.message), at.line, at.col);
    }
    throw e;
  }
  const root = emptyTable({ line: 1, col: 1 });
  const top = program.body[0];
  if (!top) return root;
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') {
      addKeyValue(root, item, pos);
      continue;
    }
    const keys = item.resolvedKey;
    const headerPos = pos(item);
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
    for (const kv of item.body) addKeyValue(table, kv, pos);
  }
  return root;
}

function keyName(k: AST.TOMLBare | AST.TOMLQuoted): string {
  return k.type === 'TOMLBare' ? k.name : k.value;
}

function addKeyValue(table: TomlNode, kv: AST.TOMLKeyValue, pos: Pos): void {
  const names = kv.key.keys;
  let target = table;
  for (let i = 0; i < names.length - 1; i++) {
    const seg = names[i]!;
    const name = keyName(seg);
    let child = target.entries!.get(name);
    if (!child) {
      child = emptyTable(pos(seg));
      target.entries!.set(name, child);
    }
    target = child;
  }
  const lastKey = names[names.length - 1]!;
  target.entries!.set(keyName(lastKey), convert(kv.value, pos(lastKey), pos));
}

function convert(node: AST.TOMLContentNode, keyPos: Position, pos: Pos): TomlNode {
  const valuePos = pos(node);
  switch (node.type) {
    case 'TOMLArray':
      return {
        type: 'array',
        keyPos,
        valuePos,
        items: node.elements.map((el) => convert(el, pos(el), pos)),
      };
    case 'TOMLInlineTable': {
      const t: TomlNode = { type: 'table', keyPos, valuePos, entries: new Map() };
      for (const kv of node.body) addKeyValue(t, kv, pos);
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

/** Nesting kept by `plain`: dotted keys can nest tables as deep as the file is long. */
const PLAIN_DEPTH = 100;

/**
 * Turns a TomlNode into a plain JS value (tables → objects, arrays → arrays). Values nested
 * deeper than {@link PLAIN_DEPTH} (only ever free-form `[metadata]`) are left out.
 */
export function plain(node: TomlNode, depth = 0): unknown {
  if (depth >= PLAIN_DEPTH) return undefined;
  if (node.entries) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of node.entries) out[k] = plain(v, depth + 1);
    return out;
  }
  if (node.items) return node.items.map((item) => plain(item, depth + 1));
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
