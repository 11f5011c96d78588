/**
 * A small reader for the WebAssembly binary format: just the sections the audit and the
 * harness need (types, imports, functions, memories, exports), plus a rewrite of the memory
 * limits so the engine itself enforces `max_memory`. Hand-written because no maintained npm
 * parser gives function signatures without pulling in a whole toolchain.
 */
import { quoteName, Reader, WasmFormatError } from './binary.js';

/** Value types as the audit prints them. */
export type ValType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128' | 'funcref' | 'externref' | 'ref';

/** A function signature, e.g. `(i32, i32) -> i64`. */
export interface FuncType {
  params: ValType[];
  results: ValType[];
}

/** Memory limits in 64 KiB pages. */
export interface Limits {
  min: number;
  max?: number;
  shared: boolean;
  memory64: boolean;
}

export type ImportDesc =
  | { kind: 'func'; type: FuncType }
  | { kind: 'table' }
  | { kind: 'memory'; limits: Limits }
  | { kind: 'global' }
  | { kind: 'tag' };

export interface WasmImport {
  module: string;
  name: string;
  desc: ImportDesc;
}

export interface WasmExport {
  name: string;
  kind: 'func' | 'table' | 'memory' | 'global' | 'tag';
  /** Index in the module's index space of its kind (functions: imports first). */
  index: number;
  /** The signature, for function exports. */
  type?: FuncType;
}

/** What the audit and the harness read from a module. */
export interface WasmModuleInfo {
  imports: WasmImport[];
  exports: WasmExport[];
  /** Memories the module defines itself (imported ones are in `imports`). */
  memories: Limits[];
  /** Byte range of the memory section, for rewriting its limits. */
  memorySection?: { start: number; end: number };
  /** Tables the module defines itself. */
  tables: Limits[];
  /** Byte range of the table section, for rewriting its limits. */
  tableSection?: { start: number; end: number };
  /** Every section in order: id, content range and where its header starts. */
  sections: { id: number; start: number; end: number; headerStart: number }[];
  /** Per defined table: the end of the highest active element segment (Infinity when unknown). */
  tableNeeds: number[];
  /** Functions the function section declares, and bodies the code section holds. */
  definedFunctions: number;
  codeBodies: number;
}

/** Bytes per WebAssembly page. */
export const PAGE_SIZE = 65536;

/** Section ids (13 is the exception-handling tag section). */
export const SECTION = {
  custom: 0,
  type: 1,
  import: 2,
  function: 3,
  table: 4,
  memory: 5,
  global: 6,
  export: 7,
  start: 8,
  element: 9,
  code: 10,
  data: 11,
  dataCount: 12,
  tag: 13,
} as const;

const VALTYPES: Record<number, ValType> = {
  0x7f: 'i32',
  0x7e: 'i64',
  0x7d: 'f32',
  0x7c: 'f64',
  0x7b: 'v128',
  0x70: 'funcref',
  0x6f: 'externref',
};
const EXPORT_KINDS = ['func', 'table', 'memory', 'global', 'tag'] as const;

export { WasmFormatError };

