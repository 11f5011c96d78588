export const id = 664;
export const ids = [664];
export const modules = {

/***/ 53664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSkillFile: () => (/* binding */ checkSkillFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);
/**
 * A skill plugin ships `SKILL.md` beside its manifest, opening with YAML front matter whose
 * `name` equals the manifest's name (Samuel's installer checks both).
 */



/** Checks `skillFile` against the manifest name; returns findings positioned in SKILL.md. */
async function checkSkillFile(skillFile, display, manifestName, manifestDisplay) {
    const finding = (message, fix, line = 1, col = 1, file = display) => ({
        severity: 'error',
        rule: 'skill-md',
        message,
        fix,
        file,
        line,
        col,
    });
    let text;
    try {
        // Never read from a FIFO or a device: refused before a byte is read.
        const bytes = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(skillFile, {
            maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_2__/* .READ_LIMITS */ .Cl.skill,
            display,
            what: 'SKILL.md',
        });
        text = bytes.toString('utf8');
    }
    catch (e) {
        const code = (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IoError */ .dA ? e.cause : e)?.code;
        if (code === 'ENOENT') {
            return [
                finding(`skill plugin has no SKILL.md next to its manifest`, `create ${display} beginning with a front matter block ("---", "name: ${manifestName ?? '<plugin-name>'}", "description: …", "---")`, 1, 1, manifestDisplay),
            ];
        }
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IoError */ .dA)
            return [finding(e.message, e.fix ?? 'make SKILL.md a regular file')];
        return [
            finding(`cannot read ${display}: ${e.message}`, 'make SKILL.md a readable file'),
        ];
    }
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.trim() !== '---') {
        return [
            finding('SKILL.md does not start with YAML front matter (a line "---")', `begin the file with ---, name: ${manifestName ?? '<plugin-name>'}, description: …, ---`),
        ];
    }
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0)
        return [
            finding('SKILL.md front matter is never closed', 'add a line "---" after the front matter'),
        ];
    const yamlText = lines.slice(1, end).join('\n');
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(yamlText, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const p = counter.linePos(err.pos[0]);
        return [
            finding(`SKILL.md front matter is not valid YAML: ${err.message.split('\n')[0]}`, 'fix the YAML between the two "---" lines', p.line + 1, p.col),
        ];
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        return [
            finding('SKILL.md front matter is not a YAML mapping', `write key: value lines, starting with name: ${manifestName ?? '<plugin-name>'}`, 2),
        ];
    }
    const pair = doc.contents.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && item.key.value === 'name');
    if (!pair) {
        return [
            finding('SKILL.md front matter has no "name"', `add name: ${manifestName ?? '<plugin-name>'}`, 2),
        ];
    }
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.value : undefined;
    const range = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.range : undefined) ??
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.range : undefined);
    const p = range ? counter.linePos(range[0]) : { line: 1, col: 1 };
    if (typeof value !== 'string') {
        return [
            finding('SKILL.md front matter "name" is not a string', `write name: ${manifestName ?? '<plugin-name>'}`, p.line + 1, p.col),
        ];
    }
    if (manifestName !== undefined && value !== manifestName) {
        return [
            finding(`SKILL.md front matter name ${JSON.stringify(value)} does not match the manifest name ${JSON.stringify(manifestName)}`, `set name: ${manifestName} in SKILL.md (or rename the plugin)`, p.line + 1, p.col),
        ];
    }
    return [];
}


/***/ })

};
