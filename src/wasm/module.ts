/**
 * A small reader for the WebAssembly binary format: just the sections the audit and the
 * harness need (types, imports, functions, memories, exports), plus a rewrite of the memory
 * limits so the engine itself enforces `max_memory`. Hand-written because no maintained npm
 * parser gives function signatures without pulling in a whole toolchain.
 */
import { ReleaseError } from '../errors.js';

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
}

/** Bytes per WebAssembly page. */
export const PAGE_SIZE = 65536;

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

/** Thrown when the bytes are not a WebAssembly module this reader understands. */
export class WasmFormatError extends ReleaseError {
  constructor(message: string) {
    super('AUDIT', message, {
      fix: 'rebuild the module with a WebAssembly toolchain (it must be a core wasm binary, version 1)',
    });
  }
}

/** A cursor over the module bytes with LEB128 readers. */
class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }
  byte(): number {
    if (this.pos >= this.end)
      throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
    return this.bytes[this.pos++] as number;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
      if (shift > 35) throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
    }
  }
  name(): string {
    const len = this.u32();
    if (this.pos + len > this.end)
      throw new WasmFormatError(`name runs past the end at byte ${this.pos}`);
    const s = Buffer.from(this.bytes.subarray(this.pos, this.pos + len)).toString('utf8');
    this.pos += len;
    return s;
  }
  valtype(): ValType {
    const b = this.byte();
    const t = VALTYPES[b];
    if (t) return t;
    if (b === 0x64 || b === 0x63) {
      this.u32(); // typed reference (GC proposal): heap type index
      return 'ref';
    }
    throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${this.pos - 1}`);
  }
  limits(): Limits {
    const flags = this.byte();
    const min = this.u32();
    const max = flags & 0x01 ? this.u32() : undefined;
    return {
      min,
      ...(max === undefined ? {} : { max }),
      shared: (flags & 0x02) !== 0,
      memory64: (flags & 0x04) !== 0,
    };
  }
}

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
  const info: WasmModuleInfo = { imports: [], exports: [], memories: [] };
  const rawExports: { name: string; kind: number; index: number }[] = [];
  const r = new Reader(bytes, 8);
  while (r.pos < bytes.length) {
    const sectionStart = r.pos;
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    if (end > bytes.length)
      throw new WasmFormatError(`section ${id} runs past the end of the module`);
    const s = new Reader(bytes, start, end);
    switch (id) {
      case 1:
        for (let n = s.u32(); n > 0; n--) types.push(readFuncType(s));
        break;
      case 2:
        for (let n = s.u32(); n > 0; n--) {
          const imp = readImport(s, types);
          if (imp.desc.kind === 'func') funcTypes.push(imp.desc.type);
          info.imports.push(imp);
        }
        break;
      case 3:
        for (let n = s.u32(); n > 0; n--) funcTypes.push(typeAt(types, s.u32()));
        break;
      case 5:
        for (let n = s.u32(); n > 0; n--) info.memories.push(s.limits());
        info.memorySection = { start: sectionStart, end };
        break;
      case 7:
        for (let n = s.u32(); n > 0; n--)
          rawExports.push({ name: s.name(), kind: s.byte(), index: s.u32() });
        break;
      default:
        break; // other sections do not matter to the audit
    }
    r.pos = end;
  }
  for (const e of rawExports) {
    const kind = EXPORT_KINDS[e.kind];
    if (!kind) throw new WasmFormatError(`export "${e.name}" has unknown kind ${e.kind}`);
    const exp: WasmExport = { name: e.name, kind, index: e.index };
    if (kind === 'func') {
      const t = funcTypes[e.index];
      if (!t) throw new WasmFormatError(`export "${e.name}" points at missing function ${e.index}`);
      exp.type = t;
    }
    info.exports.push(exp);
  }
  return info;
}

function readFuncType(s: Reader): FuncType {
  const form = s.byte();
  if (form !== 0x60) {
    throw new WasmFormatError(
      `type section uses form 0x${form.toString(16)} (GC proposal), which Samuel's runtime does not load`,
    );
  }
  const params: ValType[] = [];
  for (let n = s.u32(); n > 0; n--) params.push(s.valtype());
  const results: ValType[] = [];
  for (let n = s.u32(); n > 0; n--) results.push(s.valtype());
  return { params, results };
}

function typeAt(types: FuncType[], index: number): FuncType {
  const t = types[index];
  if (!t) throw new WasmFormatError(`function refers to missing type ${index}`);
  return t;
}

function readImport(s: Reader, types: FuncType[]): WasmImport {
  const module = s.name();
  const name = s.name();
  const kind = s.byte();
  switch (kind) {
    case 0:
      return { module, name, desc: { kind: 'func', type: typeAt(types, s.u32()) } };
    case 1:
      s.valtype();
      s.limits();
      return { module, name, desc: { kind: 'table' } };
    case 2:
      return { module, name, desc: { kind: 'memory', limits: s.limits() } };
    case 3:
      s.valtype();
      s.byte();
      return { module, name, desc: { kind: 'global' } };
    case 4:
      s.byte();
      s.u32();
      return { module, name, desc: { kind: 'tag' } };
    default:
      throw new WasmFormatError(`import ${module}.${name} has unknown kind ${kind}`);
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

/**
 * Returns a copy of the module whose own memories may grow to at most `maxPages`: the engine
 * then fails any `memory.grow` past the cap with -1, exactly like a runtime-enforced limit.
 * Throws when the initial size alone is already over the cap.
 */
export function capMemory(bytes: Uint8Array, info: WasmModuleInfo, maxPages: number): Uint8Array {
  if (!info.memorySection) return bytes;
  const body: number[] = [...uleb(info.memories.length)];
  for (const m of info.memories) {
    const max = Math.min(m.max ?? maxPages, maxPages);
    const flags = 0x01 | (m.shared ? 0x02 : 0) | (m.memory64 ? 0x04 : 0);
    body.push(flags, ...uleb(m.min), ...uleb(max));
  }
  const section = [5, ...uleb(body.length), ...body];
  const { start, end } = info.memorySection;
  const out = new Uint8Array(bytes.length - (end - start) + section.length);
  out.set(bytes.subarray(0, start), 0);
  out.set(section, start);
  out.set(bytes.subarray(end), start + section.length);
  return out;
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
