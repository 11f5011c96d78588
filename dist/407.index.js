export const id = 407;
export const ids = [407];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 50392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ suggestKey),
/* harmony export */   U: () => (/* binding */ MANIFEST_FIELDS)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);
/**
 * The shape of a v2.3 manifest: every key Samuel's parser reads and the TOML type it decodes
 * into. It mirrors Samuel's Go structs (the code is the judge), which in turn match the JSON
 * schema's properties. Unknown keys are what Samuel silently ignores.
 */

const str = { type: 'string' };
const bool = { type: 'boolean' };
const list = { type: 'string[]' };
const MANIFEST_FIELDS = {
    name: str,
    version: str,
    kind: str,
    summary: str,
    homepage: str,
    license: str,
    authors: list,
    samuel: { type: 'table', fields: { framework: str, protocol: str } },
    provides: {
        type: 'table',
        fields: { skills: list, commands: list, methodology: list, hooks: list },
    },
    requires: { type: 'string-map' },
    capabilities: {
        type: 'table',
        fields: {
            filesystem: { type: 'table', fields: { read: list, write: list } },
            exec: bool,
            network: { type: 'table', fields: { outbound: list, hosts: list, allowed_hosts: list } },
            env: list,
            samuel: { type: 'table', fields: { api: bool } },
            assistant: { type: 'table', fields: { invoke: bool } },
        },
    },
    metadata: { type: 'any-table' },
    wasm: { type: 'table', fields: { module: str, exports: list } },
    oci: {
        type: 'table',
        fields: {
            image: str,
            digest: str,
            entrypoint: list,
            workdir: str,
            cpu_quota: str,
            memory_limit: str,
        },
    },
    runtime: {
        type: 'table',
        fields: { max_memory: { type: 'integer' }, timeout: str, hard_timeout: str, exports: list },
    },
};
/**
 * The known key most like `key`, if it is close enough to be a plausible typo: at most a third
 * of the letters differ, or one name contains the other (`export` → `exports`).
 */
function suggestKey(key, known) {
    if (known.length === 0)
        return undefined;
    const lower = key.toLowerCase().replace(/-/g, '_');
    const exact = known.find((k) => k === lower);
    if (exact)
        return exact;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(lower, known);
    const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, best);
    if (d <= Math.max(1, Math.floor(best.length / 3)))
        return best;
    if (lower.length >= 3 && (best.startsWith(lower) || lower.startsWith(best)))
        return best;
    return undefined;
}


/***/ }),

/***/ 99503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ foldKeyCase)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50392);

function foldKeyCase(root, file, findings) {
    fold(root, _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .MANIFEST_FIELDS */ .U, '', file, findings);
}
/** Each known table's keys by their lower case, made once per table spec (not per manifest). */
const lowered = new WeakMap();
function lowerKeys(fields) {
    let byLower = lowered.get(fields);
    if (!byLower) {
        byLower = new Map(Object.keys(fields).map((k) => [k.toLowerCase(), k]));
        lowered.set(fields, byLower);
    }
    return byLower;
}
function fold(table, fields, prefix, file, findings) {
    if (!table.entries)
        return;
    const byLower = lowerKeys(fields);
    const folded = new Map();
    const spelled = new Map();
    for (const [key, child] of table.entries) {
        const canonical = fields[key] ? key : byLower.get(key.toLowerCase());
        if (!canonical) {
            folded.set(key, child);
            continue;
        }
        const where = prefix ? `[${prefix}]` : 'the top level';
        const path = prefix ? `${prefix}.${canonical}` : canonical;
        const earlier = spelled.get(canonical);
        if (earlier !== undefined) {
            findings.push({
                severity: 'error',
                rule: 'key-case-duplicate',
                message: `"${earlier}" and "${key}" in ${where} are the same key to Samuel's parser, which matches keys without regard to case`,
                fix: `keep one "${canonical}" and remove the other`,
                field: path,
                file,
                line: child.keyPos.line,
                col: child.keyPos.col,
            });
            continue;
        }
        spelled.set(canonical, key);
        if (key !== canonical) {
            findings.push({
                severity: 'warning',
                rule: 'key-case',
                message: `Samuel reads "${key}" in ${where} as "${canonical}" (its parser ignores the case of keys)`,
                fix: `write "${canonical}"`,
                field: path,
                file,
                line: child.keyPos.line,
                col: child.keyPos.col,
            });
        }
        folded.set(canonical, child);
        const spec = fields[canonical];
        if (spec.type === 'table')
            fold(child, spec.fields, path, file, findings);
    }
    table.entries = folded;
}


/***/ }),

/***/ 74710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ WASM32_MAX_MIB),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   WH: () => (/* binding */ missingAt),
/* harmony export */   WQ: () => (/* binding */ add),
/* harmony export */   b5: () => (/* binding */ RESERVED_EXPORTS),
/* harmony export */   eF: () => (/* reexport safe */ _samuel_names_js__WEBPACK_IMPORTED_MODULE_0__.eF),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   l5: () => (/* binding */ isReservedExport),
/* harmony export */   rH: () => (/* binding */ node)
/* harmony export */ });
/* harmony import */ var _samuel_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73955);

const RESERVED_EXPORTS = new Set([
    'init',
    'install',
    'uninstall',
    'update',
    'search',
    'info',
    'ls',
    'list',
    'run',
    'doctor',
    'sync',
    'version',
    'new',
]);
/** Samuel's check: trimmed and lowercased, so "Install" is as reserved as "install". */
function isReservedExport(name) {
    return RESERVED_EXPORTS.has(name.trim().toLowerCase());
}
/** wasm32 linear memory tops out at 65536 pages of 64 KiB = 4096 MiB. */
const WASM32_MAX_MIB = 4096;
/** Looks up a dotted path; undefined when absent or when its type was already reported. */
function node(ctx, path) {
    if (ctx.badTypes.has(path))
        return undefined;
    let cur = ctx.root;
    for (const seg of path.split('.')) {
        cur = cur?.entries?.get(seg);
        if (!cur)
            return undefined;
    }
    return cur;
}
const str = (ctx, path) => {
    const n = node(ctx, path);
    return n?.type === 'string' ? n.value : undefined;
};
const strings = (ctx, path) => (node(ctx, path)?.items ?? [])
    .filter((i) => i.type === 'string')
    .map((i) => ({ value: i.value, at: i }));
function add(ctx, severity, rule, field, at, message, fix) {
    const f = { severity, rule, message, field, file: ctx.file, line: at.line, col: at.col };
    if (fix)
        f.fix = fix;
    ctx.findings.push(f);
}
/** Where a missing key should be added: its table's header, else the top of the file. */
function missingAt(ctx, tablePath) {
    const table = tablePath ? node(ctx, tablePath) : undefined;
    return table ? table.keyPos : { line: 1, col: 1 };
}


/***/ }),

/***/ 75818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ skipped),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
const ok = (detail) => ({ status: 'ok', detail });
const skipped = (detail) => ({ status: 'skipped', detail });


/***/ }),

