export const id = 267;
export const ids = [267];
export const modules = {

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
