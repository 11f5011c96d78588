export const id = 999;
export const ids = [999,895];
export const modules = {

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


/***/ }),

/***/ 78999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sourceFacts: () => (/* binding */ sourceFacts)
/* harmony export */ });
/* unused harmony export normaliseRemote */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37895);
/**
 * Where a plugin's source lives, which commit it is and when that commit was made: for the
 * `org.opencontainers.image.*` annotations and labels, and for reproducible timestamps. Actions'
 * variables win; otherwise git in the plugin directory. A remote is shown only as a public web
 * address, never with the credentials a remote URL may carry.
 */

/** `git@github.com:o/r.git` and `https://…/o/r.git` → `https://github.com/o/r`; drops credentials. */
function normaliseRemote(url) {
    if (!url)
        return undefined;
    const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        return `https://${u.host}${u.pathname.replace(/\.git$/, '')}`;
    }
    catch {
        return undefined;
    }
}
/** The source facts of the checkout at `dir` (see the module comment). */
async function sourceFacts(dir, env) {
    const git = async (...args) => {
        try {
            const res = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__.run)('git', args, { cwd: dir, env, timeoutMs: 10_000 });
            return res.code === 0 && res.stdout.trim() !== '' ? res.stdout.trim() : undefined;
        }
        catch {
            // No git on the machine: what it would tell is optional.
            return undefined;
        }
    };
    const fromEnv = env.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(env.SOURCE_DATE_EPOCH);
    // The git questions asked at once: each is a process start.
    const [remote, head, commitTime] = await Promise.all([
        env.GITHUB_REPOSITORY ? undefined : git('remote', 'get-url', 'origin'),
        env.GITHUB_SHA ? undefined : git('rev-parse', 'HEAD'),
        fromEnv ? undefined : git('log', '-1', '--format=%ct'),
    ]);
    const facts = {};
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const source = env.GITHUB_REPOSITORY
        ? `${server}/${env.GITHUB_REPOSITORY}`
        : normaliseRemote(remote);
    if (source)
        facts.source = source;
    const revision = env.GITHUB_SHA || head;
    if (revision)
        facts.revision = revision;
    if (fromEnv)
        facts.epoch = Number(env.SOURCE_DATE_EPOCH);
    else if (commitTime && /^\d+$/.test(commitTime))
        facts.epoch = Number(commitTime);
    return facts;
}


/***/ })

};
