export const id = 350;
export const ids = [350];
export const modules = {

/***/ 87197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseGoDuration)
/* harmony export */ });
/**
 * Go's `time.ParseDuration` grammar, which Samuel uses for `[runtime].timeout` and
 * `hard_timeout`: a sequence of decimal numbers with units ns, us (µs), ms, s, m, h, optionally
 * signed; a bare "0" is allowed. Returns milliseconds, or undefined when the text is not one.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const TERM = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
function parseGoDuration(text) {
    let s = text;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s.startsWith('-'))
            sign = -1;
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        return undefined;
    let total = 0;
    TERM.lastIndex = 0;
    while (TERM.lastIndex < s.length) {
        const m = TERM.exec(s);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNIT_MS[m[2]];
    }
    return sign * total;
}


/***/ }),

/***/ 28472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _2: () => (/* binding */ explainImageProblem),
/* harmony export */   gZ: () => (/* binding */ parseSamuelImage),
/* harmony export */   yA: () => (/* binding */ ZERO_DIGEST)
/* harmony export */ });
/* unused harmony export SAMUEL_IMAGE_RE */
/**
 * OCI image references as Samuel's OCI tier parses them (`internal/plugin/oci/runtime.go`):
 * `registry/owner/name[:tag][@sha256:<64 hex>]` with exactly one owner segment.
 */
/** Samuel's reference pattern, transcribed: one registry, one owner, one name. */
const SAMUEL_IMAGE_RE = /^(?<registry>[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]+)?)\/(?<owner>[a-z0-9]+(?:[._-][a-z0-9]+)*)\/(?<name>[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$/;
const ZERO_DIGEST = `sha256:${'0'.repeat(64)}`;
/** Parses a reference with Samuel's rules; undefined when Samuel would reject it. */
function parseSamuelImage(ref) {
    const m = SAMUEL_IMAGE_RE.exec(ref);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const parts = { registry: g.registry, owner: g.owner, name: g.name };
    if (g.tag)
        parts.tag = g.tag;
    if (g.digest)
        parts.digest = g.digest;
    return parts;
}
/**
 * Explains why Samuel rejects `ref`, most specific reason first, so the message can name the
 * fix rather than just "invalid reference".
 */
function explainImageProblem(ref) {
    const [withoutDigest = '', digest] = ref.split('@', 2);
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        return {
            message: `the digest "${digest}" in [oci].image is not sha256:<64 lowercase hex>`,
            fix: 'use the full manifest digest, e.g. @sha256:' + 'ab'.repeat(32).slice(0, 16) + '…',
        };
    }
    const path = withoutDigest.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, '');
    const segments = path.split('/');
    if (segments.length < 3) {
        return {
            message: `[oci].image "${ref}" has no registry or owner: Samuel needs registry/owner/name`,
            fix: 'write it in full, e.g. ghcr.io/<owner>/<name>@sha256:<digest>',
        };
    }
    if (segments.length > 3) {
        return {
            message: `[oci].image "${ref}" has ${segments.length - 2} path segments between the registry and the name; Samuel accepts exactly one owner`,
            fix: `publish to ${segments[0]}/${segments[1]}/${segments[segments.length - 1]} instead`,
        };
    }
    if (/[A-Z]/.test(segments[1] + segments[2])) {
        return {
            message: `[oci].image "${ref}" has uppercase letters in the owner or name; registries and Samuel need lowercase`,
            fix: `use ${[segments[0], segments[1].toLowerCase(), segments[2].toLowerCase()].join('/')}`,
        };
    }
    return {
        message: `[oci].image "${ref}" is not a reference Samuel accepts (registry/owner/name[:tag]@sha256:<digest>)`,
        fix: 'use lowercase letters, digits and . _ - separators in the owner and name',
    };
}


/***/ }),

/***/ 84787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u0: () => (/* reexport */ TomlSyntaxError),
  MF: () => (/* binding */ describeType),
  SC: () => (/* binding */ parseTomlTree),
  pj: () => (/* binding */ plain)
});

// UNUSED EXPORTS: parseTomlTreeGeneral

// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
;// CONCATENATED MODULE: ./src/manifest/toml-error.ts
/** A TOML syntax error with the position (in the original text) the parser stopped at. */
class TomlSyntaxError extends Error {
    line;
    col;
    constructor(message, line, col) {
        super(message);
        this.line = line;
        this.col = col;
    }
}

;// CONCATENATED MODULE: ./src/manifest/toml-prepare.ts
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

/** Deepest array/inline-table nesting handed to the parser; no Samuel field nests past 3. */
const MAX_DEPTH = 100;
/** Longest string handed to the parser, in UTF-16 code units. */
const MAX_STRING = 65_536;
const BARE_KEY = /[A-Za-z0-9_-]/;
function prepareToml(text) {
    const edits = [];
    const stack = [];
    let i = 0;
    const n = text.length;
    // Top level: 'key' (a line's start), 'value' (after "="), 'rest' (after a value or header).
    let top = 'key';
    const fail = (message, at) => {
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        throw new TomlSyntaxError(message, line, at - before.lastIndexOf('\n'));
    };
    const blank = (start, end, replacement) => edits.push({ start, end, replacement: replacement ?? ' '.repeat(end - start) });
    const frame = () => stack[stack.length - 1];
    const checking = (f) => f !== undefined && f.mode !== 'keep';
    /** A value (scalar, string or container) starts at `at` in the current position. */
    const valueStarts = (at) => {
        const f = frame();
        if (!f)
            return;
        if (f.kind === 'array') {
            if (checking(f) && f.state === 'sep')
                fail('expected a comma between array elements', at);
            f.state = 'sep';
            f.lastComma = -1;
        }
        else {
            if (checking(f) && f.state !== 'value')
                fail('expected a key in an inline table', at);
            f.state = 'sep';
        }
        f.values++;
    };
    while (i < n) {
        const c = text[i];
        const f = frame();
        if (c === '"' || c === "'") {
            const inKey = (!f && top === 'key') ||
                (f?.kind === 'inline' && (f.state === 'first' || f.state === 'key' || f.state === 'seg'));
            if (!inKey && (f || top === 'value'))
                valueStarts(i);
            const end = scanString(text, i, edits);
            if (inKey && f && checking(f)) {
                inlineKeySegment(f, text.slice(i, end), i);
                blank(i, end);
            }
            if (!f && top === 'value')
                top = 'rest';
            i = end;
            continue;
        }
        if (c === '#') {
            if (f?.kind === 'inline' && checking(f))
                fail('a comment cannot sit inside an inline table', i);
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '\n') {
            if (f?.kind === 'inline' && checking(f))
                fail('an inline table must stay on one line', i);
            if (!f)
                top = 'key';
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
                    if (text[i] === '"' || text[i] === "'")
                        i = scanString(text, i, edits);
                    else
                        i++;
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
            let mode = 'keep';
            if (parent?.mode === 'flatten' || parent?.mode === 'convert')
                mode = 'flatten';
            else if (depth >= MAX_DEPTH && kind === 'inline')
                mode = 'convert';
            else if (depth > MAX_DEPTH)
                mode = 'flatten';
            if (mode === 'flatten')
                blank(i, i + 1);
            if (mode === 'convert')
                blank(i, i + 1, '[');
            stack.push({
                kind,
                mode,
                state: 'first',
                values: 0,
                lastComma: -1,
                ...(kind === 'inline' ? { keys: new Map(), key: [] } : {}),
            });
            if (!parent)
                top = 'rest';
            i++;
            continue;
        }
        if (f && (c === ']' || c === '}')) {
            if ((c === ']') !== (f.kind === 'array'))
                fail(`unexpected "${c}"`, i);
            if (checking(f) && f.kind === 'inline' && f.state !== 'sep' && f.state !== 'first')
                fail('an inline table cannot end with a comma or a key without a value', i);
            stack.pop();
            if (f.mode === 'flatten') {
                if (f.lastComma >= 0)
                    edits[f.lastComma].replacement = ' ';
                blank(i, i + 1, f.values === 0 ? '0' : ' ');
            }
            else if (f.mode === 'convert')
                blank(i, i + 1, ']');
            i++;
            continue;
        }
        if (f && c === ',') {
            if (checking(f)) {
                if (f.state !== 'sep')
                    fail('unexpected comma', i);
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
                    if (f.state !== 'dot')
                        fail(`unexpected "${c}" in an inline table key`, i);
                    blank(i, i + 1);
                    if (c === '=')
                        defineInlineKey(f, i, fail);
                }
                f.state = c === '=' ? 'value' : 'seg';
                i++;
                continue;
            }
            let end = i;
            while (end < n && BARE_KEY.test(text[end]))
                end++;
            if (end === i) {
                if (checking(f))
                    fail(`unexpected "${c}" in an inline table key`, i);
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
        while (end < n && !/[\s,\]}#[{"']/.test(text[end]))
            end++;
        if (/^\d{4}-\d{2}-\d{2}$/.test(text.slice(i, end)) &&
            text[end] === ' ' &&
            /\d/.test(text[end + 1] ?? '')) {
            end++;
            while (end < n && !/[\s,\]}#[{"']/.test(text[end]))
                end++;
        }
        if (!f)
            top = 'rest';
        i = end;
    }
    return apply(text, edits);
    function inlineKeySegment(fr, raw, at) {
        if (fr.state !== 'first' && fr.state !== 'key' && fr.state !== 'seg')
            fail('expected "=" or "." after a key', at);
        fr.key.push(raw.startsWith('"') || raw.startsWith("'") ? unquote(raw) : raw);
        fr.state = 'dot';
    }
}
/** Records the key just completed in its inline table; a key defined twice is an error. */
function defineInlineKey(f, at, fail) {
    const parts = f.key;
    f.key = [];
    for (let k = 1; k < parts.length; k++) {
        const prefix = parts.slice(0, k).join('\u0000');
        if (f.keys.get(prefix) === 'value')
            fail(`key "${parts.slice(0, k).join('.')}" is already a value`, at);
        f.keys.set(prefix, 'table');
    }
    const full = parts.join('\u0000');
    if (f.keys.has(full))
        fail(`key "${parts.join('.')}" is defined twice`, at);
    f.keys.set(full, 'value');
}
/** The key a quoted key segment names, for duplicate detection (escapes kept as written). */
function unquote(raw) {
    return raw.slice(1, -1);
}
/**
 * Scans the string starting at `start` (any of the four kinds) and returns the offset after it.
 * Basic strings get `\e` rewritten; overlong strings are checked and shortened.
 */
function scanString(text, start, edits) {
    const quote = text[start];
    const multi = text.startsWith(quote.repeat(3), start);
    const basic = quote === '"';
    let i = start + (multi ? 3 : 1);
    const contentStart = i;
    const localEdits = [];
    let problem = false;
    let cut = -1;
    for (;;) {
        if (i >= text.length)
            return text.length; // unterminated: the parser says so
        const c = text[i];
        if (i - contentStart >= MAX_STRING && cut < 0 && !problem) {
            // Never between the two halves of a surrogate pair.
            cut = /[\uD800-\uDBFF]/.test(text[i - 1]) ? i - 1 : i;
        }
        if (multi && text.startsWith(quote.repeat(3), i)) {
            // Up to two quotes may sit right before the closing three.
            let end = i + 3;
            while (end < text.length && text[end] === quote && end - i < 5)
                end++;
            if (cut >= 0 && !problem)
                shorten(cut, end - 3);
            edits.push(...localEdits);
            return end;
        }
        if (!multi && c === quote) {
            if (cut >= 0 && !problem)
                shorten(cut, i);
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
                if (cut < 0)
                    localEdits.push({ start: i, end: i + 2, replacement: '\\u001b' });
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
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
                    problem = true;
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
    function shorten(from, to) {
        const kept = localEdits.filter((e) => e.start < from);
        localEdits.length = 0;
        localEdits.push(...kept, {
            start: from,
            end: to,
            replacement: text.slice(from, to).replace(/[^\n]/g, ''),
        });
    }
}
function apply(text, edits) {
    if (edits.length === 0)
        return { text, originalOffset: (o) => o };
    edits.sort((a, b) => a.start - b.start);
    const parts = [];
    // [new offset, old offset] at the start of each edit and right after it.
    const marks = [];
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
            if (hi < 0 || offset < marks[0][0])
                return offset;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (marks[mid][0] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            const [newAt, oldAt] = marks[lo];
            // Inside a replacement (odd marks start one), point at the edit's start.
            if (lo % 2 === 0)
                return oldAt + Math.min(offset - newAt, 0);
            return oldAt + (offset - newAt);
        },
    };
}

;// CONCATENATED MODULE: ./src/manifest/toml-fast.ts

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
const isBare = (c) => (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === MINUS;
/** A character TOML forbids in comments and single-line strings. */
const isControl = (c) => (c < 0x20 && c !== TAB) || c === 0x7f;
/** Gives up on the fast path. */
class Unsupported {
}
const UNSUPPORTED = new Unsupported();
/** The positioned tree of `text`, or undefined when it is not in the common shape above. */
function parseCommonToml(text) {
    try {
        return new CommonParser(text).document();
    }
    catch (e) {
        if (e === UNSUPPORTED)
            return undefined;
        throw e;
    }
}
class CommonParser {
    text;
    i = 0;
    line = 1;
    lineStart = 0;
    n;
    /** Tables a header has defined (a second header for one is an error TOML reports). */
    defined = new Set();
    constructor(text) {
        this.text = text;
        this.n = text.length;
    }
    at(offset) {
        return { line: this.line, col: offset - this.lineStart + 1 };
    }
    code(offset = this.i) {
        return offset < this.n ? this.text.charCodeAt(offset) : -1;
    }
    blanks() {
        for (let c = this.code(); c === SPACE || c === TAB; c = this.code())
            this.i++;
    }
    /** A line break (LF or CRLF) at the cursor, or the end of the text; false otherwise. */
    lineEnd() {
        const c = this.code();
        if (c === -1)
            return true;
        if (c === CR) {
            if (this.code(this.i + 1) !== LF)
                throw UNSUPPORTED;
            this.i++;
        }
        else if (c !== LF)
            return false;
        this.i++;
        this.line++;
        this.lineStart = this.i;
        return true;
    }
    /** Blanks, an optional comment, then the end of the line. */
    restOfLine() {
        this.blanks();
        if (this.code() === HASH) {
            for (let c = this.code(); c !== -1 && c !== LF && c !== CR; c = this.code()) {
                if (isControl(c))
                    throw UNSUPPORTED;
                this.i++;
            }
        }
        if (!this.lineEnd())
            throw UNSUPPORTED;
    }
    bareKey() {
        const start = this.i;
        while (isBare(this.code()))
            this.i++;
        if (this.i === start)
            throw UNSUPPORTED;
        return this.text.slice(start, this.i);
    }
    document() {
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
            if (this.code() !== EQUALS)
                throw UNSUPPORTED;
            this.i++;
            this.blanks();
            const value = this.value(keyPos);
            if (current.entries.has(key))
                throw UNSUPPORTED;
            current.entries.set(key, value);
            this.restOfLine();
        }
        return root;
    }
    /** `[a.b.c]`: the table it names, created (with any missing parents) on first sight. */
    header(root) {
        const headerPos = this.at(this.i);
        this.i++;
        if (this.code() === OPEN)
            throw UNSUPPORTED; // an array of tables
        const keys = [];
        for (;;) {
            this.blanks();
            keys.push(this.bareKey());
            this.blanks();
            const c = this.code();
            this.i++;
            if (c === CLOSE)
                break;
            if (c !== DOT)
                throw UNSUPPORTED;
        }
        this.restOfLine();
        let node = root;
        keys.forEach((key, k) => {
            let child = node.entries.get(key);
            if (!child) {
                child = table(headerPos);
                node.entries.set(key, child);
            }
            else if (child.type !== 'table') {
                throw UNSUPPORTED;
            }
            else if (k === keys.length - 1) {
                if (this.defined.has(child))
                    throw UNSUPPORTED;
                // First made implicitly by a deeper header: it takes this header's position now.
                child.keyPos = headerPos;
                child.valuePos = headerPos;
            }
            node = child;
        });
        this.defined.add(node);
        return node;
    }
    value(keyPos) {
        if (this.code() !== OPEN)
            return this.scalar(keyPos);
        const valuePos = this.at(this.i);
        this.i++;
        const items = [];
        for (;;) {
            this.space();
            if (this.code() === CLOSE)
                break;
            const at = this.at(this.i);
            items.push(this.scalar(at));
            this.space();
            const c = this.code();
            if (c === COMMA) {
                this.i++;
                continue;
            }
            if (c !== CLOSE)
                throw UNSUPPORTED;
            break;
        }
        this.i++;
        return { type: 'array', keyPos, valuePos, items };
    }
    /** Blanks and line breaks between array elements (a comment there gives up). */
    space() {
        for (;;) {
            this.blanks();
            const c = this.code();
            if ((c !== LF && c !== CR) || !this.lineEnd())
                return;
        }
    }
    scalar(keyPos) {
        const start = this.i;
        const valuePos = this.at(start);
        const c = this.code();
        if (c === QUOTE || c === APOSTROPHE) {
            // A multi-line string ("""/''') and an empty one followed by a quote both give up here.
            if (this.code(start + 1) === c && this.code(start + 2) === c)
                throw UNSUPPORTED;
            let end = start + 1;
            for (let d = this.code(end); d !== c; d = this.code(++end)) {
                if (d === -1 || d === LF || isControl(d) || (c === QUOTE && d === 0x5c))
                    throw UNSUPPORTED;
            }
            if (end - start - 1 > MAX_STRING)
                throw UNSUPPORTED;
            this.i = end + 1;
            return { type: 'string', keyPos, valuePos, value: this.text.slice(start + 1, end) };
        }
        let end = start;
        while (end < this.n && !delimits(this.text.charCodeAt(end)))
            end++;
        const word = this.text.slice(start, end);
        this.i = end;
        if (word === 'true' || word === 'false')
            return { type: 'boolean', keyPos, valuePos, value: word === 'true' };
        if (/^-?(0|[1-9][0-9]*)$/.test(word) && word !== '-0') {
            const value = Number(word);
            if (Number.isSafeInteger(value))
                return { type: 'integer', keyPos, valuePos, value };
        }
        throw UNSUPPORTED;
    }
}
/** Ends a bare value: blanks, line breaks, a comma, a bracket or a comment. */
function delimits(c) {
    return (c === SPACE || c === TAB || c === LF || c === CR || c === COMMA || c === CLOSE || c === HASH);
}
function table(at) {
    return { type: 'table', keyPos: at, valuePos: at, entries: new Map() };
}

;// CONCATENATED MODULE: ./src/manifest/toml.ts
/**
 * TOML with positions. toml-eslint-parser gives an AST with the line and column of every key and
 * value; this turns it into a small tree of `TomlNode`s that keeps, for each value, its TOML type
 * (integer vs float survives, unlike a plain JS object) and where its key and value sit.
 */





function locator(original, originalOffset) {
    const starts = [0];
    for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        const o = originalOffset(offset);
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: o - starts[lo] + 1 };
    };
}
function emptyTable(at) {
    return { type: 'table', keyPos: at, valuePos: at, entries: new Map() };
}
/** Parses TOML text into a positioned tree; throws `TomlSyntaxError` on invalid TOML. */
function parseTomlTree(text) {
    // The common shape of a manifest is read directly (toml-fast.ts); anything else, every error
    // included, takes the general path below.
    return parseCommonToml(text) ?? parseTomlTreeGeneral(text);
}
/** The general path of {@link parseTomlTree}: any TOML, every error with its position. */
function parseTomlTreeGeneral(text) {
    // go-toml's extras (\e), overlong strings and deep nesting are dealt with first (see
    // toml-prepare.ts); positions map back to `text`.
    const prepared = prepareToml(text);
    const locate = locator(text, prepared.originalOffset);
    const pos = (node) => locate(node.range[0]);
    let program;
    try {
        program = (0,lib/* parseTOML */.MD)(prepared.text, { tomlVersion: '1.0' });
    }
    catch (e) {
        if (e instanceof lib/* ParseError */.mB) {
            const index = prepared.originalOffset(e.index);
            // "key =" at the end of a line: the parser stops on the next line; point at the "=".
            const before = text.slice(0, index).replace(/[ \t]*(#[^\n]*)?\r?\n\s*$/, '');
            if (before.endsWith('=') && before.length < index) {
                const lines = before.split('\n');
                throw new TomlSyntaxError('a key has no value after "="', lines.length, lines[lines.length - 1].length);
            }
            const at = locate(e.index);
            throw new TomlSyntaxError(describeParseError(e.message), at.line, at.col);
        }
        throw e;
    }
    const root = emptyTable({ line: 1, col: 1 });
    const top = program.body[0];
    if (!top)
        return root;
    for (const item of top.body) {
        if (item.type === 'TOMLKeyValue') {
            addKeyValue(root, item, pos);
            continue;
        }
        const keys = item.resolvedKey;
        const headerPos = pos(item);
        let table = root;
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            if (typeof k === 'number') {
                // `[[a]]` resolves to ['a', n]: element n of the array of tables, created on first sight.
                let element = table.items[k];
                if (!element) {
                    element = emptyTable(headerPos);
                    table.items.push(element);
                }
                table = element;
                continue;
            }
            let child = table.entries.get(k);
            if (!child) {
                child =
                    typeof keys[i + 1] === 'number'
                        ? { type: 'array-of-tables', keyPos: headerPos, valuePos: headerPos, items: [] }
                        : emptyTable(headerPos);
                table.entries.set(k, child);
            }
            else if (i === keys.length - 1 && item.kind === 'standard') {
                // A table first created implicitly (by `[a.b]`) gets its own header position now.
                child.keyPos = headerPos;
                child.valuePos = headerPos;
            }
            table = child;
        }
        for (const kv of item.body)
            addKeyValue(table, kv, pos);
    }
    return root;
}
function keyName(k) {
    return k.type === 'TOMLBare' ? k.name : k.value;
}
function addKeyValue(table, kv, pos) {
    const names = kv.key.keys;
    let target = table;
    for (let i = 0; i < names.length - 1; i++) {
        const seg = names[i];
        const name = keyName(seg);
        let child = target.entries.get(name);
        if (!child) {
            child = emptyTable(pos(seg));
            target.entries.set(name, child);
        }
        target = child;
    }
    const lastKey = names[names.length - 1];
    target.entries.set(keyName(lastKey), convert(kv.value, pos(lastKey), pos));
}
function convert(node, keyPos, pos) {
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
            const t = { type: 'table', keyPos, valuePos, entries: new Map() };
            for (const kv of node.body)
                addKeyValue(t, kv, pos);
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
function plain(node, depth = 0) {
    if (depth >= PLAIN_DEPTH)
        return undefined;
    if (node.entries) {
        const out = {};
        for (const [k, v] of node.entries)
            out[k] = plain(v, depth + 1);
        return out;
    }
    if (node.items)
        return node.items.map((item) => plain(item, depth + 1));
    return node.value;
}
/** Human names for TOML types in messages. */
function describeType(node) {
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
function describeParseError(message) {
    const m = message.trim().replace(/\.$/, '');
    return m.charAt(0).toLowerCase() + m.slice(1);
}


/***/ }),

/***/ 39305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toPluginManifest),
/* harmony export */   q: () => (/* binding */ positionsOf)
/* harmony export */ });
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84787);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87197);


