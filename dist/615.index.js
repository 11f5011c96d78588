export const id = 615;
export const ids = [615];
export const modules = {

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tail),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Runs external programs with argument arrays (never through a shell), streams their output to
 * the log when asked, and returns what they printed so an error can quote the tool's own words.
 */


/**
 * Runs `command args…` and resolves with its exit code and output; a non-zero exit is a
 * normal result, not an error. Rejects with an `IoError` only when the program cannot start
 * (for example, it is not installed), with a fix naming the program.
 */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (b) => {
            stdout.push(b);
            options.onOutput?.(b.toString('utf8'), 'stdout');
        });
        child.stderr.on('data', (b) => {
            stderr.push(b);
            options.onOutput?.(b.toString('utf8'), 'stderr');
        });
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IoError */ .dA(`cannot run ${command}: ${e.code === 'ENOENT' ? 'not found on PATH' : e.message}`, {
                cause: e,
                fix: `install ${command} or put it on PATH`,
            }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
            });
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading its input; its exit code tells the story */
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for error messages. */
function tail(text, n = 20) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-n)
        .join('\n');
}


/***/ }),

/***/ 10615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditWasm: () => (/* binding */ auditWasm),
  buildWasm: () => (/* reexport */ buildWasm),
  smokeWasm: () => (/* reexport */ smokeWasm)
});

// UNUSED EXPORTS: DEFAULT_SIZE_BUDGET, TOOLCHAINS, formatSize, parseModule, parseSize

// EXTERNAL MODULE: ./src/manifest/rules.ts + 1 modules
var rules = __webpack_require__(21638);
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
/** Export names Samuel reserves for its own commands (a manifest may not declare them). */

/** Exports whose signature Samuel relies on: `() -> i32`. */
const PROBE_EXPORTS = ['samuel_protocol_version', 'health'];

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/wasm/module.ts
/**
 * A small reader for the WebAssembly binary format: just the sections the audit and the
 * harness need (types, imports, functions, memories, exports), plus a rewrite of the memory
 * limits so the engine itself enforces `max_memory`. Hand-written because no maintained npm
 * parser gives function signatures without pulling in a whole toolchain.
 */

