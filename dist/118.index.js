export const id = 118;
export const ids = [118,787];
export const modules = {

/***/ 40118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initPlugin: () => (/* binding */ initPlugin)
});

// UNUSED EXPORTS: KINDS, LANGUAGES, WORKFLOW_REF, checkName, pullRequestWorkflow, releaseWorkflow

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/files.ts
var util_files = __webpack_require__(75787);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/init/templates.ts
/**
 * The plugin templates that ship with the toolkit (`templates/` beside `dist/`): which one
 * serves each kind and language, and where they are on disk.
 */




const TEMPLATES = {
    'wasm/assemblyscript': {
        folder: 'wasm-example',
        exampleName: 'wasm-example',
        skip: ['plugin.wasm', 'node_modules'],
    },
    'wasm/go': { folder: 'wasm-go-example', exampleName: 'wasm-go-example', skip: ['plugin.wasm'] },
    'wasm/rust': {
        folder: 'wasm-rust-example',
        exampleName: 'wasm-rust-example',
        skip: ['plugin.wasm', 'target'],
    },
    'wasm/c': {
        folder: 'wasm-c-example',
        exampleName: 'wasm-c-example',
        skip: ['plugin.wasm'],
        inputs: { toolchain: 'command', 'build-command': 'make plugin.wasm' },
    },
    skill: { folder: 'skill-example', exampleName: 'hello-skill', skip: ['SKILL.md.bundle'] },
    oci: {
        folder: 'oci-example',
        exampleName: 'oci-example',
        skip: ['oci-layout', 'bin'],
        inputs: { 'build-command': 'make binaries' },
    },
};
const LANGUAGES = (/* unused pure expression or super */ null && (['assemblyscript', 'go', 'rust', 'c']));
const KINDS = ['wasm', 'oci', 'skill'];
/** The template for a kind (and, for wasm, a language; default AssemblyScript). */
function chooseTemplate(kind, language) {
    if (kind !== 'wasm' && language) {
        throw new errors/* UsageError */.eb(`--language applies to wasm plugins, not ${kind}`, {
            fix: 'drop --language, or use --kind wasm',
        });
    }
    const key = kind === 'wasm' ? `wasm/${language ?? 'assemblyscript'}` : kind;
    const choice = TEMPLATES[key];
    if (!choice)
        throw new errors/* UsageError */.eb(`no template for ${key}`, { fix: `use --kind ${KINDS.join('|')}` });
    return choice;
}
/** The templates/ folder that ships beside this code (dist/ in the package, src/ in a checkout). */
function templatesRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'templates', 'skill-example')))
            return (0,external_node_path_.join)(dir, 'templates');
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new errors/* IoError */.dA('the plugin templates are missing from this installation', {
        fix: 'reinstall samuel-plugin-release (the package ships templates/ beside dist/)',
    });
}

;// CONCATENATED MODULE: ./src/init/workflows.ts
/**
 * The two workflow files `init` writes into a plugin repository: releases on tag pushes and
 * checks on pull requests, both through this toolkit's reusable workflows. Ten lines each, with
 * the permissions each job needs and nothing more.
 */