const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : {};
const strs = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
const optStr = (v) => (typeof v === 'string' ? v : undefined);
/** Converts a validated tree into the typed manifest. */
function toPluginManifest(root) {
    const m = obj((0,_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(root));
    const caps = obj(m.capabilities);
    const fs = obj(caps.filesystem);
    const net = obj(caps.network);
    const runtime = obj(m.runtime);
    const wasm = m.wasm === undefined ? undefined : obj(m.wasm);
    const oci = m.oci === undefined ? undefined : obj(m.oci);
    const samuel = obj(m.samuel);
    const provides = obj(m.provides);
    const positive = (ms, fallback) => ms !== undefined && ms > 0 ? ms : fallback;
    const runtimeExports = strs(runtime.exports);
    const manifest = {
        name: String(m.name),
        version: String(m.version),
        kind: m.kind,
        authors: strs(m.authors),
        samuel: {},
        provides: {
            skills: strs(provides.skills),
            commands: strs(provides.commands),
            methodology: strs(provides.methodology),
            hooks: strs(provides.hooks),
        },
        requires: Object.fromEntries(Object.entries(obj(m.requires)).filter(([, v]) => typeof v === 'string')),
        capabilities: {
            exec: caps.exec === true,
            env: strs(caps.env),
            filesystem: { read: strs(fs.read), write: strs(fs.write) },
            network: {
                outbound: strs(net.outbound),
                hosts: strs(net.hosts),
                allowedHosts: strs(net.allowed_hosts),
            },
            samuelApi: obj(caps.samuel).api === true,
            assistantInvoke: obj(caps.assistant).invoke === true,
        },
        metadata: obj(m.metadata),
        exports: runtimeExports.length > 0 ? runtimeExports : strs(wasm?.exports),
        runtime: {
            maxMemoryMiB: typeof runtime.max_memory === 'number' && runtime.max_memory > 0 ? runtime.max_memory : 64,
            softTimeoutMs: positive((0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoDuration */ .Q)(String(runtime.timeout ?? '').trim()), 5000),
            hardTimeoutMs: positive((0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoDuration */ .Q)(String(runtime.hard_timeout ?? '').trim()), 30000),
        },
    };
    for (const key of ['summary', 'homepage', 'license']) {
        const v = optStr(m[key]);
        if (v !== undefined)
            manifest[key] = v;
    }
    if (optStr(samuel.framework))
        manifest.samuel.framework = optStr(samuel.framework);
    if (optStr(samuel.protocol))
        manifest.samuel.protocol = optStr(samuel.protocol);
    if (wasm)
        manifest.wasm = { module: String(wasm.module ?? ''), exports: strs(wasm.exports) };
    if (oci) {
        manifest.oci = { image: String(oci.image ?? '') };
        if (optStr(oci.digest))
            manifest.oci.digest = optStr(oci.digest);
        if (Array.isArray(oci.entrypoint))
            manifest.oci.entrypoint = strs(oci.entrypoint);
        if (optStr(oci.workdir))
            manifest.oci.workdir = optStr(oci.workdir);
        if (optStr(oci.cpu_quota))
            manifest.oci.cpuQuota = optStr(oci.cpu_quota);
        if (optStr(oci.memory_limit))
            manifest.oci.memoryLimit = optStr(oci.memory_limit);
    }
    return manifest;
}
/** Every dotted path in the tree, to the depth of Samuel's own fields, → its value's position. */
function positionsOf(root) {
    const out = new Map();
    const walk = (n, prefix, depth) => {
        if (depth > 4)
            return;
        for (const [k, child] of n.entries ?? []) {
            const path = prefix ? `${prefix}.${k}` : k;
            out.set(path, child.valuePos);
            walk(child, path, depth + 1);
        }
    };
    walk(root, '', 1);
    return out;
}


/***/ }),

