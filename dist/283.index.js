export const id = 283;
export const ids = [283,267];
export const modules = {

/***/ 56283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditWasm: () => (/* binding */ auditWasm),
  buildWasm: () => (/* reexport */ buildWasm),
  smokeWasm: () => (/* reexport */ smokeWasm)
});

// UNUSED EXPORTS: DEFAULT_SIZE_BUDGET, GUEST_LIMITS, TOOLCHAINS, checkModule, formatSize, parseModule, parseSize, unsupportedFeatures

// EXTERNAL MODULE: ./src/manifest/rules/context.ts
var context = __webpack_require__(74710);
;// CONCATENATED MODULE: ./src/wasm/abi.ts
/** Supported `samuel_protocol_version()` window (a missing export counts as 1). */
const PROTOCOL_MIN = 1;
const PROTOCOL_MAX = 1;
const i32 = 'i32';
const i64 = 'i64';
/** The seven functions of host module `samuel`, with the exact signatures wazero registers. */
const SAMUEL_HOST = {
    log: { type: { params: [i32, i32, i32, i32], results: [] } },
    fs_read: { type: { params: [i32, i32], results: [i64] }, needs: 'filesystem.read' },
    fs_write: { type: { params: [i32, i32, i32, i32], results: [i32] }, needs: 'filesystem.write' },
    exec: { type: { params: [i32, i32], results: [i32] }, needs: 'exec' },
    net_outbound: { type: { params: [i32, i32, i32, i32], results: [i32] }, needs: 'network.hosts' },
    config_get: { type: { params: [i32, i32], results: [i64] } },
    callback: { type: { params: [i32, i32, i32, i32], results: [i32] } },
};
/** Host return codes shared by fs_write, exec and net_outbound. */
const HOST_OK = 0;
const HOST_ERROR = 1;
const HOST_DENIED = 2;
const HOST_REFUSED = 3;
/** The import module names a Samuel wasm plugin may link against. */
const SAMUEL_MODULE = 'samuel';
const WASI_MODULE = 'wasi_snapshot_preview1';
/** Every function of WASI preview1 (what wazero's `wasi_snapshot_preview1` exports). */
const WASI_PREVIEW1 = new Set([
    'args_get',
    'args_sizes_get',
    'environ_get',
    'environ_sizes_get',
    'clock_res_get',
    'clock_time_get',
    'fd_advise',
    'fd_allocate',
    'fd_close',
    'fd_datasync',
    'fd_fdstat_get',
    'fd_fdstat_set_flags',
    'fd_fdstat_set_rights',
    'fd_filestat_get',
    'fd_filestat_set_size',
    'fd_filestat_set_times',
    'fd_pread',
    'fd_prestat_get',
    'fd_prestat_dir_name',
    'fd_pwrite',
    'fd_read',
    'fd_readdir',
    'fd_renumber',
    'fd_seek',
    'fd_sync',
    'fd_tell',
    'fd_write',
    'path_create_directory',
    'path_filestat_get',
    'path_filestat_set_times',
    'path_link',
    'path_open',
    'path_readlink',
    'path_remove_directory',
    'path_rename',
    'path_symlink',
    'path_unlink_file',
    'poll_oneoff',
    'proc_exit',
    'proc_raise',
    'random_get',
    'sched_yield',
    'sock_accept',
    'sock_recv',
    'sock_send',
    'sock_shutdown',
]);
/**
 * Export names Samuel reserves for its own commands (a manifest may not declare them). Taken
 * from the module that defines them, not the rules barrel, which would load every manifest rule
 * (and semver) into the smoke harness.
 */

/** Exports whose signature Samuel relies on: `() -> i32`. */
const PROBE_EXPORTS = ['samuel_protocol_version', 'health'];

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/wasm/binary.ts
/**
 * A cursor over WebAssembly binary bytes: LEB128 integers, strict UTF-8 names and bounds checks.
 * Every read past the end raises a `WasmFormatError`, so hostile input can only fail cleanly.
 */


/** Thrown when the bytes are not a WebAssembly module Samuel's runtime would decode. */
class WasmFormatError extends errors/* ReleaseError */.K2 {
    constructor(message, fix) {
        super('AUDIT', message, {
            fix: fix ??
                'rebuild the module with a WebAssembly toolchain (it must be a core wasm binary, version 1)',
        });
    }
}
/** Longest module-provided name quoted in a message; the rest is cut. */
const NAME_SHOWN = 120;
/** A module-provided name as messages show it: quoted, escaped, cut. */
function quoteName(name) {
    const cut = name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN)}…` : name;
    return JSON.stringify(cut);
}
/** A bounded cursor; `end` is exclusive. */
class Reader {
    bytes;
    end;
    pos;
    constructor(bytes, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.end = end;
        this.pos = start;
    }
    get done() {
        return this.pos >= this.end;
    }
    byte() {
        if (this.pos >= this.end)
            throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
        return this.bytes[this.pos++];
    }
    skip(n) {
        if (n < 0 || this.pos + n > this.end)
            throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
        this.pos += n;
    }
    /** An unsigned LEB128 of up to `bits` bits (as a JS number; 64-bit values lose precision). */
    uleb(bits = 32) {
        let result = 0;
        let shift = 0;
        for (;;) {
            const b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7;
            if (shift >= bits + 7)
                throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
        }
    }
    u32() {
        return this.uleb(32);
    }
    /** A signed LEB128 (its value is not needed, only its length). */
    sleb(bits) {
        for (let shift = 0;; shift += 7) {
            const b = this.byte();
            if ((b & 0x80) === 0)
                return;
            if (shift >= bits)
                throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
        }
    }
    /** A length-prefixed name; `what` names it when it is not valid UTF-8 (wazero refuses those). */
    name(what) {
        const raw = this.nameBytes(what);
        return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
    }
    /**
     * Skips a length-prefixed name after checking it as `name` does, without decoding it: the
     * name section holds thousands of names whose text is never used.
     */
    skipName(what) {
        this.nameBytes(what);
    }
    nameBytes(what) {
        const at = this.pos;
        const len = this.u32();
        if (this.pos + len > this.end)
            throw new WasmFormatError(`${what} runs past the end at byte ${this.pos}`);
        const raw = this.bytes.subarray(this.pos, this.pos + len);
        this.pos += len;
        if (!(0,external_node_buffer_.isUtf8)(raw)) {
            throw new WasmFormatError(`${what} at byte ${at} is not valid UTF-8; Samuel's runtime (wazero) refuses to load the module`, 'fix the name in the source (or the tool that wrote it) so every name is UTF-8, then rebuild');
        }
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/wasm/module.ts
/**
 * A small reader for the WebAssembly binary format: just the sections the audit and the
 * harness need (types, imports, functions, memories, exports), plus a rewrite of the memory
 * limits so the engine itself enforces `max_memory`. Hand-written because no maintained npm
 * parser gives function signatures without pulling in a whole toolchain.
 */

/** Bytes per WebAssembly page. */
const PAGE_SIZE = 65536;
/** Section ids (13 is the exception-handling tag section). */
const SECTION = {
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
};
const VALTYPES = {
    0x7f: 'i32',
    0x7e: 'i64',
    0x7d: 'f32',
    0x7c: 'f64',
    0x7b: 'v128',
    0x70: 'funcref',
    0x6f: 'externref',
};
const EXPORT_KINDS = ['func', 'table', 'memory', 'global', 'tag'];