/** Bytes per WebAssembly page. */
const PAGE_SIZE = 65536;
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
/** Thrown when the bytes are not a WebAssembly module this reader understands. */
class WasmFormatError extends errors/* ReleaseError */.K2 {
    constructor(message) {
        super('AUDIT', message, {
            fix: 'rebuild the module with a WebAssembly toolchain (it must be a core wasm binary, version 1)',
        });
    }
}
/** A cursor over the module bytes with LEB128 readers. */
class Reader {
    bytes;
    end;
    pos;
    constructor(bytes, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.end = end;
        this.pos = start;
    }
    byte() {
        if (this.pos >= this.end)
            throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
        return this.bytes[this.pos++];
    }
    u32() {
        let result = 0;
        let shift = 0;
        for (;;) {
            const b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7;
            if (shift > 35)
                throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
        }
    }
    name() {
        const len = this.u32();
        if (this.pos + len > this.end)
            throw new WasmFormatError(`name runs past the end at byte ${this.pos}`);
        const s = Buffer.from(this.bytes.subarray(this.pos, this.pos + len)).toString('utf8');
        this.pos += len;
        return s;
    }
    valtype() {
        const b = this.byte();
        const t = VALTYPES[b];
        if (t)
            return t;
        if (b === 0x64 || b === 0x63) {
            this.u32(); // typed reference (GC proposal): heap type index
            return 'ref';
        }
        throw new WasmFormatError(`unknown value type 0x${b.toString(16)} at byte ${this.pos - 1}`);
    }
    limits() {
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
    const info = { imports: [], exports: [], memories: [] };
    const rawExports = [];
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
                for (let n = s.u32(); n > 0; n--)
                    types.push(readFuncType(s));
                break;
            case 2:
                for (let n = s.u32(); n > 0; n--) {
                    const imp = readImport(s, types);
                    if (imp.desc.kind === 'func')
                        funcTypes.push(imp.desc.type);
                    info.imports.push(imp);
                }
                break;
            case 3:
                for (let n = s.u32(); n > 0; n--)
                    funcTypes.push(typeAt(types, s.u32()));
                break;
            case 5:
                for (let n = s.u32(); n > 0; n--)
                    info.memories.push(s.limits());
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
        if (!kind)
            throw new WasmFormatError(`export "${e.name}" has unknown kind ${e.kind}`);
        const exp = { name: e.name, kind, index: e.index };
        if (kind === 'func') {
            const t = funcTypes[e.index];
            if (!t)
                throw new WasmFormatError(`export "${e.name}" points at missing function ${e.index}`);
            exp.type = t;
        }
        info.exports.push(exp);
    }
    return info;
}
function readFuncType(s) {
    const form = s.byte();
    if (form !== 0x60) {
        throw new WasmFormatError(`type section uses form 0x${form.toString(16)} (GC proposal), which Samuel's runtime does not load`);
    }
    const params = [];
    for (let n = s.u32(); n > 0; n--)
        params.push(s.valtype());
    const results = [];
    for (let n = s.u32(); n > 0; n--)
        results.push(s.valtype());
    return { params, results };
}
function typeAt(types, index) {
    const t = types[index];
    if (!t)
        throw new WasmFormatError(`function refers to missing type ${index}`);
    return t;
}
function readImport(s, types) {
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
/**
 * Returns a copy of the module whose own memories may grow to at most `maxPages`: the engine
 * then fails any `memory.grow` past the cap with -1, exactly like a runtime-enforced limit.
 * Throws when the initial size alone is already over the cap.
 */
function capMemory(bytes, info, maxPages) {
    if (!info.memorySection)
        return bytes;
    const body = [...uleb(info.memories.length)];
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
        if ((0,rules/* isReservedExport */.l5)(name)) {
            findings.push({
                severity: 'error',
                rule: 'reserved-export',
                message: `export "${name}" is a name Samuel reserves for its own commands`,
                fix: `rename the export in the module and in ${exportsField} (reserved: ${[...rules/* RESERVED_EXPORTS */.b5].join(', ')})`,
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/wasm/read.ts
/** Reads a module file with an error that says how to produce it. */


/** The module's bytes; an `IoError` naming the build step when the file is missing. */
function readModule(modulePath) {
    try {
        return (0,external_node_fs_.readFileSync)(modulePath);
    }
    catch (e) {
        const missing = e.code === 'ENOENT';
        throw new errors/* IoError */.dA(`cannot read the wasm module ${modulePath}: ${missing ? 'no such file' : e.message}`, {
            cause: e,
            fix: missing
                ? 'run `samuel-plugin-release build` first, or point [wasm].module at the built file'
                : 'check the file permissions',
        });
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/wasm/toolchain.ts
/**
 * Which compiler builds a plugin, and with what command. Detection looks at the plugin
 * directory (Cargo.toml, asconfig.json, go.mod); `--toolchain` overrides it.
 */




const TOOLCHAINS = ['tinygo', 'go', 'rust', 'assemblyscript', 'command'];
/** Picks the toolchain for `dir`: an explicit choice wins, then the project files decide. */
async function detectToolchain(dir, explicit) {
    if (explicit) {
        if (!TOOLCHAINS.includes(explicit)) {
            throw new errors/* UsageError */.eb(`unknown toolchain "${explicit}"`, {
                fix: `use one of: ${TOOLCHAINS.join(', ')}`,
            });
        }
        return explicit;
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Cargo.toml')))
        return 'rust';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'asconfig.json')))
        return 'assemblyscript';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'go.mod'))) {
        if (await onPath('tinygo'))
            return 'tinygo';
        // Falling back to standard Go would build a module Samuel v2.3 cannot run (_initialize).
        throw new errors/* UsageError */.eb(`${dir} is a Go plugin and TinyGo is not installed`, {
            fix: 'install TinyGo (the build action does; Samuel never calls _initialize, so standard-Go modules trap there), or pass --toolchain go to build with standard Go anyway',
        });
    }
    throw new errors/* UsageError */.eb(`cannot tell how to build the plugin in ${dir}: no go.mod, Cargo.toml or asconfig.json`, {
        fix: 'pass --toolchain (tinygo, go, rust, assemblyscript) or --toolchain command --build-command "…"',
    });
}
/** The build command for `toolchain`, writing the module to `out` (absolute). */
function planBuild(toolchain, dir, out, buildCommand) {
    const pkg = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'cmd')) ? './cmd' : '.';
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
            const target = process.env.SPR_RUST_TARGET ?? 'wasm32-wasip1';
            const crate = crateName(dir).replace(/-/g, '_');
            return {
                toolchain,
                command: 'cargo',
                args: ['build', '--release', '--target', target],
                env: {},
                producedAt: (0,external_node_path_.join)(dir, 'target', target, 'release', `${crate}.wasm`),
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
                throw new errors/* UsageError */.eb('--toolchain command needs --build-command', {
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
        const r = await (0,exec/* run */.e)(cmd, args, { cwd: dir, timeoutMs: 30000 });
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
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        const bin = (0,external_node_path_.join)(d, 'node_modules', '.bin', name);
        if ((0,external_node_fs_.existsSync)(bin))
            return bin;
        if ((0,external_node_path_.dirname)(d) === d)
            return undefined;
    }
}
function crateName(dir) {
    const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'Cargo.toml'), 'utf8');
    const pkg = /\[package\]([\s\S]*?)(?:\n\[|$)/.exec(text)?.[1] ?? '';
    const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
    if (!name) {
        throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, 'Cargo.toml')} has no [package] name`, {
            fix: 'add name = "…" under [package]',
        });
    }
    return name;
}
async function onPath(cmd) {
    try {
        return (await (0,exec/* run */.e)(cmd, ['version'], { timeoutMs: 10000 })).code === 0;
    }
    catch {
        return false;
    }
}

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
    const toolchain = await detectToolchain(loaded.dir, options.toolchain);
    const plan = planBuild(toolchain, loaded.dir, modulePath, options.buildCommand);
    const version = await toolchainVersion(plan, loaded.dir);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(modulePath), { recursive: true });
    const compile = async () => {
        const r = await (0,exec/* run */.e)(plan.command, plan.args, {
            cwd: loaded.dir,
            env: { ...(options.env ?? process.env), ...plan.env },
            onOutput: (chunk) => options.reporter?.info(chunk.replace(/\n$/, '')),
        }).catch((e) => {
            throw new errors/* IoError */.dA(`cannot run ${plan.command}: the ${toolchain} toolchain is not installed`, {
                cause: e,
                fix: TOOLCHAIN_INSTALL[toolchain],
            });
        });
        if (r.code !== 0) {
            throw new errors/* ReleaseError */.K2('BUILD', `${plan.command} ${plan.args.join(' ')} failed (exit code ${r.code}):\n${(0,exec/* tail */.R)(r.stderr + '\n' + r.stdout)}`, {
                fix: 'fix the compiler error above, then build again',
            });
        }
    };
    const title = `build ${loaded.manifest.name} with ${toolchain} (${version})`;
    if (options.reporter)
        await options.reporter.group(title, compile);
    else
        await compile();
    if (plan.producedAt !== modulePath)
        (0,external_node_fs_.copyFileSync)(plan.producedAt, modulePath);
    let size;
    try {
        size = (0,external_node_fs_.statSync)(modulePath).size;
    }
    catch (e) {
        throw new errors/* ReleaseError */.K2('BUILD', `the build succeeded but wrote no module at ${modulePath}`, {
            cause: e,
            fix: `make the build write [wasm].module (${wasm.module})`,
        });
    }
    const budget = options.sizeBudget ?? DEFAULT_SIZE_BUDGET;
    if (size > budget) {
        throw new errors/* ReleaseError */.K2('BUILD', `${wasm.module} is ${formatSize(size)}, over the size budget of ${formatSize(budget)}`, {
            fix: 'shrink the module (TinyGo -opt=z, strip debug info, drop dependencies) or raise --size-budget',
        });
    }
    return { modulePath, size, toolchain, version };
}
/** Parses `2MiB`, `512KiB`, `1.5MB` or plain bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kib|kb|mib|mb|gib|gb)?\s*$/i.exec(text);
    if (!m)
        throw new UsageError(`cannot read size "${text}"`, {
            fix: 'write a size such as 2MiB, 512KiB or 3000000',
        });
    const units = {
        b: 1,
        kib: 1024,
        kb: 1000,
        mib: 1024 ** 2,
        mb: 1000 ** 2,
        gib: 1024 ** 3,
        gb: 1000 ** 3,
    };
    return Math.round(Number(m[1]) * (units[(m[2] ?? 'b').toLowerCase()] ?? 1));
}
/** `1.75 MiB (1835008 bytes)`. */
function formatSize(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes} bytes)`;
}

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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/wasm/harness/guest.ts
/** Runs inside the worker; see the file comment for why it is self-contained. */
async function guestMain(input, post, WASI, fs, path) {
    const p = input.policy;
    const result = { presentExports: [], calls: [] };
    const dec = new TextDecoder();
    // The global is read inside the worker; engine.ts only lends the types.
    const WA = globalThis.WebAssembly;
    // Assigned once the instance exists; the host functions close over it before that.
    // eslint-disable-next-line prefer-const
    let memory;
    let exports = {};
    let exitCode = null;
    const deny = (line) => post({ t: 'denial', line: 'denied: ' + line });
    const bytesAt = (ptr, len) => {
        try {
            return memory ? new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0).slice() : undefined;
        }
        catch {
            return undefined; // out of range: Samuel's Memory().Read fails the same way
        }
    };
    const str = (ptr, len) => {
        const b = bytesAt(ptr, len);
        return b ? dec.decode(b) : '';
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
    // Guest paths are absolute paths of the plugin's world; they resolve inside the workspace.
    const onHost = (guestPath) => path.join(p.workspace, path.posix.normalize('/' + guestPath));
    const samuel = {
        log: (lp, ll, mp, ml) => {
            post({
                t: 'log',
                line: `[${str(lp, ll)}] ${str(mp, ml)}`,
            });
        },
        fs_read: (pp, pl) => {
            const target = str(pp, pl);
            if (!matches(readGrants, target)) {
                deny(`wasm: plugin "${p.plugin}" lacks filesystem.read capability for "${target}"`);
                return 0n;
            }
            let body;
            try {
                body = fs.readFileSync(onHost(target));
            }
            catch {
                return 0n;
            }
            const alloc = exports.samuel_alloc;
            if (typeof alloc !== 'function' || !memory)
                return 0n;
            const ptr = alloc(body.length) >>> 0;
            try {
                new Uint8Array(memory.buffer, ptr, body.length).set(body);
            }
            catch {
                return 0n;
            }
            return BigInt(ptr);
        },
        fs_write: (pp, pl, bp, bl) => {
            const target = str(pp, pl);
            if (!matches(writeGrants, target)) {
                deny(`wasm: plugin "${p.plugin}" lacks filesystem.write capability for "${target}"`);
                return 2;
            }
            const body = bytesAt(bp, bl);
            if (!body)
                return 1;
            try {
                fs.writeFileSync(onHost(target), body, { mode: 0o600 });
            }
            catch {
                return 1;
            }
            return 0;
        },
        exec: (cp, cl) => {
            const cmd = str(cp, cl);
            if (!p.exec) {
                deny(`wasm: plugin "${p.plugin}" lacks exec capability`);
                return 2;
            }
            // Samuel v2.3 records the command and spawns nothing.
            post({ t: 'log', line: 'exec: ' + cmd });
            return 0;
        },
        net_outbound: (hp, hl) => {
            const host = str(hp, hl);
            if (!allowsHost(host)) {
                deny(`network.outbound ${host} not in allowlist`);
                return 2;
            }
            return 0;
        },
        config_get: () => 0n,
        callback: () => 0,
    };
    const wasi = new WASI({
        version: 'preview1',
        args: [p.plugin],
        env: p.env,
        preopens: p.preopens,
        returnOnExit: true,
        stdout: input.stdoutFd,
        stderr: input.stderrFd,
    });
    const wasiImport = { ...wasi.wasiImport };
    const realExit = wasiImport.proc_exit;
    wasiImport.proc_exit = (code) => {
        exitCode = code;
        return realExit(code);
    };
    // node:wasi has no read-only preopens: refuse mutations below a read-only mount ourselves.
    const roFds = new Set();
    Object.keys(p.preopens).forEach((guest, i) => {
        if (p.readOnly.includes(guest))
            roFds.add(3 + i);
    });
    const ENOTCAPABLE = 76;
    const guardFd = (name, fdArg) => {
        const real = wasiImport[name];
        wasiImport[name] = (...args) => {
            if (roFds.has(args[fdArg])) {
                deny(`filesystem.write via WASI ${name} below a read-only mount`);
                return ENOTCAPABLE;
            }
            return real(...args);
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
            deny(`filesystem.write ${str(pp, pl)} is below a read-only mount`);
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
        return `${err?.message ?? String(e)}${names.length ? ` (in ${names.join(' ← ')})` : ''}`;
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
        const mod = await WA.compile(input.bytes);
        instance = await WA.instantiate(mod, { wasi_snapshot_preview1: wasiImport, samuel });
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
    result.health = call('health');
    for (const name of input.calls)
        result.calls.push(call(name));
    return result;
}

;// CONCATENATED MODULE: ./src/wasm/harness/runner.ts
/**
 * Runs the guest in a worker thread and enforces the time budgets from outside it: each phase
 * (start-up, each probe, each `--call`) gets the soft timeout, after which a warning is noted,
 * and the hard timeout, after which the worker is terminated — a guest in an endless loop
 * cannot stop that.
 */


// The worker runs guestMain from source text: no file to locate next to a bundle. Transpilers
// that keep function names (esbuild, as tsx runs it) wrap functions in a `__name` helper that
// exists only in the module they emitted, so the worker defines a no-op one.
const WORKER_SOURCE = `
const __name = (target) => target;
const { workerData, parentPort } = require('node:worker_threads');
const post = (m) => parentPort.postMessage(m);
const guestMain = ${guestMain.toString()};
guestMain(workerData, post, require('node:wasi').WASI, require('node:fs'), require('node:path')).then(
  (result) => post({ t: 'done', result }),
  (e) => post({ t: 'crash', message: String((e && e.stack) || e) }),
);
`;
/** Runs the guest and resolves when it finishes, crashes or is killed (never rejects). */
function runGuest(input, options) {
    const run = { slow: [], logs: [], denials: [], peakMemoryBytes: 0, wallMs: 0 };
    const started = performance.now();
    return new Promise((resolve) => {
        let soft;
        let hard;
        let settled = false;
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: input,
            // WASI is experimental on Node 20; its warning would end up on our stderr.
            execArgv: ['--no-warnings'],
            stdout: true,
            stderr: true,
        });
        const clear = () => {
            clearTimeout(soft);
            clearTimeout(hard);
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            clear();
            run.wallMs = performance.now() - started;
            resolve(run);
        };
        const phase = (name) => {
            clear();
            soft = setTimeout(() => run.slow.push(name), options.softTimeoutMs);
            hard = setTimeout(() => {
                run.killedIn = name;
                void worker.terminate().finally(finish);
            }, options.hardTimeoutMs);
        };
        worker.on('message', (m) => {
            switch (m.t) {
                case 'phase':
                    phase(m.name);
                    break;
                case 'log':
                    run.logs.push(m.line);
                    break;
                case 'denial':
                    run.denials.push(m.line);
                    break;
                case 'memory':
                    run.peakMemoryBytes = Math.max(run.peakMemoryBytes, m.bytes);
                    break;
                case 'done':
                    run.result = m.result;
                    void worker.terminate().finally(finish);
                    break;
                case 'crash':
                    run.crash = m.message;
                    void worker.terminate().finally(finish);
                    break;
            }
        });
        worker.on('error', (e) => {
            run.crash ??= e.stack ?? e.message;
            finish();
        });
        worker.on('exit', () => {
            if (!run.result && !run.killedIn)
                run.crash ??= 'the harness worker exited before reporting';
            finish();
        });
    });
}

