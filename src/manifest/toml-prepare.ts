/**
 * One iterative pass over the TOML text before the positioned parser sees it, so that what
 * go-toml v2.3 (Samuel's parser) accepts is accepted here too and nothing overflows the stack:
 *
 * - `\e` (ESC, from TOML 1.1 — the only 1.1 addition go-toml reads) becomes `\u001b`;
 * - a string longer than {@link MAX_STRING} characters is checked here (control characters,
 *   escapes) and kept to its first {@link MAX_STRING} characters: the parser builds strings
 *   with one call argument per character;
 * - arrays and inline tables nested deeper than {@link MAX_DEPTH} are checked here (commas,
 *   keys, `=`, duplicate keys, no newline in an inline table) and flattened into the array at
 *   that depth, blanks standing in for the brackets and keys: the parser and every walk of the
 *   tree recurse once per level, while go-toml accepts any depth.
 *
 * Every edit is recorded, so positions the parser reports map back to the original text. An
 * error found here is thrown as `TomlSyntaxError` at its position in the original text.
 */
import { TomlSyntaxError } from './toml-error.js';

/** Deepest array/inline-table nesting handed to the parser; no Samuel field nests past 3. */
export const MAX_DEPTH = 100;
/** Longest string handed to the parser, in UTF-16 code units. */
export const MAX_STRING = 65_536;

export interface PreparedToml {
  text: string;
  /** Maps an offset in `text` back to the offset in the original text. */
  originalOffset(offset: number): number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

type Mode = 'keep' | 'convert' | 'flatten';
interface Frame {
  kind: 'array' | 'inline';
  mode: Mode;
  /** Array: 'first' | 'value' (after a comma) | 'sep'. Inline: 'first' | 'key' | 'dot' | 'seg' | 'value' | 'sep'. */
  state: string;
  values: number;
  /** Index in `edits` of the last comma of a flattened array, blanked if it is a trailing one. */
  lastComma: number;
  keys?: Map<string, 'value' | 'table'>;
  key?: string[];
}

const BARE_KEY = /[A-Za-z0-9_-]/;

export function prepareToml(text: string): PreparedToml {
  const edits: Edit[] = [];
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  // Top level: 'key' (a line's start), 'value' (after "="), 'rest' (after a value or header).
  let top: 'key' | 'value' | 'rest' = 'key';

  const fail = (message: string, at: number): never => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    throw new TomlSyntaxError(message, line, at - before.lastIndexOf('\n'));
  };
  const blank = (start: number, end: number, replacement?: string) =>
    edits.push({ start, end, replacement: replacement ?? ' '.repeat(end - start) });
  const frame = () => stack[stack.length - 1];
  const checking = (f: Frame | undefined) => f !== undefined && f.mode !== 'keep';

  /** A value (scalar, string or container) starts at `at` in the current position. */
  const valueStarts = (at: number) => {
    const f = frame();
    if (!f) return;
    if (f.kind === 'array') {
      if (checking(f) && f.state === 'sep') fail('expected a comma between array elements', at);
      f.state = 'sep';
      f.lastComma = -1;
    } else {
      if (checking(f) && f.state !== 'value') fail('expected a key in an inline table', at);
      f.state = 'sep';
    }
    f.values++;
  };