/** Parses the sections the audit needs. Throws `WasmFormatError` on anything malformed. */
function parseModule(bytes) {
    if (bytes.length < 8 ||
        bytes[0] !== 0 ||
        bytes[1] !== 0x61 ||
        bytes[2] !== 0x73 ||
        bytes[3] !== 0x6d) {
        throw new WasmFormatError('not a WebAssembly module (the file does not start with \\0asm)');
    }
    if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) {
        throw new WasmFormatError('not a core WebAssembly module version 1 (components are not supported by Samuel)');
    }
    const types = [];
    const funcTypes = []; // index space: imported functions first, then defined ones
    const info = {
        imports: [],
        exports: [],
        memories: [],
        tables: [],
        sections: [],
        tableNeeds: [],
        definedFunctions: 0,
        codeBodies: 0,
    };
    const rawExports = [];
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
                for (let n = s.u32(); n > 0; n--)
                    types.push(readFuncType(s));
                break;
            case SECTION.import:
                for (let n = s.u32(); n > 0; n--) {
                    const imp = readImport(s, types);
                    if (imp.desc.kind === 'func')
                        funcTypes.push(imp.desc.type);
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
                for (let n = s.u32(); n > 0; n--)
                    info.memories.push(readLimits(s));
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
        throw new WasmFormatError(info.codeBodies === 0 && !info.sections.some((x) => x.id === SECTION.code)
            ? `the function section declares ${info.definedFunctions} function(s) but there is no code section; Samuel's runtime refuses the module`
            : `the function section declares ${info.definedFunctions} function(s) but the code section has ${info.codeBodies} bodies; Samuel's runtime refuses the module`);
    }
    const seen = new Set();
    for (const e of rawExports) {
        const kind = EXPORT_KINDS[e.kind];
        if (!kind)
            throw new WasmFormatError(`export ${quoteName(e.name)} has unknown kind ${e.kind}`);
        if (seen.has(e.name))
            throw new WasmFormatError(`export ${quoteName(e.name)} is exported twice`);
        seen.add(e.name);
        const exp = { name: e.name, kind, index: e.index };
        if (kind === 'func') {
            const t = funcTypes[e.index];
            if (!t)
                throw new WasmFormatError(`export ${quoteName(e.name)} points at missing function ${e.index}`);
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
function readElementNeeds(s, info) {
    const imported = info.imports.filter((i) => i.desc.kind === 'table').length;
    const need = (table, end) => {
        const t = table - imported;
        if (t >= 0)
            info.tableNeeds[t] = Math.max(info.tableNeeds[t] ?? 0, end);
    };
    const unknown = () => {
        info.tableNeeds = info.tables.map(() => Infinity);
    };
    try {
        for (let n = s.u32(); n > 0; n--) {
            const flags = s.u32();
            if (flags & 0x01)
                return unknown(); // passive or declarative: not followed here
            const table = flags & 0x02 ? s.u32() : 0;
            let offset = Infinity;
            if (s.bytes[s.pos] === 0x41) {
                s.byte();
                const at = s.pos;
                s.sleb(32);
                offset = s.pos - at <= 4 ? new Reader(s.bytes, at).u32() : Infinity;
                if (s.byte() !== 0x0b)
                    offset = Infinity;
            }
            else
                offset = Infinity;
            if (offset === Infinity || flags & 0x04)
                return unknown(); // expression items: not followed
            if (flags & 0x02)
                s.byte(); // elemkind
            const count = s.u32();
            for (let i = 0; i < count; i++)
                s.u32();
            need(table, offset + count);
        }
    }
    catch {
        unknown();
    }
}
/** A custom section: its name, and for the "name" section every name in it, must be UTF-8. */
function readCustom(s) {
    const name = s.name('custom section name');
    if (name !== 'name')
        return;
    while (!s.done) {
        const sub = s.byte();
        const size = s.u32();
        const end = s.pos + size;
        if (end > s.end)
            throw new WasmFormatError(`name subsection ${sub} runs past its section`);
        const n = new Reader(s.bytes, s.pos, end);
        if (sub === 0)
            n.skipName('module name (name section)');
        else if (sub === 1 || sub === 2) {
            for (let count = n.u32(); count > 0; count--) {
                const fn = n.u32();
                if (sub === 1)
                    n.skipName(`name of function ${fn} (name section)`);
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
function readFuncType(s) {
    const form = s.byte();
    if (form !== 0x60) {
        throw new WasmFormatError(`the type section uses form 0x${form.toString(16)} (the garbage-collection proposal); Samuel's runtime (wazero, WebAssembly 2.0 features) refuses the module`, 'build without the GC proposal (WebAssembly 2.0 features only)');
    }
    const params = [];
    for (let n = s.u32(); n > 0; n--)
        params.push(readValtype(s));
    const results = [];
    for (let n = s.u32(); n > 0; n--)
        results.push(readValtype(s));
    return { params, results };
}
function readValtype(s) {
    const b = s.byte();
    const t = VALTYPES[b];
    if (t)
        return t;
    if (b === 0x64 || b === 0x63) {
        s.sleb(33); // typed reference (function references / GC proposals): heap type
        return 'ref';
    }
    throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${s.pos - 1}`);
}
/** Limits; memory64 sizes are 64-bit LEB128s. */
function readLimits(s) {
    const flags = s.byte();
    if (flags > 0x07)
        throw new WasmFormatError(`unknown limits flags 0x${flags.toString(16)}`);
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
function typeAt(types, index) {
    const t = types[index];
    if (!t)
        throw new WasmFormatError(`function refers to missing type ${index}`);
    return t;
}
function readImport(s, types) {
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
            throw new WasmFormatError(`import ${quoteName(`${module}.${name}`)} has unknown kind ${kind}`);
    }
}
/** `(i32, i32) -> i64` — the way Samuel's contract writes signatures. */
function formatType(t) {
    const results = t.results.length === 0
        ? '()'
        : t.results.length === 1
            ? t.results[0]
            : `(${t.results.join(', ')})`;
    return `(${t.params.join(', ')}) -> ${results}`;
}
/** True when two signatures are identical. */
function sameType(a, b) {
    return a.params.join() === b.params.join() && a.results.join() === b.results.join();
}
/** The most pages a 32-bit memory can have (4 GiB), in wazero and in V8 alike. */
const MAX_PAGES = 65536;
/** V8's limit on table entries; wazero allows up to 2^27 (134,217,728). */
const ENGINE_TABLE_LIMIT = 10_000_000;
/**
 * Entries the harness gives a table that declares more (and whose element segments need no
 * more): V8 fills tables eagerly, so ten tables of 10 million entries cost it seconds and GBs.
 */
const HARNESS_TABLE_ENTRIES = 1_000_000;
/**
 * Returns a copy of the module the harness's engine can run with Samuel's budgets: its own
 * memories may grow to at most `maxPages` (the engine then fails any `memory.grow` past the cap
 * with -1, exactly like a runtime-enforced limit), and tables larger than V8 allows are lowered
 * to that limit (wazero runs them; only indexes past the limit would behave differently).
 */
function adaptForHarness(bytes, info, maxPages) {
    const cap = Math.min(maxPages, MAX_PAGES);
    // What each table gets in the harness: at least what its element segments write.
    const kept = info.tables.map((t, i) => Math.min(t.min, Math.max(HARNESS_TABLE_ENTRIES, Math.min(info.tableNeeds[i] ?? 0, ENGINE_TABLE_LIMIT))));
    const clampedTables = info.tables
        .map((t, i) => ({ declared: t.min, kept: kept[i] ?? t.min }))
        .filter((t) => t.kept < t.declared);
    const replacements = [];
    if (info.memorySection) {
        const body = [...uleb(info.memories.length)];
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
    const oversized = clampedTables.length > 0 || info.tables.some((t) => (t.max ?? 0) > ENGINE_TABLE_LIMIT);
    if (info.tableSection && oversized) {
        const s = new Reader(bytes, info.tableSection.start);
        s.byte();
        s.u32(); // section header
        const body = [...uleb(s.u32())];
        for (const [i, t] of info.tables.entries()) {
            const refType = s.byte();
            readLimits(s);
            const min = kept[i] ?? t.min;
            const max = t.max === undefined ? undefined : Math.max(min, Math.min(t.max, ENGINE_TABLE_LIMIT));
            body.push(refType, max === undefined ? 0 : 1, ...uleb(min), ...(max === undefined ? [] : uleb(max)));
        }
        replacements.push({
            ...info.tableSection,
            section: [SECTION.table, ...uleb(body.length), ...body],
        });
    }
    const memoryExport = exportOwnMemory(bytes, info);
    if (memoryExport)
        replacements.push(memoryExport);
    if (replacements.length === 0)
        return { bytes, clampedTables };
    replacements.sort((x, y) => x.start - y.start);
    const parts = [];
    let at = 0;
    for (const r of replacements) {
        parts.push(bytes.subarray(at, r.start), Uint8Array.from(r.section));
        at = r.end;
    }
    parts.push(bytes.subarray(at));
    return { bytes: Buffer.concat(parts), clampedTables };
}
/** The export name under which the harness sees a memory the module does not export. */
const HARNESS_MEMORY_EXPORT = 'samuel-plugin-release:memory';
/** Sections that must come after the export section (start, element, data count, code, data). */
const AFTER_EXPORT = new Set([
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
function exportOwnMemory(bytes, info) {
    if (info.memories.length === 0 || info.exports.some((e) => e.kind === 'memory'))
        return undefined;
    if (info.imports.some((i) => i.desc.kind === 'memory'))
        return undefined; // memory 0 is imported
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
function capMemory(bytes, info, maxPages) {
    return adaptForHarness(bytes, { ...info, tables: [] }, maxPages).bytes;
}
function uleb(value) {
    const out = [];
    let v = value;
    do {
        let b = v % 128;
        v = Math.floor(v / 128);
        if (v !== 0)
            b |= 0x80;
        out.push(b);
    } while (v !== 0);
    return out;
}

;// CONCATENATED MODULE: ./src/wasm/audit.ts


const MIB = 1024 * 1024;
/** Audits a parsed module against its manifest; returns every finding (errors first). */
function auditModule(info, ctx) {
    const findings = [];
    const at = (field, fallback) => {
        const pos = ctx.positions?.get(field) ?? (fallback ? ctx.positions?.get(fallback) : undefined);
        return {
            field,
            ...(ctx.file ? { file: ctx.file } : {}),
            ...(pos ? { line: pos.line, col: pos.col } : {}),
        };
    };
    const m = ctx.manifest;
    const exportsField = m.wasm && m.exports === m.wasm.exports ? 'wasm.exports' : 'runtime.exports';
    const funcs = new Map(info.exports.filter((e) => e.kind === 'func').map((e) => [e.name, e]));
    for (const name of m.exports) {
        if ((0,context/* isReservedExport */.l5)(name)) {
            findings.push({
                severity: 'error',
                rule: 'reserved-export',
                message: `export "${name}" is a name Samuel reserves for its own commands`,
                fix: `rename the export in the module and in ${exportsField} (reserved: ${[...context/* RESERVED_EXPORTS */.b5].join(', ')})`,
                ...at(exportsField),
            });
        }
        if (!funcs.has(name)) {
            const other = info.exports.find((e) => e.name === name);
            findings.push({
                severity: 'error',
                rule: 'missing-export',
                message: other
                    ? `declared export "${name}" is a ${other.kind}, not a function`
                    : `declared export "${name}" does not exist in the module`,
                fix: `export a function "${name}" from the module (Go: //go:wasmexport ${name}) or remove it from ${exportsField}`,
                ...at(exportsField),
            });
        }
    }
    if (m.exports.length === 0) {
        findings.push({
            severity: 'error',
            rule: 'no-exports',
            message: 'the manifest declares no exports; Samuel needs at least one',
            fix: 'list the module\'s entry points in [runtime].exports or [wasm].exports, e.g. exports = ["greet"]',
            ...at('wasm', 'runtime'),
        });
    }
    for (const name of PROBE_EXPORTS) {
        const e = info.exports.find((x) => x.name === name);
        if (!e)
            continue; // missing is allowed: protocol 1, healthy
        if (e.kind !== 'func' || !e.type || !sameType(e.type, { params: [], results: ['i32'] })) {
            findings.push({
                severity: 'error',
                rule: 'probe-signature',
                message: `export "${name}" has ${e.type ? `signature ${formatType(e.type)}` : `kind ${e.kind}`}; Samuel calls it as () -> i32`,
                fix: `declare ${name} with no parameters returning a 32-bit integer (Go: func ${name}() int32)`,
            });
        }
    }
    if (funcs.has('_initialize') && !funcs.has('_start')) {
        findings.push({
            severity: 'warning',
            rule: 'reactor-initialize',
            message: 'the module exports _initialize, which Samuel v2.3 never calls (wazero runs only _start); code that needs it, such as the Go runtime, traps on the first call',
            fix: 'build with TinyGo (tinygo build -target=wasi), Rust or C, or make every export work without _initialize',
        });
    }
    for (const imp of info.imports) {
        const where = `import ${imp.module}.${imp.name}`;
        if (imp.module === SAMUEL_MODULE) {
            const host = SAMUEL_HOST[imp.name];
            if (!host) {
                findings.push({
                    severity: 'error',
                    rule: 'unknown-host-function',
                    message: `${where} does not exist in Samuel's host module, so the module fails to link`,
                    fix: `import only ${Object.keys(SAMUEL_HOST).join(', ')} from "samuel"`,
                });
                continue;
            }
            if (imp.desc.kind !== 'func' || !sameType(imp.desc.type, host.type)) {
                const got = imp.desc.kind === 'func' ? formatType(imp.desc.type) : imp.desc.kind;
                findings.push({
                    severity: 'error',
                    rule: 'host-signature',
                    message: `${where} is declared as ${got}, but Samuel provides ${formatType(host.type)}, so the module fails to link`,
                    fix: `declare ${imp.name} with signature ${formatType(host.type)} (all pointers and lengths are i32)`,
                });
            }
            if (host.needs && !hasCapability(m, host.needs)) {
                findings.push({
                    severity: 'error',
                    rule: 'capability-missing',
                    ...capabilityFinding(where, host.needs),
                    ...at(capField(host.needs), 'capabilities'),
                });
            }
            continue;
        }
        if (imp.module === WASI_MODULE) {
            if (imp.desc.kind !== 'func' || !WASI_PREVIEW1.has(imp.name)) {
                findings.push({
                    severity: 'error',
                    rule: 'unknown-wasi-function',
                    message: `${where} is not a WASI preview1 function, so the module fails to link`,
                    fix: 'build for wasm32-wasip1 (preview1); preview2/components are not supported by Samuel',
                });
            }
            continue;
        }
        findings.push({
            severity: 'error',
            rule: 'forbidden-import',
            message: `${where} comes from module "${imp.module}"; Samuel provides only "samuel" and "wasi_snapshot_preview1", so the module fails to link`,
            fix: imp.desc.kind === 'memory'
                ? 'let the module define its own memory (do not link with --import-memory)'
                : `remove the dependency on "${imp.module}" (for C/Rust, link with --no-entry and avoid undefined symbols)`,
        });
    }
    const capBytes = m.runtime.maxMemoryMiB * MIB;
    for (const mem of info.memories) {
        const initial = mem.min * PAGE_SIZE;
        if (initial > capBytes) {
            findings.push({
                severity: 'error',
                rule: 'memory-initial',
                message: `the module starts with ${fmtMiB(initial)} of linear memory, more than max_memory = ${m.runtime.maxMemoryMiB} MiB`,
                fix: `raise [runtime].max_memory to at least ${Math.ceil(initial / MIB)}, or shrink the module's initial memory`,
                ...at('runtime.max_memory', 'runtime'),
            });
        }
        else if (mem.max !== undefined && mem.max * PAGE_SIZE > capBytes) {
            findings.push({
                severity: 'error',
                rule: 'memory-maximum',
                message: `the module declares a memory maximum of ${fmtMiB(mem.max * PAGE_SIZE)}, more than max_memory = ${m.runtime.maxMemoryMiB} MiB`,
                fix: `raise [runtime].max_memory to ${Math.ceil((mem.max * PAGE_SIZE) / MIB)}, or link with a lower maximum (e.g. -Wl,--max-memory=${capBytes})`,
                ...at('runtime.max_memory', 'runtime'),
            });
        }
        else if (mem.max === undefined) {
            findings.push({
                severity: 'notice',
                rule: 'memory-unbounded',
                message: `the module declares no memory maximum; the runtime caps it at max_memory = ${m.runtime.maxMemoryMiB} MiB`,
            });
        }
    }
    const rank = { error: 0, warning: 1, notice: 2 };
    return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
function hasCapability(m, cap) {
    const c = m.capabilities;
    switch (cap) {
        case 'exec':
            return c.exec;
        case 'filesystem.read':
            return c.filesystem.read.length > 0;
        case 'filesystem.write':
            return c.filesystem.write.length > 0;
        case 'network.hosts':
            return c.network.hosts.length > 0 || c.network.outbound.length > 0;
    }
}
function capField(cap) {
    return `capabilities.${cap}`;
}
function capabilityFinding(where, cap) {
    switch (cap) {
        case 'exec':
            return {
                message: `${where} needs exec = true, but the manifest does not grant it: every call would be denied`,
                fix: 'set exec = true under [capabilities], or stop importing samuel.exec',
            };
        case 'filesystem.read':
            return {
                message: `${where} needs [capabilities.filesystem] read globs, but none are declared: every call would be denied`,
                fix: 'add read = ["/workspace/**"] (or narrower) under [capabilities.filesystem], or stop importing samuel.fs_read',
            };
        case 'filesystem.write':
            return {
                message: `${where} needs [capabilities.filesystem] write globs, but none are declared: every call would be denied`,
                fix: 'add write = ["/workspace/out/**"] (or narrower) under [capabilities.filesystem], or stop importing samuel.fs_write',
            };
        case 'network.hosts':
            return {
                message: `${where} needs [capabilities.network] hosts, but none are declared: every call would be denied`,
                fix: 'add hosts = ["api.example.com"] under [capabilities.network], or stop importing samuel.net_outbound',
            };
    }
}
function fmtMiB(bytes) {
    return `${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 2)} MiB`;
}

// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
;// CONCATENATED MODULE: ./src/wasm/read.ts
/** Reads a module file: regular files only, bounded, with an error that says how to produce it. */


/**
 * The module's bytes. A FIFO or device (`/dev/zero`) is refused before anything is read, and a
 * module over `READ_LIMITS.module` is refused; a missing file names the build step.
 */
async function readModule(modulePath) {
    try {
        return await (0,files/* readRegularFile */.XF)(modulePath, { maxBytes: files/* READ_LIMITS */.Cl.module, what: 'module' });
    }
    catch (e) {
        if (e instanceof errors/* IoError */.dA && e.cause?.code === 'ENOENT') {
            throw new errors/* IoError */.dA(`cannot read the wasm module ${modulePath}: no such file`, {
                cause: e.cause,
                fix: 'run `samuel-plugin-release build` first, or point [wasm].module at the built file',
            });
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/wasm/features.ts
/**
 * Which WebAssembly features a module uses beyond what Samuel's runtime loads. Samuel v2.3 runs
 * wazero v1.11 with its default configuration: the WebAssembly 2.0 core features (bulk memory,
 * multi-value, mutable globals, non-trapping conversions, reference types, sign extension, SIMD)
 * and nothing else — threads and tail calls are opt-in there, and exception handling, memory64,
 * multi-memory, GC, typed function references, relaxed SIMD and extended constant expressions
 * are not implemented. V8 accepts several of those, so the harness cannot be the judge: this
 * scanner walks every section and every instruction and names the first use of each feature.
 */


const THREADS = 'threads (shared memory and atomics)';
const TAIL_CALLS = 'tail calls';
const EXCEPTIONS = 'exception handling';
const MEMORY64 = 'memory64';
const MULTI_MEMORY = 'multiple memories';
const GC = 'garbage collection (GC types)';
const FUNC_REFS = 'typed function references';
/** Single-byte opcodes of proposals wazero's default configuration does not enable. */
const PROPOSAL_OPCODES = new Map([
    ...[0x06, 0x07, 0x08, 0x09, 0x0a, 0x18, 0x19, 0x1f].map((op) => [
        op,
        EXCEPTIONS,
    ]),
    ...[0x12, 0x13].map((op) => [op, TAIL_CALLS]),
    ...[0x14, 0x15, 0xd3, 0xd4, 0xd5, 0xd6].map((op) => [op, FUNC_REFS]),
]);
const RELAXED_SIMD = 'relaxed SIMD';
const EXTENDED_CONST = 'extended constant expressions';
const UNKNOWN = 'an instruction outside WebAssembly 2.0';
/** wazero's limit on table sizes (`MaximumFunctionIndex`). */
const WAZERO_TABLE_LIMIT = 2 ** 27;
/** The value types of WebAssembly 2.0. */
const V2_TYPES = new Set([0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);
/** Single-byte reference shorthands from later proposals: exnref, then the GC ones. */
const LATER_TYPES = new Set([0x69, 0x74, 0x73, 0x72, 0x71, 0x6e, 0x6d, 0x6c, 0x6b, 0x6a]);
/**
 * Returns every feature the module uses that wazero's default configuration rejects.
 * `checkedOnly` reads every instruction with the checked reader, skipping nothing inline: the
 * tests compare both ways on arbitrary bytes.
 */
function unsupportedFeatures(bytes, info, options = {}) {
    const found = new Map();
    const note = (feature, where) => {
        if (!found.has(feature))
            found.set(feature, where);
    };
    const limits = (l, what, memory) => {
        if (l.shared)
            note(THREADS, `${what} is shared`);
        if (l.memory64)
            note(memory ? MEMORY64 : GC, `${what} uses 64-bit indexes`);
        if (memory && !l.memory64 && (l.min > MAX_PAGES || (l.max ?? 0) > MAX_PAGES))
            note('memories over 4 GiB', `${what} declares ${Math.max(l.min, l.max ?? 0)} pages (the limit is ${MAX_PAGES})`);
        if (!memory && l.min > WAZERO_TABLE_LIMIT)
            note('tables over 2^27 entries', `${what} declares ${l.min} entries`);
    };
    let memories = info.memories.length;
    info.imports.forEach((imp) => {
        if (imp.desc.kind === 'memory') {
            memories++;
            limits(imp.desc.limits, `imported memory ${imp.module}.${imp.name}`, true);
        }
        if (imp.desc.kind === 'tag')
            note(EXCEPTIONS, `import ${imp.module}.${imp.name} is a tag`);
    });
    info.memories.forEach((m, i) => limits(m, `memory ${i}`, true));
    info.tables.forEach((t, i) => limits(t, `table ${i}`, false));
    if (memories > 1)
        note(MULTI_MEMORY, `the module has ${memories} memories`);
    for (const e of info.exports)
        if (e.kind === 'tag')
            note(EXCEPTIONS, `export ${JSON.stringify(e.name)} is a tag`);
    const scan = new Scanner(bytes, note, options.checkedOnly === true);
    for (const sec of info.sections) {
        try {
            scanSection(scan, new Reader(bytes, sec.start, sec.end), sec.id, info);
        }
        catch (e) {
            if (e !== STOP)
                throw e;
        }
    }
    return [...found].map(([feature, where]) => ({ feature, where }));
}
/** Thrown to stop reading a section after an instruction whose encoding is unknown. */
const STOP = Symbol('stop');
function scanSection(scan, r, id, info) {
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
                    if (flags === 2 && r.u32() !== 0)
                        note(MULTI_MEMORY, 'a data segment names memory > 0');
                    if (flags !== 1)
                        scan.constExpr(r, 'a data segment offset');
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
    bytes;
    note;
    checkedOnly;
    constructor(bytes, note, checkedOnly = false) {
        this.bytes = bytes;
        this.note = note;
        this.checkedOnly = checkedOnly;
    }
    /** Checks a value type whose first byte was already read. */
    valtype(b, r, where) {
        if (V2_TYPES.has(b))
            return;
        if (b === 0x64 || b === 0x63) {
            this.note(FUNC_REFS, `${where} uses a typed reference`);
            r.sleb(33);
        }
        else if (b === 0x69)
            this.note(EXCEPTIONS, `${where} uses exnref`);
        else if (LATER_TYPES.has(b))
            this.note(GC, `${where} uses a GC reference type`);
        else
            throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${r.pos - 1}`);
    }
    importTypes(r) {
        for (let n = r.u32(); n > 0; n--) {
            r.skip(r.u32());
            r.skip(r.u32());
            const kind = r.byte();
            if (kind === 0)
                r.u32();
            else if (kind === 1) {
                this.valtype(r.byte(), r, 'an imported table');
                readLimits(r);
            }
            else if (kind === 2)
                readLimits(r);
            else if (kind === 3) {
                this.valtype(r.byte(), r, 'an imported global');
                r.byte();
            }
            else {
                r.byte();
                r.u32();
            }
        }
    }
    elements(r) {
        for (let n = r.u32(); n > 0; n--) {
            const flags = r.u32();
            if (flags > 7)
                throw new WasmFormatError(`unknown element segment flags ${flags}`);
            if (flags & 0x02 && !(flags & 0x01))
                r.u32(); // table index
            if (!(flags & 0x01))
                this.constExpr(r, 'an element segment offset');
            const exprs = (flags & 0x04) !== 0;
            if (flags & 0x03) {
                const t = r.byte(); // elemkind (0x00) or reference type
                if (exprs)
                    this.valtype(t, r, 'an element segment');
            }
            for (let count = r.u32(); count > 0; count--) {
                if (exprs)
                    this.constExpr(r, 'an element segment item');
                else
                    r.u32();
            }
        }
    }
    /** A constant expression: wazero accepts only constants, global.get, ref.null and ref.func. */
    constExpr(r, where) {
        for (;;) {
            const op = r.byte();
            if (skipNumericConst(op, r))
                continue;
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
                    if (op < 0x45 || op > 0xc4)
                        throw STOP;
            }
        }
    }
    heapType(r, where) {
        const b = r.byte();
        if (b === 0x70 || b === 0x6f)
            return;
        if (b === 0x69 || b === 0x74)
            this.note(EXCEPTIONS, `${where} uses an exception reference`);
        else if (LATER_TYPES.has(b) || b < 0x40) {
            this.note(b < 0x40 ? FUNC_REFS : GC, `${where} uses ref.null of a later proposal's type`);
            if (b < 0x40) {
                r.pos--;
                r.sleb(33);
            }
        }
        else
            throw new WasmFormatError(`unknown heap type 0x${b.toString(16)} at byte ${r.pos - 1}`);
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
    code(r, importedFunctions) {
        const bytes = this.bytes;
        for (let i = 0, n = r.u32(); i < n; i++) {
            const size = r.u32();
            const end = r.pos + size;
            if (end > r.end)
                throw new WasmFormatError(`function body ${i} runs past the code section`);
            const where = `function ${importedFunctions + i}`;
            const body = new Reader(bytes, r.pos, end);
            for (let groups = body.u32(); groups > 0; groups--) {
                body.u32();
                this.valtype(body.byte(), body, `a local of ${where}`);
            }
            r.pos = end;
            if (this.checkedOnly) {
                while (body.pos < end)
                    if (!this.step(body, where))
                        break;
                continue;
            }
            let pos = body.pos;
            while (pos < end) {
                const op = bytes[pos];
                if (op >= 0x45 && op <= 0xc4) {
                    pos++; // numeric, sign extension: no immediates
                    continue;
                }
                const simple = SIMPLE[op];
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
                }
                else if (simple === BLOCK) {
                    const b = pos + 1 < end ? bytes[pos + 1] : -1;
                    if (b === 0x40 || V2_TYPES.has(b)) {
                        pos += 2;
                        continue;
                    }
                }
                else if (simple === MEMARG) {
                    // Alignment without the memory-index flag (0x40), then the offset.
                    if (pos + 1 < end && bytes[pos + 1] < 0x40) {
                        const next = shortLeb(bytes, pos + 2, end);
                        if (next > 0) {
                            pos = next;
                            continue;
                        }
                    }
                }
                body.pos = pos;
                if (!this.step(body, where))
                    break;
                pos = body.pos;
            }
        }
    }
    /** Reads one instruction with the checked reader; false when the rest of the body is not walked. */
    step(r, where) {
        const note = this.note;
        const at = r.pos;
        const op = r.byte();
        if (op >= 0x45 && op <= 0xc4)
            return true; // numeric, sign extension: no immediates
        if (skipNumericConst(op, r))
            return true;
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
                for (let n = r.u32(); n >= 0; n--)
                    r.u32();
                break;
            case 0x11:
                r.u32();
                r.u32();
                break;
            case 0x1c:
                for (let n = r.u32(); n > 0; n--)
                    this.valtype(r.byte(), r, where);
                break;
            case 0x3f:
            case 0x40:
                if (r.u32() !== 0)
                    note(MULTI_MEMORY, `${where} addresses memory > 0`);
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
    blockType(r, where) {
        const b = this.bytes[r.pos];
        if (b === 0x40)
            r.pos++;
        else if (b !== undefined && (V2_TYPES.has(b) || LATER_TYPES.has(b) || b === 0x64 || b === 0x63))
            this.valtype(r.byte(), r, where);
        else
            r.sleb(33); // a type index (multi-value)
    }
    memarg(r, where) {
        const align = r.u32();
        if (align & 0x40) {
            r.u32();
            this.note(MULTI_MEMORY, `${where} names a memory in a load or store`);
        }
        r.uleb(64);
    }
    /** The 0xFC prefix: saturating conversions, bulk memory and table instructions. */
    misc(r, where, at) {
        const sub = r.u32();
        if (sub <= 7)
            return true;
        switch (sub) {
            case 8:
                r.u32();
                if (r.u32() !== 0)
                    this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
                return true;
            case 10:
                if ((r.u32() | r.u32()) !== 0)
                    this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
                return true;
            case 11:
                if (r.u32() !== 0)
                    this.note(MULTI_MEMORY, `${where} addresses memory > 0`);
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
    simd(r, where, at) {
        const sub = r.u32();
        if (sub <= 0x0b || sub === 0x5c || sub === 0x5d)
            this.memarg(r, where);
        else if (sub === 0x0c || sub === 0x0d)
            r.skip(16);
        else if (sub >= 0x15 && sub <= 0x22)
            r.skip(1);
        else if (sub >= 0x54 && sub <= 0x5b) {
            this.memarg(r, where);
            r.skip(1);
        }
        else if (sub >= 0x100) {
            this.note(RELAXED_SIMD, `${where} uses instruction 0xfd ${sub} at byte ${at}`);
            return false;
        }
        return true;
    }
}
/** i32/i64/f32/f64.const: skips the immediate and says so (shared by both decoders). */
function skipNumericConst(op, r) {
    if (op === 0x41)
        r.sleb(32);
    else if (op === 0x42)
        r.sleb(64);
    else if (op === 0x43)
        r.skip(4);
    else if (op === 0x44)
        r.skip(8);
    else
        return false;
    return true;
}
/** How `code` may skip an opcode without the checked reader (0: it may not). */
const NO_IMMEDIATE = 1;
const ONE_INDEX = 2;
const BLOCK = 3;
const MEMARG = 4;
const SIMPLE = new Uint8Array(256);
for (const op of [0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1])
    SIMPLE[op] = NO_IMMEDIATE;
// One LEB128 immediate: br, br_if, call, local.*, global.*, table.get/set, ref.func, and the
// i32/i64.const values (signed, but a short one is skipped the same way).
for (const op of [0x0c, 0x0d, 0x10, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xd2, 0x41, 0x42])
    SIMPLE[op] = ONE_INDEX;
for (const op of [0x02, 0x03, 0x04])
    SIMPLE[op] = BLOCK;
for (let op = 0x28; op <= 0x3e; op++)
    SIMPLE[op] = MEMARG;
/**
 * The offset after a LEB128 of at most 5 bytes starting at `pos` that ends before `end`, or 0
 * when it is longer or runs to the end (the checked reader then decides what it is). Every
 * integer the instructions above carry fits: the reader accepts the same bytes.
 */
function shortLeb(bytes, pos, end) {
    const stop = Math.min(pos + 5, end);
    for (let p = pos; p < stop; p++)
        if (bytes[p] < 0x80)
            return p + 1;
    return 0;
}
/** Runs `each` once per entry of a vector (its u32 count first). */
function repeat(r, each) {
    for (let n = r.u32(); n > 0; n--)
        each();
}

;// CONCATENATED MODULE: ./src/wasm/harness/engine.ts
/**
 * The slice of the global `WebAssembly` API the harness uses, typed here because this
 * project's Node typings do not declare the global.
 */
/** The engine of this process. */
function engine() {
    return globalThis.WebAssembly;
}

;// CONCATENATED MODULE: ./src/wasm/validate.ts




const RUNTIME = "Samuel's runtime (wazero v1.11 with its default WebAssembly 2.0 features)";
const ENGINE_LIMIT = /implementation limit|exceeds? (the )?(maximum|internal limit)|too many/i;
/**
 * Checks the module bytes. With `compile`, the adapted module is compiled (and returned) instead
 * of only validated, so the smoke test does not pay for V8's work twice.
 *
 * With `deferFeatures` (and `compile`), a module V8 compiles is returned before the feature scan
 * has run, with the scan as `featureFindings`: the smoke test starts the guest and scans while it
 * runs, and must call it before trusting anything else in the result. The scan's findings, when
 * there are any, are exactly the `findings` the check would otherwise have returned (and they
 * take precedence over everything else, as they do there). A module V8 refuses is scanned before
 * the check returns, as without the option.
 */
async function checkModule(bytes, maxPages, options = {}) {
    let info;
    try {
        info = parseModule(bytes);
    }
    catch (e) {
        if (!(e instanceof WasmFormatError))
            throw e;
        return { findings: [invalid(e.message, e.fix)] };
    }
    const adapted = adaptForHarness(bytes, info, maxPages);
    const WA = engine();
    // V8 compiles on background threads while the feature scan runs here.
    const compiling = options.compile ? WA.compile(adapted.bytes) : undefined;
    compiling?.catch(() => undefined);
    const scan = () => unsupportedFeatures(bytes, info).map((f) => ({
        severity: 'error',
        rule: 'unsupported-feature',
        message: `the module uses ${f.feature} (${f.where}); ${RUNTIME} rejects it, so Samuel cannot load the module`,
        fix: `build without ${f.feature}: target plain wasm32-wasip1 and turn off the feature in the compiler flags`,
    }));
    const deferred = options.deferFeatures === true && compiling !== undefined;
    if (!deferred) {
        const features = scan();
        if (features.length > 0)
            return { info, findings: features };
    }
    if (!compiling && WA.validate(adapted.bytes))
        return { findings: [], info, adapted };
    try {
        const compiled = await (compiling ?? WA.compile(adapted.bytes));
        return {
            findings: [],
            info,
            adapted,
            compiled,
            ...(deferred ? { featureFindings: scan } : {}),
        };
    }
    catch (e) {
        // Deferred, the scan has not run: its findings come first, as they would have.
        const features = deferred ? scan() : [];
        if (features.length > 0)
            return { info, findings: features };
        const message = String(e.message ?? e).replace(/^WebAssembly\.\w+\(\): /, '');
        if (ENGINE_LIMIT.test(message))
            return { findings: [], info, adapted, engineLimit: message };
        return {
            info,
            findings: [
                invalid(`the module is not valid WebAssembly: ${message}`, 'rebuild the module; if a post-processing tool rewrote it, check that tool'),
            ],
        };
    }
}
function invalid(message, fix) {
    return {
        severity: 'error',
        rule: 'module-invalid',
        message,
        ...(fix ? { fix } : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/size.ts
var util_size = __webpack_require__(57155);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
;// CONCATENATED MODULE: ./src/wasm/text.ts
/** Guest and compiler text as the user sees it: inert (no workflow commands) and bounded. */

/** Characters an inert line keeps by default, leaving room for notes appended after it. */
const LINE_ROOM = report/* MAX_UNTRUSTED_LINE */.tJ - 512;
/**
 * One line of untrusted text, inert (see `inertLog`), on one line, and at most `room`
 * characters plus a note — short enough that rendering it through `inertLog` again changes nothing.
 */
function inertLine(text, room = LINE_ROOM) {
    const line = (0,report/* inertLog */.H_)(text).replace(/\n/g, ' ');
    return line.length > room
        ? `${line.slice(0, room)}… [${line.length - room} characters cut]`
        : line;
}
/** Splits streamed output into whole lines; `flush` returns what is left at the end. */
class LineSplitter {
    maxLine;
    rest = '';
    constructor(maxLine = report/* MAX_UNTRUSTED_LINE */.tJ) {
        this.maxLine = maxLine;
    }
    push(chunk) {
        const parts = (this.rest + chunk).split(/\r\n|\r|\n/);
        this.rest = parts.pop() ?? '';
        // A line that never ends is emitted in pieces rather than held without bound.
        while (this.rest.length > this.maxLine) {
            parts.push(this.rest.slice(0, this.maxLine));
            this.rest = this.rest.slice(this.maxLine);
        }
        return parts;
    }
    flush() {
        const last = this.rest;
        this.rest = '';
        return last === '' ? [] : [last];
    }
}

// EXTERNAL MODULE: ./src/wasm/toolchain.ts
var wasm_toolchain = __webpack_require__(74267);
;// CONCATENATED MODULE: ./src/wasm/build.ts
/**
 * `build`: compiles the plugin with its toolchain into `[wasm].module`, streams the compiler's
 * output into a log group, enforces the size budget and records the toolchain version.
 */










/** Samuel's reference plugin fails its release above 2 MiB. */
const DEFAULT_SIZE_BUDGET = 2 * 1024 * 1024;
/** How to get each toolchain, for the error when it is missing. */
const TOOLCHAIN_INSTALL = {
    tinygo: 'install TinyGo 0.31+ (the build action does it for you)',
    go: 'install Go 1.24 or newer',
    rust: 'install Rust with the wasm32-wasip1 target (rustup target add wasm32-wasip1)',
    assemblyscript: "add assemblyscript to the plugin's devDependencies and run npm ci in the plugin folder",
    command: 'check the program named by --build-command',
};
/** Builds the module of a wasm plugin; throws `ReleaseError` (BUILD) with the compiler's words. */
async function buildWasm(loaded, options = {}) {
    const wasm = loaded.manifest.wasm;
    if (loaded.manifest.kind !== 'wasm' || !wasm) {
        throw new errors/* ConfigurationError */.j1(`${loaded.file} declares kind = "${loaded.manifest.kind}", not "wasm"`, {
            fix: 'run build on a wasm plugin (kind = "wasm" with a [wasm] table)',
            position: { file: loaded.file },
        });
    }
    const modulePath = (0,external_node_path_.resolve)(loaded.dir, wasm.module);
    const toolchain = await (0,wasm_toolchain/* detectToolchain */.bf)(loaded.dir, options.toolchain);
    const plan = (0,wasm_toolchain/* planBuild */.C7)(toolchain, loaded.dir, modulePath, options.buildCommand, options.env ?? process.env);
    const version = await (0,wasm_toolchain/* toolchainVersion */.aG)(plan, loaded.dir);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(modulePath), { recursive: true });
    const commandLine = [plan.command, ...plan.args].map(quoteArg).join(' ');
    const shown = (0,external_node_path_.relative)(loaded.dir, plan.producedAt) || plan.producedAt;
    const before = await fingerprint(plan.producedAt);
    const compile = async () => {
        // Compiler output is untrusted text: streamed line by line, each line made inert.
        const splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
        const show = (lines) => lines.forEach((l) => options.reporter?.info(inertLine(l)));
        const r = await (0,exec.run)(plan.command, plan.args, {
            cwd: loaded.dir,
            env: { ...(options.env ?? process.env), ...plan.env },
            onOutput: (chunk, stream) => show(splitters[stream].push(chunk)),
        }).catch((e) => {
            throw new errors/* IoError */.dA(`cannot run ${plan.command}: the ${toolchain} toolchain is not installed`, {
                cause: e,
                fix: TOOLCHAIN_INSTALL[toolchain],
            });
        });
        show([...splitters.stdout.flush(), ...splitters.stderr.flush()]);
        if (r.code !== 0) {
            const words = (0,exec/* tail */.R)(r.stderr + '\n' + r.stdout)
                .split('\n')
                .map((l) => inertLine(l))
                .join('\n');
            throw new errors/* ReleaseError */.K2('BUILD', `${commandLine} failed (exit code ${r.code}):\n${words}`, {
                fix: 'fix the compiler error above, then build again',
            });
        }
    };
    const title = `build ${loaded.manifest.name} with ${toolchain} (${version})`;
    if (options.reporter)
        await options.reporter.group(title, compile);
    else
        await compile();
    const after = await fingerprint(plan.producedAt);
    if (!after) {
        throw new errors/* ReleaseError */.K2('BUILD', `\`${commandLine}\` succeeded but wrote no module at ${shown}`, {
            fix: `make the build write [wasm].module (${wasm.module})`,
        });
    }
    // Only a declared command can silently skip the work; a built-in toolchain that finds nothing
    // to do (cargo's no-op build) leaves the same, still current, module.
    if (toolchain === 'command' &&
        before &&
        before.mtimeMs === after.mtimeMs &&
        before.sha256 === after.sha256) {
        throw new errors/* ReleaseError */.K2('BUILD', `\`${commandLine}\` succeeded but left ${shown} unchanged (same modification time and sha256 as before the build), so it did not build the module`, {
            fix: `make the command write ${shown} on every run (a stale module would be released otherwise): delete it first or build from clean`,
        });
    }
    if (plan.producedAt !== modulePath)
        await (0,files/* writeFileAtomic */.Zf)(modulePath, after.bytes);
    const size = after.bytes.length;
    const budget = options.sizeBudget ?? DEFAULT_SIZE_BUDGET;
    if (size > budget) {
        throw new errors/* ReleaseError */.K2('BUILD', `${wasm.module} is ${(0,util_size/* formatSize */.Xq)(size)}, over the size budget of ${(0,util_size/* formatSize */.Xq)(budget)}`, {
            fix: 'shrink the module (TinyGo -opt=z, strip debug info, drop dependencies) or raise --size-budget',
        });
    }
    return { modulePath, size, toolchain, version };
}
/** The file's modification time, content hash and bytes; undefined when it does not exist. */
async function fingerprint(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        return undefined;
    const bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* READ_LIMITS */.Cl.module, what: 'module' });
    return {
        mtimeMs: info.mtimeMs,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        bytes,
    };
}
/** An argument as a reader would type it. */
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** Parses `2MiB`, `512KiB`, `1.5MB` or plain bytes. */


// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/wasm/harness/policy.ts
/**
 * Turns the manifest's capabilities into the plain, serialisable policy the guest worker
 * applies: Samuel's grant matching (doublestar globs, literal prefixes, host patterns), WASI
 * preopens over a throw-away workspace, and the allowed environment.
 */



const GLOB_CHARS = /[*?[\]{}!]/;
/** Builds the guest policy and creates the preopened directories under `workspace`. */
function buildPolicy(m, workspace, env) {
    const grant = (glob) => {
        const re = picomatch_default().makeRe(glob, { dot: true });
        return { glob, source: re.source, flags: re.flags, literal: !GLOB_CHARS.test(glob) };
    };
    (0,external_node_fs_.mkdirSync)(workspace, { recursive: true });
    const preopens = {};
    const writable = new Set();
    const addMount = (glob, write) => {
        const guest = staticPrefix(glob);
        const host = (0,external_node_path_.join)(workspace, guest);
        (0,external_node_fs_.mkdirSync)(host, { recursive: true });
        preopens[guest] = host;
        if (write)
            writable.add(guest);
    };
    for (const g of m.capabilities.filesystem.read)
        addMount(g, false);
    for (const g of m.capabilities.filesystem.write)
        addMount(g, true);
    const allowedEnv = {};
    for (const key of m.capabilities.env) {
        const v = env[key];
        if (v !== undefined)
            allowedEnv[key] = v;
    }
    return {
        plugin: m.name,
        fsRead: m.capabilities.filesystem.read.map(grant),
        fsWrite: m.capabilities.filesystem.write.map(grant),
        exec: m.capabilities.exec,
        hosts: m.capabilities.network.hosts,
        outbound: m.capabilities.network.outbound,
        env: allowedEnv,
        preopens,
        readOnly: Object.keys(preopens).filter((g) => !writable.has(g)),
        workspace,
    };
}
/** `/workspace/src/**` → `/workspace/src`: the directory a glob can never leave. */
function staticPrefix(glob) {
    const parts = [];
    for (const part of glob.split('/')) {
        if (GLOB_CHARS.test(part))
            break;
        parts.push(part);
    }
    const prefix = external_node_path_.posix.normalize('/' + parts.join('/'));
    return prefix.length > 1 && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
}

;// CONCATENATED MODULE: ./src/wasm/harness/limits.ts
/**
 * What the harness keeps of a guest's output and lets it write, stated once so the report, the
 * tests and the README's security notes quote the same numbers. Samuel itself keeps every log
 * line and discards WASI stdout/stderr; the harness runs what Samuel runs and bounds only what
 * it keeps and shows.
 */
const GUEST_LIMITS = {
    /** Bytes kept of one `samuel.log` message (and of its level); the rest is cut with a note. */
    logMessageBytes: 2048,
    logLevelBytes: 64,
    /** `samuel.log` lines kept; later lines are counted, not kept. */
    logLines: 200,
    /** Capability denials kept; later ones are counted. */
    denials: 100,
    /** Bytes kept of WASI stdout and of stderr each (the first ones: crash messages come early). */
    stdioBytes: 16 * 1024,
    /** Bytes the guest may write into its throw-away workspace (WASI writes and samuel.fs_write). */
    workspaceBytes: 64 * 1024 * 1024,
    /** Longest path or host name a host call accepts, in bytes. */
    pathBytes: 64 * 1024,
    /** How long a terminated worker may take to stop before the harness stops waiting. */
    terminateGraceMs: 2000,
};
/** Slots of the shared counters the worker updates and the parent reads after it stops. */
const COUNTER = {
    logLinesCut: 0,
    logBytesCut: 1,
    stdoutBytes: 2,
    stderrBytes: 3,
    workspaceBytes: 4,
    denialsCut: 5,
    workspaceRefused: 6,
};
const COUNTERS = 8;
/** The shared buffer's layout: counters (Float64), then stdout, then stderr bytes. */
function sharedLayout(stdioBytes) {
    const stdout = COUNTERS * 8;
    return { size: stdout + 2 * stdioBytes, stdout, stderr: stdout + stdioBytes };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/wasm/harness/guest.ts
/** Runs inside the worker; see the file comment for why it is self-contained. */
async function guestMain(input, post, WASI, fs, path) {
    const p = input.policy;
    const L = input.limits;
    const C = input.counter;
    const result = { presentExports: [], calls: [] };
    const dec = new TextDecoder();
    const counters = new Float64Array(input.shared, 0, 8);
    // The global is read inside the worker; engine.ts only lends the types.
    const WA = globalThis.WebAssembly;
    // Assigned once the instance exists; the host functions close over it before that.
    // eslint-disable-next-line prefer-const
    let memory;
    let exports = {};
    let exitCode = null;
    let logsKept = 0;
    let denialsKept = 0;
    // WASI errno values (preview1).
    const EBADF = 8;
    const EFAULT = 21;
    const EINVAL = 28;
    const ENOSPC = 51;
    const ENOTSUP = 58;
    const ENOTCAPABLE = 76;
    const view = () => (memory ? new DataView(memory.buffer) : undefined);
    const inRange = (ptr, len) => !!memory && (ptr >>> 0) + (len >>> 0) <= memory.buffer.byteLength;
    /** At most `max` bytes at ptr, or undefined when the whole range is not in memory. */
    const bytesAt = (ptr, len, max = Infinity) => {
        if (!memory || !inRange(ptr, len))
            return undefined; // Samuel's Memory().Read fails the same way
        return new Uint8Array(memory.buffer, ptr >>> 0, Math.min(len >>> 0, max)).slice();
    };
    const str = (ptr, len, max = L.pathBytes) => {
        if (len >>> 0 > max)
            return undefined;
        const b = bytesAt(ptr, len);
        return b ? dec.decode(b) : '';
    };
    /** Text kept for the report: at most `max` bytes (the caller notes what was cut). */
    const kept = (ptr, len, max) => {
        const b = bytesAt(ptr, len, max);
        return b ? dec.decode(b) : '';
    };
    const cutOf = (ptr, len, max) => inRange(ptr, len) ? Math.max(0, (len >>> 0) - max) : 0;
    const deny = (line) => {
        if (denialsKept < L.denials) {
            denialsKept++;
            post({ t: 'denial', line: 'denied: ' + line });
        }
        else
            counters[C.denialsCut] = (counters[C.denialsCut] ?? 0) + 1;
    };
    const log = (line, bytes, cut) => {
        if (logsKept < L.logLines) {
            logsKept++;
            post({ t: 'log', line, cut });
        }
        else {
            counters[C.logLinesCut] = (counters[C.logLinesCut] ?? 0) + 1;
            counters[C.logBytesCut] = (counters[C.logBytesCut] ?? 0) + bytes;
        }
    };
    /** Reserves workspace bytes; false (and counted) when the quota would be exceeded. */
    const reserve = (n) => {
        const used = counters[C.workspaceBytes] ?? 0;
        if (used + n > L.workspaceBytes) {
            counters[C.workspaceRefused] = (counters[C.workspaceRefused] ?? 0) + 1;
            return false;
        }
        counters[C.workspaceBytes] = used + n;
        return true;
    };
    const compile = (gs) => gs.map((g) => ({ ...g, re: new RegExp(g.source, g.flags) }));
    const readGrants = compile(p.fsRead);
    const writeGrants = compile(p.fsWrite);
    // Samuel's capability.Match: a doublestar glob, or a literal path and everything below it.
    const matches = (gs, target) => gs.some((g) => g.re.test(target) ||
        (g.literal && (target === g.glob || target.startsWith(g.glob.replace(/\/+$/, '') + '/'))));
    const allowsHost = (hostPort) => {
        const viaHosts = p.hosts.some((pat) => pat === '*' ||
            pat === hostPort ||
            (pat.startsWith('*.') && hostPort.endsWith(pat.slice(1))));
        const i = hostPort.lastIndexOf(':');
        const host = i >= 0 ? hostPort.slice(0, i) : hostPort;
        const viaOutbound = p.outbound.some((pat) => pat === '*' ||
            pat === host ||
            (pat.startsWith('*.') && (host.endsWith(pat.slice(1)) || host === pat.slice(2))));
        return viaHosts || viaOutbound;
    };
    // Guest paths are absolute paths of the plugin's world; they resolve inside the workspace, and
    // what they finally point at (after symlinks the guest may have made) must stay inside it.
    const root = fs.realpathSync(p.workspace);
    const onHost = (guestPath) => path.join(p.workspace, path.posix.normalize('/' + guestPath));
    const insideRoot = (real) => real === root || real.startsWith(root + path.sep);
    // Samuel's host functions return at once while there is no host state (the start function,
    // _start and the protocol probe run without one); after that they read their arguments from
    // the module's memory, and a module without one panics the call, which traps the guest.
    let hostState = false;
    const needMemory = (fn) => {
        if (!memory)
            throw new Error(`samuel.${fn} called by a module without memory`);
    };
    const samuel = {
        log: (lp, ll, mp, ml) => {
            if (!hostState)
                return;
            needMemory('log');
            const level = kept(lp, ll, L.logLevelBytes);
            const msg = kept(mp, ml, L.logMessageBytes);
            log(`[${level}] ${msg}`, (ll >>> 0) + (ml >>> 0), cutOf(lp, ll, L.logLevelBytes) +
                cutOf(mp, ml, L.logMessageBytes));
        },
        fs_read: (pp, pl) => {
            if (!hostState)
                return 0n;
            needMemory('fs_read');
            const target = str(pp, pl);
            if (target === undefined)
                return 0n;
            if (!matches(readGrants, target)) {
                deny(`wasm: plugin "${p.plugin}" lacks filesystem.read capability for "${target}"`);
                return 0n;
            }
            let body;
            let fd;
            try {
                const real = fs.realpathSync(onHost(target));
                if (!insideRoot(real))
                    return 0n;
                fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
                const st = fs.fstatSync(fd);
                if (!st.isFile() || st.size > L.workspaceBytes)
                    return 0n;
                body = Buffer.alloc(st.size);
                let n = 0;
                while (n < body.length) {
                    const r = fs.readSync(fd, body, n, body.length - n, null);
                    if (r === 0)
                        break;
                    n += r;
                }
                body = body.subarray(0, n);
            }
            catch {
                return 0n;
            }
            finally {
                if (fd !== undefined)
                    fs.closeSync(fd);
            }
            const alloc = exports.samuel_alloc;
            if (typeof alloc !== 'function' || !memory)
                return 0n;
            const ptr = alloc(body.length) >>> 0;
            if (!inRange(ptr, body.length))
                return 0n;
            new Uint8Array(memory.buffer, ptr, body.length).set(body);
            return BigInt(ptr);
        },
        fs_write: (pp, pl, bp, bl) => {
            if (!hostState)
                return 1;
            needMemory('fs_write');
            const target = str(pp, pl);
            if (target === undefined)
                return 1;
            if (!matches(writeGrants, target)) {
                deny(`wasm: plugin "${p.plugin}" lacks filesystem.write capability for "${target}"`);
                return 2;
            }
            if (!inRange(bp, bl))
                return 1;
            if (!reserve(bl >>> 0))
                return 1;
            const body = bytesAt(bp, bl);
            let fd;
            try {
                const hostPath = onHost(target);
                if (!insideRoot(fs.realpathSync(path.dirname(hostPath))))
                    return 1;
                fd = fs.openSync(hostPath, fs.constants.O_WRONLY |
                    fs.constants.O_CREAT |
                    fs.constants.O_TRUNC |
                    fs.constants.O_NOFOLLOW |
                    fs.constants.O_NONBLOCK, 0o600);
                if (!fs.fstatSync(fd).isFile())
                    return 1;
                fs.writeSync(fd, body);
            }
            catch {
                return 1;
            }
            finally {
                if (fd !== undefined)
                    fs.closeSync(fd);
            }
            return 0;
        },
        exec: (cp, cl) => {
            if (!hostState)
                return 1;
            needMemory('exec');
            const cmd = kept(cp, cl, L.logMessageBytes);
            if (!p.exec) {
                deny(`wasm: plugin "${p.plugin}" lacks exec capability`);
                return 2;
            }
            // Samuel v2.3 records the command and spawns nothing.
            log('exec: ' + cmd, cl >>> 0, cutOf(cp, cl, L.logMessageBytes));
            return 0;
        },
        net_outbound: (hp, hl) => {
            if (!hostState)
                return 1;
            needMemory('net_outbound');
            const host = str(hp, hl);
            if (host === undefined)
                return 1;
            if (!allowsHost(host)) {
                deny(`network.outbound ${host} not in allowlist`);
                return 2;
            }
            return 0;
        },
        config_get: () => 0n,
        callback: () => 0,
    };
    // The guest gets no stdin (reads see end of file, as in wazero) and its stdout/stderr go to the
    // null device at the OS level; fd_write on 1 and 2 is captured below, up to the cap.
    const wasi = new WASI({
        version: 'preview1',
        args: [p.plugin],
        env: p.env,
        preopens: p.preopens,
        returnOnExit: true,
        stdin: input.nullFd,
        stdout: input.nullFd,
        stderr: input.nullFd,
    });
    const wasiImport = { ...wasi.wasiImport };
    const real = (name) => wasi.wasiImport[name];
    wasiImport.proc_exit = (code) => {
        exitCode = code;
        return real('proc_exit')(code);
    };
    /** Sums an iovec array; undefined when it is not inside memory. */
    const iovecs = (iovs, n) => {
        const v = view();
        if (!v || !inRange(iovs, (n >>> 0) * 8))
            return undefined;
        const out = [];
        for (let i = 0; i < n >>> 0; i++) {
            const ptr = v.getUint32((iovs >>> 0) + i * 8, true);
            const len = v.getUint32((iovs >>> 0) + i * 8 + 4, true);
            if (!inRange(ptr, len))
                return undefined;
            out.push({ ptr, len });
        }
        return out;
    };
    const capture = (fd, iovs, n, nwritten) => {
        const list = iovecs(iovs, n);
        if (!list || !inRange(nwritten, 4) || !memory)
            return EFAULT;
        const slot = fd === 1 ? C.stdoutBytes : C.stderrBytes;
        const base = fd === 1 ? input.layout.stdout : input.layout.stderr;
        const keep = new Uint8Array(input.shared, base, L.stdioBytes);
        let total = 0;
        for (const { ptr, len } of list) {
            const have = (counters[slot] ?? 0) + total;
            if (have < L.stdioBytes) {
                const take = Math.min(len, L.stdioBytes - have);
                keep.set(new Uint8Array(memory.buffer, ptr, take), have);
            }
            total += len;
        }
        counters[slot] = (counters[slot] ?? 0) + total;
        view().setUint32(nwritten >>> 0, total, true);
        return 0;
    };
    const writeWith = (name) => {
        return (...args) => {
            const [fd, iovs, n] = args;
            if (fd === 1 || fd === 2)
                return capture(fd, iovs, n, args[args.length - 1]);
            const list = iovecs(iovs, n);
            if (!list)
                return EFAULT;
            if (!reserve(list.reduce((sum, x) => sum + x.len, 0)))
                return ENOSPC;
            return real(name)(...args);
        };
    };
    wasiImport.fd_write = writeWith('fd_write');
    wasiImport.fd_pwrite = writeWith('fd_pwrite');
    wasiImport.fd_allocate = (fd, offset, len) => reserve(Number(len)) ? real('fd_allocate')(fd, offset, len) : ENOSPC;
    const eof = (fd, nread, realName, args) => {
        if (fd !== 0)
            return real(realName)(...args);
        if (!inRange(nread, 4))
            return EFAULT;
        view().setUint32(nread >>> 0, 0, true);
        return 0;
    };
    wasiImport.fd_read = (...args) => eof(args[0], args[args.length - 1], 'fd_read', args);
    wasiImport.fd_pread = (...args) => eof(args[0], args[args.length - 1], 'fd_pread', args);
    // Clocks and sleeps as wazero's defaults: fake clocks that advance 1 ms per reading, and a
    // poll_oneoff that never waits — so no host call can outlive the hard timeout.
    let wallNs = 1640995200000n * 1000000n - 1000000n;
    let monoNs = -1000000n;
    wasiImport.clock_time_get = (id, _precision, out) => {
        if (id !== 0 && id !== 1)
            return EINVAL;
        if (!inRange(out, 8))
            return EFAULT;
        const value = id === 0 ? (wallNs += 1000000n) : (monoNs += 1000000n);
        view().setBigUint64(out >>> 0, value, true);
        return 0;
    };
    wasiImport.poll_oneoff = (inPtr, outPtr, nsubs, neventsPtr) => {
        const n = nsubs >>> 0;
        if (n === 0)
            return EINVAL;
        const inAt = inPtr >>> 0;
        const outAt = outPtr >>> 0;
        if (!inRange(inAt, n * 48) || !inRange(outAt, n * 32) || !inRange(neventsPtr, 4))
            return EFAULT;
        const v = view();
        new Uint8Array(memory.buffer, outAt, n * 32).fill(0);
        v.setUint32(neventsPtr >>> 0, n, true);
        const fdstat = real('fd_fdstat_get');
        for (let i = 0; i < n; i++) {
            const sub = inAt + i * 48;
            const ev = outAt + i * 32;
            const tag = v.getUint8(sub + 8);
            let errno = 0;
            if (tag === 0) {
                const flags = v.getUint16(sub + 40, true);
                if (flags === 1)
                    return ENOTSUP;
                if (flags !== 0)
                    return EINVAL;
            }
            else if (tag === 1 || tag === 2) {
                // Probe the descriptor with fd_fdstat_get, using the event slot as scratch space.
                const exists = fdstat(v.getUint32(sub + 16, true), ev) === 0;
                new Uint8Array(memory.buffer, ev, 32).fill(0);
                errno = !exists ? EBADF : tag === 2 ? ENOTSUP : 0;
            }
            else
                return EINVAL;
            v.setBigUint64(ev, v.getBigUint64(sub, true), true);
            v.setUint16(ev + 8, errno, true);
            v.setUint8(ev + 10, tag);
        }
        return 0;
    };
    // node:wasi has no read-only preopens: refuse mutations below a read-only mount ourselves.
    const roFds = new Set();
    Object.keys(p.preopens).forEach((guest, i) => {
        if (p.readOnly.includes(guest))
            roFds.add(3 + i);
    });
    const guardFd = (name, fdArg) => {
        const inner = wasiImport[name];
        wasiImport[name] = (...args) => {
            if (roFds.has(args[fdArg])) {
                deny(`filesystem.write via WASI ${name} below a read-only mount`);
                return ENOTCAPABLE;
            }
            return inner(...args);
        };
    };
    for (const [name, fdArg] of [
        ['path_create_directory', 0],
        ['path_remove_directory', 0],
        ['path_unlink_file', 0],
        ['path_rename', 3],
        ['path_symlink', 2],
        ['path_link', 4],
        ['path_filestat_set_times', 0],
    ]) {
        guardFd(name, fdArg);
    }
    const realOpen = wasiImport.path_open;
    wasiImport.path_open = (...args) => {
        const [fd, , pp, pl, oflags, rights, , fdflags, fdOut] = args;
        const ro = roFds.has(fd);
        const writes = (oflags & (1 | 8)) !== 0 || (BigInt(rights) & (1n << 6n)) !== 0n || (fdflags & 1) !== 0;
        if (ro && writes) {
            deny(`filesystem.write ${str(pp, pl) ?? ''} is below a read-only mount`);
            return ENOTCAPABLE;
        }
        const errno = realOpen(...args);
        if (ro && errno === 0 && memory)
            roFds.add(new DataView(memory.buffer).getUint32(fdOut >>> 0, true));
        return errno;
    };
    const frames = (e) => {
        const err = e;
        const names = String(err?.stack ?? '')
            .split('\n')
            .map((l) => /at (\S+) \(wasm:\/\//.exec(l)?.[1] ??
            /at wasm:\/\/\S*:(wasm-function\[\d+\])/.exec(l)?.[1])
            .filter((n) => !!n)
            .slice(0, 4);
        const message = String(err?.message ?? e).slice(0, 1000);
        return `${message}${names.length ? ` (in ${names.join(' ← ')})` : ''}`;
    };
    const reportMemory = () => {
        if (memory)
            post({ t: 'memory', bytes: memory.buffer.byteLength });
    };
    const call = (name) => {
        post({ t: 'phase', name });
        const fn = exports[name];
        if (typeof fn !== 'function')
            return { name, missing: true, ms: 0 };
        const started = performance.now();
        try {
            if (exitCode !== null)
                throw new Error(`module closed with exit_code(${exitCode})`);
            const value = fn();
            return {
                name,
                ...(value === undefined ? {} : { value: Number(value) }),
                ms: performance.now() - started,
            };
        }
        catch (e) {
            const error = exitCode !== null ? `module closed with exit_code(${exitCode})` : frames(e);
            return { name, error, ms: performance.now() - started };
        }
        finally {
            reportMemory();
        }
    };
    post({ t: 'phase', name: 'instantiate' });
    let instance;
    try {
        instance = await WA.instantiate(input.module, { wasi_snapshot_preview1: wasiImport, samuel });
    }
    catch (e) {
        result.instantiateError = frames(e);
        return result;
    }
    exports = instance.exports;
    memory =
        exports.memory instanceof WA.Memory
            ? exports.memory
            : Object.values(exports).find((v) => v instanceof WA.Memory);
    reportMemory();
    try {
        if (typeof exports._start === 'function') {
            post({ t: 'phase', name: '_start' });
            const code = wasi.start(instance);
            if (exitCode !== null && code !== 0) {
                result.instantiateError = `module closed with exit_code(${code})`;
                return result;
            }
            result.closedAfterStart = exitCode !== null;
        }
        else if (input.initialize && typeof exports._initialize === 'function') {
            post({ t: 'phase', name: '_initialize' });
            wasi.initialize(instance);
        }
        else {
            // Arm node:wasi for reactors without running _initialize, as wazero does.
            wasi.initialize({
                exports: { memory: memory ?? new WA.Memory({ initial: 0 }) },
            });
        }
    }
    catch (e) {
        result.instantiateError =
            exitCode !== null ? `module closed with exit_code(${exitCode})` : frames(e);
        return result;
    }
    finally {
        reportMemory();
    }
    result.presentExports = input.declared.filter((n) => typeof exports[n] === 'function');
    result.protocol = call('samuel_protocol_version');
    hostState = true;
    result.health = call('health');
    for (const name of input.calls)
        result.calls.push(call(name));
    return result;
}

;// CONCATENATED MODULE: ./src/wasm/harness/runner.ts
/**
 * Runs the guest in a worker thread and enforces the time budgets from outside it: each phase
 * (start-up, each probe, each `--call`) gets the soft timeout, after which a warning is noted,
 * and the hard timeout, after which the worker is terminated. No host call the guest can make
 * blocks (see guest.ts: no stdin, sleeps return at once as in wazero), so termination is prompt
 * whatever the guest is doing; the wall time reported is measured, not assumed.
 *
 * The worker is started before the module is read and compiled, so its start-up overlaps that
 * work; the compiled module is shared with it, not compiled twice.
 */






// The worker runs guestMain from source text: no file to locate next to a bundle, and nothing
// but the harness is loaded in it. Transpilers that keep function names (esbuild, as tsx runs
// it) wrap functions in a `__name` helper that exists only in the module they emitted, so the
// worker defines a no-op one.
// What the guest needs is loaded while the worker waits for its module, not after it arrives.
const WORKER_SOURCE = `
const __name = (target) => target;
const { parentPort } = require('node:worker_threads');
const { WASI } = require('node:wasi');
const fs = require('node:fs');
const path = require('node:path');
const post = (m) => parentPort.postMessage(m);
const guestMain = ${guestMain.toString()};
parentPort.once('message', (input) => {
  guestMain(input, post, WASI, fs, path).then(
    (result) => post({ t: 'done', result }),
    (e) => post({ t: 'crash', message: String((e && e.stack) || e) }),
  );
});
`;
/** Starts a worker now, so its start-up overlaps reading and compiling the module. */
function startHarness() {
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
        eval: true,
        // WASI is experimental on Node 20; its warning would end up on our stderr.
        execArgv: ['--no-warnings'],
    });
    // An idle worker must not keep the process alive if the caller never runs it.
    worker.unref();
    let used = false;
    return {
        dispose() {
            used = true;
            void worker.terminate();
        },
        run(request, options) {
            if (used)
                throw new Error('a harness worker runs one guest');
            used = true;
            return runIn(worker, request, options);
        },
    };
}
/** Starts a worker and runs the guest in it. */
function runGuest(request, options) {
    return startHarness().run(request, options);
}
function runIn(worker, request, options) {
    const L = GUEST_LIMITS;
    const layout = sharedLayout(L.stdioBytes);
    const shared = new SharedArrayBuffer(layout.size);
    const nullFd = (0,external_node_fs_.openSync)(external_node_os_.devNull, 'r+');
    const run = {
        slow: [],
        logs: [],
        denials: [],
        peakMemoryBytes: 0,
        wallMs: 0,
        stdout: '',
        stderr: '',
        cut: { logLines: 0, logBytes: 0, denials: 0, stdoutBytes: 0, stderrBytes: 0 },
        workspaceBytes: 0,
        workspaceRefused: 0,
    };
    const started = performance.now();
    let phaseStarted = started;
    worker.ref();
    return new Promise((resolve) => {
        let soft;
        let hard;
        let grace;
        let settled = false;
        let exited = false;
        let fdClosed = false;
        // The descriptor is closed only once the worker is gone: it may still be using it.
        const closeFd = () => {
            if (fdClosed || !exited)
                return;
            fdClosed = true;
            (0,external_node_fs_.closeSync)(nullFd);
        };
        const clear = () => {
            clearTimeout(soft);
            clearTimeout(hard);
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            clear();
            clearTimeout(grace);
            run.wallMs = performance.now() - started;
            if (run.killedIn)
                run.killedAfterMs = performance.now() - phaseStarted;
            collect(run, shared, layout);
            worker.unref();
            closeFd();
            resolve(run);
        };
        const stop = () => {
            // No host call blocks, so termination is prompt; should it ever not be, stop waiting.
            grace = setTimeout(() => {
                run.crash ??= `the harness worker did not stop within ${L.terminateGraceMs} ms of being terminated`;
                finish();
            }, L.terminateGraceMs);
            void worker.terminate().finally(finish);
        };
        const phase = (name) => {
            clear();
            phaseStarted = performance.now();
            soft = setTimeout(() => run.slow.push(name), options.softTimeoutMs);
            hard = setTimeout(() => {
                run.killedIn = name;
                stop();
            }, options.hardTimeoutMs);
        };
        worker.on('message', (m) => {
            switch (m.t) {
                case 'phase':
                    phase(m.name);
                    break;
                case 'log':
                    run.logs.push(inertLine(m.line) + (m.cut > 0 ? `… [${m.cut} bytes cut]` : ''));
                    break;
                case 'denial':
                    run.denials.push(inertLine(m.line));
                    break;
                case 'memory':
                    run.peakMemoryBytes = Math.max(run.peakMemoryBytes, m.bytes);
                    break;
                case 'done':
                    run.result = m.result;
                    // The guest has returned: the verdict is known now, and the worker stops in the
                    // background (a worker holding a large instance takes up to tens of milliseconds to
                    // tear down, which the caller need not wait for).
                    finish();
                    void worker.terminate();
                    break;
                case 'crash':
                    run.crash = m.message;
                    stop();
                    break;
            }
        });
        worker.on('error', (e) => {
            run.crash ??= e.stack ?? e.message;
            finish();
        });
        worker.on('exit', () => {
            exited = true;
            if (!run.result && !run.killedIn)
                run.crash ??= 'the harness worker exited before reporting';
            finish();
            closeFd();
        });
        const input = {
            ...request,
            nullFd,
            shared,
            limits: L,
            counter: COUNTER,
            layout: { stdout: layout.stdout, stderr: layout.stderr },
        };
        worker.postMessage(input);
    });
}
function collect(run, shared, layout) {
    const counters = new Float64Array(shared, 0, 8);
    const n = (slot) => counters[slot] ?? 0;
    const text = (offset, total) => {
        const keptBytes = Math.min(total, GUEST_LIMITS.stdioBytes);
        const body = Buffer.from(shared, offset, keptBytes).toString('utf8').replace(/\s+$/, '');
        const lines = body === '' ? [] : body.split(/\r\n|\r|\n/).map((l) => inertLine(l));
        if (total > keptBytes)
            lines.push(`… [${total - keptBytes} bytes cut]`);
        return lines.join('\n');
    };
    const out = n(COUNTER.stdoutBytes);
    const err = n(COUNTER.stderrBytes);
    run.stdout = text(layout.stdout, out);
    run.stderr = text(layout.stderr, err);
    run.cut = {
        logLines: n(COUNTER.logLinesCut),
        logBytes: n(COUNTER.logBytesCut),
        denials: n(COUNTER.denialsCut),
        stdoutBytes: Math.max(0, out - GUEST_LIMITS.stdioBytes),
        stderrBytes: Math.max(0, err - GUEST_LIMITS.stdioBytes),
    };
    run.workspaceBytes = n(COUNTER.workspaceBytes);
    run.workspaceRefused = n(COUNTER.workspaceRefused);
}

;// CONCATENATED MODULE: ./src/wasm/smoke.ts
/**
 * `smoke`: audits the module, then runs it in the embedded harness the way Samuel's runtime
 * would and turns what happened into a verdict — protocol window, `health() == 0`, declared
 * exports, `--call` exports, budgets — with a fix for every failure.
 */













const GO_REACTOR_FIX = 'Samuel v2.3 never calls _initialize, so a standard-Go (c-shared) module cannot run there: build with TinyGo (tinygo build -target=wasi), Rust or C';
/**
 * Audits and runs the module of `loaded` and returns the report. It never throws for a bad
 * module; it throws `IoError` when the module cannot be read (missing, not a regular file, over
 * the size limit).
 */
async function smokeWasm(loaded, modulePath, options = {}) {
    // Started first: the worker boots while the module is read, checked and compiled.
    const harness = startHarness();
    let ran = false;
    try {
        const m = loaded.manifest;
        const capBytes = m.runtime.maxMemoryMiB * 1024 * 1024;
        const report = {
            ok: false,
            plugin: m.name,
            module: modulePath,
            sizeBytes: 0,
            protocol: { value: null, missing: false },
            health: { value: null, missing: false },
            exports: [],
            calls: [],
            logs: [],
            denials: [],
            warnings: [],
            notes: [],
            failures: [],
            audit: [],
            wallMs: 0,
            peakMemoryBytes: 0,
            memoryCapBytes: capBytes,
            stdout: '',
            stderr: '',
        };
        const fail = (check, message, fix) => {
            report.failures.push({ check, message, fix });
        };
        const bytes = await readModule(modulePath);
        report.sizeBytes = bytes.length;
        const maxPages = Math.min(Math.floor(capBytes / PAGE_SIZE), MAX_PAGES);
        // The feature scan is most of the checking time: it runs while the guest does (below).
        const check = await checkModule(bytes, maxPages, { compile: true, deferFeatures: true });
        /** The verdict when the module uses what Samuel's runtime refuses: nothing else counts. */
        const unsupported = (findings) => {
            // Samuel's runtime would not load it: running it in V8 would say nothing true.
            report.audit = findings;
            for (const f of findings)
                fail('audit', f.message, f.fix ?? '');
            return finish(report);
        };
        if (!check.info || check.findings.length > 0)
            return unsupported(check.findings);
        const info = check.info;
        const audit = auditModule(info, {
            manifest: m,
            file: options.displayFile ?? loaded.file,
            positions: loaded.positions,
        });
        const runnable = !check.engineLimit && check.compiled && !info.memories.some((mem) => mem.min > maxPages);
        if (!runnable) {
            const features = check.featureFindings?.() ?? [];
            if (features.length > 0)
                return unsupported(features);
        }
        const audited = () => {
            report.audit = audit;
            for (const f of audit.filter((x) => x.severity === 'error'))
                fail('audit', f.message, f.fix ?? '');
        };
        if (check.engineLimit || !check.compiled) {
            audited();
            fail('harness', `the smoke harness's engine (V8) cannot load this module (${check.engineLimit ?? 'not compiled'}); Samuel's runtime can, so this is a limit of the harness, not a fault of the module`, 'stay within V8 limits to have the module smoke-tested, or test it with samuel itself');
            return finish(report);
        }
        if (info.memories.some((mem) => mem.min > maxPages)) {
            audited();
            fail('memory', `the module's initial memory exceeds max_memory = ${m.runtime.maxMemoryMiB} MiB, so it cannot be instantiated`, 'raise [runtime].max_memory or shrink the initial memory');
            return finish(report);
        }
        const workspace = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'spr-smoke-'));
        try {
            ran = true;
            const running = harness.run({
                module: check.compiled,
                policy: buildPolicy(m, (0,external_node_path_.join)(workspace, 'root'), options.env ?? process.env),
                declared: m.exports,
                calls: options.calls ?? [],
                initialize: options.initialize ?? false,
            }, { softTimeoutMs: m.runtime.softTimeoutMs, hardTimeoutMs: m.runtime.hardTimeoutMs });
            // While the guest runs: should the module use a feature Samuel's runtime refuses, the run
            // is stopped and thrown away, and the verdict is the one given before anything ran.
            let features;
            try {
                features = check.featureFindings?.() ?? [];
            }
            catch (e) {
                harness.dispose();
                await running;
                throw e;
            }
            if (features.length > 0) {
                harness.dispose();
                await running;
                return unsupported(features);
            }
            audited();
            for (const t of check.adapted?.clampedTables ?? []) {
                report.notes.push(`a table of ${t.declared} entries runs with ${t.kept} in the harness (V8 fills tables eagerly and allows at most ${ENGINE_TABLE_LIMIT}; Samuel's runtime allows ${t.declared}): only indexes past ${t.kept} would behave differently`);
            }
            const run = await running;
            record(report, run, info, m.runtime.softTimeoutMs);
            if (run.killedIn) {
                const after = Math.round(run.killedAfterMs ?? run.wallMs);
                report.killed = { phase: run.killedIn, afterMs: after };
                fail('timeout', `"${inertLine(run.killedIn)}" ran past the hard timeout (${m.runtime.hardTimeoutMs} ms) and was terminated after ${after} ms (whole run ${report.wallMs} ms)`, 'make it return sooner (look for an endless loop) or raise [runtime].hard_timeout');
            }
            else if (run.crash || !run.result) {
                fail('harness', `the harness failed: ${inertLine(run.crash ?? 'no result')}`, 'report this with the module attached');
            }
            else if (run.result.instantiateError) {
                const error = run.result.instantiateError;
                const link = /LinkError|Import #|import/i.test(error);
                fail('instantiate', `the module failed to instantiate: ${error}`, link ? 'fix the imports the audit lists' : startFix(error));
            }
            else {
                const r = run.result;
                judge(report, r.protocol, r.health, r.presentExports, m.exports, r.calls, r.closedAfterStart ?? false);
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(workspace, { recursive: true, force: true });
        }
        return finish(report);
    }
    finally {
        if (!ran)
            harness.dispose();
    }
}
/** Copies what the run observed into the report, guest text made inert and bounded. */
function record(report, run, info, softTimeoutMs) {
    const r = run.result;
    for (const c of [r?.protocol, r?.health, ...(r?.calls ?? [])]) {
        if (c?.error)
            c.error = inertLine(nameFrames(c.error, info));
    }
    if (r?.instantiateError)
        r.instantiateError = inertLine(nameFrames(r.instantiateError, info));
    report.logs = run.logs;
    report.denials = run.denials;
    report.wallMs = Math.round(run.wallMs);
    report.peakMemoryBytes = run.peakMemoryBytes;
    report.stdout = run.stdout;
    report.stderr = run.stderr;
    if (run.cut.logLines > 0)
        report.logs.push(`… [${run.cut.logLines} more samuel.log lines (${(0,files/* formatBytes */.z3)(run.cut.logBytes)}) cut; the first ${GUEST_LIMITS.logLines} are kept]`);
    if (run.cut.denials > 0)
        report.denials.push(`… [${run.cut.denials} more denials cut; the first ${GUEST_LIMITS.denials} are kept]`);
    if (run.cut.stdoutBytes > 0 || run.cut.stderrBytes > 0)
        report.notes.push(`WASI output kept: the first ${(0,files/* formatBytes */.z3)(GUEST_LIMITS.stdioBytes)} of stdout and of stderr (${run.cut.stdoutBytes} + ${run.cut.stderrBytes} bytes cut; Samuel discards both)`);
    if (run.workspaceRefused > 0)
        report.notes.push(`${run.workspaceRefused} write(s) into the throw-away workspace were refused past its ${(0,files/* formatBytes */.z3)(GUEST_LIMITS.workspaceBytes)} quota (ENOSPC, or 1 from samuel.fs_write)`);
    for (const phase of run.slow) {
        report.warnings.push(`"${inertLine(phase)}" ran longer than the soft timeout (${softTimeoutMs} ms); Samuel warns about this`);
    }
}
function judge(report, protocol, health, present, declared, calls, closedAfterStart) {
    const fail = (check, message, fix) => {
        report.failures.push({ check, message, fix });
    };
    const trapFix = (error) => /notInitialized/.test(error)
        ? GO_REACTOR_FIX
        : closedAfterStart
            ? '_start exited with code 0 and wazero closed the module: keep the module alive after _start (a reactor, or TinyGo -target=wasi)'
            : 'fix the trap in the module; the wasm frames name where it happened';
    if (protocol?.missing)
        report.protocol = { value: 1, missing: true };
    else if (protocol?.error)
        fail('protocol', `samuel_protocol_version() failed: ${protocol.error}`, trapFix(protocol.error));
    else if (protocol?.value !== undefined) {
        const v = protocol.value >>> 0;
        report.protocol = { value: v, missing: false };
        if (v < PROTOCOL_MIN || v > PROTOCOL_MAX) {
            fail('protocol', `samuel_protocol_version() returned ${v}, outside Samuel's supported window [${PROTOCOL_MIN}, ${PROTOCOL_MAX}]`, `return ${PROTOCOL_MAX} from samuel_protocol_version (the protocol this Samuel speaks)`);
        }
    }
    if (health?.missing)
        report.health = { value: null, missing: true };
    else if (health?.error)
        fail('health', `health() failed: ${health.error}`, trapFix(health.error));
    else if (health?.value !== undefined) {
        report.health = { value: health.value, missing: false };
        if (health.value !== 0)
            fail('health', `health() returned ${health.value}; Samuel treats anything but 0 as unhealthy`, 'make health() return 0 when the plugin can work');
    }
    // A declared export the module lacks is the audit's missing-export failure: not reported twice.
    report.exports = declared.map((name) => ({ name, present: present.includes(name) }));
    report.calls = calls;
    for (const c of calls) {
        if (c.missing)
            fail('call', `--call ${c.name}: the module has no such export`, 'call one of the exports the module defines');
        else if (c.error)
            fail('call', `${c.name}() failed: ${c.error}`, trapFix(c.error));
    }
}
function startFix(error) {
    return /exit_code/.test(error)
        ? '_start exited with an error: a command module must not fail at start-up (Samuel runs _start when it loads the module)'
        : 'fix the trap during start-up; the wasm frames name where it happened';
}
function finish(report) {
    report.ok = report.failures.length === 0;
    return report;
}
/** Names unnamed frames (`wasm-function[3]`) after the export that points at them. */
function nameFrames(text, info) {
    const names = new Map(info.exports.filter((e) => e.kind === 'func').map((e) => [e.index, e.name]));
    return text.replace(/wasm-function\[(\d+)\]/g, (whole, n) => names.get(Number(n)) ?? whole);
}

;// CONCATENATED MODULE: ./src/wasm/index.ts











/**
 * Statically audits the module at `modulePath` against `loaded`'s manifest. The first check is
 * whether Samuel's runtime would load the module at all; when it would not, that is the only
 * finding (the rest of the audit would describe a module that never runs).
 */
async function auditWasm(loaded, modulePath, displayFile) {
    const bytes = await readModule(modulePath);
    const check = await checkModule(bytes, Math.floor((loaded.manifest.runtime.maxMemoryMiB * 1024 * 1024) / PAGE_SIZE));
    if (!check.info || check.findings.length > 0)
        return check.findings;
    const findings = auditModule(check.info, {
        manifest: loaded.manifest,
        file: displayFile ?? loaded.file,
        positions: loaded.positions,
    });
    if (check.engineLimit) {
        findings.push({
            severity: 'warning',
            rule: 'harness-engine-limit',
            message: `the smoke harness's engine (V8) cannot load this module (${check.engineLimit}); Samuel's runtime can, so smoke cannot test it`,
            fix: 'stay within V8 limits (e.g. at most 10,000,000 table entries) to have it smoke-tested',
        });
    }
    return findings;
}


/***/ }),

/***/ 74267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ planBuild),
/* harmony export */   aG: () => (/* binding */ toolchainVersion),
/* harmony export */   bf: () => (/* binding */ detectToolchain),
/* harmony export */   splitCommand: () => (/* binding */ splitCommand)
/* harmony export */ });
/* unused harmony exports TOOLCHAINS, localBin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37895);
/**
 * Which compiler builds a plugin, and with what command. Detection looks at the plugin
 * directory (Cargo.toml, asconfig.json, go.mod); `--toolchain` overrides it.
 */




const TOOLCHAINS = ['tinygo', 'go', 'rust', 'assemblyscript', 'command'];
/** Picks the toolchain for `dir`: an explicit choice wins, then the project files decide. */
async function detectToolchain(dir, explicit) {
    if (explicit) {
        if (!TOOLCHAINS.includes(explicit)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown toolchain "${explicit}"`, {
                fix: `use one of: ${TOOLCHAINS.join(', ')}`,
            });
        }
        return explicit;
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.toml')))
        return 'rust';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'asconfig.json')))
        return 'assemblyscript';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.mod'))) {
        if (await onPath('tinygo'))
            return 'tinygo';
        // Falling back to standard Go would build a module Samuel v2.3 cannot run (_initialize).
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir} is a Go plugin and TinyGo is not installed`, {
            fix: 'install TinyGo (the build action does; Samuel never calls _initialize, so standard-Go modules trap there), or pass --toolchain go to build with standard Go anyway',
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot tell how to build the plugin in ${dir}: no go.mod, Cargo.toml or asconfig.json`, {
        fix: 'pass --toolchain (tinygo, go, rust, assemblyscript) or --toolchain command --build-command "…"',
    });
}
/** The build command for `toolchain`, writing the module to `out` (absolute). */
function planBuild(toolchain, dir, out, buildCommand, env = process.env) {
    const pkg = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'cmd')) ? './cmd' : '.';
    switch (toolchain) {
        case 'tinygo':
            // Samuel's reference build (TinyGo 0.31.2).
            return {
                toolchain,
                command: 'tinygo',
                args: ['build', '-o', out, '-target=wasi', '-no-debug', '-opt=2', pkg],
                env: {},
                producedAt: out,
                versionCommand: ['tinygo', 'version'],
            };
        case 'go':
            return {
                toolchain,
                command: 'go',
                args: ['build', '-buildmode=c-shared', '-trimpath', '-o', out, pkg],
                env: { GOOS: 'wasip1', GOARCH: 'wasm' },
                producedAt: out,
                versionCommand: ['go', 'version'],
            };
        case 'rust': {
            const target = env.SPR_RUST_TARGET ?? 'wasm32-wasip1';
            const crate = crateName(dir).replace(/-/g, '_');
            return {
                toolchain,
                command: 'cargo',
                args: ['build', '--release', '--target', target],
                env: {},
                producedAt: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'target', target, 'release', `${crate}.wasm`),
                versionCommand: ['rustc', '--version'],
            };
        }
        case 'assemblyscript': {
            const asc = localBin(dir, 'asc') ?? 'asc';
            return {
                toolchain,
                command: asc,
                args: ['assembly/index.ts', '--outFile', out, '--optimize'],
                env: {},
                producedAt: out,
                versionCommand: [asc, '--version'],
            };
        }
        case 'command': {
            const argv = splitCommand(buildCommand ?? '');
            const [command, ...args] = argv;
            if (!command) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--toolchain command needs --build-command', {
                    fix: 'pass the command that writes the module, e.g. --build-command "make plugin.wasm"',
                });
            }
            return {
                toolchain,
                command,
                args,
                env: {},
                producedAt: out,
                versionCommand: [command, '--version'],
            };
        }
    }
}
/** The toolchain's version line, or "unknown" when it cannot say. */
async function toolchainVersion(plan, dir) {
    const [cmd, ...args] = plan.versionCommand;
    try {
        const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__.run)(cmd, args, { cwd: dir, timeoutMs: 30000 });
        const line = (r.stdout || r.stderr).split('\n').find((l) => l.trim() !== '');
        return r.code === 0 && line ? line.trim() : 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** Splits a declared command into argv: whitespace separates, quotes group; no shell features. */
function splitCommand(text) {
    const out = [];
    const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push(m[1] ?? m[2] ?? m[3] ?? '');
    return out;
}
/** `node_modules/.bin/<name>` in `dir` or the nearest folder above it that has one. */
function localBin(dir, name) {
    for (let d = dir;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, 'node_modules', '.bin', name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bin))
            return bin;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            return undefined;
    }
}
function crateName(dir) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.toml'), 'utf8');
    const pkg = /\[package\]([\s\S]*?)(?:\n\[|$)/.exec(text)?.[1] ?? '';
    const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
    if (!name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.toml')} has no [package] name`, {
            fix: 'add name = "…" under [package]',
        });
    }
    return name;
}
async function onPath(cmd) {
    try {
        return (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__.run)(cmd, ['version'], { timeoutMs: 10000 })).code === 0;
    }
    catch {
        return false;
    }
}


/***/ })

};
