/**
 * The shape nearly every manifest has — `[table]` headers of bare keys, `key = value` lines with
 * bare keys, single-line strings without escapes, decimal integers, booleans, arrays of those,
 * comments — read in one pass over the text. It builds the same positioned tree the general
 * path (toml-eslint-parser, then toml.ts) builds, at a fraction of the cost: that parser makes a
 * token, an AST node and its location for every character class, which for a thousand manifests
 * was most of `validate`'s CPU time and garbage.
 *
 * It gives up (returns undefined) at the first thing outside that shape — an escape, a float,
 * a date, a dotted or quoted key, an inline table, a nested array, a comment inside an array,
 * `[[array of tables]]`, a long or multi-line string — and at anything TOML forbids (a key
 * defined twice, a table header repeated, a control character): the general path then reads
 * the whole text, so every error message and every unusual value comes from one place.
 */
import type { Position } from './types.js';
import type { TomlNode } from './toml-node.js';
import { MAX_STRING } from './toml-prepare.js';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const EQUALS = 0x3d;
const OPEN = 0x5b;
const CLOSE = 0x5d;

const isBare = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === MINUS;
/** A character TOML forbids in comments and single-line strings. */
const isControl = (c: number): boolean => (c < 0x20 && c !== TAB) || c === 0x7f;

/** Gives up on the fast path. */
class Unsupported {}
const UNSUPPORTED = new Unsupported();

/** The positioned tree of `text`, or undefined when it is not in the common shape above. */
export function parseCommonToml(text: string): TomlNode | undefined {
  try {
    return new CommonParser(text).document();
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

class CommonParser {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly n: number;
  /** Tables a header has defined (a second header for one is an error TOML reports). */
  private readonly defined = new Set<TomlNode>();

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  private at(offset: number): Position {
    return { line: this.line, col: offset - this.lineStart + 1 };
  }

  private code(offset = this.i): number {
    return offset < this.n ? this.text.charCodeAt(offset) : -1;
  }

  private blanks(): void {
    for (let c = this.code(); c === SPACE || c === TAB; c = this.code()) this.i++;
  }

  /** A line break (LF or CRLF) at the cursor, or the end of the text; false otherwise. */
  private lineEnd(): boolean {
    const c = this.code();
    if (c === -1) return true;
    if (c === CR) {
      if (this.code(this.i + 1) !== LF) throw UNSUPPORTED;
      this.i++;
    } else if (c !== LF) return false;
    this.i++;
    this.line++;
    this.lineStart = this.i;
    return true;
  }

  /** Blanks, an optional comment, then the end of the line. */
  private restOfLine(): void {
    this.blanks();
    if (this.code() === HASH) {
      for (let c = this.code(); c !== -1 && c !== LF && c !== CR; c = this.code()) {
        if (isControl(c)) throw UNSUPPORTED;
        this.i++;
      }
    }
    if (!this.lineEnd()) throw UNSUPPORTED;
  }

  private bareKey(): string {
    const start = this.i;
    while (isBare(this.code())) this.i++;
    if (this.i === start) throw UNSUPPORTED;
    return this.text.slice(start, this.i);
  }

  document(): TomlNode {
    const root = table({ line: 1, col: 1 });
    let current = root;
    while (this.i < this.n) {
      this.blanks();
      const c = this.code();
      if (c === HASH || c === LF || c === CR || c === -1) {
        this.restOfLine();
        continue;
      }
      if (c === OPEN) {
        current = this.header(root);
        continue;
      }
      const keyPos = this.at(this.i);
      const key = this.bareKey();
      this.blanks();
      if (this.code() !== EQUALS) throw UNSUPPORTED;
      this.i++;
      this.blanks();
      const value = this.value(keyPos);
      if (current.entries!.has(key)) throw UNSUPPORTED;
      current.entries!.set(key, value);
      this.restOfLine();
    }
    return root;
  }

  /** `[a.b.c]`: the table it names, created (with any missing parents) on first sight. */
  private header(root: TomlNode): TomlNode {
    const headerPos = this.at(this.i);
    this.i++;
    if (this.code() === OPEN) throw UNSUPPORTED; // an array of tables
    const keys: string[] = [];
    for (;;) {
      this.blanks();
      keys.push(this.bareKey());
      this.blanks();
      const c = this.code();
      this.i++;
      if (c === CLOSE) break;
      if (c !== DOT) throw UNSUPPORTED;
    }
    this.restOfLine();
    let node = root;
    keys.forEach((key, k) => {
      let child = node.entries!.get(key);
      if (!child) {
        child = table(headerPos);
        node.entries!.set(key, child);
      } else if (child.type !== 'table') {
        throw UNSUPPORTED;
      } else if (k === keys.length - 1) {
        if (this.defined.has(child)) throw UNSUPPORTED;
        // First made implicitly by a deeper header: it takes this header's position now.
        child.keyPos = headerPos;
        child.valuePos = headerPos;
      }
      node = child;
    });
    this.defined.add(node);
    return node;
  }

  private value(keyPos: Position): TomlNode {
    if (this.code() !== OPEN) return this.scalar(keyPos);
    const valuePos = this.at(this.i);
    this.i++;
    const items: TomlNode[] = [];
    for (;;) {
      this.space();
      if (this.code() === CLOSE) break;
      const at = this.at(this.i);
      items.push(this.scalar(at));
      this.space();
      const c = this.code();
      if (c === COMMA) {
        this.i++;
        continue;
      }
      if (c !== CLOSE) throw UNSUPPORTED;
      break;
    }
    this.i++;
    return { type: 'array', keyPos, valuePos, items };
  }

  /** Blanks and line breaks between array elements (a comment there gives up). */
  private space(): void {
    for (;;) {
      this.blanks();
      const c = this.code();
      if ((c !== LF && c !== CR) || !this.lineEnd()) return;
    }
  }

  private scalar(keyPos: Position): TomlNode {
    const start = this.i;
    const valuePos = this.at(start);
    const c = this.code();
    if (c === QUOTE || c === APOSTROPHE) {
      // A multi-line string ("""/''') and an empty one followed by a quote both give up here.
      if (this.code(start + 1) === c && this.code(start + 2) === c) throw UNSUPPORTED;
      let end = start + 1;
      for (let d = this.code(end); d !== c; d = this.code(++end)) {
        if (d === -1 || d === LF || isControl(d) || (c === QUOTE && d === 0x5c)) throw UNSUPPORTED;
      }
      if (end - start - 1 > MAX_STRING) throw UNSUPPORTED;
      this.i = end + 1;
      return { type: 'string', keyPos, valuePos, value: this.text.slice(start + 1, end) };
    }
    let end = start;
    while (end < this.n && !delimits(this.text.charCodeAt(end))) end++;
    const word = this.text.slice(start, end);
    this.i = end;
    if (word === 'true' || word === 'false')
      return { type: 'boolean', keyPos, valuePos, value: word === 'true' };
    if (/^-?(0|[1-9][0-9]*)$/.test(word) && word !== '-0') {
      const value = Number(word);
      if (Number.isSafeInteger(value)) return { type: 'integer', keyPos, valuePos, value };
    }
    throw UNSUPPORTED;
  }
}

/** Ends a bare value: blanks, line breaks, a comma, a bracket or a comment. */
function delimits(c: number): boolean {
  return (
    c === SPACE || c === TAB || c === LF || c === CR || c === COMMA || c === CLOSE || c === HASH
  );
}

function table(at: Position): TomlNode {
  return { type: 'table', keyPos: at, valuePos: at, entries: new Map() };
}
