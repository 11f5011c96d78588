export const id = 789;
export const ids = [789];
export const modules = {

/***/ 92789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLock: () => (/* binding */ runLock)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
// EXTERNAL MODULE: ./src/options/index.ts + 5 modules
var options = __webpack_require__(56536);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/samuel/lock-format.ts
var lock_format = __webpack_require__(85942);
// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
;// CONCATENATED MODULE: ./src/lock/toml-tables.ts
/**
 * The arrays of tables of a small TOML file (`samuel.toml`, a registry `index.toml`) with the
 * line of each table, for findings that point at the entry.
 */


/** A dotted key as written (`a."b.c"` → `a.b.c`). */
function keyName(key) {
    return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value)).join('.');
}
/** Parses `text` with positions; `file` and `fix` shape the error when it is not TOML. */
function parseTomlFile(text, file, fix) {
    try {
        return (0,lib/* parseTOML */.MD)(text);
    }
    catch (e) {
        if (e instanceof RangeError) {
            // The positioned parser recurses per nesting level; go-toml reads any depth.
            throw new errors/* ConfigurationError */.j1(`${file} nests arrays or inline tables too deeply to be read here (thousands of levels)`, {
                cause: e,
                fix: 'write the nested values flat: samuel.toml, samuel.lock and index.toml need no nesting',
            });
        }
        const err = e;
        throw new errors/* ConfigurationError */.j1(`${file} is not valid TOML: ${err.message}`, {
            cause: e,
            fix,
            position: { file, line: err.lineNumber, col: err.column },
        });
    }
}
/** Parses `text`; `file` and `fix` shape the error when it is not TOML. */
function readTomlTables(text, file, fix) {
    const ast = parseTomlFile(text, file, fix);
    const out = { head: {}, arrays: new Map(), tables: new Map() };
    for (const node of ast.body[0].body) {
        if (node.type === 'TOMLKeyValue') {
            out.head[keyName(node.key)] = (0,lib/* getStaticTOMLValue */.AY)(node.value);
            continue;
        }
        const fields = {};
        for (const kv of node.body)
            fields[keyName(kv.key)] = (0,lib/* getStaticTOMLValue */.AY)(kv.value);
        const table = { line: node.loc.start.line, fields };
        const [first, second] = node.resolvedKey;
        if (node.kind === 'array' && node.resolvedKey.length === 2) {
            const list = out.arrays.get(String(first)) ?? [];
            list.push(table);
            out.arrays.set(String(first), list);
        }
        else if (node.kind === 'standard' && node.resolvedKey.length === 2) {
            out.tables.set(`${String(first)}.${String(second)}`, table);
        }
    }
    return out;
}
/** A string field, or undefined when absent or not a string. */
function str(fields, key) {
    const v = fields[key];
    return typeof v === 'string' ? v : undefined;
}
/** A string-array field ([] when absent). */
function strings(fields, key) {
    const v = fields[key];
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}

;// CONCATENATED MODULE: ./src/lock/document.ts
/**
 * `samuel.lock` read with positions, and edited by splicing: an entry we rewrite is replaced by
 * its new text between the first byte of its `[[plugins]]` header and the end of its last line;
 * every other byte (other entries, `[[mutations]]`, `[[agents]]`, unknown tables, comments,
 * the order) is kept as it was. A new entry goes after the last `[[plugins]]` entry, or before
 * the first table when there is none, where Samuel's own writer puts its plugins.
 */



