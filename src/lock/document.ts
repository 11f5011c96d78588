/**
 * `samuel.lock` read with positions, and edited by splicing: an entry we rewrite is replaced by
 * its new text between the first byte of its `[[plugins]]` header and the end of its last line;
 * every other byte (other entries, `[[mutations]]`, `[[agents]]`, unknown tables, comments,
 * the order) is kept as it was. A new entry goes after the last `[[plugins]]` entry, or before
 * the first table when there is none, where Samuel's own writer puts its plugins.
 */
import { getStaticTOMLValue } from 'toml-eslint-parser';
import { ConfigurationError } from '../errors.js';
import { keyName, parseTomlFile } from './toml-tables.js';

/** One `[[plugins]]` entry as found in the file. */
export interface LockDocumentEntry {
  /** 0-based position among the `[[plugins]]` entries. */
  index: number;
  /** Line of the `[[plugins]]` header (1-based). */
  line: number;
  /** Byte offsets (UTF-16 code units) of the entry's text: header start to end of its last line. */
  start: number;
  end: number;
  /** Key → value, as TOML gives them (strings, booleans, arrays…). */
  fields: Record<string, unknown>;
  /** Key → line of the key (1-based). */
  fieldLines: Record<string, number>;
}

export interface LockDocument {
  /** The file's text ('' when the file does not exist). */
  text: string;
  /** Top-level scalar keys (`version`, `generated_at`, …). */
  head: Record<string, unknown>;
  entries: LockDocumentEntry[];
  /** Offset of the first table header, or the text length when there is none. */
  firstTableStart: number;
}

/** End of the line holding `offset` (the offset just after its `\n`, or the text's end). */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Start of the line holding `offset`. */
function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Parses a lock's text; `file` names it in errors. */
export function parseLockDocument(text: string, file: string): LockDocument {
  const doc: LockDocument = { text, head: {}, entries: [], firstTableStart: text.length };
  if (text.trim() === '') return doc;
  const ast = parseTomlFile(
    text,
    file,
    'restore the file from version control, or delete it and run `samuel install` again (Samuel regenerates it)',
  );
  const top = ast.body[0];
  for (const node of top.body) {
    if (node.type === 'TOMLKeyValue') {
      const key = keyName(node.key);
      if (key === 'plugins') {
        throw new ConfigurationError(
          `${file}: plugins is written inline, not as [[plugins]] tables`,
          {
            fix: 'let Samuel write the file (`samuel install`), which uses [[plugins]] tables',
            position: { file, line: node.loc.start.line, col: node.loc.start.column + 1 },
          },
        );
      }
      doc.head[key] = getStaticTOMLValue(node.value);
      continue;
    }
    doc.firstTableStart = Math.min(doc.firstTableStart, startOfLine(text, node.range[0]));
    const [first, second] = node.resolvedKey;
    if (first !== 'plugins') continue;
    if (node.kind !== 'array' && node.resolvedKey.length === 1) {
      throw new ConfigurationError(`${file}: [plugins] must be an array of tables ([[plugins]])`, {
        fix: 'let Samuel write the file (`samuel install`), which uses [[plugins]] tables',
        position: { file, line: node.loc.start.line, col: 1 },
      });
    }
    const index = typeof second === 'number' ? second : -1;
    let entry = doc.entries[index];
    if (!entry) {
      entry = {
        index,
        line: node.loc.start.line,
        start: startOfLine(text, node.range[0]),
        end: 0,
        fields: {},
        fieldLines: {},
      };
      doc.entries[index] = entry;
    }
    entry.end = endOfLine(text, node.range[1] - 1);
    if (node.resolvedKey.length === 2) {
      for (const kv of node.body) {
        const key = keyName(kv.key);
        entry.fields[key] = getStaticTOMLValue(kv.value);
        entry.fieldLines[key] = kv.loc.start.line;
      }
    }
  }
  return doc;
}

/** The entry named `name` (the first one when the file repeats it). */
export function findEntry(doc: LockDocument, name: string): LockDocumentEntry | undefined {
  return doc.entries.find((e) => e.fields.name === name);
}

/**
 * The text with `block` (a rendered `[[plugins]]` entry ending in `\n`) in place of `entry`, or
 * added as a new entry when `entry` is undefined. `head` is written first when the text is empty.
 */
export function spliceEntry(
  doc: LockDocument,
  entry: LockDocumentEntry | undefined,
  block: string,
  head: string,
): string {
  const text = doc.text;
  if (entry) return text.slice(0, entry.start) + block + text.slice(entry.end);
  if (text.trim() === '') return `${head}\n${block}`;
  const last = doc.entries.filter(Boolean).at(-1);
  const ensureNl = (s: string) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
  if (last) {
    const before = ensureNl(text.slice(0, last.end));
    return `${before}\n${block}${text.slice(last.end)}`;
  }
  const before = ensureNl(text.slice(0, doc.firstTableStart));
  const after = text.slice(doc.firstTableStart);
  const gap = before.trim() === '' || before.endsWith('\n\n') ? '' : '\n';
  return `${before}${gap}${block}${after === '' ? '' : `\n${after}`}`;
}
