/**
 * Which WebAssembly features a module uses beyond what Samuel's runtime loads. Samuel v2.3 runs
 * wazero v1.11 with its default configuration: the WebAssembly 2.0 core features (bulk memory,
 * multi-value, mutable globals, non-trapping conversions, reference types, sign extension, SIMD)
 * and nothing else — threads and tail calls are opt-in there, and exception handling, memory64,
 * multi-memory, GC, typed function references, relaxed SIMD and extended constant expressions
 * are not implemented. V8 accepts several of those, so the harness cannot be the judge: this
 * scanner walks every section and every instruction and names the first use of each feature.
 */
import { Reader, WasmFormatError } from './binary.js';
import { MAX_PAGES, readLimits, SECTION, type Limits, type WasmModuleInfo } from './module.js';

/** One feature Samuel's runtime rejects, with where it was first seen. */
export interface UnsupportedFeature {
  feature: string;
  where: string;
}

const THREADS = 'threads (shared memory and atomics)';
const TAIL_CALLS = 'tail calls';
const EXCEPTIONS = 'exception handling';
const MEMORY64 = 'memory64';
const MULTI_MEMORY = 'multiple memories';
const GC = 'garbage collection (GC types)';
const FUNC_REFS = 'typed function references';

/** Single-byte opcodes of proposals wazero's default configuration does not enable. */
const PROPOSAL_OPCODES = new Map<number, string>([
  ...[0x06, 0x07, 0x08, 0x09, 0x0a, 0x18, 0x19, 0x1f].map((op): [number, string] => [
    op,
    EXCEPTIONS,
  ]),
  ...[0x12, 0x13].map((op): [number, string] => [op, TAIL_CALLS]),
  ...[0x14, 0x15, 0xd3, 0xd4, 0xd5, 0xd6].map((op): [number, string] => [op, FUNC_REFS]),
]);
const RELAXED_SIMD = 'relaxed SIMD';
const EXTENDED_CONST = 'extended constant expressions';
const UNKNOWN = 'an instruction outside WebAssembly 2.0';

/** wazero's limit on table sizes (`MaximumFunctionIndex`). */
export const WAZERO_TABLE_LIMIT = 2 ** 27;

