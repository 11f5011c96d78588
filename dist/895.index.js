export const id = 895;
export const ids = [895];
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


/***/ })

};