/** Parses the sections the audit needs. Throws `WasmFormatError` on anything malformed. */
export function parseModule(bytes: Uint8Array): WasmModuleInfo {
  if (
    bytes.length < 8 ||
    bytes[0] !== 0 ||
    bytes[1] !== 0x61 ||
    bytes[2] !== 0x73 ||
    bytes[3] !== 0x6d
  ) {
    throw new WasmFormatError('not a WebAssembly module (the file does not start with \\0asm)');
  }
  if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) {
    throw new WasmFormatError(
      'not a core WebAssembly module version 1 (components are not supported by Samuel)',
    );
  }
  const types: FuncType[] = [];
  const funcTypes: FuncType[] = []; // index space: imported functions first, then defined ones
  const info: WasmModuleInfo = {
    imports: [],
    exports: [],
    memories: [],
    tables: [],
    sections: [],
    tableNeeds: [],
    definedFunctions: 0,
    codeBodies: 0,
  };
  const rawExports: { name: string; kind: number; index: number }[] = [];
  const r = new Reader(bytes, 8);
  while (!r.done) {
    const sectionStart = r.pos;
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    if (end > bytes.length)
      throw new WasmFormatError(`section ${id} runs past the end of the module`);
    if (id > SECTION.tag)
      throw new WasmFormatError(`unknown section id ${id} at byte ${sectionStart}`);
    info.sections.push({ id, start, end, headerStart: sectionStart });
    const s = new Reader(bytes, start, end);
    switch (id) {
      case SECTION.custom:
        readCustom(s);
        break;
      case SECTION.type:
        for (let n = s.u32(); n > 0; n--) types.push(readFuncType(s));
        break;
      case SECTION.import:
        for (let n = s.u32(); n > 0; n--) {
          const imp = readImport(s, types);
          if (imp.desc.kind === 'func') funcTypes.push(imp.desc.type);
          info.imports.push(imp);
        }
        break;
      case SECTION.function:
        for (let n = s.u32(); n > 0; n--) {
          funcTypes.push(typeAt(types, s.u32()));
          info.definedFunctions++;
        }
        break;
      case SECTION.table:
        for (let n = s.u32(); n > 0; n--) {
          s.byte(); // element type: reference types are part of wasm 2.0
          info.tables.push(readLimits(s));
        }
        info.tableSection = { start: sectionStart, end };
        break;
      case SECTION.memory:
        for (let n = s.u32(); n > 0; n--) info.memories.push(readLimits(s));
        info.memorySection = { start: sectionStart, end };
        break;
      case SECTION.export:
        for (let n = s.u32(); n > 0; n--)
          rawExports.push({ name: s.name('export name'), kind: s.byte(), index: s.u32() });
        break;
      case SECTION.code:
        info.codeBodies = s.u32();
        break;
      case SECTION.element:
        readElementNeeds(s, info);
        break;
      default:
        break; // other sections are read by the feature check
    }
    r.pos = end;
  }
  if (info.definedFunctions !== info.codeBodies) {
    throw new WasmFormatError(
      info.codeBodies === 0 && !info.sections.some((x) => x.id === SECTION.code)
        ? `the function section declares ${info.definedFunctions} function(s) but there is no code section; Samuel's runtime refuses the module`
        : `the function section declares ${info.definedFunctions} function(s) but the code section has ${info.codeBodies} bodies; Samuel's runtime refuses the module`,
    );
  }
  const seen = new Set<string>();
  for (const e of rawExports) {
    const kind = EXPORT_KINDS[e.kind];
    if (!kind) throw new WasmFormatError(`export ${quoteName(e.name)} has unknown kind ${e.kind}`);
    if (seen.has(e.name))
      throw new WasmFormatError(`export ${quoteName(e.name)} is exported twice`);
    seen.add(e.name);
    const exp: WasmExport = { name: e.name, kind, index: e.index };
    if (kind === 'func') {
      const t = funcTypes[e.index];
      if (!t)
        throw new WasmFormatError(
          `export ${quoteName(e.name)} points at missing function ${e.index}`,
        );
      exp.type = t;
    }
    info.exports.push(exp);
  }
  return info;
}

/**
 * Where active element segments write into each table. Only a plain `i32.const` offset is
 * understood; anything else (or an encoding this reader does not follow) marks the table as
 * needing its whole size.
 */
function readElementNeeds(s: Reader, info: WasmModuleInfo): void {
  const imported = info.imports.filter((i) => i.desc.kind === 'table').length;
  const need = (table: number, end: number): void => {
    const t = table - imported;
    if (t >= 0) info.tableNeeds[t] = Math.max(info.tableNeeds[t] ?? 0, end);
  };
  const unknown = (): void => {
    info.tableNeeds = info.tables.map(() => Infinity);
  };
  try {
    for (let n = s.u32(); n > 0; n--) {
      const flags = s.u32();
      if (flags & 0x01) return unknown(); // passive or declarative: not followed here
      const table = flags & 0x02 ? s.u32() : 0;
      let offset = Infinity;
      if (s.bytes[s.pos] === 0x41) {
        s.byte();
        const at = s.pos;
        s.sleb(32);
        offset = s.pos - at <= 4 ? new Reader(s.bytes, at).u32() : Infinity;
        if (s.byte() !== 0x0b) offset = Infinity;
      } else offset = Infinity;
      if (offset === Infinity || flags & 0x04) return unknown(); // expression items: not followed
      if (flags & 0x02) s.byte(); // elemkind
      const count = s.u32();
      for (let i = 0; i < count; i++) s.u32();
      need(table, offset + count);
    }
  } catch {
    unknown();
  }
}

/** A custom section: its name, and for the "name" section every name in it, must be UTF-8. */
function readCustom(s: Reader): void {
  const name = s.name('custom section name');
  if (name !== 'name') return;
  while (!s.done) {
    const sub = s.byte();
    const size = s.u32();
    const end = s.pos + size;
    if (end > s.end) throw new WasmFormatError(`name subsection ${sub} runs past its section`);
    const n = new Reader(s.bytes, s.pos, end);
    if (sub === 0) n.skipName('module name (name section)');
    else if (sub === 1 || sub === 2) {
      for (let count = n.u32(); count > 0; count--) {
        const fn = n.u32();
        if (sub === 1) n.skipName(`name of function ${fn} (name section)`);
        else
          for (let locals = n.u32(); locals > 0; locals--) {
            const local = n.u32();
            n.skipName(`name of local ${local} of function ${fn} (name section)`);
          }
      }
    }
    s.pos = end;
  }
}