/***/ 77615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ INSTALLED_MODULE),
/* harmony export */   i: () => (/* binding */ installerAssets)
/* harmony export */ });
/** The file name Samuel installs a wasm module as, whatever `[wasm].module` says. */
const INSTALLED_MODULE = 'plugin.wasm';
/**
 * The release assets for a plugin. `repoName` is the GitHub repository's name: Samuel downloads
 * an oci plugin's bundle as `<repo-name>.bundle` (`ociReleaseAssetSet(repoName)`), not under the
 * plugin's name.
 */
function installerAssets(kind, repoName) {
    switch (kind) {
        case 'wasm':
            return {
                required: [INSTALLED_MODULE, 'samuel-plugin.toml'],
                optional: [`${INSTALLED_MODULE}.bundle`],
            };
        case 'oci':
            return { required: ['samuel-plugin.toml'], optional: [`${repoName}.bundle`] };
        case 'skill':
            // Skills install by `git clone --branch <tag>`; Samuel reads SKILL.md.bundle only from the
            // tagged tree (never a release asset, nor the entry's signature_bundle). The asset serves
            // cosign users.
            return { required: [], optional: ['SKILL.md.bundle'] };
        case 'meta':
            return { required: [], optional: [] };
    }
}


/***/ }),

/***/ 75787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ READ_LIMITS),
/* harmony export */   F6: () => (/* binding */ isMissingFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   z3: () => (/* reexport safe */ _size_js__WEBPACK_IMPORTED_MODULE_5__.z3)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57155);
/**
 * Reading and writing files the user points us at, safely: reads refuse anything that is not a
 * regular file (a FIFO blocks forever, /dev/zero never ends) and stop at a stated size; writes
 * never follow a symlink and never leave a half-written file (temp file beside it, then rename).
 */