/***/ 50407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareTarget: () => (/* binding */ compareTarget),
  takeCompareToken: () => (/* binding */ takeCompareToken),
  X: () => (/* binding */ validateStep),
  validateTarget: () => (/* binding */ validateTarget)
});

// UNUSED EXPORTS: COMPARE_TOKEN_ENV

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/manifest/toml.ts + 3 modules
var toml = __webpack_require__(84787);
// EXTERNAL MODULE: ./src/manifest/key-case.ts
var key_case = __webpack_require__(99503);
// EXTERNAL MODULE: ./src/manifest/fields.ts
var manifest_fields = __webpack_require__(50392);
;// CONCATENATED MODULE: ./src/manifest/schema.ts


const TYPE_WORDS = {
    string: 'a string',
    boolean: 'a boolean (true or false)',
    integer: 'an integer',
    'string[]': 'an array of strings',
    table: 'a table',
    'string-map': 'a table of strings',
    'any-table': 'a table',
};
/** Checks the whole manifest tree against the field specification. */
function checkSchema(root, ctx) {
    walkTable(root, manifest_fields/* MANIFEST_FIELDS */.U, '', ctx);
}
function walkTable(node, fields, prefix, ctx) {
    const known = Object.keys(fields);
    for (const [key, child] of node.entries ?? []) {
        const path = prefix ? `${prefix}.${key}` : key;
        const spec = fields[key];
        if (!spec) {
            const suggestion = (0,manifest_fields/* suggestKey */.A)(key, known);
            const where = prefix ? `[${prefix}]` : 'the top level';
            ctx.findings.push({
                severity: ctx.strict ? 'error' : 'warning',
                rule: 'unknown-key',
                message: `unknown key "${key}" in ${where}; Samuel ignores it${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
                fix: suggestion
                    ? `rename "${key}" to "${suggestion}"`
                    : `remove "${key}" (known keys here: ${known.join(', ')})`,
                field: path,
                file: ctx.file,
                line: child.keyPos.line,
                col: child.keyPos.col,
            });
            continue;
        }
        checkType(child, spec, path, ctx);
    }
}
function typeError(node, expected, path, ctx, what) {
    ctx.badTypes.add(path);
    ctx.findings.push({
        severity: 'error',
        rule: 'type',
        message: `${what ?? `"${path}"`} must be ${expected}, found ${(0,toml/* describeType */.MF)(node)}`,
        fix: `change "${path}" to ${expected}`,
        field: path,
        file: ctx.file,
        line: node.valuePos.line,
        col: node.valuePos.col,
    });
}
function checkType(node, spec, path, ctx) {
    const expected = TYPE_WORDS[spec.type];
    switch (spec.type) {
        case 'string':
        case 'boolean':
        case 'integer':
            if (node.type !== spec.type)
                typeError(node, expected, path, ctx);
            return;
        case 'string[]':
            if (node.type !== 'array') {
                typeError(node, expected, path, ctx);
                return;
            }
            node.items.forEach((item, i) => {
                if (item.type !== 'string') {
                    typeError(item, 'a string', path, ctx, `element ${i + 1} of "${path}"`);
                }
            });
            return;
        case 'table':
            if (node.type !== 'table') {
                typeError(node, expected, path, ctx);
                return;
            }
            walkTable(node, spec.fields, path, ctx);
            return;
        case 'any-table':
            if (node.type !== 'table')
                typeError(node, expected, path, ctx);
            return;
        case 'string-map':
            if (node.type !== 'table') {
                typeError(node, expected, path, ctx);
                return;
            }
            for (const [key, value] of node.entries) {
                if (value.type !== 'string') {
                    typeError(value, 'a version range string', `${path}.${key}`, ctx);
                }
            }
            return;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/manifest/rules/context.ts
var context = __webpack_require__(74710);
// EXTERNAL MODULE: ./src/samuel/names.ts
var names = __webpack_require__(73955);
;// CONCATENATED MODULE: ./src/manifest/rules/identity.ts
/** Identity: name, version, kind, the release tag, homepage. */



function checkIdentity(ctx) {
    for (const key of ['name', 'version', 'kind']) {
        if (!ctx.root.entries?.has(key)) {
            const example = { name: '"my-plugin"', version: '"0.1.0"', kind: '"wasm"' }[key];
            (0,context/* add */.WQ)(ctx, 'error', 'required', key, { line: 1, col: 1 }, `manifest missing required field '${key}'`, `add \`${key} = ${example}\` at the top of samuel-plugin.toml, before any [table]`);
        }
    }
    const nameNode = (0,context/* node */.rH)(ctx, 'name');
    const name = (0,context/* str */.gx)(ctx, 'name');
    if (nameNode && name !== undefined) {
        const problem = (0,names/* nameProblem */.rH)(name);
        if (problem) {
            (0,context/* add */.WQ)(ctx, 'error', 'name-pattern', 'name', nameNode.valuePos, `invalid plugin name ${JSON.stringify(name)}: ${problem.why}`, problem.fix);
        }
    }
    const versionNode = (0,context/* node */.rH)(ctx, 'version');
    const version = (0,context/* str */.gx)(ctx, 'version');
    if (versionNode && version !== undefined) {
        const notSemver = (message, fix) => (0,context/* add */.WQ)(ctx, 'error', 'version-semver', 'version', versionNode.valuePos, message, fix);
        if (version.trim() === '') {
            (0,context/* add */.WQ)(ctx, 'error', 'required', 'version', versionNode.valuePos, `manifest missing required field 'version'`, 'set `version = "X.Y.Z"` matching the release tag');
        }
        else if (/^v\d/.test(version) && semver_default().valid(version.slice(1))) {
            notSemver(`version ${JSON.stringify(version)} has a "v" prefix; the manifest holds the bare version`, `write version = "${version.slice(1)}" (the git tag keeps the "v")`);
        }
        else if (!semver_default().valid(version) || semver_default().clean(version) !== version) {
            notSemver(`version ${JSON.stringify(version)} is not a semantic version (MAJOR.MINOR.PATCH)`, `use three numbers, e.g. "${semver_default().coerce(version)?.version ?? '0.1.0'}"`);
        }
        else if (ctx.tag !== undefined) {
            // In a monorepo a plugin's tags carry its name: <name>-v1.2.3 or <name>/v1.2.3.
            const name = (0,context/* str */.gx)(ctx, 'name');
            const bare = ctx.tag.replace(/^refs\/tags\//, '');
            const own = name && (bare.startsWith(`${name}-v`) || bare.startsWith(`${name}/v`));
            const tagVersion = (own ? bare.slice(name.length + 1) : bare).replace(/^v(?=\d)/, '');
            if (tagVersion !== version) {
                (0,context/* add */.WQ)(ctx, 'error', 'tag-version', 'version', versionNode.valuePos, `the release tag "${ctx.tag}" does not match version ${JSON.stringify(version)}`, `set version = "${semver_default().valid(tagVersion) ? tagVersion : '<tag without v>'}" or tag v${version}`);
            }
        }
    }
    const kindNode = (0,context/* node */.rH)(ctx, 'kind');
    const kind = (0,context/* str */.gx)(ctx, 'kind');
    if (kindNode && kind !== undefined && !['skill', 'wasm', 'oci', 'meta'].includes(kind)) {
        const lower = kind.trim().toLowerCase();
        const hint = ['skill', 'wasm', 'oci', 'meta'].includes(lower)
            ? ` — did you mean "${lower}"?`
            : '';
        (0,context/* add */.WQ)(ctx, 'error', 'kind-enum', 'kind', kindNode.valuePos, `invalid plugin kind ${JSON.stringify(kind)}${hint}`, 'kind must be one of: skill, wasm, oci, meta');
    }
    const homepage = (0,context/* node */.rH)(ctx, 'homepage');
    if (homepage?.type === 'string') {
        const value = homepage.value;
        if (!isAbsoluteUri(value))
            (0,context/* add */.WQ)(ctx, 'error', 'homepage-uri', 'homepage', homepage.valuePos, `homepage ${JSON.stringify(value)} is not an absolute URI`, 'use a full URL such as "https://github.com/<owner>/<repo>"');
    }
}
/** An absolute URI: a scheme, then something the WHATWG URL parser accepts. */
function isAbsoluteUri(value) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value))
        return false;
    try {
        new URL(value);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/manifest/ranges.ts
/**
 * Cargo-style version requirements as Samuel's `[samuel]` and `[requires]` use them:
 * `^1.2.3`, `~1.2`, `=1.0.0`, `>=1.0, <2.0`, `1.2.3`, `1.*`, `*`. Samuel's own check only looks at
 * the first character; this one parses every comparator, so `^banana` fails here instead of at
 * install time in the resolver.
 */

const OPERATORS = ['>=', '<=', '^', '~', '=', '<', '>'];
const PART = /^(0|[1-9]\d*|\*|x|X)$/;
/** Returns undefined when `range` is valid, else a sentence saying what is wrong. */
function checkVersionRange(range) {
    const trimmed = range.trim();
    if (trimmed === '')
        return 'the range is empty';
    if (trimmed === '*')
        return undefined;
    for (const raw of trimmed.split(',')) {
        const comparator = raw.trim();
        if (comparator === '')
            return `"${range}" has an empty comparator (a stray comma)`;
        const problem = checkComparator(comparator);
        if (problem)
            return problem;
    }
    return undefined;
}
function checkComparator(comparator) {
    const op = OPERATORS.find((o) => comparator.startsWith(o)) ?? '';
    const version = comparator.slice(op.length).trim();
    if (version === '')
        return `"${comparator}" has an operator but no version`;
    if (version === '*') {
        return op === '' ? undefined : `"${comparator}": a wildcard cannot follow an operator`;
    }
    if (/^v\d/.test(version))
        return `"${comparator}": drop the "v" prefix (write ${op}${version.slice(1)})`;
    // Full versions may carry pre-release and build metadata; partial ones (1, 1.2, 1.*) may not.
    if (semver_default().valid(version))
        return undefined;
    const parts = version.split('.');
    if (parts.length > 3 || !parts.every((p) => PART.test(p))) {
        return `"${comparator}" is not a version requirement (expected forms like ^1.2.3, ~1.2, >=1.0, <2.0)`;
    }
    const wildcard = parts.findIndex((p) => /^[*xX]$/.test(p));
    if (wildcard === 0)
        return `"${comparator}": the major version cannot be a wildcard (use *)`;
    if (wildcard > 0 && parts.slice(wildcard).some((p) => !/^[*xX]$/.test(p))) {
        return `"${comparator}": nothing but wildcards may follow a wildcard`;
    }
    if (wildcard > 0 && op !== '' && op !== '=') {
        return `"${comparator}": a wildcard version takes no ${op} operator`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifest/rules/ranges.ts


/** Reports the `range` rule when `n`'s string is not a Cargo-style version requirement. */
function badRange(ctx, field, n, what) {
    const problem = checkVersionRange(n.value);
    if (!problem)
        return;
    (0,context/* add */.WQ)(ctx, 'error', 'range', field, n.valuePos, `${what}: ${problem}`, 'use cargo-style ranges (^X.Y.Z, ~X.Y.Z, >=X,<Y, *, exact)');
}
function checkRanges(ctx) {
    for (const key of ['framework', 'protocol']) {
        const n = (0,context/* node */.rH)(ctx, `samuel.${key}`);
        if (n?.type !== 'string')
            continue;
        badRange(ctx, `samuel.${key}`, n, `invalid samuel.${key} version range`);
    }
    const requires = (0,context/* node */.rH)(ctx, 'requires');
    for (const [dep, value] of requires?.entries ?? []) {
        if (!context/* NAME_RE */.eF.test(dep) || dep.endsWith('-')) {
            (0,context/* add */.WQ)(ctx, 'error', 'requires-name', `requires.${dep}`, value.keyPos, `[requires] names ${JSON.stringify(dep)}, which is not a valid plugin name`, 'use the required plugin\'s manifest name (lowercase letters, digits and "-")');
        }
        if (value.type !== 'string')
            continue;
        badRange(ctx, `requires.${dep}`, value, `invalid version range for requires.${dep}`);
    }
}

// EXTERNAL MODULE: ./src/samuel/installer.ts
var installer = __webpack_require__(77615);
;// CONCATENATED MODULE: ./src/manifest/rules/wasm.ts
/** [wasm] and the exports a wasm plugin declares. */



function checkWasm(ctx) {
    const wasm = (0,context/* node */.rH)(ctx, 'wasm');
    const module = (0,context/* str */.gx)(ctx, 'wasm.module');
    if (!wasm || module === undefined || module.trim() === '') {
        if (!ctx.badTypes.has('wasm') && !ctx.badTypes.has('wasm.module')) {
            const at = (0,context/* node */.rH)(ctx, 'wasm.module')?.valuePos ?? (0,context/* missingAt */.WH)(ctx, 'wasm');
            (0,context/* add */.WQ)(ctx, 'error', 'wasm-module', 'wasm.module', at, 'wasm manifest missing [wasm] module reference', 'add `[wasm]` with `module = "plugin.wasm"`');
        }
    }
    // Samuel's installer reads the declared module but stores it as plugin.wasm, and its doctor
    // then looks for the declared name in the install directory ("wasm module missing").
    if (module !== undefined &&
        module.trim() !== '' &&
        external_node_path_.posix.normalize(module) !== installer/* INSTALLED_MODULE */.Y) {
        (0,context/* add */.WQ)(ctx, 'notice', 'wasm-module-renamed', 'wasm.module', (0,context/* node */.rH)(ctx, 'wasm.module').valuePos, `Samuel installs the module as ${installer/* INSTALLED_MODULE */.Y} whatever [wasm].module says, and \`samuel doctor\` then looks for ${JSON.stringify(module)}: the release uploads ${installer/* INSTALLED_MODULE */.Y} and writes module = "${installer/* INSTALLED_MODULE */.Y}" into the released manifest`, `nothing to do for a release; name the module ${installer/* INSTALLED_MODULE */.Y} to keep the released manifest identical to yours`);
    }
    const runtimeExports = (0,context/* strings */.P$)(ctx, 'runtime.exports');
    const wasmExports = (0,context/* strings */.P$)(ctx, 'wasm.exports');
    const effective = runtimeExports.length > 0 ? runtimeExports : wasmExports;
    const source = runtimeExports.length > 0 ? 'runtime.exports' : 'wasm.exports';
    if (effective.length === 0 &&
        !ctx.badTypes.has('runtime.exports') &&
        !ctx.badTypes.has('wasm.exports')) {
        const at = (0,context/* node */.rH)(ctx, 'runtime.exports')?.valuePos ??
            (0,context/* node */.rH)(ctx, 'wasm.exports')?.valuePos ??
            (0,context/* missingAt */.WH)(ctx, 'wasm');
        (0,context/* add */.WQ)(ctx, 'error', 'wasm-exports', 'wasm.exports', at, 'wasm manifest declares no exports', 'add `exports = ["<fn>"]` under [wasm] (or [runtime], which wins when both are set)');
    }
    // Samuel's doctor (exportSetsEquivalent) fails an installed plugin whose non-empty
    // [runtime].exports is not the same set, of the same length, as [wasm].exports.
    if (runtimeExports.length > 0 &&
        (0,context/* node */.rH)(ctx, 'wasm') &&
        !sameExportSets(wasmExports, runtimeExports)) {
        (0,context/* add */.WQ)(ctx, 'error', 'wasm-exports-drift', 'runtime.exports', (0,context/* node */.rH)(ctx, 'runtime.exports').valuePos, '[wasm].exports and [runtime].exports disagree: `samuel doctor` fails the installed plugin with "wasm manifest drift"', 'make the two lists the same (same names, no duplicates), or remove [runtime].exports');
    }
    const seen = new Set();
    for (const { value, at } of effective) {
        if (value.trim() === '') {
            (0,context/* add */.WQ)(ctx, 'error', 'export-name', source, at.valuePos, 'an export name is empty', 'remove the empty string from the list');
        }
        else if ((0,context/* isReservedExport */.l5)(value)) {
            (0,context/* add */.WQ)(ctx, 'error', 'reserved-export', source, at.valuePos, `export ${JSON.stringify(value)} collides with built-in samuel verb`, `rename the wasm export (e.g. "${value.trim().toLowerCase()}_plugin"); reserved: ${[...context/* RESERVED_EXPORTS */.b5].join(' ')}`);
        }
        else if (seen.has(value)) {
            (0,context/* add */.WQ)(ctx, 'warning', 'export-name', source, at.valuePos, `export ${JSON.stringify(value)} is listed twice`, 'remove the duplicate');
        }
        seen.add(value);
    }
}
/** Samuel's doctor's comparison: equal lengths, and every [runtime] export among [wasm]'s. */
function sameExportSets(wasm, runtime) {
    if (wasm.length !== runtime.length)
        return false;
    const have = new Set(wasm.map((e) => e.value));
    return runtime.every((e) => have.has(e.value));
}

// EXTERNAL MODULE: ./src/manifest/image.ts
var manifest_image = __webpack_require__(28472);
;// CONCATENATED MODULE: ./src/manifest/rules/oci.ts
/** [oci]: the image reference, its pin, and the flags podman and docker accept. */


function checkOciImage(ctx) {
    const image = (0,context/* node */.rH)(ctx, 'oci.image');
    const value = (0,context/* str */.gx)(ctx, 'oci.image');
    if (value === undefined || value.trim() === '') {
        if (ctx.badTypes.has('oci') || ctx.badTypes.has('oci.image'))
            return;
        (0,context/* add */.WQ)(ctx, 'error', 'oci-image', 'oci.image', image?.valuePos ?? (0,context/* missingAt */.WH)(ctx, 'oci'), 'oci manifest missing [oci] image reference', 'add `[oci]` with `image = "ghcr.io/<owner>/<name>@sha256:<digest>"`');
        return;
    }
    const at = image.valuePos;
    const parts = (0,manifest_image/* parseSamuelImage */.gZ)(value);
    if (!parts) {
        const { message, fix } = (0,manifest_image/* explainImageProblem */._2)(value);
        (0,context/* add */.WQ)(ctx, 'error', 'oci-image', 'oci.image', at, message, fix);
        return;
    }
    if (!parts.digest) {
        if (ctx.willPin) {
            (0,context/* add */.WQ)(ctx, 'notice', 'oci-image-pinned', 'oci.image', at, 'oci image is not digest-pinned yet; the release pins it to the pushed digest', undefined);
        }
        else {
            (0,context/* add */.WQ)(ctx, 'error', 'oci-image-pinned', 'oci.image', at, 'oci manifest image is not digest-pinned', 'append @sha256:<64-hex-digest> to the [oci] image reference (the release step writes the real digest; on branches keep @sha256:' +
                '0'.repeat(64) +
                ')');
        }
    }
    else if (parts.digest === manifest_image/* ZERO_DIGEST */.yA) {
        if (ctx.tag !== undefined && !ctx.willPin) {
            (0,context/* add */.WQ)(ctx, 'error', 'oci-zero-digest', 'oci.image', at, `[oci].image still has the all-zero placeholder digest on release tag "${ctx.tag}"`, 'run the release step (it pins the pushed digest), or write the real digest before tagging');
        }
        else {
            (0,context/* add */.WQ)(ctx, 'notice', 'oci-zero-digest', 'oci.image', at, ctx.willPin
                ? 'placeholder digest: the release pins [oci].image to the pushed digest'
                : 'placeholder all-zero digest: fine on a branch; the release step pins the real one', undefined);
        }
    }
    const legacy = (0,context/* node */.rH)(ctx, 'oci.digest');
    if (legacy?.type === 'string') {
        const d = legacy.value;
        if (parts.digest && parts.digest !== manifest_image/* ZERO_DIGEST */.yA && d !== parts.digest) {
            (0,context/* add */.WQ)(ctx, 'error', 'oci-digest-legacy', 'oci.digest', legacy.valuePos, `[oci].digest ${JSON.stringify(d)} disagrees with the digest in [oci].image`, 'remove [oci].digest; Samuel reads the digest from [oci].image');
        }
        else {
            (0,context/* add */.WQ)(ctx, 'warning', 'oci-digest-legacy', 'oci.digest', legacy.valuePos, '[oci].digest is a legacy field; Samuel reads the digest from [oci].image', 'remove [oci].digest');
        }
    }
}
function checkOciFlags(ctx) {
    const workdir = (0,context/* node */.rH)(ctx, 'oci.workdir');
    if (workdir?.type === 'string' && !workdir.value.startsWith('/')) {
        (0,context/* add */.WQ)(ctx, 'error', 'oci-workdir', 'oci.workdir', workdir.valuePos, `[oci].workdir ${JSON.stringify(workdir.value)} is not an absolute path; podman and docker reject a relative -w`, 'use an absolute path inside the container, e.g. "/workspace"');
    }
    const cpus = (0,context/* node */.rH)(ctx, 'oci.cpu_quota');
    if (cpus?.type === 'string' &&
        !(/^\d+(\.\d+)?$/.test(cpus.value) && Number(cpus.value) > 0)) {
        (0,context/* add */.WQ)(ctx, 'error', 'oci-cpu-quota', 'oci.cpu_quota', cpus.valuePos, `[oci].cpu_quota ${JSON.stringify(cpus.value)} is not a positive number of CPUs (passed as --cpus)`, 'use a decimal such as "1.5"');
    }
    const memory = (0,context/* node */.rH)(ctx, 'oci.memory_limit');
    if (memory?.type === 'string' && !/^\d+(\.\d+)?[bkmgBKMG]?$/.test(memory.value)) {
        (0,context/* add */.WQ)(ctx, 'error', 'oci-memory-limit', 'oci.memory_limit', memory.valuePos, `[oci].memory_limit ${JSON.stringify(memory.value)} is not a size podman and docker accept (passed as --memory)`, 'use a number with an optional unit b, k, m or g, e.g. "512m"');
    }
    for (const { value, at } of (0,context/* strings */.P$)(ctx, 'oci.entrypoint')) {
        if (value === '')
            (0,context/* add */.WQ)(ctx, 'error', 'oci-entrypoint', 'oci.entrypoint', at.valuePos, '[oci].entrypoint has an empty element', 'remove the empty string');
    }
}

;// CONCATENATED MODULE: ./src/manifest/rules/kinds.ts
/** What each kind needs and which blocks it reads. */



function checkKindBlocks(ctx) {
    const kind = (0,context/* str */.gx)(ctx, 'kind');
    if (kind === 'meta') {
        (0,context/* add */.WQ)(ctx, 'warning', 'meta-not-installable', 'kind', (0,context/* node */.rH)(ctx, 'kind').valuePos, 'Samuel v2.3 cannot install a meta plugin: `samuel install` stops with "unsupported plugin kind"', 'release it for a later Samuel, or ship its plugins on their own until Samuel installs meta plugins');
    }
    if (kind === 'meta' && ((0,context/* node */.rH)(ctx, 'requires')?.entries?.size ?? 0) === 0) {
        (0,context/* add */.WQ)(ctx, 'error', 'meta-requires', 'requires', (0,context/* missingAt */.WH)(ctx, 'requires'), 'meta plugin must declare at least one entry in [requires]', 'add `[requires]` with lines like `other-plugin = "^1.0.0"`');
    }
    if (kind === 'wasm')
        checkWasm(ctx);
    if (kind === 'oci')
        checkOciImage(ctx);
    for (const [block, owner] of [
        ['wasm', 'wasm'],
        ['runtime', 'wasm'],
        ['oci', 'oci'],
    ]) {
        const n = (0,context/* node */.rH)(ctx, block);
        if (n &&
            kind !== undefined &&
            ['skill', 'wasm', 'oci', 'meta'].includes(kind) &&
            kind !== owner) {
            (0,context/* add */.WQ)(ctx, 'warning', 'kind-block', block, n.keyPos, `[${block}] is only read for kind = "${owner}"; this ${kind} plugin ignores it`, `remove [${block}] or set kind = "${owner}"`);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/manifest/rules/capabilities.ts
/** [capabilities]: globs, env keys, network hosts. */


function checkCapabilities(ctx) {
    for (const mode of ['read', 'write']) {
        for (const { value, at } of (0,context/* strings */.P$)(ctx, `capabilities.filesystem.${mode}`)) {
            const problem = globProblem(value);
            if (problem)
                (0,context/* add */.WQ)(ctx, 'error', 'glob', `capabilities.filesystem.${mode}`, at.valuePos, `filesystem.${mode} pattern ${JSON.stringify(value)} does not compile: ${problem}`, 'fix the pattern (doublestar syntax: *, **, ?, [abc], {a,b})');
        }
    }
    for (const { value, at } of (0,context/* strings */.P$)(ctx, 'capabilities.env')) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
            (0,context/* add */.WQ)(ctx, 'error', 'env-key', 'capabilities.env', at.valuePos, `capabilities.env entry ${JSON.stringify(value)} is not an environment variable name`, 'list bare names such as "HOME" (letters, digits, "_"; no "=" or values)');
        }
    }
    for (const key of ['hosts', 'allowed_hosts', 'outbound']) {
        for (const { value, at } of (0,context/* strings */.P$)(ctx, `capabilities.network.${key}`)) {
            if (/^[a-z]+:\/\//i.test(value) || value.includes('/')) {
                const host = value.replace(/^[a-z]+:\/\//i, '').split('/')[0];
                (0,context/* add */.WQ)(ctx, 'error', 'network-host', `capabilities.network.${key}`, at.valuePos, `network.${key} entry ${JSON.stringify(value)} is a URL; Samuel compares bare host names`, `write just the host, e.g. "${host}"`);
            }
        }
    }
    checkNetworkLists(ctx);
}
/**
 * A wasm plugin's network hosts, listed in one of `hosts` and `outbound` only. Samuel v2.3 has
 * two gates: where it applies the manifest's budgets (`InstantiateWithBudgets`) the allowlist is
 * `[capabilities.network].hosts` (`Capabilities.AllowsHost`); where it checks health and runs
 * exports (`Check`, `Run`) it is the grants `capability.FromManifest` makes from `outbound`. A
 * host in one list is denied on the other path.
 */
function checkNetworkLists(ctx) {
    if ((0,context/* str */.gx)(ctx, 'kind') !== 'wasm')
        return;
    const hosts = (0,context/* strings */.P$)(ctx, 'capabilities.network.hosts');
    const outbound = (0,context/* strings */.P$)(ctx, 'capabilities.network.outbound');
    const missing = (from, other, list, otherList) => {
        const names = new Set(other.map((h) => h.value));
        for (const { value, at } of from) {
            if (names.has(value))
                continue;
            (0,context/* add */.WQ)(ctx, 'warning', 'network-lists', `capabilities.network.${list}`, at.valuePos, `network host ${JSON.stringify(value)} is in ${list} but not in ${otherList}: Samuel v2.3 reads hosts where it applies the manifest's budgets and the outbound grants where it checks health and runs exports, so the host is denied on one of the two`, `list ${JSON.stringify(value)} in both [capabilities.network].hosts and outbound`);
        }
    };
    missing(hosts, outbound, 'hosts', 'outbound');
    missing(outbound, hosts, 'outbound', 'hosts');
}
const globVerdicts = new Map();
/** Why a doublestar pattern would not compile, or undefined when it does (memoised: monorepos repeat globs). */
function globProblem(pattern) {
    if (globVerdicts.has(pattern))
        return globVerdicts.get(pattern);
    const verdict = compileGlob(pattern);
    if (globVerdicts.size > 10_000)
        globVerdicts.clear();
    globVerdicts.set(pattern, verdict);
    return verdict;
}
function compileGlob(pattern) {
    if (pattern === '')
        return 'the pattern is empty';
    if (/(^|[^\\])(\\\\)*\\$/.test(pattern))
        return 'it ends with an unfinished escape "\\"';
    try {
        picomatch_default().makeRe(pattern, { strictBrackets: true });
    }
    catch (e) {
        const msg = e.message;
        if (/[[\]]/.test(msg))
            return 'a "[" is never closed';
        if (/[{}]/.test(msg))
            return 'a "{" is never closed';
        if (/[()]/.test(msg))
            return 'a "(" is never closed';
        return msg;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/duration.ts
var duration = __webpack_require__(87197);
;// CONCATENATED MODULE: ./src/manifest/rules/runtime.ts
/** [runtime]: memory and time budgets. */


function checkRuntime(ctx) {
    const maxMemory = (0,context/* node */.rH)(ctx, 'runtime.max_memory');
    if (maxMemory?.type === 'integer') {
        const v = maxMemory.value;
        const problem = v < 1
            ? [
                `runtime.max_memory must be at least 1 (MiB), found ${v}`,
                "set a budget in MiB, e.g. max_memory = 64 (Samuel's default)",
            ]
            : v > context/* WASM32_MAX_MIB */.IY
                ? [
                    `runtime.max_memory ${v} MiB exceeds what a wasm32 module can address (${context/* WASM32_MAX_MIB */.IY} MiB)`,
                    `use at most ${context/* WASM32_MAX_MIB */.IY}`,
                ]
                : undefined;
        if (problem)
            (0,context/* add */.WQ)(ctx, 'error', 'runtime-max-memory', 'runtime.max_memory', maxMemory.valuePos, problem[0], problem[1]);
    }
    const durations = {};
    for (const key of ['timeout', 'hard_timeout']) {
        const n = (0,context/* node */.rH)(ctx, `runtime.${key}`);
        if (n?.type !== 'string')
            continue;
        const ms = (0,duration/* parseGoDuration */.Q)(n.value.trim());
        if (ms === undefined) {
            (0,context/* add */.WQ)(ctx, 'error', 'runtime-duration', `runtime.${key}`, n.valuePos, `runtime.${key} ${JSON.stringify(n.value)} is not a Go duration; Samuel would silently use its default`, 'write a number with a unit, e.g. "5s", "1500ms" or "2m"');
        }
        else if (ms <= 0) {
            (0,context/* add */.WQ)(ctx, 'warning', 'runtime-duration', `runtime.${key}`, n.valuePos, `runtime.${key} ${JSON.stringify(n.value)} is not positive; Samuel ignores it and uses ${key === 'timeout' ? '5s' : '30s'}`, 'use a positive duration or remove the key');
        }
        else {
            durations[key] = ms;
        }
    }
    const soft = durations.timeout ?? 5000;
    const hard = durations.hard_timeout ?? 30000;
    if ((durations.timeout !== undefined || durations.hard_timeout !== undefined) && soft >= hard) {
        const at = (0,context/* node */.rH)(ctx, 'runtime.timeout')?.valuePos ?? (0,context/* node */.rH)(ctx, 'runtime.hard_timeout').valuePos;
        (0,context/* add */.WQ)(ctx, 'warning', 'runtime-timeouts', 'runtime.timeout', at, `the soft timeout (${soft} ms) is not below the hard timeout (${hard} ms), so it can never warn`, 'make timeout shorter than hard_timeout');
    }
}

;// CONCATENATED MODULE: ./src/manifest/rules/index.ts








/** Runs every semantic rule. */
function checkRules(ctx) {
    checkIdentity(ctx);
    checkRanges(ctx);
    checkKindBlocks(ctx);
    checkCapabilities(ctx);
    checkRuntime(ctx);
    checkOciFlags(ctx);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/manifest/paths.ts
/**
 * Paths named in a manifest (the wasm module, skill folders) must stay inside the plugin
 * directory: no absolute paths, no `..` that climbs out, no symlink that leads out. The file
 * need not exist yet (validate runs before the build), so only the existing part is resolved.
 */



/** Why `path` escapes `root`, or undefined when it stays inside. */
async function pathEscape(root, path) {
    if (path.trim() === '')
        return 'the path is empty';
    if ((0,external_node_path_.isAbsolute)(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) {
        return 'it is an absolute path';
    }
    const target = (0,external_node_path_.resolve)(root, path);
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '')
        return 'it names the plugin directory itself';
    if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel))
        return 'it climbs out of the plugin directory with ".."';
    // Only a symlink can lead out from here: walk the components that exist with lstat (cheap,
    // and blocking: microseconds in place against tens through the thread pool), and resolve for
    // real only when one of them is a link.
    let current = root;
    for (const part of rel.split(external_node_path_.sep)) {
        current = (0,external_node_path_.join)(current, part);
        let info;
        try {
            // A missing component is the usual case (validate runs before the build): asked
            // without an exception, which would cost more than the call.
            info = (0,external_node_fs_.lstatSync)(current, { throwIfNoEntry: false });
        }
        catch {
            info = undefined; // not a directory, no permission: looked at no further
        }
        if (!info)
            return undefined; // the rest does not exist yet: nothing can lead out
        if (info.isSymbolicLink())
            return followLinks(root, target, current);
    }
    return undefined;
}
/** Resolves `target` through its links, including a dangling one, and checks it stays in `root`. */
async function followLinks(root, target, link) {
    let realRoot;
    try {
        realRoot = await (0,promises_.realpath)(root);
    }
    catch {
        return undefined;
    }
    const outside = (full) => {
        const r = (0,external_node_path_.relative)(realRoot, full);
        return r === '..' || r.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(r);
    };
    let existing = target;
    let rest = '';
    for (;;) {
        try {
            const real = await (0,promises_.realpath)(existing);
            const full = rest ? (0,external_node_path_.join)(real, rest) : real;
            return outside(full) ? `a symlink leads out of the plugin directory (to ${full})` : undefined;
        }
        catch {
            // A dangling link still says where it points: that must stay inside too.
            const dangling = await (0,promises_.readlink)(existing).catch(() => undefined);
            if (dangling !== undefined) {
                const to = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(existing), dangling);
                const full = rest ? (0,external_node_path_.join)(to, rest) : to;
                if (outside(full) && outside((0,external_node_path_.resolve)(realRoot, (0,external_node_path_.relative)(root, full)))) {
                    return `a symlink leads out of the plugin directory (to ${full}, which does not exist)`;
                }
            }
            const parent = (0,external_node_path_.dirname)(existing);
            if (parent === existing || existing === link)
                return undefined;
            rest = rest
                ? (0,external_node_path_.join)(existing.slice(parent.length + 1), rest)
                : existing.slice(parent.length + 1);
            existing = parent;
        }
    }
}

// EXTERNAL MODULE: ./src/manifest/typed.ts
var typed = __webpack_require__(39305);
;// CONCATENATED MODULE: ./src/manifest/validate.ts
/**
 * Validates one manifest file: reads it defensively (directories, empty, binary and huge files
 * get a clear message), parses TOML with positions, checks field types and unknown keys, the
 * semantic rules, paths, and a skill's SKILL.md. Every finding carries file, line and column.
 */











const MANIFEST_FILE = 'samuel-plugin.toml';
/** Real manifests are a few hundred bytes; anything past this is not one. */
const MAX_MANIFEST_BYTES = files/* READ_LIMITS */.Cl.manifest;
/**
 * The manifest file and its `stat` (links followed). Blocking calls: each is microseconds on a
 * manifest, against tens through the thread pool.
 */
function locateManifest(pathOrDir, cwd) {
    const abs = (0,external_node_path_.resolve)(cwd, pathOrDir);
    let info;
    try {
        info = (0,external_node_fs_.statSync)(abs);
    }
    catch (e) {
        const code = e.code;
        const fix = 'pass the plugin directory or its samuel-plugin.toml';
        if (code === 'ENOENT')
            throw new errors/* IoError */.dA(`${pathOrDir}: no such file or directory`, { fix });
        throw new errors/* IoError */.dA(`${pathOrDir}: ${e.message}`, { cause: e, fix });
    }
    if (!info.isDirectory())
        return { file: abs, info };
    const inside = (0,external_node_path_.join)(abs, MANIFEST_FILE);
    let innerInfo;
    try {
        innerInfo = (0,external_node_fs_.statSync)(inside);
    }
    catch (e) {
        throw new errors/* IoError */.dA(`${pathOrDir} has no ${MANIFEST_FILE}`, {
            cause: e,
            fix: `pass the directory that holds ${MANIFEST_FILE}, or create one (see templates/ for examples)`,
        });
    }
    if (innerInfo.isDirectory()) {
        throw new errors/* IoError */.dA(`${(0,paths/* displayPath */.G)(inside, cwd)} is a directory, not a file`, {
            fix: `make ${MANIFEST_FILE} a TOML file`,
        });
    }
    return { file: inside, info: innerInfo };
}
/** Validates the manifest at `pathOrDir` (a plugin directory or the manifest itself). */
async function validateManifestFile(pathOrDir, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const { file, info } = locateManifest(pathOrDir, cwd);
    const displayPath = (0,paths/* displayPath */.G)(file, cwd);
    const result = { file, displayPath, findings: [] };
    if (info.size > MAX_MANIFEST_BYTES) {
        result.findings.push(fileFinding(displayPath, 'file-too-large', `the manifest is ${info.size} bytes; a samuel-plugin.toml is at most ${MAX_MANIFEST_BYTES} bytes`, 'point at the real samuel-plugin.toml (a few hundred bytes of TOML)'));
        return result;
    }
    // A FIFO or a device (`/dev/zero`) is refused before anything is read: it could block or
    // never end.
    const bytes = (0,files/* readRegularFileSync */.cG)(file, {
        maxBytes: MAX_MANIFEST_BYTES,
        display: displayPath,
        what: 'manifest',
    });
    const checked = await validateManifestBytes(bytes, { ...options, file, displayPath });
    if ((0,external_node_path_.basename)(file) !== MANIFEST_FILE) {
        checked.findings.unshift({
            severity: 'warning',
            rule: 'file-name',
            message: `Samuel reads the manifest only from a file named ${MANIFEST_FILE}, not ${(0,external_node_path_.basename)(file)}`,
            fix: `rename it to ${MANIFEST_FILE}, or pass the plugin directory`,
            file: displayPath,
            line: 1,
            col: 1,
        });
    }
    return checked;
}
function fileFinding(file, rule, message, fix, line = 1, col = 1) {
    return { severity: 'error', rule, message, fix, file, line, col };
}
/**
 * Validates manifest content already in memory. `file` (absolute) locates the plugin directory
 * for path and SKILL.md checks; `displayPath` is what messages show.
 */
async function validateManifestBytes(bytes, options) {
    const { file, displayPath } = options;
    const cwd = options.cwd ?? process.cwd();
    const result = { file, displayPath, findings: [] };
    const fail = (rule, message, fix, line = 1, col = 1) => {
        result.findings.push(fileFinding(displayPath, rule, message, fix, line, col));
        return result;
    };
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
        return fail('file-empty', 'the manifest is empty', 'add at least name, version and kind (see templates/ for examples)');
    }
    const nul = bytes.indexOf(0);
    let text;
    try {
        if (nul >= 0)
            throw new Error('NUL byte');
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const offset = nul >= 0 ? nul : firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, offset).toString('latin1');
        const line = before.split('\n').length;
        const col = offset - before.lastIndexOf('\n');
        return fail('file-binary', 'the manifest is not UTF-8 text (it looks like a binary file)', `${MANIFEST_FILE} must be a UTF-8 TOML file`, line, col);
    }
    const bareCr = /\r(?!\n)/.exec(text);
    if (bareCr) {
        const before = text.slice(0, bareCr.index);
        return fail('toml-syntax', "manifest is not valid TOML: a carriage return without a line feed (Samuel's parser wants \\r\\n or \\n)", `save ${MANIFEST_FILE} with \\n or \\r\\n line endings`, before.split('\n').length, bareCr.index - before.lastIndexOf('\n'));
    }
    if (text.startsWith('\uFEFF')) {
        return fail('toml-syntax', "manifest is not valid TOML: it starts with a UTF-8 byte order mark, which Samuel's parser rejects", `save ${MANIFEST_FILE} as UTF-8 without a byte order mark`, 1, 1);
    }
    let root;
    try {
        root = (0,toml/* parseTomlTree */.SC)(text);
    }
    catch (e) {
        if (e instanceof toml/* TomlSyntaxError */.u0) {
            return fail('toml-syntax', `manifest is not valid TOML: ${e.message}`, 'fix the TOML syntax at this position', e.line, e.col);
        }
        throw e;
    }
    (0,key_case/* foldKeyCase */.R)(root, displayPath, result.findings);
    const badTypes = new Set();
    checkSchema(root, {
        file: displayPath,
        strict: options.strict === true,
        findings: result.findings,
        badTypes,
    });
    const ruleContext = {
        root,
        file: displayPath,
        findings: result.findings,
        badTypes,
        willPin: options.willPin === true,
    };
    checkRules(options.tag === undefined ? ruleContext : { ...ruleContext, tag: options.tag });
    const dir = (0,external_node_path_.dirname)(file);
    const kind = root.entries?.get('kind')?.value;
    const name = root.entries?.get('name');
    const module = root.entries?.get('wasm')?.entries?.get('module');
    if (kind === 'wasm' && module?.type === 'string' && module.value.trim() !== '') {
        const problem = await pathEscape(dir, module.value);
        if (problem) {
            result.findings.push({
                severity: 'error',
                rule: 'path-escape',
                message: `[wasm].module ${JSON.stringify(module.value)} must stay inside the plugin directory: ${problem}`,
                fix: 'use a path relative to the plugin directory, e.g. "plugin.wasm"',
                field: 'wasm.module',
                file: displayPath,
                line: module.valuePos.line,
                col: module.valuePos.col,
            });
        }
    }
    for (const item of root.entries?.get('provides')?.entries?.get('skills')?.items ?? []) {
        if (item.type !== 'string' || !/[/\\]|^\.\.?$/.test(item.value))
            continue;
        const problem = await pathEscape(dir, item.value);
        if (problem) {
            result.findings.push({
                severity: 'error',
                rule: 'path-escape',
                message: `provides.skills entry ${JSON.stringify(item.value)} must stay inside the plugin directory: ${problem}`,
                fix: 'use a path relative to the plugin directory',
                field: 'provides.skills',
                file: displayPath,
                line: item.valuePos.line,
                col: item.valuePos.col,
            });
        }
    }
    if (kind === 'skill') {
        // Loaded here, for skills only: its YAML parser is most of the code a validation loads.
        const { checkSkillFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664)]).then(__webpack_require__.bind(__webpack_require__, 53664));
        const skillFile = (0,external_node_path_.join)(dir, 'SKILL.md');
        const manifestName = name?.type === 'string' ? name.value : undefined;
        result.findings.push(...(await checkSkillFile(skillFile, (0,paths/* displayPath */.G)(skillFile, cwd), manifestName, displayPath)));
    }
    // Report in reading order within each file (SKILL.md findings after the manifest's).
    result.findings.sort((a, b) => a.file === b.file
        ? (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)
        : a.file === displayPath
            ? -1
            : 1);
    if (!result.findings.some((f) => f.severity === 'error')) {
        result.loaded = {
            file,
            dir,
            source: text,
            manifest: (0,typed/* toPluginManifest */.C)(root),
            positions: (0,typed/* positionsOf */.q)(root),
        };
    }
    return result;
}
function firstInvalidUtf8(bytes) {
    let lo = 0;
    let hi = bytes.length;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid));
            lo = mid;
        }
        catch {
            hi = mid;
        }
    }
    return lo;
}