/** The ref of the reusable workflows new repositories use (the toolkit's major version tag). */
const WORKFLOW_REF = 'v1';
const REPOSITORY = 'samuelpkg/samuel-plugin-release';
/** `with:` lines for a template that needs inputs (a C plugin builds with make). */
function withInputs(inputs) {
    const entries = Object.entries(inputs);
    if (entries.length === 0)
        return '';
    return `    with:\n${entries.map(([k, v]) => `      ${k}: '${v.replace(/'/g, "''")}'`).join('\n')}\n`;
}
function releaseWorkflow(kind, inputs = {}) {
    // Only an oci plugin pushes an image by default (to ghcr.io, with the job's token).
    const packages = kind === 'oci' ? ', packages: write' : '';
    return `# Releases the plugin when a version tag (v1.2.3) is pushed: builds, smoke-tests, publishes,
# signs and creates the GitHub release that \`samuel install\` reads.
name: Release
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  release:
    permissions: { contents: write${packages}, id-token: write }
    uses: ${REPOSITORY}/.github/workflows/release.yml@${WORKFLOW_REF}
${withInputs(inputs)}`;
}
function pullRequestWorkflow(inputs = {}) {
    return `# Checks every pull request the way the release will: validate, build and smoke-test.
# No secrets and no OIDC, so it is safe for pull requests from forks.
name: Pull request
on: pull_request
permissions: {}
jobs:
  validate:
    permissions: { contents: read }
    uses: ${REPOSITORY}/.github/workflows/validate.yml@${WORKFLOW_REF}
${withInputs(inputs)}`;
}
/** The README section on releasing and verifying, for a plugin named `name`. */
function readmeSection(name, kind) {
    const asset = kind === 'wasm' ? 'plugin.wasm' : kind === 'skill' ? 'SKILL.md' : undefined;
    return `
## Releasing

Push a tag that equals \`version\` in \`samuel-plugin.toml\`:

\`\`\`sh
git tag v$(sed -n 's/^version = "\\(.*\\)"/\\1/p' samuel-plugin.toml) && git push --tags
\`\`\`

The release workflow validates, builds and smoke-tests the plugin, publishes and signs it, and
creates the GitHub release with exactly the files \`samuel install ${name}\` downloads. Try it
locally first: \`npx samuel-plugin-release release --dry-run\`.

## Verifying

The release notes list the commands that check its signatures${asset ? `, e.g. for \`${asset}\`` : ''}:

\`\`\`sh
npx samuel-plugin-release verify ${asset ?? '<image>@sha256:<digest>'}${asset ? ` --bundle ${asset}.bundle` : ''} \\
  --certificate-identity-regexp '^https://github.com/samuelpkg/samuel-plugin-release/' \\
  --certificate-github-workflow-repository <owner>/${name}
\`\`\`
`;
}

;// CONCATENATED MODULE: ./src/init/index.ts
/**
 * `init`: sets up a plugin repository from a template — the manifest, the template's sources,
 * the release and pull-request workflows, a README section on releasing and verifying. Never
 * overwrites a file unless forced; on an existing plugin it adds only the workflows.
 */









const NAME = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** Samuel's plugin name rule, with the fix: the same check `validate` makes. */
function checkName(name) {
    if (!NAME.test(name) || name.endsWith('-')) {
        const suggestion = name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '');
        throw new errors/* UsageError */.eb(`"${name}" is not a plugin name Samuel accepts`, {
            fix: `names match ^[a-z0-9][a-z0-9-]{1,63}$ and do not end with "-"${suggestion && NAME.test(suggestion) ? `, e.g. "${suggestion}"` : ''}`,
        });
    }
}
async function initPlugin(options) {
    checkName(options.name);
    const result = { written: [], kept: [], existing: false };
    await (0,promises_.mkdir)(options.dir, { recursive: true });
    const manifestPath = (0,external_node_path_.join)(options.dir, 'samuel-plugin.toml');
    const existingKind = (0,external_node_fs_.existsSync)(manifestPath) ? await kindOf(manifestPath) : undefined;
    result.existing = existingKind !== undefined;
    const kind = existingKind ?? options.kind;
    const files = new Map();
    let inputs = {};
    if (!result.existing) {
        const template = chooseTemplate(options.kind, options.language);
        inputs = template.inputs ?? {};
        const root = (0,external_node_path_.join)(templatesRoot(), template.folder);
        for (const file of await listFiles(root, template.skip)) {
            let content = await (0,promises_.readFile)((0,external_node_path_.join)(root, file));
            if (isText(file))
                content = content.toString('utf8').split(template.exampleName).join(options.name);
            files.set(file, content);
        }
    }
    files.set('.github/workflows/release.yml', releaseWorkflow(kind, inputs));
    files.set('.github/workflows/pr.yml', pullRequestWorkflow(inputs));
    const readme = (0,external_node_path_.join)(options.dir, 'README.md');
    const readmeText = (0,external_node_fs_.existsSync)(readme) ? await (0,promises_.readFile)(readme, 'utf8') : `# ${options.name}\n`;
    if (!readmeText.includes('## Releasing')) {
        files.set('README.md', readmeText.trimEnd() + '\n' + readmeSection(options.name, kind));
    }
    for (const [file, content] of files) {
        const target = (0,external_node_path_.join)(options.dir, file);
        if ((0,external_node_fs_.existsSync)(target) && !options.force && file !== 'README.md') {
            result.kept.push(file);
            continue;
        }
        await (0,promises_.mkdir)((0,external_node_path_.join)(target, '..'), { recursive: true });
        await (0,util_files/* writeFileAtomic */.Zf)(target, content, { display: file });
        result.written.push(file);
    }
    return result;
}
async function kindOf(manifestPath) {
    const text = await (0,promises_.readFile)(manifestPath, 'utf8');
    const kind = /^\s*kind\s*=\s*["']([a-z]+)["']/m.exec(text)?.[1];
    if (kind === 'wasm' || kind === 'oci' || kind === 'skill')
        return kind;
    throw new errors/* ConfigurationError */.j1(`${manifestPath} declares kind = "${kind ?? '?'}", which init cannot set up a release for`, { fix: 'init sets up wasm, oci and skill plugins (Samuel v2.3 cannot install meta plugins)' });
}
async function listFiles(root, skip, base = root) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(root, { withFileTypes: true })) {
        if (skip.includes(entry.name))
            continue;
        const path = (0,external_node_path_.join)(root, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(path, skip, base)));
        else if (entry.isFile() && (await (0,promises_.stat)(path)).size < 1024 * 1024)
            out.push((0,external_node_path_.relative)(base, path));
    }
    return out.sort();
}
function isText(file) {
    return /\.(toml|md|ts|json|go|mod|rs|c|h|yml|yaml|txt|mk)$|Makefile$|Containerfile$|Dockerfile$/.test(file);
}