/** Size limits by kind of file, stated once so the README's security notes can quote them. */
const READ_LIMITS = {
    manifest: 1024 * 1024,
    skill: 1024 * 1024,
    bundle: 4 * 1024 * 1024,
    module: 256 * 1024 * 1024,
    json: 16 * 1024 * 1024,
};
/** True for the error of reading a file that does not exist. */
function isMissingFile(e) {
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA && e.cause?.code === 'ENOENT';
}
/** The error for a file that cannot be opened: missing, or why not. */
function openError(e, display, what) {
    const code = e.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(code === 'ENOENT'
        ? `${display}: no such ${what}`
        : `${display}: cannot read the ${what} (${code ?? e.message})`, { cause: e, fix: `check the path to the ${what}` });
}
/** Refuses what is not a regular file, or one over `maxBytes` (when given). */
function checkOpened(info, display, what, maxBytes) {
    if (!info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
            fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
        });
    }
    if (maxBytes !== undefined && info.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(info.size)}, over the ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, { fix: `a ${what} larger than ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted` });
    }
}
/** A buffer one byte past the file's size (or the limit): a file that grows while read stays bounded. */
function boundedBuffer(info, options) {
    return Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
}
function grewPastLimit(display, what, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} grew past the ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit while being read`, { fix: `do not change the ${what} while it is being read` });
}
/**
 * Opens a regular file for reading. A FIFO, device, socket or directory is refused before
 * anything is read (opened with O_NONBLOCK so a FIFO cannot block the open itself); a missing or
 * unreadable file is an IoError naming it. The caller closes the handle.
 */
async function openRegularFile(path, options = {}) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw openError(e, display, what);
    }
    try {
        const info = await handle.stat();
        checkOpened(info, display, what);
        return { handle, info };
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}
/** Reads a regular file (see `openRegularFile`) of at most `maxBytes`. */
async function readRegularFile(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    const { handle, info } = await openRegularFile(path, options);
    try {
        checkOpened(info, display, what, options.maxBytes);
        const buffer = boundedBuffer(info, options);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes)
                    throw grewPastLimit(display, what, options.maxBytes);
                break;
            }
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}
/**
 * `readRegularFile` with blocking calls, for small files read many at a time (manifests): open,
 * fstat, read and close take microseconds each done in place, against tens of microseconds each
 * through the thread pool. Same checks, same messages.
 */
function readRegularFileSync(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw openError(e, display, what);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkOpened(info, display, what, options.maxBytes);
        const buffer = boundedBuffer(info, options);
        let length = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes)
                    throw grewPastLimit(display, what, options.maxBytes);
                break;
            }
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Writes `data` to `path` atomically: a temp file in the same folder, then a rename over the
 * target. A target that is a symlink is refused (the link is never followed), so a release folder
 * can never overwrite a file elsewhere through a link planted in it.
 */
async function writeFileAtomic(path, data, options = {}) {
    const display = options.display ?? path;
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (existing?.isSymbolicLink()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display} is a symbolic link; refusing to write through it`, {
            fix: `remove the link (${display}) or choose another output folder`,
        });
    }
    if (existing && !existing.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display} exists and is not a regular file (${fileType(existing)})`, {
            fix: `remove it or choose another output folder`,
        });
    }
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, options.mode ?? 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: cannot write (${e.message})`, {
            cause: e,
            fix: 'check that the output folder exists and is writable',
        });
    }
}
function fileType(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}


/***/ })

};