  while (i < n) {
    const c = text[i]!;
    const f = frame();
    if (c === '"' || c === "'") {
      const inKey =
        (!f && top === 'key') ||
        (f?.kind === 'inline' && (f.state === 'first' || f.state === 'key' || f.state === 'seg'));
      if (!inKey && (f || top === 'value')) valueStarts(i);
      const end = scanString(text, i, edits);
      if (inKey && f && checking(f)) {
        inlineKeySegment(f, text.slice(i, end), i);
        blank(i, end);
      }
      if (!f && top === 'value') top = 'rest';
      i = end;
      continue;
    }
    if (c === '#') {
      if (f?.kind === 'inline' && checking(f))
        fail('a comment cannot sit inside an inline table', i);
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      if (f?.kind === 'inline' && checking(f)) fail('an inline table must stay on one line', i);
      if (!f) top = 'key';
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (!f) {
      if (top === 'key' && c === '[') {
        // A table header: skip to its end (quoted keys in it are strings).
        i++;
        while (i < n && text[i] !== '\n' && text[i] !== '#') {
          if (text[i] === '"' || text[i] === "'") i = scanString(text, i, edits);
          else i++;
        }
        top = 'rest';
        continue;
      }
      if (top === 'key' && c === '=') {
        top = 'value';
        i++;
        continue;
      }
      if (top !== 'value') {
        i++;
        continue;
      }
    }
    if (c === '[' || c === '{') {
      valueStarts(i);
      const depth = stack.length + 1;
      const parent = frame();
      const kind = c === '[' ? 'array' : 'inline';
      let mode: Mode = 'keep';
      if (parent?.mode === 'flatten' || parent?.mode === 'convert') mode = 'flatten';
      else if (depth >= MAX_DEPTH && kind === 'inline') mode = 'convert';
      else if (depth > MAX_DEPTH) mode = 'flatten';
      if (mode === 'flatten') blank(i, i + 1);
      if (mode === 'convert') blank(i, i + 1, '[');
      stack.push({
        kind,
        mode,
        state: 'first',
        values: 0,
        lastComma: -1,
        ...(kind === 'inline' ? { keys: new Map(), key: [] } : {}),
      });
      if (!parent) top = 'rest';
      i++;
      continue;
    }
    if (f && (c === ']' || c === '}')) {
      if ((c === ']') !== (f.kind === 'array')) fail(`unexpected "${c}"`, i);
      if (checking(f) && f.kind === 'inline' && f.state !== 'sep' && f.state !== 'first')
        fail('an inline table cannot end with a comma or a key without a value', i);
      stack.pop();
      if (f.mode === 'flatten') {
        if (f.lastComma >= 0) edits[f.lastComma]!.replacement = ' ';
        blank(i, i + 1, f.values === 0 ? '0' : ' ');
      } else if (f.mode === 'convert') blank(i, i + 1, ']');
      i++;
      continue;
    }
    if (f && c === ',') {
      if (checking(f)) {
        if (f.state !== 'sep') fail('unexpected comma', i);
        if (f.kind === 'array' && f.mode === 'flatten') {
          f.lastComma = edits.length;
          blank(i, i + 1, ',');
        }
      }
      f.state = f.kind === 'array' ? 'value' : 'key';
      i++;
      continue;
    }
    if (f?.kind === 'inline' && f.state !== 'value' && f.state !== 'sep') {
      // A key of an inline table: bare segments, dots and "=".
      if (c === '.' || c === '=') {
        if (checking(f)) {
          if (f.state !== 'dot') fail(`unexpected "${c}" in an inline table key`, i);
          blank(i, i + 1);
          if (c === '=') defineInlineKey(f, i, fail);
        }
        f.state = c === '=' ? 'value' : 'seg';
        i++;
        continue;
      }
      let end = i;
      while (end < n && BARE_KEY.test(text[end]!)) end++;
      if (end === i) {
        if (checking(f)) fail(`unexpected "${c}" in an inline table key`, i);
        i++;
        continue;
      }
      if (checking(f)) {
        inlineKeySegment(f, text.slice(i, end), i);
        blank(i, end);
      }
      f.state = 'dot';
      i = end;
      continue;
    }
    // A bare scalar (number, boolean, date-time): the parser checks it; a date and a time
    // separated by one space are one value.
    valueStarts(i);
    let end = i;
    while (end < n && !/[\s,\]}#[{"']/.test(text[end]!)) end++;
    if (
      /^\d{4}-\d{2}-\d{2}$/.test(text.slice(i, end)) &&
      text[end] === ' ' &&
      /\d/.test(text[end + 1] ?? '')
    ) {
      end++;
      while (end < n && !/[\s,\]}#[{"']/.test(text[end]!)) end++;
    }
    if (!f) top = 'rest';
    i = end;
  }
  return apply(text, edits);

  function inlineKeySegment(fr: Frame, raw: string, at: number): void {
    if (fr.state !== 'first' && fr.state !== 'key' && fr.state !== 'seg')
      fail('expected "=" or "." after a key', at);
    fr.key!.push(raw.startsWith('"') || raw.startsWith("'") ? unquote(raw) : raw);
    fr.state = 'dot';
  }
}

/** Records the key just completed in its inline table; a key defined twice is an error. */
function defineInlineKey(f: Frame, at: number, fail: (m: string, at: number) => never): void {
  const parts = f.key!;
  f.key = [];
  for (let k = 1; k < parts.length; k++) {
    const prefix = parts.slice(0, k).join('\u0000');
    if (f.keys!.get(prefix) === 'value')
      fail(`key "${parts.slice(0, k).join('.')}" is already a value`, at);
    f.keys!.set(prefix, 'table');
  }
  const full = parts.join('\u0000');
  if (f.keys!.has(full)) fail(`key "${parts.join('.')}" is defined twice`, at);
  f.keys!.set(full, 'value');
}

/** The key a quoted key segment names, for duplicate detection (escapes kept as written). */
function unquote(raw: string): string {
  return raw.slice(1, -1);
}

/**
 * Scans the string starting at `start` (any of the four kinds) and returns the offset after it.
 * Basic strings get `\e` rewritten; overlong strings are checked and shortened.
 */
function scanString(text: string, start: number, edits: Edit[]): number {
  const quote = text[start]!;
  const multi = text.startsWith(quote.repeat(3), start);
  const basic = quote === '"';
  let i = start + (multi ? 3 : 1);
  const contentStart = i;
  const localEdits: Edit[] = [];
  let problem = false;
  let cut = -1;
  for (;;) {
    if (i >= text.length) return text.length; // unterminated: the parser says so
    const c = text[i]!;
    if (i - contentStart >= MAX_STRING && cut < 0 && !problem) {
      // Never between the two halves of a surrogate pair.
      cut = /[\uD800-\uDBFF]/.test(text[i - 1]!) ? i - 1 : i;
    }
    if (multi && text.startsWith(quote.repeat(3), i)) {
      // Up to two quotes may sit right before the closing three.
      let end = i + 3;
      while (end < text.length && text[end] === quote && end - i < 5) end++;
      if (cut >= 0 && !problem) shorten(cut, end - 3);
      edits.push(...localEdits);
      return end;
    }
    if (!multi && c === quote) {
      if (cut >= 0 && !problem) shorten(cut, i);
      edits.push(...localEdits);
      return i + 1;
    }
    if (!multi && c === '\n') {
      edits.push(...localEdits);
      return i; // the parser reports the unterminated string
    }
    const code = c.charCodeAt(0);
    if ((code < 0x20 && c !== '\t' && !(multi && (c === '\n' || c === '\r'))) || code === 0x7f) {
      problem = true;
    }
    if (basic && c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'e') {
        if (cut < 0) localEdits.push({ start: i, end: i + 2, replacement: '\\u001b' });
        i += 2;
        continue;
      }
      if ('btnfr"\\'.includes(e) && e !== '') {
        i += 2;
        continue;
      }
      if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        const value = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : -1;
        if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) problem = true;
        i += 2 + len;
        continue;
      }
      if (multi && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 64))) {
        i++;
        continue;
      }
      problem = true;
      i += 2;
      continue;
    }
    i++;
  }

  /** Drops the content from `from` to `to`, keeping its line breaks so later lines stay put. */
  function shorten(from: number, to: number): void {
    const kept = localEdits.filter((e) => e.start < from);
    localEdits.length = 0;
    localEdits.push(...kept, {
      start: from,
      end: to,
      replacement: text.slice(from, to).replace(/[^\n]/g, ''),
    });
  }
}

function apply(text: string, edits: Edit[]): PreparedToml {
  if (edits.length === 0) return { text, originalOffset: (o) => o };
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  // [new offset, old offset] at the start of each edit and right after it.
  const marks: [number, number][] = [];
  let at = 0;
  let out = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start));
    out += e.start - at;
    marks.push([out, e.start]);
    parts.push(e.replacement);
    out += e.replacement.length;
    marks.push([out, e.end]);
    at = e.end;
  }
  parts.push(text.slice(at));
  return {
    text: parts.join(''),
    originalOffset(offset) {
      let lo = 0;
      let hi = marks.length - 1;
      if (hi < 0 || offset < marks[0]![0]) return offset;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (marks[mid]![0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const [newAt, oldAt] = marks[lo]!;
      // Inside a replacement (odd marks start one), point at the edit's start.
      if (lo % 2 === 0) return oldAt + Math.min(offset - newAt, 0);
      return oldAt + (offset - newAt);
    },
  };
}