function readFuncType(s: Reader): FuncType {
  const form = s.byte();
  if (form !== 0x60) {
    throw new WasmFormatError(
      `the type section uses form 0x${form.toString(16)} (the garbage-collection proposal); Samuel's runtime (wazero, WebAssembly 2.0 features) refuses the module`,
      'build without the GC proposal (WebAssembly 2.0 features only)',
    );
  }
  const params: ValType[] = [];
  for (let n = s.u32(); n > 0; n--) params.push(readValtype(s));
  const results: ValType[] = [];
  for (let n = s.u32(); n > 0; n--) results.push(readValtype(s));
  return { params, results };
}

function readValtype(s: Reader): ValType {
  const b = s.byte();
  const t = VALTYPES[b];
  if (t) return t;
  if (b === 0x64 || b === 0x63) {
    s.sleb(33); // typed reference (function references / GC proposals): heap type
    return 'ref';
  }
  throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${s.pos - 1}`);
}

/** Limits; memory64 sizes are 64-bit LEB128s. */
export function readLimits(s: Reader): Limits {
  const flags = s.byte();
  if (flags > 0x07) throw new WasmFormatError(`unknown limits flags 0x${flags.toString(16)}`);
  const bits = flags & 0x04 ? 64 : 32;
  const min = s.uleb(bits);
  const max = flags & 0x01 ? s.uleb(bits) : undefined;
  return {
    min,
    ...(max === undefined ? {} : { max }),
    shared: (flags & 0x02) !== 0,
    memory64: (flags & 0x04) !== 0,
  };
}

function typeAt(types: FuncType[], index: number): FuncType {
  const t = types[index];
  if (!t) throw new WasmFormatError(`function refers to missing type ${index}`);
  return t;
}

function readImport(s: Reader, types: FuncType[]): WasmImport {
  const module = s.name('import module name');
  const name = s.name('import name');
  const kind = s.byte();
  switch (kind) {
    case 0:
      return { module, name, desc: { kind: 'func', type: typeAt(types, s.u32()) } };
    case 1:
      s.byte();
      readLimits(s);
      return { module, name, desc: { kind: 'table' } };
    case 2:
      return { module, name, desc: { kind: 'memory', limits: readLimits(s) } };
    case 3:
      readValtype(s);
      s.byte();
      return { module, name, desc: { kind: 'global' } };
    case 4:
      s.byte();
      s.u32();
      return { module, name, desc: { kind: 'tag' } };
    default:
      throw new WasmFormatError(
        `import ${quoteName(`${module}.${name}`)} has unknown kind ${kind}`,
      );
  }
}

/** `(i32, i32) -> i64` — the way Samuel's contract writes signatures. */
export function formatType(t: FuncType): string {
  const results =
    t.results.length === 0
      ? '()'
      : t.results.length === 1
        ? t.results[0]
        : `(${t.results.join(', ')})`;
  return `(${t.params.join(', ')}) -> ${results}`;
}

/** True when two signatures are identical. */
export function sameType(a: FuncType, b: FuncType): boolean {
  return a.params.join() === b.params.join() && a.results.join() === b.results.join();
}

/** The most pages a 32-bit memory can have (4 GiB), in wazero and in V8 alike. */
export const MAX_PAGES = 65536;
/** V8's limit on table entries; wazero allows up to 2^27 (134,217,728). */
export const ENGINE_TABLE_LIMIT = 10_000_000;
/**
 * Entries the harness gives a table that declares more (and whose element segments need no
 * more): V8 fills tables eagerly, so ten tables of 10 million entries cost it seconds and GBs.
 */
export const HARNESS_TABLE_ENTRIES = 1_000_000;

/** What `adaptForHarness` changed, so the report can say it. */
export interface Adaptation {
  bytes: Uint8Array;
  /** Tables the harness runs smaller than declared. */
  clampedTables: { declared: number; kept: number }[];
}

/**
 * Returns a copy of the module the harness's engine can run with Samuel's budgets: its own
 * memories may grow to at most `maxPages` (the engine then fails any `memory.grow` past the cap
 * with -1, exactly like a runtime-enforced limit), and tables larger than V8 allows are lowered
 * to that limit (wazero runs them; only indexes past the limit would behave differently).
 */
export function adaptForHarness(
  bytes: Uint8Array,
  info: WasmModuleInfo,
  maxPages: number,
): Adaptation {
  const cap = Math.min(maxPages, MAX_PAGES);
  // What each table gets in the harness: at least what its element segments write.
  const kept = info.tables.map((t, i) =>
    Math.min(
      t.min,
      Math.max(HARNESS_TABLE_ENTRIES, Math.min(info.tableNeeds[i] ?? 0, ENGINE_TABLE_LIMIT)),
    ),
  );
  const clampedTables = info.tables
    .map((t, i) => ({ declared: t.min, kept: kept[i] ?? t.min }))
    .filter((t) => t.kept < t.declared);
  const replacements: { start: number; end: number; section: number[] }[] = [];
  if (info.memorySection) {
    const body: number[] = [...uleb(info.memories.length)];
    for (const m of info.memories) {
      // Never below the minimum: a module that cannot start is reported, not made invalid.
      const max = Math.max(Math.min(m.max ?? cap, cap), m.min);
      const flags = 0x01 | (m.shared ? 0x02 : 0) | (m.memory64 ? 0x04 : 0);
      body.push(flags, ...uleb(m.min), ...uleb(max));
    }
    replacements.push({
      ...info.memorySection,
      section: [SECTION.memory, ...uleb(body.length), ...body],
    });
  }
  const oversized =
    clampedTables.length > 0 || info.tables.some((t) => (t.max ?? 0) > ENGINE_TABLE_LIMIT);
  if (info.tableSection && oversized) {
    const s = new Reader(bytes, info.tableSection.start);
    s.byte();
    s.u32(); // section header
    const body: number[] = [...uleb(s.u32())];
    for (const [i, t] of info.tables.entries()) {
      const refType = s.byte();
      readLimits(s);
      const min = kept[i] ?? t.min;
      const max =
        t.max === undefined ? undefined : Math.max(min, Math.min(t.max, ENGINE_TABLE_LIMIT));
      body.push(
        refType,
        max === undefined ? 0 : 1,
        ...uleb(min),
        ...(max === undefined ? [] : uleb(max)),
      );
    }
    replacements.push({
      ...info.tableSection,
      section: [SECTION.table, ...uleb(body.length), ...body],
    });
  }
  const memoryExport = exportOwnMemory(bytes, info);
  if (memoryExport) replacements.push(memoryExport);
  if (replacements.length === 0) return { bytes, clampedTables };
  replacements.sort((x, y) => x.start - y.start);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const r of replacements) {
    parts.push(bytes.subarray(at, r.start), Uint8Array.from(r.section));
    at = r.end;
  }
  parts.push(bytes.subarray(at));
  return { bytes: Buffer.concat(parts), clampedTables };
}

/** The export name under which the harness sees a memory the module does not export. */
export const HARNESS_MEMORY_EXPORT = 'samuel-plugin-release:memory';

/** Sections that must come after the export section (start, element, data count, code, data). */
const AFTER_EXPORT: ReadonlySet<number> = new Set([
  SECTION.start,
  SECTION.element,
  SECTION.dataCount,
  SECTION.code,
  SECTION.data,
]);

/**
 * Samuel's host functions read their arguments from the module's memory whether or not it is
 * exported (wazero hands the host the module's memory 0); JavaScript sees only exported ones.
 * For a module that defines a memory and exports none, the export section is rewritten (or
 * added) with memory 0 under HARNESS_MEMORY_EXPORT, which is never a function to call.
 */
function exportOwnMemory(
  bytes: Uint8Array,
  info: WasmModuleInfo,
): { start: number; end: number; section: number[] } | undefined {
  if (info.memories.length === 0 || info.exports.some((e) => e.kind === 'memory')) return undefined;
  if (info.imports.some((i) => i.desc.kind === 'memory')) return undefined; // memory 0 is imported
  const name = [...Buffer.from(HARNESS_MEMORY_EXPORT, 'utf8')];
  const entry = [...uleb(name.length), ...name, 0x02, 0x00];
  const existing = info.sections.find((x) => x.id === SECTION.export);
  if (existing) {
    const r = new Reader(bytes, existing.start, existing.end);
    const count = r.u32();
    const body = [...uleb(count + 1), ...bytes.subarray(r.pos, existing.end), ...entry];
    return {
      start: existing.headerStart,
      end: existing.end,
      section: [SECTION.export, ...uleb(body.length), ...body],
    };
  }
  const body = [...uleb(1), ...entry];
  const at = info.sections.find((x) => AFTER_EXPORT.has(x.id))?.headerStart ?? bytes.length;
  return { start: at, end: at, section: [SECTION.export, ...uleb(body.length), ...body] };
}

/** The memory part of `adaptForHarness`, for callers that only need the cap. */
export function capMemory(bytes: Uint8Array, info: WasmModuleInfo, maxPages: number): Uint8Array {
  return adaptForHarness(bytes, { ...info, tables: [] }, maxPages).bytes;
}

function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}