// EXTERNAL MODULE: ./src/pipeline/runner.ts
var runner = __webpack_require__(17846);
// EXTERNAL MODULE: ./src/pipeline/github-env.ts
var github_env = __webpack_require__(28505);
// EXTERNAL MODULE: ./src/pipeline/context.ts + 1 modules
var pipeline_context = __webpack_require__(63304);
// EXTERNAL MODULE: ./src/pipeline/step.ts
var step = __webpack_require__(75818);
;// CONCATENATED MODULE: ./src/steps/validate.ts
/** validate: the manifest as Samuel v2.3 reads it, plus the tag and (for skills) SKILL.md. */







/** Validates one manifest; shared by the step and the multi-manifest `validate` command. */
function validateTarget(target, options, cwd, env) {
    const tag = options.tag ?? (0,github_env/* tagFromEnv */.qX)(env);
    return validateManifestFile(target, {
        cwd,
        strict: options.strict,
        willPin: options.pin,
        ...(tag === undefined ? {} : { tag }),
    });
}
/** The environment variable of a token used only for the comparison, then removed. */
const COMPARE_TOKEN_ENV = 'COMPARE_RELEASE_TOKEN';
/**
 * The token the comparison reads with: COMPARE_RELEASE_TOKEN, removed from `env` once read (so
 * the build that follows, which runs the pull request's code, never sees it), else GITHUB_TOKEN
 * or GH_TOKEN; undefined reads anonymously (enough for a public repository).
 */
