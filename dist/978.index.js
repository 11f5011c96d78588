export const id = 978;
export const ids = [978];
export const modules = {

/***/ 51978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OWNER_RE: () => (/* binding */ OWNER_RE),
  TEMPLATE_IMAGE_OWNER: () => (/* binding */ TEMPLATE_IMAGE_OWNER),
  checkOwner: () => (/* binding */ checkOwner),
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
// EXTERNAL MODULE: ./src/samuel/names.ts
var names = __webpack_require__(73955);
// EXTERNAL MODULE: ./src/init/templates.ts
var templates = __webpack_require__(38777);
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
/** A value as one shell word: bare when it is plain, else in single quotes. */
function shellWord(value) {
    return /^[A-Za-z0-9._/:=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
/**
 * The local release command for a template: `release --dry-run` plus the flags its workflows
 * pass as inputs (a C plugin names its make command), so the line works when pasted.
 */
function localReleaseCommand(inputs = {}) {
    const flags = Object.entries(inputs).map(([k, v]) => ` --${k} ${shellWord(v)}`);
    return `npx samuel-plugin-release release --dry-run${flags.join('')}`;
}
/** The README section on releasing and verifying, for a plugin named `name`. */
function readmeSection(name, kind, inputs = {}) {
    const asset = kind === 'wasm' ? 'plugin.wasm' : kind === 'skill' ? 'SKILL.md' : undefined;
    return `
## Releasing

Push a tag that equals \`version\` in \`samuel-plugin.toml\`:

\`\`\`sh
git tag v$(sed -n 's/^version = "\\(.*\\)"/\\1/p' samuel-plugin.toml) && git push --tags
\`\`\`

The release workflow validates, builds and smoke-tests the plugin, publishes and signs it, and
creates the GitHub release with exactly the files \`samuel install ${name}\` downloads. Try it
locally first: \`${localReleaseCommand(inputs)}\`.

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










/** The ghcr.io namespace the oci template's `[oci].image` names. */
const TEMPLATE_IMAGE_OWNER = 'ghcr.io/samuelpkg/';
/** A GitHub user or organisation name, lowercased as ghcr.io spells it. */
const OWNER_RE = /^[a-z0-9][a-z0-9-]{0,38}$/;
/** A GitHub owner as ghcr.io spells it (lowercase), or a UsageError with the fix. */
function checkOwner(owner) {
    const lower = owner.toLowerCase();
    if (!OWNER_RE.test(lower)) {
        throw new errors/* UsageError */.eb(`"${owner}" is not a GitHub user or organisation name`, {
            fix: 'pass --owner with the account that owns the repository, e.g. --owner acme',
        });
    }
    return lower;
}
/** Samuel's plugin name rule, with the fix: the same check `validate` makes. */
function checkName(name) {
    const problem = (0,names/* nameProblem */.rH)(name);
    if (problem) {
        throw new errors/* UsageError */.eb(`"${name}" is not a plugin name Samuel accepts: ${problem.why}`, {
            fix: problem.fix,
        });
    }
}
async function initPlugin(options) {
    checkName(options.name);
    const result = { written: [], kept: [], existing: false, releaseCommand: '' };
    await (0,promises_.mkdir)(options.dir, { recursive: true });
    const manifestPath = (0,external_node_path_.join)(options.dir, 'samuel-plugin.toml');
    const existingKind = (0,external_node_fs_.existsSync)(manifestPath) ? await kindOf(manifestPath) : undefined;
    result.existing = existingKind !== undefined;
    const kind = existingKind ?? options.kind;
    const files = new Map();
    let inputs = {};
    if (!result.existing) {
        const template = (0,templates/* chooseTemplate */._h)(options.kind, options.language);
        inputs = template.inputs ?? {};
        const root = (0,external_node_path_.join)((0,templates/* templatesRoot */.Gy)(), template.folder);
        for (const file of await listFiles(root, template.skip)) {
            let content = await (0,promises_.readFile)((0,external_node_path_.join)(root, file));
            if (isText(file)) {
                content = content.toString('utf8').split(template.exampleName).join(options.name);
                // The template's image lives in this project's namespace; the plugin's lives in its owner's.
                if (options.owner)
                    content = content.split(TEMPLATE_IMAGE_OWNER).join(`ghcr.io/${options.owner}/`);
            }
            files.set(file, content);
        }
        files.set('.gitignore', template.ignore.map((line) => `${line}\n`).join(''));
    }
    result.releaseCommand = localReleaseCommand(inputs);
    files.set('.github/workflows/release.yml', releaseWorkflow(kind, inputs));
    files.set('.github/workflows/pr.yml', pullRequestWorkflow(inputs));
    const readme = (0,external_node_path_.join)(options.dir, 'README.md');
    const readmeText = (0,external_node_fs_.existsSync)(readme) ? await (0,promises_.readFile)(readme, 'utf8') : `# ${options.name}\n`;
    if (!readmeText.includes('## Releasing')) {
        files.set('README.md', readmeText.trimEnd() + '\n' + readmeSection(options.name, kind, inputs));
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
/* harmony export */   F6: () => (/* binding */ isMissingFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   z3: () => (/* reexport safe */ _size_js__WEBPACK_IMPORTED_MODULE_5__.z3)
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
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57155);
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
/** True for the error of reading a file that does not exist. */
function isMissingFile(e) {
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA && e.cause?.code === 'ENOENT';
}
/** The error for a file that cannot be opened: missing, or why not. */
function openError(e, display, what) {
    const code = e.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(code === 'ENOENT'
        ? `${display}: no such ${what}`
        : `${display}: cannot read the ${what} (${code ?? e.message})`, { cause: e, fix: `check the path to the ${what}` });
}
/** Refuses what is not a regular file, or one over `maxBytes` (when given). */
function checkOpened(info, display, what, maxBytes) {
    if (!info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
            fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
        });
    }
    if (maxBytes !== undefined && info.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(info.size)}, over the ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, { fix: `a ${what} larger than ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted` });
    }
}
/** A buffer one byte past the file's size (or the limit): a file that grows while read stays bounded. */
function boundedBuffer(info, options) {
    return Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
}
function grewPastLimit(display, what, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} grew past the ${(0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit while being read`, { fix: `do not change the ${what} while it is being read` });
}
/**
 * Opens a regular file for reading. A FIFO, device, socket or directory is refused before
 * anything is read (opened with O_NONBLOCK so a FIFO cannot block the open itself); a missing or
 * unreadable file is an IoError naming it. The caller closes the handle.
 */
async function openRegularFile(path, options = {}) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw openError(e, display, what);
    }
    try {
        const info = await handle.stat();
        checkOpened(info, display, what);
        return { handle, info };
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}
/** Reads a regular file (see `openRegularFile`) of at most `maxBytes`. */
async function readRegularFile(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    const { handle, info } = await openRegularFile(path, options);
    try {
        checkOpened(info, display, what, options.maxBytes);
        const buffer = boundedBuffer(info, options);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes)
                    throw grewPastLimit(display, what, options.maxBytes);
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
 * `readRegularFile` with blocking calls, for small files read many at a time (manifests): open,
 * fstat, read and close take microseconds each done in place, against tens of microseconds each
 * through the thread pool. Same checks, same messages.
 */
function readRegularFileSync(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw openError(e, display, what);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkOpened(info, display, what, options.maxBytes);
        const buffer = boundedBuffer(info, options);
        let length = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes)
                    throw grewPastLimit(display, what, options.maxBytes);
                break;
            }
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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


/***/ })

};