/***/ }),

/***/ 75787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ READ_LIMITS),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * Reading and writing files the user points us at, safely: reads refuse anything that is not a
 * regular file (a FIFO blocks forever, /dev/zero never ends) and stop at a stated size; writes
 * never follow a symlink and never leave a half-written file (temp file beside it, then rename).
 */





/** Size limits by kind of file, stated once so the README's security notes can quote them. */
const READ_LIMITS = {
    manifest: 1024 * 1024,
    skill: 1024 * 1024,
    bundle: 4 * 1024 * 1024,
    module: 256 * 1024 * 1024,
    json: 16 * 1024 * 1024,
};
/**
 * Reads a regular file of at most `maxBytes`. A FIFO, device, socket or directory is refused
 * before anything is read (opened with O_NONBLOCK so a FIFO cannot block the open itself).
 */
async function readRegularFile(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(code === 'ENOENT'
            ? `${display}: no such ${what}`
            : `${display}: cannot read the ${what} (${code ?? e.message})`, { cause: e, fix: `check the path to the ${what}` });
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
                fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
            });
        }
        if (info.size > options.maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is ${formatBytes(info.size)}, over the ${formatBytes(options.maxBytes)} limit`, { fix: `a ${what} larger than ${formatBytes(options.maxBytes)} is not accepted` });
        }
        // Read at most one byte past the limit: a file that grows while we read is still bounded.
        const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} grew past the ${formatBytes(options.maxBytes)} limit while being read`, { fix: `do not change the ${what} while it is being read` });
                }
                break;
            }
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}
/**
 * Writes `data` to `path` atomically: a temp file in the same folder, then a rename over the
 * target. A target that is a symlink is refused (the link is never followed), so a release folder
 * can never overwrite a file elsewhere through a link planted in it.
 */
async function writeFileAtomic(path, data, options = {}) {
    const display = options.display ?? path;
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (existing?.isSymbolicLink()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display} is a symbolic link; refusing to write through it`, {
            fix: `remove the link (${display}) or choose another output folder`,
        });
    }
    if (existing && !existing.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display} exists and is not a regular file (${fileType(existing)})`, {
            fix: `remove it or choose another output folder`,
        });
    }
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, options.mode ?? 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: cannot write (${e.message})`, {
            cause: e,
            fix: 'check that the output folder exists and is writable',
        });
    }
}
function fileType(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}


/***/ })

};