/** The value types of WebAssembly 2.0. */
const V2_TYPES = new Set([0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);
/** Single-byte reference shorthands from later proposals: exnref, then the GC ones. */
const LATER_TYPES = new Set([0x69, 0x74, 0x73, 0x72, 0x71, 0x6e, 0x6d, 0x6c, 0x6b, 0x6a]);

/**
 * Returns every feature the module uses that wazero's default configuration rejects.
 * `checkedOnly` reads every instruction with the checked reader, skipping nothing inline: the
 * tests compare both ways on arbitrary bytes.
 */
export function unsupportedFeatures(
  bytes: Uint8Array,
  info: WasmModuleInfo,
  options: { checkedOnly?: boolean } = {},
): UnsupportedFeature[] {
  const found = new Map<string, string>();
  const note = (feature: string, where: string): void => {
    if (!found.has(feature)) found.set(feature, where);
  };
  const limits = (l: Limits, what: string, memory: boolean): void => {
    if (l.shared) note(THREADS, `${what} is shared`);
    if (l.memory64) note(memory ? MEMORY64 : GC, `${what} uses 64-bit indexes`);
    if (memory && !l.memory64 && (l.min > MAX_PAGES || (l.max ?? 0) > MAX_PAGES))
      note(
        'memories over 4 GiB',
        `${what} declares ${Math.max(l.min, l.max ?? 0)} pages (the limit is ${MAX_PAGES})`,
      );
    if (!memory && l.min > WAZERO_TABLE_LIMIT)
      note('tables over 2^27 entries', `${what} declares ${l.min} entries`);
  };
  let memories = info.memories.length;
  info.imports.forEach((imp) => {
    if (imp.desc.kind === 'memory') {
      memories++;
      limits(imp.desc.limits, `imported memory ${imp.module}.${imp.name}`, true);
    }
    if (imp.desc.kind === 'tag') note(EXCEPTIONS, `import ${imp.module}.${imp.name} is a tag`);
  });
  info.memories.forEach((m, i) => limits(m, `memory ${i}`, true));
  info.tables.forEach((t, i) => limits(t, `table ${i}`, false));
  if (memories > 1) note(MULTI_MEMORY, `the module has ${memories} memories`);
  for (const e of info.exports)
    if (e.kind === 'tag') note(EXCEPTIONS, `export ${JSON.stringify(e.name)} is a tag`);

  const scan = new Scanner(bytes, note, options.checkedOnly === true);
  for (const sec of info.sections) {
    try {
      scanSection(scan, new Reader(bytes, sec.start, sec.end), sec.id, info);
    } catch (e) {
      if (e !== STOP) throw e;
    }
  }
  return [...found].map(([feature, where]) => ({ feature, where }));
}

/** Thrown to stop reading a section after an instruction whose encoding is unknown. */
const STOP = Symbol('stop');

function scanSection(scan: Scanner, r: Reader, id: number, info: WasmModuleInfo): void {
  const note = scan.note;
  {
    switch (id) {
      case SECTION.tag:
        note(EXCEPTIONS, 'the module has a tag section');
        break;
      case SECTION.import:
        scan.importTypes(r);
        break;
      case SECTION.table:
        // Each table: its reference type, then its limits.
        repeat(r, () => {
          scan.valtype(r.byte(), r, 'a table');
          readLimits(r);
        });
        break;
      case SECTION.global:
        // Each global: its value type, its mutability, then its initializer.
        repeat(r, () => {
          scan.valtype(r.byte(), r, 'a global');
          r.byte();
          scan.constExpr(r, 'a global initializer');
        });
        break;
      case SECTION.element:
        scan.elements(r);
        break;
      case SECTION.data:
        for (let n = r.u32(); n > 0; n--) {
          const flags = r.u32();
          if (flags === 2 && r.u32() !== 0) note(MULTI_MEMORY, 'a data segment names memory > 0');
          if (flags !== 1) scan.constExpr(r, 'a data segment offset');
          r.skip(r.u32());
        }
        break;
      case SECTION.code:
        scan.code(r, info.imports.filter((i) => i.desc.kind === 'func').length);
        break;
      default:
        break;
    }
  }
}

class Scanner {
  constructor(
    readonly bytes: Uint8Array,
    readonly note: (feature: string, where: string) => void,
    readonly checkedOnly = false,
  ) {}

  /** Checks a value type whose first byte was already read. */
  valtype(b: number, r: Reader, where: string): void {
    if (V2_TYPES.has(b)) return;
    if (b === 0x64 || b === 0x63) {
      this.note(FUNC_REFS, `${where} uses a typed reference`);
      r.sleb(33);
    } else if (b === 0x69) this.note(EXCEPTIONS, `${where} uses exnref`);
    else if (LATER_TYPES.has(b)) this.note(GC, `${where} uses a GC reference type`);
    else throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${r.pos - 1}`);
  }

  importTypes(r: Reader): void {
    for (let n = r.u32(); n > 0; n--) {
      r.skip(r.u32());
      r.skip(r.u32());
      const kind = r.byte();
      if (kind === 0) r.u32();
      else if (kind === 1) {
        this.valtype(r.byte(), r, 'an imported table');
        readLimits(r);
      } else if (kind === 2) readLimits(r);
      else if (kind === 3) {
        this.valtype(r.byte(), r, 'an imported global');
        r.byte();
      } else {
        r.byte();
        r.u32();
      }
    }
  }

  elements(r: Reader): void {
    for (let n = r.u32(); n > 0; n--) {
      const flags = r.u32();
      if (flags > 7) throw new WasmFormatError(`unknown element segment flags ${flags}`);
      if (flags & 0x02 && !(flags & 0x01)) r.u32(); // table index
      if (!(flags & 0x01)) this.constExpr(r, 'an element segment offset');
      const exprs = (flags & 0x04) !== 0;
      if (flags & 0x03) {
        const t = r.byte(); // elemkind (0x00) or reference type
        if (exprs) this.valtype(t, r, 'an element segment');
      }
      for (let count = r.u32(); count > 0; count--) {
        if (exprs) this.constExpr(r, 'an element segment item');
        else r.u32();
      }
    }
  }

  /** A constant expression: wazero accepts only constants, global.get, ref.null and ref.func. */
  constExpr(r: Reader, where: string): void {
    for (;;) {
      const op = r.byte();
      if (skipNumericConst(op, r)) continue;
      switch (op) {
        case 0x0b:
          return;
        case 0x23:
        case 0xd2:
          r.u32();
          break;
        case 0xd0:
          this.heapType(r, where);
          break;
        case 0xfd:
          if (r.u32() !== 0x0c) {
            this.note(EXTENDED_CONST, `${where} uses a SIMD instruction`);
            throw STOP;
          }
          r.skip(16);
          break;
        default:
          this.note(EXTENDED_CONST, `${where} uses instruction 0x${op.toString(16)}`);
          // Arithmetic has no immediates, so the walk can go on; anything else ends it.
          if (op < 0x45 || op > 0xc4) throw STOP;
      }
    }
  }

  heapType(r: Reader, where: string): void {
    const b = r.byte();
    if (b === 0x70 || b === 0x6f) return;
    if (b === 0x69 || b === 0x74) this.note(EXCEPTIONS, `${where} uses an exception reference`);
    else if (LATER_TYPES.has(b) || b < 0x40) {
      this.note(b < 0x40 ? FUNC_REFS : GC, `${where} uses ref.null of a later proposal's type`);
      if (b < 0x40) {
        r.pos--;
        r.sleb(33);
      }
    } else throw new WasmFormatError(`unknown heap type 0x${b.toString(16)} at byte ${r.pos - 1}`);
  }

  /**
   * Walks every function body. The common instructions (no immediate, one short LEB128
   * immediate, a plain block type, a load or store) are skipped inline with the position in a
   * local: a 2 MiB module has about a million of them, and this is one loop over the whole
   * section rather than a call per body, so V8 optimises it while it runs (on-stack
   * replacement) instead of after thousands of calls — in a fresh process that is most of the
   * scan's time. Anything else, and any immediate that is long, malformed or runs to the end of
   * its body, goes to `step`, which reads it with the checked `Reader` exactly as before, so
   * findings and errors are the same (`checkedOnly` reads everything that way).
   */
  code(r: Reader, importedFunctions: number): void {
    const bytes = this.bytes;
    for (let i = 0, n = r.u32(); i < n; i++) {
      const size = r.u32();
      const end = r.pos + size;
      if (end > r.end) throw new WasmFormatError(`function body ${i} runs past the code section`);
      const where = `function ${importedFunctions + i}`;
      const body = new Reader(bytes, r.pos, end);
      for (let groups = body.u32(); groups > 0; groups--) {
        body.u32();
        this.valtype(body.byte(), body, `a local of ${where}`);
      }
      r.pos = end;
      if (this.checkedOnly) {
        while (body.pos < end) if (!this.step(body, where)) break;
        continue;
      }
      let pos = body.pos;
      while (pos < end) {
        const op = bytes[pos]!;
        if (op >= 0x45 && op <= 0xc4) {
          pos++; // numeric, sign extension: no immediates
          continue;
        }
        const simple = SIMPLE[op]!;
        if (simple === NO_IMMEDIATE) {
          pos++;
          continue;
        }
        if (simple === ONE_INDEX) {
          const next = shortLeb(bytes, pos + 1, end);
          if (next > 0) {
            pos = next;
            continue;
          }
        } else if (simple === BLOCK) {
          const b = pos + 1 < end ? bytes[pos + 1]! : -1;
          if (b === 0x40 || V2_TYPES.has(b)) {
            pos += 2;
            continue;
          }
        } else if (simple === MEMARG) {
          // Alignment without the memory-index flag (0x40), then the offset.
          if (pos + 1 < end && bytes[pos + 1]! < 0x40) {
            const next = shortLeb(bytes, pos + 2, end);
            if (next > 0) {
              pos = next;
              continue;
            }
          }
        }
        body.pos = pos;
        if (!this.step(body, where)) break;
        pos = body.pos;
      }
    }
  }

  /** Reads one instruction with the checked reader; false when the rest of the body is not walked. */
  private step(r: Reader, where: string): boolean {
    const note = this.note;
    const at = r.pos;
    const op = r.byte();
    if (op >= 0x45 && op <= 0xc4) return true; // numeric, sign extension: no immediates
    if (skipNumericConst(op, r)) return true;
    const feature = PROPOSAL_OPCODES.get(op);
    if (feature) {
      note(feature, `${where} uses instruction 0x${op.toString(16)} at byte ${at}`);
      return false;
    }
    switch (op) {
      case 0x00:
      case 0x01:
      case 0x05:
      case 0x0f:
      case 0x1a:
      case 0x1b:
      case 0xd1:
        break;
      case 0x0b:
        break;
      case 0x02:
      case 0x03:
      case 0x04:
        this.blockType(r, where);
        break;
      case 0x0c:
      case 0x0d:
      case 0x10:
      case 0x20:
      case 0x21:
      case 0x22:
      case 0x23:
      case 0x24:
      case 0x25:
      case 0x26:
      case 0xd2:
        r.u32();
        break;
      case 0x0e:
        for (let n = r.u32(); n >= 0; n--) r.u32();
        break;
      case 0x11:
        r.u32();
        r.u32();
        break;
      case 0x1c:
        for (let n = r.u32(); n > 0; n--) this.valtype(r.byte(), r, where);
        break;
      case 0x3f:
      case 0x40:
        if (r.u32() !== 0) note(MULTI_MEMORY, `${where} addresses memory > 0`);
        break;
      case 0xd0:
        this.heapType(r, where);
        break;
      case 0xfb:
        note(GC, `${where} uses a GC instruction at byte ${at}`);
        return false;
      case 0xfe:
        note(THREADS, `${where} uses an atomic instruction at byte ${at}`);
        return false;
      case 0xfc:
        return this.misc(r, where, at);
      case 0xfd:
        return this.simd(r, where, at);
      default:
        if (op >= 0x28 && op <= 0x3e) {
          this.memarg(r, where);
          break;
        }
        // The rest of this body cannot be decoded; the engine's validation reports the details.
        note(UNKNOWN, `${where} has opcode 0x${op.toString(16)} at byte ${at}`);
        return false;
    }
    return true;
  }

  private blockType(r: Reader, where: string): void {
    const b = this.bytes[r.pos];
    if (b === 0x40) r.pos++;
    else if (b !== undefined && (V2_TYPES.has(b) || LATER_TYPES.has(b) || b === 0x64 || b === 0x63))
      this.valtype(r.byte(), r, where);
    else r.sleb(33); // a type index (multi-value)
  }

  private memarg(r: Reader, where: string): void {
    const align = r.u32();
    if (align & 0x40) {
      r.u32();
      this.note(MULTI_MEMORY, `${where} names a memory in a load or store`);
    }
    r.uleb(64);
  }

  /** The 0xFC prefix: saturating conversions, bulk memory and table instructions. */
  private misc(r: Reader, where: string, at: number): boolean {
    const sub = r.u32();
    if (sub <= 7) return true;
    switch (sub) {
      case 8:
        r.u32();
        if (r.u32() !== 0) this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
        return true;
      case 10:
        if ((r.u32() | r.u32()) !== 0) this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
        return true;
      case 11:
        if (r.u32() !== 0) this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
        return true;
      case 9:
      case 13:
      case 15:
      case 16:
      case 17:
        r.u32();
        return true;
      case 12:
      case 14:
        r.u32();
        r.u32();
        return true;
      default:
        this.note(UNKNOWN, `${where} has instruction 0xfc ${sub} at byte ${at}`);
        return false;
    }
  }

  /** The 0xFD prefix: SIMD (part of 2.0) and relaxed SIMD (not). */
  private simd(r: Reader, where: string, at: number): boolean {
    const sub = r.u32();
    if (sub <= 0x0b || sub === 0x5c || sub === 0x5d) this.memarg(r, where);
    else if (sub === 0x0c || sub === 0x0d) r.skip(16);
    else if (sub >= 0x15 && sub <= 0x22) r.skip(1);
    else if (sub >= 0x54 && sub <= 0x5b) {
      this.memarg(r, where);
      r.skip(1);
    } else if (sub >= 0x100) {
      this.note(RELAXED_SIMD, `${where} uses instruction 0xfd ${sub} at byte ${at}`);
      return false;
    }
    return true;
  }
}

