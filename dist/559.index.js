export const id = 559;
export const ids = [559,895];
export const modules = {

/***/ 22559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findCredential: () => (/* binding */ findCredential)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53408);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37895);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75787);
/**
 * Where registry credentials come from, in order: explicit values (`REGISTRY_USERNAME` /
 * `REGISTRY_PASSWORD`), `GITHUB_TOKEN` for ghcr.io, then the docker `config.json` (plain
 * `auths`, `credHelpers`, `credsStore`) and the containers `auth.json` that podman and skopeo
 * write. Anonymous when none match.
 */





/** A credentials file larger than this is not read (docker's own are a few KiB). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Finds credentials for `registry` (host[:port]); undefined means anonymous. What it returns is
 * already registered as a secret in every form (raw, `user:password`, base64).
 */
async function findCredential(registry, env) {
    const found = await lookUp(registry, env);
    if (found)
        (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(found.password, found.username);
    return found;
}
async function lookUp(registry, env) {
    if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) {
        return {
            username: env.REGISTRY_USERNAME,
            password: env.REGISTRY_PASSWORD,
            source: 'REGISTRY_USERNAME/REGISTRY_PASSWORD',
        };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN) {
        return {
            username: env.GITHUB_ACTOR || 'github-actions',
            password: env.GITHUB_TOKEN,
            source: 'GITHUB_TOKEN',
        };
    }
    for (const file of configFiles(env)) {
        const config = await readConfig(file);
        if (!config)
            continue;
        const helper = config.credHelpers?.[registry] ?? config.credsStore;
        if (helper) {
            const fromHelper = await askHelper(helper, registry, env);
            if (fromHelper)
                return fromHelper;
        }
        const entry = findEntry(config.auths ?? {}, registry);
        const cred = entry && entryToCredential(entry, file);
        if (cred)
            return cred;
    }
    return undefined;
}
function configFiles(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.docker'), 'config.json')];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.config'), 'containers', 'auth.json'));
    return files;
}
async function readConfig(file) {
    try {
        // A regular file of bounded size only: a FIFO or /dev/zero here must not hang the push.
        const text = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(file, {
            maxBytes: MAX_CONFIG_BYTES,
            what: 'credentials file',
        });
        return JSON.parse(text.toString('utf8'));
    }
    catch {
        // A missing or unreadable config simply contributes no credentials, as with docker itself.
        return undefined;
    }
}
/** Keys may be `host`, `https://host`, or `https://host/v1/`; compare on the host part. */
function findEntry(auths, registry) {
    for (const [key, entry] of Object.entries(auths)) {
        const host = key
            .replace(/^https?:\/\//, '')
            .replace(/\/.*$/, '')
            .toLowerCase();
        if (host === registry)
            return entry;
    }
    return undefined;
}
function entryToCredential(entry, file) {
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return {
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                source: file,
            };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source: file };
    // An identity token is exchanged at the token endpoint as a refresh token; docker sends it as
    // the password of the reserved user "<token>".
    if (entry.identitytoken)
        return { username: '<token>', password: entry.identitytoken, source: file };
    return undefined;
}
async function askHelper(helper, registry, env) {
    try {
        const res = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__.run)(`docker-credential-${helper}`, ['get'], {
            input: registry,
            env,
            timeoutMs: 30_000,
        });
        if (res.code !== 0)
            return undefined;
        const parsed = JSON.parse(res.stdout);
        if (!parsed.Username || !parsed.Secret)
            return undefined;
        return {
            username: parsed.Username,
            password: parsed.Secret,
            source: `docker-credential-${helper}`,
        };
    }
    catch {
        // A helper that is not installed behaves like docker's: no credentials from it.
        return undefined;
    }
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tail),
/* harmony export */   run: () => (/* binding */ run)
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


/***/ })

};