;// CONCATENATED MODULE: ./src/wasm/smoke.ts
/**
 * `smoke`: audits the module, then runs it in the embedded harness the way Samuel's runtime
 * would and turns what happened into a verdict — protocol window, `health() == 0`, declared
 * exports, `--call` exports, budgets — with a fix for every failure.
 */









const GO_REACTOR_FIX = 'Samuel v2.3 never calls _initialize, so a standard-Go (c-shared) module cannot run there: build with TinyGo (tinygo build -target=wasi), Rust or C';
/** Audits and runs the module of `loaded` and returns the report (never throws for a bad module). */
async function smokeWasm(loaded, modulePath, options = {}) {
    const m = loaded.manifest;
    const bytes = readModule(modulePath);
    const info = parseModule(bytes);
    const audit = auditModule(info, {
        manifest: m,
        file: options.displayFile ?? loaded.file,
        positions: loaded.positions,
    });
    const capBytes = m.runtime.maxMemoryMiB * 1024 * 1024;
    const report = {
        ok: false,
        plugin: m.name,
        module: modulePath,
        sizeBytes: bytes.length,
        protocol: { value: null, missing: false },
        health: { value: null, missing: false },
        exports: [],
        calls: [],
        logs: [],
        denials: [],
        warnings: [],
        failures: [],
        audit,
        wallMs: 0,
        peakMemoryBytes: 0,
        memoryCapBytes: capBytes,
        stdout: '',
        stderr: '',
    };
    const fail = (check, message, fix) => {
        report.failures.push({ check, message, fix });
    };
    for (const f of audit.filter((x) => x.severity === 'error'))
        fail('audit', f.message, f.fix ?? '');
    const maxPages = Math.floor(capBytes / PAGE_SIZE);
    if (info.memories.some((mem) => mem.min > maxPages)) {
        fail('memory', `the module's initial memory exceeds max_memory = ${m.runtime.maxMemoryMiB} MiB, so it cannot be instantiated`, 'raise [runtime].max_memory or shrink the initial memory');
        return finish(report);
    }
    const workspace = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'spr-smoke-'));
    const stdoutFile = (0,external_node_path_.join)(workspace, '.stdout');
    const stderrFile = (0,external_node_path_.join)(workspace, '.stderr');
    const stdoutFd = (0,external_node_fs_.openSync)(stdoutFile, 'w');
    const stderrFd = (0,external_node_fs_.openSync)(stderrFile, 'w');
    try {
        const run = await runGuest({
            bytes: capMemory(bytes, info, maxPages),
            policy: buildPolicy(m, (0,external_node_path_.join)(workspace, 'root'), options.env ?? process.env),
            declared: m.exports,
            calls: options.calls ?? [],
            initialize: options.initialize ?? false,
            stdoutFd,
            stderrFd,
        }, { softTimeoutMs: m.runtime.softTimeoutMs, hardTimeoutMs: m.runtime.hardTimeoutMs });
        Object.assign(report, {
            logs: run.logs,
            denials: run.denials,
            wallMs: Math.round(run.wallMs),
            peakMemoryBytes: run.peakMemoryBytes,
        });
        for (const phase of run.slow) {
            report.warnings.push(`"${phase}" ran longer than the soft timeout (${m.runtime.softTimeoutMs} ms); Samuel warns about this`);
        }
        const r = run.result;
        for (const c of [r?.protocol, r?.health, ...(r?.calls ?? [])]) {
            if (c?.error)
                c.error = nameFrames(c.error, info);
        }
        if (run.killedIn) {
            fail('timeout', `"${run.killedIn}" ran past the hard timeout (${m.runtime.hardTimeoutMs} ms) and was terminated`, 'make it return sooner (look for an endless loop) or raise [runtime].hard_timeout');
        }
        else if (run.crash || !r) {
            fail('harness', `the harness failed: ${run.crash ?? 'no result'}`, 'report this with the module attached');
        }
        else if (r.instantiateError) {
            const link = /LinkError|Import #|import/i.test(r.instantiateError);
            fail('instantiate', `the module failed to instantiate: ${r.instantiateError}`, link ? 'fix the imports the audit lists' : startFix(r.instantiateError));
        }
        else {
            judge(report, r.protocol, r.health, r.presentExports, m.exports, r.calls, r.closedAfterStart ?? false);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(stdoutFd);
        (0,external_node_fs_.closeSync)(stderrFd);
        report.stdout = headOf(stdoutFile);
        report.stderr = headOf(stderrFile);
        (0,external_node_fs_.rmSync)(workspace, { recursive: true, force: true });
    }
    return finish(report);
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
    report.exports = declared.map((name) => ({ name, present: present.includes(name) }));
    for (const e of report.exports) {
        if (!e.present)
            fail('export', `declared export "${e.name}" is not a function the module exports`, `export "${e.name}" from the module or remove it from the manifest's exports`);
    }
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
/** The first lines the guest wrote: a crash message (Go's `fatal error: …`) comes first. */
function headOf(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').slice(0, 20).join('\n').trim();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/wasm/index.ts







/** Statically audits the module at `modulePath` against `loaded`'s manifest. */
function auditWasm(loaded, modulePath, displayFile) {
    return auditModule(parseModule(readModule(modulePath)), {
        manifest: loaded.manifest,
        file: displayFile ?? loaded.file,
        positions: loaded.positions,
    });
}


/***/ })

};