/** i32/i64/f32/f64.const: skips the immediate and says so (shared by both decoders). */
function skipNumericConst(op: number, r: Reader): boolean {
  if (op === 0x41) r.sleb(32);
  else if (op === 0x42) r.sleb(64);
  else if (op === 0x43) r.skip(4);
  else if (op === 0x44) r.skip(8);
  else return false;
  return true;
}

/** How `code` may skip an opcode without the checked reader (0: it may not). */
const NO_IMMEDIATE = 1;
const ONE_INDEX = 2;
const BLOCK = 3;
const MEMARG = 4;
const SIMPLE = new Uint8Array(256);
for (const op of [0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1]) SIMPLE[op] = NO_IMMEDIATE;
// One LEB128 immediate: br, br_if, call, local.*, global.*, table.get/set, ref.func, and the
// i32/i64.const values (signed, but a short one is skipped the same way).
for (const op of [0x0c, 0x0d, 0x10, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xd2, 0x41, 0x42])
  SIMPLE[op] = ONE_INDEX;
for (const op of [0x02, 0x03, 0x04]) SIMPLE[op] = BLOCK;
for (let op = 0x28; op <= 0x3e; op++) SIMPLE[op] = MEMARG;

/**
 * The offset after a LEB128 of at most 5 bytes starting at `pos` that ends before `end`, or 0
 * when it is longer or runs to the end (the checked reader then decides what it is). Every
 * integer the instructions above carry fits: the reader accepts the same bytes.
 */
function shortLeb(bytes: Uint8Array, pos: number, end: number): number {
  const stop = Math.min(pos + 5, end);
  for (let p = pos; p < stop; p++) if (bytes[p]! < 0x80) return p + 1;
  return 0;
}

/** Runs `each` once per entry of a vector (its u32 count first). */
function repeat(r: Reader, each: () => void): void {
  for (let n = r.u32(); n > 0; n--) each();
}