/** End of the line holding `offset` (the offset just after its `\n`, or the text's end). */
function endOfLine(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** Start of the line holding `offset`. */
function startOfLine(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Parses a lock's text; `file` names it in errors. */
function parseLockDocument(text, file) {
    const doc = { text, head: {}, entries: [], firstTableStart: text.length };
    if (text.trim() === '')
        return doc;
    const ast = parseTomlFile(text, file, 'restore the file from version control, or delete it and run `samuel install` again (Samuel regenerates it)');
    const top = ast.body[0];
    for (const node of top.body) {
        if (node.type === 'TOMLKeyValue') {
            const key = keyName(node.key);
            if (key === 'plugins') {
                throw new errors/* ConfigurationError */.j1(`${file}: plugins is written inline, not as [[plugins]] tables`, {
                    fix: 'let Samuel write the file (`samuel install`), which uses [[plugins]] tables',
                    position: { file, line: node.loc.start.line, col: node.loc.start.column + 1 },
                });
            }
            doc.head[key] = (0,lib/* getStaticTOMLValue */.AY)(node.value);
            continue;
        }
        doc.firstTableStart = Math.min(doc.firstTableStart, startOfLine(text, node.range[0]));
        const [first, second] = node.resolvedKey;
        if (first !== 'plugins')
            continue;
        if (node.kind !== 'array' && node.resolvedKey.length === 1) {
            throw new errors/* ConfigurationError */.j1(`${file}: [plugins] must be an array of tables ([[plugins]])`, {
                fix: 'let Samuel write the file (`samuel install`), which uses [[plugins]] tables',
                position: { file, line: node.loc.start.line, col: 1 },
            });
        }
        const index = typeof second === 'number' ? second : -1;
        let entry = doc.entries[index];
        if (!entry) {
            entry = {
                index,
                line: node.loc.start.line,
                start: startOfLine(text, node.range[0]),
                end: 0,
                fields: {},
                fieldLines: {},
            };
            doc.entries[index] = entry;
        }
        entry.end = endOfLine(text, node.range[1] - 1);
        if (node.resolvedKey.length === 2) {
            for (const kv of node.body) {
                const key = keyName(kv.key);
                entry.fields[key] = (0,lib/* getStaticTOMLValue */.AY)(kv.value);
                entry.fieldLines[key] = kv.loc.start.line;
            }
        }
    }
    return doc;
}
/** The entry named `name` (the first one when the file repeats it). */
function findEntry(doc, name) {
    return doc.entries.find((e) => e.fields.name === name);
}
/**
 * The text with `block` (a rendered `[[plugins]]` entry ending in `\n`) in place of `entry`, or
 * added as a new entry when `entry` is undefined. `head` is written first when the text is empty.
 */
function spliceEntry(doc, entry, block, head) {
    const text = doc.text;
    if (entry)
        return text.slice(0, entry.start) + block + text.slice(entry.end);
    if (text.trim() === '')
        return `${head}\n${block}`;
    const last = doc.entries.filter(Boolean).at(-1);
    const ensureNl = (s) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
    if (last) {
        const before = ensureNl(text.slice(0, last.end));
        return `${before}\n${block}${text.slice(last.end)}`;
    }
    const before = ensureNl(text.slice(0, doc.firstTableStart));
    const after = text.slice(doc.firstTableStart);
    const gap = before.trim() === '' || before.endsWith('\n\n') ? '' : '\n';
    return `${before}${gap}${block}${after === '' ? '' : `\n${after}`}`;
}

// EXTERNAL MODULE: ./src/lock/download.ts
var download = __webpack_require__(42775);
// EXTERNAL MODULE: ./src/lock/entry.ts
var entry = __webpack_require__(31495);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/lock/registry.ts
/**
 * A consuming project's registries and how Samuel resolves a plugin through them (contract §7,
 * registry.go): `[[registries]]` of `samuel.toml` in order (or the official registry when there
 * are none), the first index that names the plugin wins, `[plugin.<name>]` tables and
 * `[[plugins]]` entries both count, and a version is `latest` unless a Cargo-style range picks
 * the highest match among `versions`.
 */





/** Samuel's default registry when samuel.toml names none. */
const OFFICIAL_REGISTRY = {
    name: 'official',
    url: 'github.com/samuelpkg/samuel-registry',
};
/** Where Samuel fetches an index URL from (`github.com/o/r` → the raw `index.toml` on main). */
function indexUrl(source) {
    const s = source.trim();
    if (/^(https?|file):\/\//.test(s))
        return s;
    const gh = /^github\.com\/([^/]+)\/([^/]+)/.exec(s);
    if (gh)
        return `https://raw.githubusercontent.com/${gh[1]}/${gh[2]}/main/index.toml`;
    return s;
}
/** Parses an index's text into its entries. */
function parseIndex(text, source, url) {
    const where = (0,download/* displayUrl */.Qy)(url);
    const tables = readTomlTables(text, where, "fix the registry's index.toml (see Samuel's registry format)");
    const byName = new Map();
    const add = (name, line, f) => {
        const subpath = str(f, 'subpath');
        const kind = str(f, 'kind');
        byName.set(name, {
            name,
            repo: str(f, 'repo') ?? '',
            latest: str(f, 'latest') ?? '',
            versions: strings(f, 'versions'),
            ...(subpath ? { subpath } : {}),
            ...(kind ? { kind } : {}),
            upstream: f.upstream === true,
            registry: source,
            indexUrl: url,
            line,
        });
    };
    for (const [key, table] of tables.tables) {
        if (key.startsWith('plugin.'))
            add(key.slice('plugin.'.length), table.line, table.fields);
    }
    for (const table of tables.arrays.get('plugins') ?? []) {
        const name = str(table.fields, 'name');
        if (name)
            add(name, table.line, table.fields);
    }
    return [...byName.values()];
}
/** Loads indexes lazily, once each. */
class RegistryResolver {
    sources;
    downloader;
    loaded = new Map();
    failures = [];
    constructor(sources, downloader) {
        this.sources = sources;
        this.downloader = downloader;
    }
    load(source) {
        let found = this.loaded.get(source.url);
        if (!found) {
            const url = indexUrl(source.url);
            found = this.downloader
                .get(url, { maxBytes: files/* READ_LIMITS */.Cl.json, what: 'registry index' })
                .then((body) => {
                if (body === undefined) {
                    throw new errors/* ConfigurationError */.j1(`registry "${source.name}": ${(0,download/* displayUrl */.Qy)(url)} does not exist`, {
                        fix: 'check the url of this [[registries]] entry in samuel.toml (or --registry-index)',
                    });
                }
                return parseIndex(body.toString('utf8'), source, url);
            });
            this.loaded.set(source.url, found);
        }
        return found;
    }
    /** The first registry entry for `name`, like Samuel's FindFirst; undefined when none has it. */
    async find(name) {
        for (const source of this.sources) {
            let entries;
            try {
                entries = await this.load(source);
            }
            catch (e) {
                const message = e.message;
                const text = message.startsWith('registry "')
                    ? message
                    : `registry "${source.name}": ${message}`;
                if (!this.failures.includes(text))
                    this.failures.push(text);
                continue;
            }
            const hit = entries.find((e) => e.name === name);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Registries that could not be read, as messages (Samuel skips them silently; we say so). */
    get unreadable() {
        return this.failures;
    }
}
function parseVersion(text, range) {
    const v = semver_default().valid(text.trim().replace(/^v/, ''));
    if (!v) {
        throw new errors/* ConfigurationError */.j1(`"${range}" is not a version range: "${text}" is not a version`, {
            fix: 'write NAME@1.2.3 (exact), NAME@^1.2 or NAME@>=1.0, <2.0',
        });
    }
    return v;
}
function complete(text) {
    const core = text.trim().replace(/^v/, '');
    const parts = core.split(/[-+]/)[0].split('.');
    while (parts.length < 3)
        parts.push('0');
    return [parts.join('.'), core.slice(core.split(/[-+]/)[0].length)].join('');
}
/** Samuel's Cargo-style range (semver/range.go): comma-joined bounds, all must hold. */
function parseRange(range) {
    const s = range.trim();
    if (s === '*')
        return 'any';
    const bounds = [];
    for (const raw of s.split(',')) {
        const part = raw.trim();
        if (!part)
            continue;
        const op = /^(\^|~|>=|<=|>|<|=)?\s*(.*)$/.exec(part);
        const v = parseVersion(complete(op[2]), range);
        const [major, minor, patch] = [semver_default().major(v), semver_default().minor(v), semver_default().patch(v)];
        switch (op[1]) {
            case '^': {
                const hi = major > 0 ? `${major + 1}.0.0` : minor > 0 ? `0.${minor + 1}.0` : `0.0.${patch + 1}`;
                bounds.push({ op: '>=', v }, { op: '<', v: hi });
                break;
            }
            case '~':
                bounds.push({ op: '>=', v }, { op: '<', v: `${major}.${minor + 1}.0` });
                break;
            case undefined:
                bounds.push({ op: '=', v });
                break;
            default:
                bounds.push({ op: op[1], v });
        }
    }
    if (bounds.length === 0) {
        throw new errors/* ConfigurationError */.j1(`"${range}" is not a version range`, {
            fix: 'write NAME@1.2.3 (exact), NAME@^1.2 or NAME@>=1.0, <2.0',
        });
    }
    return bounds;
}
function matches(v, bounds) {
    return bounds.every(({ op, v: b }) => {
        const c = semver_default().compare(v, b);
        return op === '>='
            ? c >= 0
            : op === '>'
                ? c > 0
                : op === '<='
                    ? c <= 0
                    : op === '<'
                        ? c < 0
                        : c === 0;
    });
}
/**
 * The version Samuel installs for `entry` under `constraint` (registry.ResolveVersion): `latest`
 * without one, else the highest of `versions` (or `[latest]`) in the range, prereleases only
 * when allowed. Undefined when nothing matches.
 */
function resolveVersion(entry, constraint = '', allowPrerelease = false) {
    const candidates = entry.versions.length > 0 ? entry.versions : entry.latest ? [entry.latest] : [];
    if (constraint === '' || constraint === '*') {
        return entry.latest || candidates.at(-1);
    }
    const bounds = parseRange(constraint);
    let best;
    for (const c of candidates) {
        const v = semver_default().valid(c.replace(/^v/, ''));
        if (!v)
            continue;
        if (semver_default().prerelease(v) && !allowPrerelease)
            continue;
        if (bounds !== 'any' && !matches(v, bounds))
            continue;
        if (!best || semver_default().gt(v, best))
            best = v;
    }
    return best;
}
/** Whether `version` is one the entry publishes (`versions`, or `latest`). */
function isPublished(entry, version) {
    const norm = (s) => semver_default().valid(s.replace(/^v/, '')) ?? s;
    return [...entry.versions, entry.latest].some((v) => v !== '' && norm(v) === norm(version));
}

;// CONCATENATED MODULE: ./src/lock/project.ts
/**
 * A project that consumes plugins: its `samuel.toml` (`[[plugins]]` it installed, the
 * `[[registries]]` it resolves through) and its `samuel.lock`.
 */








/** Where `--registry-index` points: a path, or an http(s)/file URL. */
function registryIndexSource(value, cwd) {
    const url = /^(https?|file):\/\//.test(value) ? value : (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(cwd, value)).href;
    return { name: 'registry-index', url };
}
async function readOptional(path, what) {
    try {
        return (await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* READ_LIMITS */.Cl.json, what })).toString('utf8');
    }
    catch (e) {
        if ((0,files/* isMissingFile */.F6)(e))
            return undefined;
        throw e;
    }
}
/** Reads samuel.toml (required) and samuel.lock (empty when missing). */
async function readProject(projectDir, options = {}) {
    const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), projectDir);
    const projectFile = (0,external_node_path_.join)(dir, lock_format/* PROJECT_FILE */.Dp);
    const lockFile = (0,external_node_path_.join)(dir, lock_format/* LOCK_FILE */.FI);
    const text = await readOptional(projectFile, 'project file');
    if (text === undefined) {
        throw new errors/* ConfigurationError */.j1(`${projectFile}: no samuel.toml here, so this is not a Samuel project`, {
            fix: 'run the lock commands in the root of a project that consumes plugins (where `samuel init` wrote samuel.toml)',
            position: { file: projectFile },
        });
    }
    const tables = readTomlTables(text, projectFile, 'fix the TOML syntax of samuel.toml');
    const plugins = [];
    for (const t of tables.arrays.get('plugins') ?? []) {
        const name = str(t.fields, 'name');
        if (!name)
            continue;
        const version = str(t.fields, 'version');
        const kind = str(t.fields, 'kind');
        plugins.push({
            name,
            line: t.line,
            ...(version ? { version } : {}),
            ...(kind ? { kind } : {}),
        });
    }
    let sources = [];
    if (options.registryIndex) {
        sources = [registryIndexSource(options.registryIndex, options.cwd ?? process.cwd())];
    }
    else {
        for (const t of tables.arrays.get('registries') ?? []) {
            const url = str(t.fields, 'url');
            if (url)
                sources.push({ name: str(t.fields, 'name') ?? '', url });
        }
        if (sources.length === 0)
            sources = [OFFICIAL_REGISTRY];
    }
    const lockText = (await readOptional(lockFile, 'lock file')) ?? '';
    return {
        dir,
        projectFile,
        lockFile,
        plugins,
        sources,
        lock: parseLockDocument(lockText, lockFile),
    };
}

// EXTERNAL MODULE: ./src/lock/fetch-release.ts
var fetch_release = __webpack_require__(4151);
// EXTERNAL MODULE: ./src/lock/image.ts
var lock_image = __webpack_require__(71458);
;// CONCATENATED MODULE: ./src/lock/resolve.ts
/**
 * One plugin from name to lock entry: registry → version → release → signature → fields, the
 * resolution path of `samuel install` (service.go Install), minus the install itself.
 */





/** Splits `NAME[@RANGE]` the way Samuel's CLI does (at the first `@` after the first character). */
function splitNameVersion(arg) {
    const at = arg.indexOf('@');
    return at > 0
        ? { name: arg.slice(0, at), constraint: arg.slice(at + 1) }
        : { name: arg, constraint: '' };
}
/** The registry entry for `name`, or an error naming the registries searched. */
async function findInRegistries(name, ctx) {
    const entry = await ctx.resolver.find(name);
    if (entry)
        return entry;
    const names = ctx.resolver.sources.map((s) => `"${s.name}"`).join(', ');
    const unreadable = ctx.resolver.unreadable.length
        ? ` (${ctx.resolver.unreadable.join('; ')})`
        : '';
    throw new errors/* ConfigurationError */.j1(`${name} is in none of the project's registries (${names})${unreadable}`, {
        fix: 'check the plugin name, the [[registries]] of samuel.toml, or pass --registry-index FILE',
    });
}
/** Fetches and verifies `version` of `index`'s plugin; `version` must already be resolved. */
async function resolveRelease(index, version, ctx) {
    const kindHint = index.kind ?? '';
    if (index.subpath && (kindHint === 'wasm' || kindHint === 'oci')) {
        throw new errors/* ConfigurationError */.j1(`${index.name}: Samuel v2.3 cannot install a ${kindHint} plugin from a registry entry with subpath`, {
            fix: 'publish the plugin from its own repository, or drop subpath (the release assets land flat)',
            position: { file: index.indexUrl, line: index.line },
        });
    }
    ctx.reporter?.info(`${index.name} ${version}: fetching from ${index.repo}`);
    const release = await (0,fetch_release/* fetchRelease */.uY)({
        name: index.name,
        repo: index.repo,
        version,
        kind: kindHint,
        ...(index.subpath ? { subpath: index.subpath } : {}),
    }, ctx.downloader, ctx.env);
    const manifest = release.manifest;
    if (!manifest.kind && index.kind)
        manifest.kind = index.kind;
    let digest;
    let platformDigests = [];
    let acceptable;
    if (manifest.kind === 'oci') {
        digest = (0,lock_image/* pinnedDigest */.tN)(manifest.oci?.image ?? '', release.location).digest;
        const image = await (0,lock_image/* readImageDigests */.Ft)(manifest.oci.image, release.location, {
            env: ctx.env,
            insecure: ctx.insecureRegistry ?? false,
        });
        platformDigests = (0,lock_image/* platformDigestLines */.tu)(image);
        acceptable = (0,lock_image/* acceptableDigests */.Am)(image);
    }
    const verdict = await ctx.verifier.verify(release, digest);
    const plugin = (0,entry/* lockedPluginFor */.V5)(manifest, {
        source: index.repo,
        signed: verdict.signed,
        ...(digest ? { digest } : {}),
    });
    return {
        index,
        version,
        release,
        verdict,
        plugin,
        platformDigests,
        ...(acceptable ? { acceptable } : {}),
    };
}
/** Resolves `name@constraint` for `lock update`: every refusal is an error with a fix. */
async function resolveForUpdate(name, constraint, ctx) {
    const index = await findInRegistries(name, ctx);
    const version = resolveVersion(index, constraint, ctx.allowPrerelease ?? false);
    if (!version) {
        const offered = [...new Set([...index.versions, index.latest].filter(Boolean))].join(', ');
        throw new errors/* ConfigurationError */.j1(`${name}: no version ${constraint ? `matching "${constraint}" ` : ''}in registry "${index.registry.name}" (it lists ${offered || 'none'})`, { fix: 'pick a listed version, or ask the registry to list the release (versions = [...])' });
    }
    const resolved = await resolveRelease(index, version, ctx);
    const m = resolved.release.manifest;
    if (m.name !== name) {
        throw new errors/* ReleaseError */.K2('RELEASE', `${resolved.release.location} is a release of "${m.name}", not "${name}"`, {
            fix: "the registry entry's repo points at another plugin; fix the registry entry",
        });
    }
    if (m.version !== version) {
        throw new errors/* ReleaseError */.K2('RELEASE', `${resolved.release.location}: the release of ${name} ${version} carries a manifest of version ${m.version}`, { fix: 'the tag and the manifest version must agree; the plugin needs a corrected release' });
    }
    const v = resolved.verdict;
    if (!v.signed && (v.reason === 'invalid' || !ctx.verifier.policy.allowUnsigned)) {
        throw new errors/* ReleaseError */.K2('VERIFY', v.message, {
            fix: v.reason === 'unsigned' ? `${v.fix}, or pass --allow-unsigned to lock it unsigned` : v.fix,
        });
    }
    return resolved;
}

// EXTERNAL MODULE: ./src/samuel/signing.ts
var signing = __webpack_require__(44180);
// EXTERNAL MODULE: ./src/sigstore/index.ts + 17 modules
var sigstore = __webpack_require__(47102);
;// CONCATENATED MODULE: ./src/lock/verify.ts



/** Samuel's default `identity_patterns` (verify.DefaultPolicy). */
const SAMUEL_IDENTITY_PATTERNS = [
    signing/* DEFAULT_IDENTITY_PATTERN */.u,
    'https://github.com/anthropics/skills/**',
];
/** Samuel's glob → regular expression (sigstore.go globToRegex), without anchors. */
function identityGlobToRegExp(pattern) {
    const quoted = pattern.replace(/[.+?^${}()|[\]\\]/g, (c) => `\\${c}`);
    return quoted.replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'));
}
/** Throws a UsageError when the policy cannot be used (bad regexp, no pattern). */
function checkLockPolicy(policy) {
    const patterns = policy.identityPatterns ?? SAMUEL_IDENTITY_PATTERNS;
    if (patterns.length === 0) {
        throw new errors/* UsageError */.eb('the signature policy has no identity pattern', {
            fix: "pass --identity-pattern (e.g. https://github.com/<owner>/**), or leave it out for Samuel's defaults",
        });
    }
    if (policy.identityRegexp !== undefined) {
        try {
            new RegExp(policy.identityRegexp, 'u');
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`--certificate-identity-regexp is not a valid regular expression: ${e.message}`, { fix: 'escape special characters such as . and ? with a backslash' });
        }
    }
}
/** Verifies releases under one policy; trust material is loaded once, when first needed. */
class ReleaseVerifier {
    policy;
    trust;
    constructor(policy) {
        this.policy = policy;
        checkLockPolicy(policy);
    }
    trustMaterial() {
        this.trust ??= (0,sigstore.loadTrustMaterial)(this.policy.trustedRoot);
        return this.trust;
    }
    /** The verdict for `release`; throws only when trust material cannot be had. */
    async verify(release, imageDigest) {
        if (!release.bundle) {
            return {
                signed: false,
                reason: 'unsigned',
                message: `${release.location} has no signature bundle`,
                fix: 'sign the release (the release workflow does with id-token: write)',
            };
        }
        let bundleJson;
        try {
            bundleJson = JSON.parse(release.bundle.data.toString('utf8'));
        }
        catch {
            return {
                signed: false,
                reason: 'invalid',
                message: `${release.location}: ${release.bundle.name} is not JSON`,
                fix: 'the release needs a Sigstore bundle (protobuf-JSON)',
            };
        }
        const patterns = this.policy.identityPatterns ?? SAMUEL_IDENTITY_PATTERNS;
        const regexp = patterns.map((p) => `(?:${identityGlobToRegExp(p)})`).join('|');
        const trust = await this.trustMaterial();
        const sigPolicy = {
            issuer: this.policy.issuer ?? signing/* GITHUB_ACTIONS_ISSUER */.q,
            identityRegexp: regexp,
            ...(this.policy.repository ? { repository: this.policy.repository } : {}),
        };
        try {
            const found = release.manifest.kind === 'oci'
                ? (0,sigstore.verifyImage)(imageDigest ?? '', bundleJson, sigPolicy, trust)
                : (0,sigstore.verifyBlob)(release.artifact?.data ?? Buffer.alloc(0), bundleJson, sigPolicy, trust);
            if (this.policy.identityRegexp !== undefined &&
                !new RegExp(`^(?:${this.policy.identityRegexp})$`, 'u').test(found.identity)) {
                return {
                    signed: false,
                    reason: 'invalid',
                    message: `${release.location} is signed by "${found.identity}", which does not match the whole of /${this.policy.identityRegexp}/`,
                    fix: 'do not trust this release, or widen --certificate-identity-regexp',
                };
            }
            return { signed: true, identity: found.identity, issuer: found.issuer };
        }
        catch (e) {
            const err = e;
            return {
                signed: false,
                reason: 'invalid',
                message: `${release.location}: ${release.bundle.name} does not verify: ${err.message}`,
                fix: err.fix ??
                    'do not trust this release; if the signer is legitimate, add its identity with --identity-pattern',
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/lock/pool.ts
/** Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i]);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed)
        throw failed.error;
    return out;
}
/** Like mapLimit, but every item runs and each result is kept, value or error. */
async function settleLimit(items, limit, fn) {
    return mapLimit(items, limit, async (item) => {
        try {
            return { ok: true, value: await fn(item) };
        }
        catch (error) {
            return { ok: false, error };
        }
    });
}

;// CONCATENATED MODULE: ./src/lock/update.ts
/**
 * `lock update [NAME[@VERSION]…]`: resolve each named plugin (default: every plugin of
 * samuel.toml and samuel.lock) to a published, verified release and write its entry the way
 * `samuel install` would, touching nothing else in the file. All plugins resolve before anything
 * is written, and the write is atomic; an unchanged lock is not rewritten.
 */










/** Updates samuel.lock in `projectDir`; see the module comment. */
async function lockUpdate(projectDir, options) {
    const env = options.env ?? process.env;
    const verifier = new ReleaseVerifier(options.policy);
    const project = await readProject(projectDir, {
        ...(options.registryIndex ? { registryIndex: options.registryIndex } : {}),
        ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let targets = (options.names ?? []).map(splitNameVersion);
    if (targets.length === 0) {
        const names = new Set();
        for (const e of project.lock.entries) {
            if (e && typeof e.fields.name === 'string')
                names.add(e.fields.name);
        }
        for (const p of project.plugins)
            names.add(p.name);
        targets = [...names].map((name) => ({ name, constraint: '' }));
    }
    const downloader = (0,download/* createDownloader */.md)({ env });
    let resolved;
    try {
        const resolver = new RegistryResolver(project.sources, downloader);
        const ctx = {
            resolver,
            downloader,
            verifier,
            env,
            insecureRegistry: options.insecureRegistry ?? false,
            allowPrerelease: options.allowPrerelease ?? false,
            ...(options.reporter ? { reporter: options.reporter } : {}),
        };
        resolved = await mapLimit(targets, options.concurrency ?? 4, (t) => resolveForUpdate(t.name, t.constraint, ctx));
    }
    finally {
        await downloader.close();
    }
    const original = project.lock.text;
    let text = original;
    const entries = [];
    const head = (0,lock_format/* renderLockHead */.kt)((options.now ?? (() => new Date()))());
    for (const r of resolved) {
        const doc = parseLockDocument(text, project.lockFile);
        const existing = findEntry(doc, r.plugin.name);
        const block = (0,entry/* renderEntry */.Ft)(r.plugin, r.platformDigests);
        const before = existing ? text.slice(existing.start, existing.end) : undefined;
        text = spliceEntry(doc, existing, block, head);
        const v = r.verdict;
        entries.push({
            name: r.plugin.name,
            version: r.plugin.version,
            kind: r.plugin.kind,
            source: r.plugin.source ?? '',
            ...(r.plugin.digest ? { digest: r.plugin.digest } : {}),
            capabilities: r.plugin.capabilities ?? [],
            signed: v.signed,
            ...(v.signed ? { identity: v.identity } : {}),
            platformDigests: r.platformDigests,
            toml: block,
            changed: before !== block,
        });
    }
    const changed = text !== original;
    if (changed) {
        await (0,files/* writeFileAtomic */.Zf)(project.lockFile, text, { display: project.lockFile });
        options.reporter?.info(`wrote ${project.lockFile}`);
    }
    else {
        options.reporter?.info(`${project.lockFile} is up to date`);
    }
    return { changed, entries, file: project.lockFile };
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
;// CONCATENATED MODULE: ./src/lock/check.ts
/**
 * `lock check`, for pull requests: every `[[plugins]]` entry of samuel.lock must resolve to a
 * published release whose fields match — kind and version as the registry lists them, the
 * digest one Samuel could have recorded for it, the capabilities it requests — and an entry
 * marked `signed` must verify under the policy. Plugins of samuel.toml missing from the lock are
 * findings too. Findings carry the entry's file and line; nothing is written.
 */











const sameList = (a, b) => {
    const sorted = [...b].sort();
    return a.length === b.length && [...a].sort().every((x, i) => x === sorted[i]);
};
function strArray(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** Checks samuel.lock in `projectDir`; see the module comment. */
async function lockCheck(projectDir, options) {
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    const verifier = new ReleaseVerifier(options.policy);
    const project = await readProject(projectDir, {
        ...(options.registryIndex ? { registryIndex: options.registryIndex } : {}),
        cwd,
    });
    const lockShown = (0,paths/* displayPath */.G)(project.lockFile, cwd);
    const tomlShown = (0,paths/* displayPath */.G)(project.projectFile, cwd);
    const findings = [];
    const entries = project.lock.entries.filter(Boolean);
    const seen = new Set();
    const unique = [];
    for (const e of entries) {
        const name = typeof e.fields.name === 'string' ? e.fields.name : '';
        if (seen.has(name)) {
            findings.push({
                severity: 'error',
                rule: 'lock-duplicate-entry',
                message: `${(0,report/* inertLog */.H_)(name)} has more than one [[plugins]] entry`,
                fix: 'keep one entry per plugin (run `lock update` to rewrite it)',
                file: lockShown,
                line: e.line,
            });
            continue;
        }
        seen.add(name);
        unique.push(e);
    }
    for (const p of project.plugins) {
        if (seen.has(p.name))
            continue;
        findings.push({
            severity: 'error',
            rule: 'lock-missing-entry',
            message: `${(0,report/* inertLog */.H_)(p.name)} is in samuel.toml but has no entry in samuel.lock`,
            fix: `run \`samuel-plugin-release lock update ${p.name}\` (or \`samuel install ${p.name}\`) and commit samuel.lock`,
            file: tomlShown,
            line: p.line,
        });
    }
    const downloader = (0,download/* createDownloader */.md)({ env });
    try {
        const ctx = {
            resolver: new RegistryResolver(project.sources, downloader),
            downloader,
            verifier,
            env,
            insecureRegistry: options.insecureRegistry ?? false,
            ...(options.reporter ? { reporter: options.reporter } : {}),
        };
        const results = await settleLimit(unique, options.concurrency ?? 4, (e) => checkEntry(e, ctx, options.policy, lockShown, project.plugins.map((p) => p.name)));
        results.forEach((r, i) => {
            if (r.ok)
                findings.push(...r.value);
            else {
                const err = r.error;
                if (!(err instanceof errors/* ReleaseError */.K2))
                    throw err;
                findings.push({
                    severity: 'error',
                    rule: 'lock-check-failed',
                    message: `${(0,report/* inertLog */.H_)(String(unique[i].fields.name))}: ${(0,report/* inertLog */.H_)(err.message)}`,
                    fix: err.fix ?? 'fix the cause above and run the check again',
                    file: lockShown,
                    line: unique[i].line,
                });
            }
        });
    }
    finally {
        await downloader.close();
    }
    findings.sort((a, b) => a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1);
    return { findings, file: project.lockFile, checked: unique.length };
}
async function checkEntry(entry, ctx, policy, file, projectNames) {
    const f = entry.fields;
    const name = typeof f.name === 'string' ? f.name : '';
    const version = typeof f.version === 'string' ? f.version : '';
    const kind = typeof f.kind === 'string' ? f.kind : '';
    const digest = typeof f.digest === 'string' ? f.digest : '';
    const source = typeof f.source === 'string' ? f.source : '';
    const signed = f.signed === true;
    const shown = (0,report/* inertLog */.H_)(name);
    const out = [];
    const at = (key) => entry.fieldLines[key] ?? entry.line;
    const add = (rule, key, message, fix, severity = 'error') => out.push({ severity, rule, message, fix, file, line: at(key) });
    if (!name || !version || !kind) {
        add('lock-entry-incomplete', 'name', `a [[plugins]] entry lacks name, version or kind`, 'run `lock update` to rewrite it');
        return out;
    }
    if (!projectNames.includes(name)) {
        add('lock-stale-entry', 'name', `${shown} is locked but not in samuel.toml's [[plugins]]`, `remove the entry, or add ${name} to samuel.toml (samuel install ${name})`, 'warning');
    }
    const index = await ctx.resolver.find(name);
    if (!index) {
        // A registry that could not be read says so: the network, not the entry, may be at fault.
        const unreadable = ctx.resolver.unreadable;
        add('lock-not-in-registry', 'name', `${shown} is in none of the project's registries${unreadable.length ? ` (${unreadable.map(report/* inertLog */.H_).join('; ')})` : ''}`, unreadable.length
            ? 'make the registries readable (network, proxy, URL in samuel.toml or --registry-index), then check again'
            : 'check the [[registries]] of samuel.toml (or --registry-index), or remove the entry');
        return out;
    }
    if (index.kind && index.kind !== kind) {
        add('lock-kind-mismatch', 'kind', `${shown} is locked as kind "${(0,report/* inertLog */.H_)(kind)}" but registry "${index.registry.name}" lists kind "${index.kind}"`, `run \`lock update ${name}\``);
    }
    if (source && source !== index.repo) {
        add('lock-source-mismatch', 'source', `${shown} is locked from "${(0,report/* inertLog */.H_)(source)}" but registry "${index.registry.name}" names "${(0,report/* inertLog */.H_)(index.repo)}"`, `run \`lock update ${name}\` if the move is legitimate`);
    }
    if (!isPublished(index, version)) {
        const listed = [...new Set([...index.versions, index.latest].filter(Boolean))].join(', ');
        add('lock-version-unknown', 'version', `${shown} ${(0,report/* inertLog */.H_)(version)} is not a version registry "${index.registry.name}" lists (${listed || 'none'})`, `lock a released version: \`lock update ${name}@<version>\``);
    }
    let resolved;
    try {
        resolved = await resolveRelease(index, version, ctx);
    }
    catch (e) {
        if (e instanceof fetch_release/* ReleaseMissing */.W5) {
            add('lock-release-missing', 'version', `${shown} ${(0,report/* inertLog */.H_)(version)}: ${(0,report/* inertLog */.H_)(e.message)}`, e.fix ?? '');
            return out;
        }
        throw e;
    }
    const m = resolved.release.manifest;
    if (m.name !== name || m.version !== version || m.kind !== kind) {
        add('lock-manifest-mismatch', 'version', `${shown}: the release at ${(0,report/* inertLog */.H_)(resolved.release.location)} is ${(0,report/* inertLog */.H_)(m.name)} ${(0,report/* inertLog */.H_)(m.version)} (${m.kind}), not ${shown} ${(0,report/* inertLog */.H_)(version)} (${(0,report/* inertLog */.H_)(kind)})`, `run \`lock update ${name}\``);
    }
    if (m.kind === 'oci') {
        const acceptable = resolved.acceptable ?? new Set([resolved.plugin.digest ?? '']);
        if (!acceptable.has(digest)) {
            add('lock-digest-mismatch', digest ? 'digest' : 'name', `${shown} ${(0,report/* inertLog */.H_)(version)}: digest ${digest ? `"${(0,report/* inertLog */.H_)(digest)}"` : '(none)'} is not the released image ${resolved.plugin.digest} nor one of its platforms' manifests or configs`, `run \`lock update ${name}\` to pin ${resolved.plugin.digest}`);
        }
        const platforms = strArray(f.platform_digests);
        const known = new Set(resolved.platformDigests);
        const unknown = platforms.filter((p) => !known.has(p));
        if (unknown.length > 0) {
            add('lock-digest-mismatch', 'platform_digests', `${shown} ${(0,report/* inertLog */.H_)(version)}: platform_digests lists ${unknown.map((u) => `"${(0,report/* inertLog */.H_)(u)}"`).join(', ')}, which the released image does not have`, `run \`lock update ${name}\``);
        }
    }
    else if (digest) {
        const actual = resolved.release.artifact ? (0,oci_digest.sha256Digest)(resolved.release.artifact.data) : '';
        if (digest !== actual && digest.replace(/^sha256:/, '') !== actual.replace(/^sha256:/, '')) {
            add('lock-digest-mismatch', 'digest', `${shown} ${(0,report/* inertLog */.H_)(version)}: digest "${(0,report/* inertLog */.H_)(digest)}" is not the released ${resolved.release.artifact?.name ?? 'artifact'} (${actual || 'missing'})`, `run \`lock update ${name}\` (Samuel records no digest for ${m.kind} plugins)`);
        }
    }
    const caps = strArray(f.capabilities);
    const want = resolved.plugin.capabilities ?? [];
    if (!sameList(caps, want)) {
        add('lock-capabilities-mismatch', 'capabilities', `${shown} ${(0,report/* inertLog */.H_)(version)} is locked with capabilities [${caps.map(report/* inertLog */.H_).join(', ')}] but the release requests [${want.join(', ')}]`, `run \`lock update ${name}\` and review the capabilities it grants`);
    }
    const v = resolved.verdict;
    if (!v.signed && signed) {
        add('lock-signed-unverified', 'signed', `${shown} ${(0,report/* inertLog */.H_)(version)} is marked signed, but ${(0,report/* inertLog */.H_)(v.message)}`, v.reason === 'unsigned'
            ? 'Samuel writes signed = true for unsigned installs it allowed: set signed to false (run `lock update --allow-unsigned`), or have the plugin sign its release'
            : v.fix);
    }
    else if (!v.signed && !policy.allowUnsigned) {
        add('lock-unsigned', 'name', `${shown} ${(0,report/* inertLog */.H_)(version)} is not signed: ${(0,report/* inertLog */.H_)(v.message)}`, 'have the plugin sign its releases, or pass --allow-unsigned to accept unsigned plugins');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lock/index.ts
/**
 * `samuel.lock` for projects that consume plugins: `lockUpdate` pins released, verified entries
 * in Samuel's exact format, `lockCheck` guards the file in pull requests, and `lockEntryFor`
 * gives a plugin's own release its lock and registry entries.
 */






;// CONCATENATED MODULE: ./src/cli/commands/lock-run.ts
/**
 * The work of `lock`, loaded only when it runs: reads the flags into a policy, runs
 * `lockUpdate` or `lockCheck` from src/lock, and shows the result for the medium — lines on a
 * terminal, annotations at the entry's line and a job summary in Actions, one JSON document.
 */





const USAGE_FIX = 'run `lock update [NAME[@VERSION] ...]` to pin plugins, or `lock check` to check samuel.lock';
function policyOf(o) {
    const policy = (0,options/* defined */.sw)({
        allowUnsigned: o.allowUnsigned,
        identityPatterns: o.identityPatterns.length > 0 ? o.identityPatterns : undefined,
        identityRegexp: o.identityRegexp,
        repository: o.repository,
        issuer: o.issuer,
        trustedRoot: o.trustedRoot,
    });
    checkLockPolicy(policy);
    return policy;
}
/** Runs `lock update|check`; exit 0 done or clean, 1 drift found (check). */
async function runLock(ctx) {
    const [sub, ...names] = ctx.positionals;
    if (sub !== 'update' && sub !== 'check') {
        throw new errors/* UsageError */.eb(sub === undefined
            ? 'lock needs update or check'
            : `lock has no "${sub}"; it takes update or check`, { fix: USAGE_FIX });
    }
    if (sub === 'check' && names.length > 0) {
        throw new errors/* UsageError */.eb('lock check takes no plugin names: it checks every entry', {
            fix: 'run `lock check` alone, or `lock update NAME` to re-pin one plugin',
        });
    }
    const o = options/* lockGroup */.DZ.read(ctx.values);
    const policy = policyOf(o);
    const project = (0,external_node_path_.resolve)(ctx.cwd, o.project ?? '.');
    const common = {
        policy,
        reporter: ctx.reporter,
        env: ctx.env,
        cwd: ctx.cwd,
        insecureRegistry: (0,options/* boolOpt */.Ig)(ctx.values, 'insecure'),
        ...(o.registryIndex ? { registryIndex: o.registryIndex } : {}),
    };
    return sub === 'update'
        ? update(ctx, project, names, { ...common, allowPrerelease: o.allowPrerelease })
        : check(ctx, project, common);
}
async function update(ctx, project, names, options) {
    const { reporter } = ctx;
    const result = await lockUpdate(project, { ...options, names });
    for (const e of result.entries)
        reporter.print(`${e.changed ? '✓' : '='} ${describe(e)}`);
    reporter.setOutput('changed', String(result.changed));
    reporter.summary([
        `### samuel.lock ${result.changed ? 'updated' : 'up to date'}`,
        '',
        '| Plugin | Version | Kind | Signed by | Digest | |',
        '| --- | --- | --- | --- | --- | --- |',
        ...result.entries.map((e) => `| ${(0,report/* inertMarkdown */.Ic)(e.name)} | ${(0,report/* inertMarkdown */.Ic)(e.version)} | ${e.kind} | ${e.identity ? (0,report/* inertMarkdown */.Ic)(e.identity) : 'unsigned'} | ${e.digest ? `\`${e.digest}\`` : ''} | ${e.changed ? 'changed' : 'unchanged'} |`),
    ].join('\n'));
    reporter.result({
        ok: true,
        command: 'lock',
        subcommand: 'update',
        file: result.file,
        changed: result.changed,
        entries: result.entries,
        outputs: reporter.outputs,
        findings: reporter.findings,
    });
    return 0;
}
function describe(e) {
    const signer = e.signed ? `signed by ${e.identity}` : 'unsigned';
    const digest = e.digest ? `, ${e.digest}` : '';
    const platforms = e.platformDigests.length ? `, ${e.platformDigests.length} platform(s)` : '';
    return `${e.name} ${e.version} (${e.kind}${digest}${platforms}), ${signer}${e.changed ? '' : ', unchanged'}`;
}
async function check(ctx, project, options) {
    const { reporter } = ctx;
    const result = await lockCheck(project, options);
    for (const f of result.findings)
        reporter.finding(f);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const line = errors > 0
        ? `${result.file}: ${errors} problem(s) in ${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked`
        : `${result.file}: ${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked, each a published release with the digest recorded`;
    reporter.print(line);
    reporter.setOutput('drift', String(errors > 0));
    reporter.summary([
        `### samuel.lock check: ${errors > 0 ? `${errors} problem(s)` : 'clean'}`,
        '',
        `${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked.`,
        ...(result.findings.length
            ? [
                '',
                '| | Where | Problem | Fix |',
                '| --- | --- | --- | --- |',
                ...result.findings.map((f) => `| ${f.severity} | ${f.file ?? ''}${f.line ? `:${f.line}` : ''} | ${(0,report/* inertMarkdown */.Ic)(f.message)} | ${(0,report/* inertMarkdown */.Ic)(f.fix ?? '')} |`),
            ]
            : []),
    ].join('\n'));
    reporter.result({
        ok: errors === 0,
        command: 'lock',
        subcommand: 'check',
        file: result.file,
        checked: result.checked,
        outputs: reporter.outputs,
        findings: reporter.findings,
    });
    return errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 42775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   md: () => (/* binding */ createDownloader)
/* harmony export */ });
/* unused harmony export trustedCertificates */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75787);
/* harmony import */ var _oci_http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95809);
/**
 * Downloads the way Samuel's Go client makes them: through `HTTPS_PROXY`/`HTTP_PROXY` unless
 * `NO_PROXY` says otherwise, trusting the system roots plus the certificates in
 * `NODE_EXTRA_CA_CERTS` and `SSL_CERT_FILE` (read here, since Node reads the first only at
 * start-up and in-process callers pass their own environment). Bodies are bounded, transient
 * failures (connection errors, 5xx, 429) are retried, and a 404 is an answer, not an error.
 */







function envValue(env, name) {
    return env[name] ?? env[name.toLowerCase()] ?? '';
}
/** The system roots plus the PEM files named by NODE_EXTRA_CA_CERTS and SSL_CERT_FILE. */
function trustedCertificates(env) {
    const ca = [...node_tls__WEBPACK_IMPORTED_MODULE_1__.rootCertificates];
    for (const name of ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE']) {
        const file = env[name];
        if (!file)
            continue;
        try {
            ca.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${name}=${file}: cannot read the certificate file`, {
                cause: e,
                fix: `point ${name} at a readable PEM file, or unset it`,
            });
        }
    }
    return ca;
}
/** Cuts a URL to what is safe to show: no credentials, no query. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** One attempt, headers and body, at most this long (the same bound as a registry operation). */
const DOWNLOAD_TIMEOUT_MS = 120_000;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** A downloader for http(s) and file:// URLs. */
function createDownloader(options = {}) {
    const env = options.env ?? process.env;
    const attempts = Math.max(1, options.attempts ?? 3);
    const backoff = options.backoffMs ?? 250;
    let agent;
    const dispatcher = () => {
        if (!agent) {
            const ca = trustedCertificates(env);
            agent = new undici__WEBPACK_IMPORTED_MODULE_3__/* .EnvHttpProxyAgent */ .J2({
                httpProxy: envValue(env, 'HTTP_PROXY'),
                httpsProxy: envValue(env, 'HTTPS_PROXY'),
                noProxy: envValue(env, 'NO_PROXY'),
                connect: { ca },
                requestTls: { ca },
                proxyTls: { ca },
            });
        }
        return agent;
    };
    async function once(url, maxBytes, what) {
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_3__/* .fetch */ .hd)(url, {
            dispatcher: dispatcher(),
            redirect: 'follow',
            headers: { 'user-agent': 'samuel-plugin-release' },
            // A server that stops answering fails the attempt instead of holding it for minutes.
            signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw new HttpStatusError(res.status, url);
        }
        const declared = Number(res.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
            await res.body?.cancel();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${displayUrl(url)}: the ${what} is ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(declared)}, over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, { fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted` });
        }
        const chunks = [];
        let size = 0;
        if (res.body) {
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > maxBytes) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${displayUrl(url)}: the ${what} is over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, {
                        fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted`,
                    });
                }
                chunks.push(Buffer.from(chunk));
            }
        }
        return Buffer.concat(chunks);
    }
    return {
        async get(url, { maxBytes, what }) {
            if (url.startsWith('file://')) {
                const path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(url);
                try {
                    return await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(path, { maxBytes, what });
                }
                catch (e) {
                    if ((0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .isMissingFile */ .F6)(e))
                        return undefined;
                    throw e;
                }
            }
            let last;
            let tries = 0;
            for (let attempt = 1; attempt <= attempts; attempt++) {
                tries = attempt;
                try {
                    return await once(url, maxBytes, what);
                }
                catch (e) {
                    last = e;
                    const transient = (e instanceof HttpStatusError && (0,_oci_http_js__WEBPACK_IMPORTED_MODULE_6__/* .isTransientStatus */ .Dm)(e.status)) ||
                        !(e instanceof HttpStatusError || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA);
                    if (!transient || attempt === attempts)
                        break;
                    await sleep(backoff * 2 ** (attempt - 1));
                }
            }
            if (last instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA)
                throw last;
            if (last instanceof HttpStatusError) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NetworkError */ .Dr(`${displayUrl(url)} answered HTTP ${last.status}${tries > 1 ? ` (after ${tries} attempts)` : ''}`, {
                    cause: last,
                    fix: 'try again later; if it persists, check the URL and any proxy in between',
                });
            }
            const detail = last instanceof Error ? causeText(last) : String(last);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NetworkError */ .Dr(`cannot download ${displayUrl(url)}: ${detail}`, {
                cause: last,
                fix: 'check the network, HTTPS_PROXY/NO_PROXY, and NODE_EXTRA_CA_CERTS for a corporate CA',
            });
        },
        async close() {
            await agent?.close();
        },
    };
}
function causeText(e) {
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `${e.message}${cause}`;
}
class HttpStatusError extends Error {
    status;
    constructor(status, url) {
        super(`HTTP ${status} from ${displayUrl(url)}`);
        this.status = status;
    }
}


/***/ })

};