function takeCompareToken(env) {
    const token = env[COMPARE_TOKEN_ENV] || env.GITHUB_TOKEN || env.GH_TOKEN;
    delete env[COMPARE_TOKEN_ENV];
    return token?.trim() || undefined;
}
/**
 * Compares a validated manifest with the plugin's latest GitHub release and reports the
 * findings. Never throws for GitHub's sake: an unreadable release is a warning finding.
 */
async function compareTarget(loaded, displayPath, options, env, reporter) {
    if (options.compareRelease === undefined)
        return undefined;
    const repository = options.compareRelease === true ? env.GITHUB_REPOSITORY?.trim() : options.compareRelease;
    if (!repository) {
        throw new errors/* UsageError */.eb('--compare-release needs a repository: GITHUB_REPOSITORY is not set', {
            fix: 'name it: --compare-release=OWNER/REPO (in GitHub Actions GITHUB_REPOSITORY is set for you)',
        });
    }
    const { compareWithLatestRelease, compareFindings, compareLines, compareSummary } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(874), __webpack_require__.e(809), __webpack_require__.e(54)]).then(__webpack_require__.bind(__webpack_require__, 64054));
    const result = await compareWithLatestRelease(loaded, {
        repository,
        env,
        reporter,
        ...(options.token ? { token: options.token } : {}),
    });
    const findings = compareFindings(result, loaded, displayPath);
    findings.forEach((f) => reporter.finding(f));
    return { findings, lines: compareLines(result), summary: compareSummary(result) };
}
const validateStep = {
    name: 'validate',
    async run(ctx) {
        const options = { ...ctx.options.manifest, pin: ctx.options.manifest.pin || releases(ctx) };
        const result = await validateTarget(ctx.target, options, ctx.cwd, ctx.env);
        result.findings.forEach((f) => ctx.reporter.finding(f));
        ctx.results.validate = { displayPath: result.displayPath, findings: result.findings };
        if (!result.loaded) {
            const errors = result.findings.filter((f) => f.severity === 'error').length;
            throw new runner/* FindingsFailure */.f(`${errors} error${errors === 1 ? '' : 's'} in ${(0,paths/* displayPath */.G)(result.file, ctx.cwd)}`);
        }
        const m = result.loaded.manifest;
        ctx.loaded = result.loaded;
        // The compare slice is filled by commands that declare the compare-release flag.
        const compare = ctx.options.compare;
        if (compare.compareRelease !== undefined) {
            const token = takeCompareToken(ctx.env);
            const compared = await compareTarget(result.loaded, result.displayPath, { ...compare, token }, ctx.env, ctx.reporter);
            if (compared) {
                ctx.results.validate.findings.push(...compared.findings);
                compared.lines.forEach((line) => ctx.reporter.info(line));
                ctx.reporter.summary(compared.summary);
            }
        }
        ctx.tag = options.tag ?? (0,github_env/* tagFromEnv */.qX)(ctx.env) ?? `v${m.version}`;
        (0,pipeline_context/* setOutput */.uH)(ctx, 'name', m.name);
        (0,pipeline_context/* setOutput */.uH)(ctx, 'version', m.version);
        (0,pipeline_context/* setOutput */.uH)(ctx, 'kind', m.kind);
        return (0,step.ok)(`${m.name} ${m.version} (${m.kind})`);
    },
};
/** The release pins [oci].image itself, so an unpinned one is fine there. */
function releases(ctx) {
    return ctx.command === 'release';
}


/***/ })

};
