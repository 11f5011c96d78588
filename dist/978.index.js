export const id = 978;
export const ids = [978];
export const modules = {

/***/ 51978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
/** A GitHub owner as ghcr.io spells it (lowercase), or a UsageError with the fix. */
function checkOwner(owner) {
    const lower = owner.toLowerCase();
    if (!/^[a-z0-9](?:[a-z0-9-]{0,38})$/.test(lower)) {
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


/***/ })

};
