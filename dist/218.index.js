export const id = 218;
export const ids = [218];
export const modules = {

/***/ 60218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _cli_commands_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39084);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95865);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53408);
/**
 * Runs a command as a GitHub Action step: reads the step's inputs (kebab-case, the same names
 * as the CLI flags), turns them into the command's arguments, and fails the step with a clear
 * message when anything goes wrong.
 */





/**
 * Reads the inputs of action `name` and runs the command of the same name. The plugin path
 * comes from the `path` input (or `manifest`), resolved against `working-directory`.
 */
async function runAction(name) {
    try {
        const command = _cli_commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.find((c) => c.name === name);
        if (!command)
            throw new Error(`no command named ${name}`);
        const argv = [name];
        const paths = command.positionalInputs
            ? command.positionalInputs.flatMap((input) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(input).split(/\s+/))
            : (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput('path') || _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput('manifest')).split(/\r?\n/);
        const positionals = paths.map((p) => p.trim()).filter(Boolean);
        for (const [key, spec] of Object.entries(command.options)) {
            if (key === 'path' || key === 'manifest')
                continue;
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(key);
            if (value === '')
                continue;
            if (spec.type === 'boolean') {
                if (/^(true|1|yes)$/i.test(value))
                    argv.push(`--${key}`);
                else if (!/^(false|0|no)$/i.test(value)) {
                    throw new Error(`input "${key}" must be true or false, got "${value}"`);
                }
            }
            else if (spec.multiple) {
                for (const item of value
                    .split(/\r?\n|,/)
                    .map((s) => s.trim())
                    .filter(Boolean)) {
                    argv.push(`--${key}`, item);
                }
            }
            else {
                argv.push(`--${key}`, value);
            }
        }
        // Every command takes it; the action's input has the same name.
        const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput('summary');
        if (summary !== '')
            argv.push('--summary', summary);
        // After "--", a path that starts with "-" stays a path instead of turning into a flag.
        argv.push('--', ...positionals);
        const workingDirectory = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput('working-directory') || process.cwd();
        let stopped = false;
        const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .iW)(argv, { cwd: workingDirectory, onError: () => (stopped = true) });
        if (code !== 0 && stopped) {
            // The error that stopped the command is already an annotation carrying its fix (placed
            // on the file when it has one): one annotation for one cause.
            process.exitCode = code;
        }
        else if (code !== 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`${name} failed (exit code ${code}); the annotations above say what to fix`);
        }
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e)).split('\n').slice(0, 2).join(' — '));
    }
}


/***/ })

};
