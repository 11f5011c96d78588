export const id = 54;
export const ids = [54];
export const modules = {

/***/ 64054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareFindings: () => (/* reexport */ compareFindings),
  compareLines: () => (/* reexport */ compareLines),
  compareSummary: () => (/* reexport */ compareSummary),
  compareWithLatestRelease: () => (/* reexport */ compareWithLatestRelease)
});

// UNUSED EXPORTS: COMPARE_RULES, MANIFEST_ASSET, MAX_RELEASED_MANIFEST_BYTES, capabilityEntries, describeEntry, diffCapabilities, parseRepository, readClient, tagVersion

// EXTERNAL MODULE: ./src/manifest/toml.ts + 3 modules
var toml = __webpack_require__(84787);
// EXTERNAL MODULE: ./src/manifest/key-case.ts
var key_case = __webpack_require__(99503);
// EXTERNAL MODULE: ./src/manifest/typed.ts
var typed = __webpack_require__(39305);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/compare/repository.ts
var compare_repository = __webpack_require__(85787);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
// EXTERNAL MODULE: ./src/github/release/client.ts
var release_client = __webpack_require__(82666);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(48282);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/compare/client.ts
/**
 * A read-only GitHub REST client for looking at releases: `@actions/github`'s Octokit pointed at
 * `GITHUB_API_URL`, authenticated when a token is given and anonymous otherwise (public
 * repositories need none). It never waits out a rate limit: the comparison is advice on a pull
 * request, so a used-up limit is reported at once instead of holding the job.
 */






let clients = 0;
/** An Octokit for reading releases, anonymous unless a token is given. */
function readClient(options) {
    const token = options.token?.trim() || undefined;
    if (token)
        (0,report/* registerSecret */.cl)(token);
    const timeout = options.timeoutMs ?? 20_000;
    const settings = {
        baseUrl: (0,release_client/* apiUrl */.y0)(options.env),
        retry: { retries: options.retries ?? 1, retryAfterBaseValue: options.timeScale ?? 1000 },
        throttle: {
            id: `samuel-plugin-release-read-${process.pid}-${++clients}`,
            retryAfterBaseValue: options.timeScale ?? 1000,
            onRateLimit: () => false,
            onSecondaryRateLimit: () => false,
        },
    };
    const client = token
        ? (0,github/* getOctokit */.Q)(token, settings, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A)
        : new (utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A))(settings);
    // A deadline per request (a fresh signal each time: one shared signal would expire for the
    // requests after it), keeping the proxy-aware fetch @actions/github sets up.
    client.hook.wrap('request', (request, opts) => request({
        ...opts,
        request: { ...opts.request, signal: opts.request?.signal ?? AbortSignal.timeout(timeout) },
    }));
    return client;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/github/compare/diff.ts
/**
 * The capability diff: what a plugin's manifest asks for that its latest release did not. Scopes
 * are compared the way Samuel grants them (capability.go `Match`, `MatchHost`): a path glob is a
 * doublestar pattern and a glob-free path also covers everything below it; a host `*` covers every
 * host and `*.example.com` covers the domain and its subdomains. A scope the release did not have
 * is `added`, unless it covers one the release had (then `widened`); a released scope no current
 * scope repeats is `removed` (or narrowed, when a current scope still covers part of it).
 */


/** The manifest field of a capability. */
const fieldOf = (capability) => `capabilities.${capability}`;
/** Every capability family, in Samuel's order. */
const FAMILIES = [
    { capability: 'filesystem.read', kind: 'path', get: (c) => c.filesystem.read },
    { capability: 'filesystem.write', kind: 'path', get: (c) => c.filesystem.write },
    { capability: 'exec', kind: 'flag', get: (c) => c.exec },
    { capability: 'env', kind: 'name', get: (c) => c.env },
    { capability: 'network.outbound', kind: 'host', get: (c) => c.network.outbound },
    { capability: 'network.hosts', kind: 'host', get: (c) => c.network.hosts },
    { capability: 'network.allowed_hosts', kind: 'host', get: (c) => c.network.allowedHosts },
    { capability: 'samuel.api', kind: 'flag', get: (c) => c.samuelApi },
    { capability: 'assistant.invoke', kind: 'flag', get: (c) => c.assistantInvoke },
];
/** Every capability a manifest declares, in Samuel's order, as entries. */
function capabilityEntries(caps) {
    const out = [];
    for (const family of FAMILIES) {
        const value = family.get(caps);
        const field = fieldOf(family.capability);
        if (value === true)
            out.push({ capability: family.capability, field });
        if (Array.isArray(value)) {
            for (const target of unique(value))
                out.push({ capability: family.capability, field, target });
        }
    }
    return out;
}
/**
 * Compares the current manifest's capabilities with the released ones. `current` positions come
 * from its source, so a finding can point at the very line of a list entry.
 */
function diffCapabilities(released, current) {
    const diff = { added: [], widened: [], removed: [], unchanged: [] };
    const locate = locator(current);
    for (const family of FAMILIES) {
        const before = family.get(released);
        const after = family.get(current.manifest.capabilities);
        const base = { capability: family.capability, field: fieldOf(family.capability) };
        if (family.kind === 'flag') {
            if (after === true && before !== true)
                diff.added.push({ ...base, ...at(locate(base)) });
            else if (after !== true && before === true)
                diff.removed.push(base);
            else if (after === true)
                diff.unchanged.push({ ...base, ...at(locate(base)) });
            continue;
        }
        const olds = unique(before);
        const news = unique(after);
        const covers = coverage(family.kind);
        for (const target of news) {
            const entry = { ...base, target, ...at(locate({ ...base, target })) };
            if (olds.some((o) => same(family.kind, o, target))) {
                diff.unchanged.push(entry);
                continue;
            }
            const wider = olds.filter((o) => covers(target, o));
            if (wider.length > 0) {
                diff.widened.push({ ...entry, related: wider });
                continue;
            }
            // A scope inside a released one grants nothing new: it narrows (the released one is
            // reported as removed below, with this one as what remains of it).
            if (olds.some((o) => covers(o, target)))
                continue;
            diff.added.push(entry);
        }
        for (const target of olds) {
            if (news.some((n) => same(family.kind, n, target) || covers(n, target)))
                continue;
            const inside = news.filter((n) => covers(target, n));
            diff.removed.push({ ...base, target, ...(inside.length > 0 ? { related: inside } : {}) });
        }
    }
    return diff;
}
/** How a capability change reads in a message: `filesystem.write "/workspace/**"`. */
function describeEntry(e) {
    return e.target === undefined ? e.capability : `${e.capability} ${JSON.stringify(e.target)}`;
}
function at(position) {
    return position ? { position } : {};
}
function unique(values) {
    return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
function same(kind, a, b) {
    if (kind === 'host')
        return a.toLowerCase() === b.toLowerCase();
    if (kind === 'path')
        return a.replace(/\/+$/, '') === b.replace(/\/+$/, '') || a === b;
    return a === b;
}
/** `covers(outer, inner)`: every use `inner` allows, `outer` allows too. */
function coverage(kind) {
    if (kind === 'host')
        return hostCovers;
    if (kind === 'path')
        return pathCovers;
    return () => false;
}
function hostCovers(outer, inner) {
    const o = outer.toLowerCase();
    const i = inner.toLowerCase();
    if (o === i)
        return false;
    if (o === '*')
        return true;
    if (i === '*')
        return false;
    if (o.startsWith('*.')) {
        const domain = o.slice(2);
        const bare = i.startsWith('*.') ? i.slice(2) : i;
        return bare === domain || bare.endsWith(`.${domain}`);
    }
    return false;
}
const GLOB = /[*?[{]/;
const matchers = new Map();
function matcher(pattern) {
    let m = matchers.get(pattern);
    if (!m) {
        try {
            m = picomatch_default()(pattern, { dot: true, strictBrackets: true });
        }
        catch {
            m = () => false;
        }
        if (matchers.size > 10_000)
            matchers.clear();
        matchers.set(pattern, m);
    }
    return m;
}
/**
 * Whether path scope `outer` grants everything `inner` grants. A glob-free scope covers its own
 * subtree (Samuel's literal prefix match); a glob covers `inner` when it matches `inner` read as a
 * path, and, for a glob-free `inner`, also a path below it.
 */
function pathCovers(outer, inner) {
    const o = outer.replace(/\/+$/, '');
    const i = inner.replace(/\/+$/, '');
    if (o === i)
        return false;
    if (!GLOB.test(o))
        return o === '' || i.startsWith(`${o}/`) || o === '/';
    const matches = matcher(o);
    if (!matches(i))
        return false;
    return GLOB.test(i) || matches(`${i}/x`);
}
/** Finds the position of a capability (or one entry of its list) in the current manifest. */
function locator(loaded) {
    return (e) => {
        const fieldPos = loaded.positions.get(e.field);
        if (e.target === undefined)
            return fieldPos;
        const node = nodeAt(loaded, e.field);
        const item = node?.items?.find((n) => typeof n.value === 'string' && n.value.trim() === e.target);
        return item?.valuePos ?? fieldPos;
    };
}
let treeCache;
/** The node of a dotted field in the manifest's tree (keys matched without case, as Samuel does). */
function nodeAt(loaded, field) {
    if (treeCache?.source !== loaded.source) {
        let root;
        try {
            root = (0,toml/* parseTomlTree */.SC)(loaded.source);
        }
        catch {
            root = undefined;
        }
        treeCache = { source: loaded.source, root };
    }
    let node = treeCache.root;
    for (const key of field.split('.')) {
        const entries = node?.entries;
        if (!entries)
            return undefined;
        node = entries.get(key) ?? [...entries].find(([k]) => k.toLowerCase() === key)?.[1];
    }
    return node;
}

// EXTERNAL MODULE: ./src/github/release/asset.ts
var release_asset = __webpack_require__(45);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/github/compare/released.ts
/**
 * Finds a plugin's latest published release on GitHub and reads the `samuel-plugin.toml` it
 * carries (the asset the release step uploads for wasm, oci and meta plugins). Drafts never
 * count. In a repository that releases several plugins (`<name>-v<version>` or
 * `<name>/v<version>` tags), only this plugin's releases count.
 */


/** The released manifest's asset name (what Samuel's installer downloads). */
const MANIFEST_ASSET = 'samuel-plugin.toml';
/** A released manifest is at most this large, like one on disk. */
const MAX_RELEASED_MANIFEST_BYTES = files/* READ_LIMITS */.Cl.manifest;
/** The version a tag names for plugin `name`, or undefined when the tag is another plugin's. */
function tagVersion(tag, name) {
    for (const prefix of [`${name}-`, `${name}/`, '']) {
        if (!tag.startsWith(prefix))
            continue;
        const rest = tag.slice(prefix.length);
        if (/^v?\d+\.\d+\.\d+/.test(rest))
            return rest.replace(/^v/, '');
    }
    return undefined;
}
/**
 * The release to compare with: GitHub's latest when it is this plugin's, else the newest
 * published release of this plugin (stable before prerelease, highest version first).
 */
async function findLatestRelease(client, owner, repo, name) {
    let chosen;
    try {
        const latest = await client.rest.repos.getLatestRelease({ owner, repo });
        if (!latest.data.draft && tagVersion(latest.data.tag_name, name) !== undefined) {
            chosen = latest.data;
        }
    }
    catch (e) {
        // 404: no published stable release (or none visible); the list below tells which.
        if (e.status !== 404)
            throw e;
    }
    if (!chosen) {
        const list = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
        const mine = list.data.filter((r) => !r.draft && tagVersion(r.tag_name, name) !== undefined);
        mine.sort((a, b) => rank(b) - rank(a) || compareVersions(b, a, name));
        chosen = mine[0];
    }
    if (!chosen)
        return { found: false };
    const asset = chosen.assets.find((a) => a.name === MANIFEST_ASSET && a.state === 'uploaded');
    return {
        found: true,
        release: { tag: chosen.tag_name, url: chosen.html_url, prerelease: chosen.prerelease },
        ...(asset ? { asset: { id: asset.id, size: asset.size, url: asset.url } } : {}),
    };
}
/** Stable releases before prereleases. */
function rank(r) {
    return r.prerelease ? 0 : 1;
}
function compareVersions(a, b, name) {
    const va = semver_default().coerce(tagVersion(a.tag_name, name), { includePrerelease: true });
    const vb = semver_default().coerce(tagVersion(b.tag_name, name), { includePrerelease: true });
    if (!va || !vb)
        return 0;
    return semver_default().compare(va, vb);
}

;// CONCATENATED MODULE: ./src/github/compare/compare.ts












/** Compares `loaded` with the manifest of the latest release in `options.repository`. */
async function compareWithLatestRelease(loaded, options) {
    const { owner, repo } = (0,compare_repository/* parseRepository */.S)(options.repository);
    const repository = `${owner}/${repo}`;
    const name = loaded.manifest.name;
    const client = readClient({
        env: options.env,
        ...(options.token ? { token: options.token } : {}),
        ...(options.retries === undefined ? {} : { retries: options.retries }),
        ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
    });
    const unavailable = (reason, fix, release) => ({
        status: 'unavailable',
        repository,
        reason,
        fix,
        ...(release ? { release } : {}),
    });
    let latest;
    try {
        latest = await findLatestRelease(client, owner, repo, name);
    }
    catch (e) {
        const { reason, fix } = explainApiFailure(e, repository, options);
        return unavailable(reason, fix);
    }
    if (!latest.found) {
        const none = {
            exec: false,
            env: [],
            filesystem: { read: [], write: [] },
            network: { outbound: [], hosts: [], allowedHosts: [] },
            samuelApi: false,
            assistantInvoke: false,
        };
        options.reporter?.info(`${repository} has no published release of ${name} yet: this is the first release, every capability is new`);
        return { status: 'first-release', repository, diff: diffCapabilities(none, loaded) };
    }
    const { release, asset } = latest;
    if (!asset) {
        return unavailable(`the latest release ${release.tag} of ${repository} has no ${MANIFEST_ASSET} asset, so its capabilities are unknown`, loaded.manifest.kind === 'skill'
            ? `a skill release carries no ${MANIFEST_ASSET} asset; review the capabilities by hand against the manifest at tag ${release.tag}`
            : `release with samuel-plugin-release (it uploads ${MANIFEST_ASSET}, which Samuel's installer needs), or upload the released manifest to ${release.tag} by hand`, release);
    }
    if (asset.size > MAX_RELEASED_MANIFEST_BYTES) {
        return unavailable(`the ${MANIFEST_ASSET} asset of ${release.tag} is ${(0,files/* formatBytes */.z3)(asset.size)}, over the ${(0,files/* formatBytes */.z3)(MAX_RELEASED_MANIFEST_BYTES)} limit for a manifest; it was not downloaded`, `replace the asset with the real released manifest (a few hundred bytes of TOML)`, release);
    }
    let bytes;
    try {
        bytes = await (0,release_asset/* downloadAsset */.B)(client, owner, repo, asset.id, {
            env: options.env,
            maxBytes: MAX_RELEASED_MANIFEST_BYTES,
            what: `${MANIFEST_ASSET} asset of ${release.tag}`,
        });
    }
    catch (e) {
        const { reason, fix } = explainApiFailure(e, repository, options);
        return unavailable(reason, fix, release);
    }
    const released = parseReleased(bytes, release.tag);
    if ('problem' in released)
        return unavailable(released.problem, released.fix, release);
    if (released.name !== name) {
        return unavailable(`the latest release ${release.tag} of ${repository} is of plugin ${JSON.stringify(released.name)}, not ${JSON.stringify(name)}`, `name this plugin's repository: --compare-release=OWNER/REPO (a repository with several plugins tags them <name>-v<version>)`, release);
    }
    return {
        status: 'compared',
        repository,
        release,
        diff: diffCapabilities(released.capabilities, loaded),
    };
}
/** Reads the released manifest's name and capabilities with the manifest loader's own parser. */
function parseReleased(bytes, tag) {
    const fix = `re-upload a valid ${MANIFEST_ASSET} to ${tag}, or review the capabilities by hand`;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { problem: `the ${MANIFEST_ASSET} asset of ${tag} is not UTF-8 text`, fix };
    }
    try {
        const root = (0,toml/* parseTomlTree */.SC)(text.replace(/^\uFEFF/, ''));
        (0,key_case/* foldKeyCase */.R)(root, MANIFEST_ASSET, []);
        const m = (0,typed/* toPluginManifest */.C)(root);
        return { name: m.name, capabilities: m.capabilities };
    }
    catch (e) {
        const detail = e instanceof toml/* TomlSyntaxError */.u0 ? `: ${e.message} (line ${e.line})` : '';
        return {
            problem: `the ${MANIFEST_ASSET} asset of ${tag} is not valid TOML${(0,report/* inertLog */.H_)(detail)}`,
            fix,
        };
    }
}
/** Why a GitHub request failed, in words, with what to do. */
function explainApiFailure(e, repository, options) {
    const err = e;
    // Octokit reports a request that got no answer at all as status 500 without a response.
    const status = typeof err.status === 'number' && err.response !== undefined ? err.status : undefined;
    const headers = err.response?.headers ?? {};
    const tokenFix = 'give the job a token that can read the repository (GITHUB_TOKEN; permissions: contents: read is enough)';
    if ((status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'])) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0
            ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`
            : headers['retry-after']
                ? ` for ${headers['retry-after']} s`
                : '';
        return {
            reason: `GitHub's API rate limit is used up${when}, so the latest release of ${repository} could not be read`,
            fix: options.token
                ? 'run the job again once the limit resets'
                : `${tokenFix}: anonymous requests get 60 an hour per address, shared on hosted runners`,
        };
    }
    if (status === 401) {
        return {
            reason: `GitHub refused the token (HTTP 401) when reading the releases of ${repository}`,
            fix: 'check GITHUB_TOKEN (or GH_TOKEN); a public repository needs no token at all',
        };
    }
    if (status === 403 || status === 404) {
        return {
            reason: `the releases of ${repository} are not visible (HTTP ${status}): the repository does not exist, or it is private and ${options.token ? 'the token cannot read it' : 'no token was given'}`,
            fix: `check --compare-release=OWNER/REPO; for a private repository, ${tokenFix}`,
        };
    }
    if (e instanceof errors/* IoError */.dA)
        return { reason: e.message, fix: e.fix ?? 'review the capabilities by hand' };
    const what = status
        ? `answered HTTP ${status}`
        : `is unreachable (${(0,report/* inertLog */.H_)(String(err.message ?? e)).slice(0, 200)})`;
    return {
        reason: `GitHub's API at ${(0,release_client/* apiUrl */.y0)(options.env)} ${what}, so the latest release of ${repository} could not be read`,
        fix: 'check the network and GITHUB_API_URL; the comparison runs again on the next push',
    };
}

;// CONCATENATED MODULE: ./src/github/compare/report.ts
/**
 * A comparison as findings (annotations on the manifest lines that ask for more), a Markdown
 * table for the job summary and plain lines for the terminal. Scopes come from manifests a pull
 * request controls, so every cell and line is neutralised before it is shown.
 */


/** Every rule id the comparison reports. */
const COMPARE_RULES = (/* unused pure expression or super */ null && ([
    'capability-added',
    'capability-widened',
    'capability-removed',
    'compare-release-unavailable',
]));
/** Why Samuel cares about each capability (it asks users to confirm every one but safe reads). */
const RISK = {
    'filesystem.read': 'files the plugin may read',
    'filesystem.write': 'files the plugin may change',
    exec: 'the plugin may run programs',
    env: 'environment variables the plugin sees',
    'network.outbound': 'hosts the plugin may reach',
    'network.hosts': 'hosts the plugin may reach',
    'network.allowed_hosts': 'hosts the plugin container may reach',
    'samuel.api': "the plugin may call Samuel's API",
    'assistant.invoke': 'the plugin may invoke the assistant',
};
/** The findings of a comparison, placed in `displayPath` (the manifest as shown to the user). */
function compareFindings(result, loaded, displayPath) {
    if (result.status === 'first-release')
        return [];
    if (result.status === 'unavailable') {
        return [
            {
                severity: 'warning',
                rule: 'compare-release-unavailable',
                message: `capabilities not compared with the latest release: ${result.reason}`,
                fix: result.fix,
                file: displayPath,
            },
        ];
    }
    const tag = result.release.tag;
    const where = (c) => {
        const p = c.position ?? loaded.positions.get(c.field) ?? loaded.positions.get('capabilities');
        return { field: c.field, file: displayPath, ...(p ? { line: p.line, col: p.col } : {}) };
    };
    const out = [];
    for (const c of result.diff.added) {
        out.push({
            severity: 'warning',
            rule: 'capability-added',
            message: `this change asks for ${describeEntry(c)} (${RISK[c.capability]}), which the latest release ${tag} did not`,
            fix: 'keep it only if the plugin needs it: Samuel asks every user to confirm it at install; say why in the pull request',
            ...where(c),
        });
    }
    for (const c of result.diff.widened) {
        out.push({
            severity: 'warning',
            rule: 'capability-widened',
            message: `${describeEntry(c)} widens ${list(c.related)} of the latest release ${tag} (${RISK[c.capability]})`,
            fix: 'scope it as narrowly as the plugin needs, or say in the pull request why the wider scope is needed',
            ...where(c),
        });
    }
    for (const c of result.diff.removed) {
        out.push({
            severity: 'notice',
            rule: 'capability-removed',
            message: `${describeEntry(c)} of the latest release ${tag} is no longer asked for${c.related ? ` (narrowed to ${list(c.related)})` : ''}`,
            ...where(c),
        });
    }
    return out;
}
/** The comparison as a job-summary section: one row per capability scope. */
function compareSummary(result) {
    const head = result.status === 'compared'
        ? `### Capabilities against ${(0,report/* inertMarkdown */.Ic)(result.release.tag)} of ${(0,report/* inertMarkdown */.Ic)(result.repository)}`
        : result.status === 'first-release'
            ? `### Capabilities: first release of ${(0,report/* inertMarkdown */.Ic)(result.repository)}, every capability is new`
            : `### Capabilities not compared with the latest release of ${(0,report/* inertMarkdown */.Ic)(result.repository)}`;
    if (result.status === 'unavailable') {
        return [
            head,
            '',
            `⚠️ ${(0,report/* inertMarkdown */.Ic)(result.reason)}<br>**Fix:** ${(0,report/* inertMarkdown */.Ic)(result.fix)}`,
            '',
        ].join('\n');
    }
    const { added, widened, removed, unchanged } = result.diff;
    const row = (icon, change, c, released) => `| \`${c.capability}\` | ${c.target === undefined ? '' : `\`${(0,report/* inertMarkdown */.Ic)(c.target)}\``} | ${icon} ${change} | ${released} |`;
    const rel = (c) => (c.related ?? []).map((r) => `\`${(0,report/* inertMarkdown */.Ic)(r)}\``).join(', ');
    const rows = [
        ...added.map((c) => row('⚠️', result.status === 'first-release' ? 'new' : 'added', c, '—')),
        ...widened.map((c) => row('⚠️', 'widened', c, rel(c))),
        ...removed.map((c) => row('ℹ️', c.related ? `narrowed to ${rel(c)}` : 'removed', c, 'yes')),
        ...unchanged.map((c) => row('', 'unchanged', c, 'yes')),
    ];
    if (rows.length === 0)
        return [head, '', 'The plugin asks for no capabilities.', ''].join('\n');
    return [
        head,
        '',
        '| Capability | Scope | Change | Released |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
/** The comparison as terminal lines: a count, then one line per change. */
function compareLines(result) {
    if (result.status === 'unavailable') {
        return [`capabilities not compared: ${(0,report/* inertLog */.H_)(result.reason)}`];
    }
    const { added, widened, removed, unchanged } = result.diff;
    if (result.status === 'first-release') {
        return [
            `capabilities: first release of ${result.repository}, every capability is new (${added.length})`,
            ...added.map((c) => `  + ${(0,report/* inertLog */.H_)(describeEntry(c))}`),
        ];
    }
    return [
        `capabilities against ${(0,report/* inertLog */.H_)(result.release.tag)}: ${added.length} added, ${widened.length} widened, ${removed.length} removed, ${unchanged.length} unchanged`,
        ...added.map((c) => `  + ${(0,report/* inertLog */.H_)(describeEntry(c))}`),
        ...widened.map((c) => `  ^ ${(0,report/* inertLog */.H_)(describeEntry(c))} (was ${(0,report/* inertLog */.H_)(list(c.related))})`),
        ...removed.map((c) => `  - ${(0,report/* inertLog */.H_)(describeEntry(c))}`),
    ];
}
function list(values) {
    return (values ?? []).map((v) => JSON.stringify(v)).join(', ');
}

;// CONCATENATED MODULE: ./src/github/compare/index.ts
/** The capability diff of a pull request against the plugin's latest GitHub release. */








/***/ }),

/***/ 45:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ downloadAsset)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75787);
/* harmony import */ var _lock_download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42775);
/**
 * A release asset's bytes, read the one way every caller reads them: through the API (so a
 * token reaches a private repository), then the redirect to signed storage without the token
 * (storage refuses a second credential, and must never see it), at most `maxBytes`.
 */



/** Downloads asset `assetId` of `owner/repo`; over `maxBytes` is an IoError naming `what`. */
async function downloadAsset(client, owner, repo, assetId, options) {
    const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner,
        repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { redirect: 'manual', parseSuccessResponseBody: false },
    });
    const status = response.status;
    const body = response.data;
    if (status >= 300 && status < 400) {
        await body?.cancel().catch(() => undefined);
        const location = response.headers.location;
        if (!location)
            throw new Error(`GitHub answered HTTP ${status} without a location`);
        const downloader = (0,_lock_download_js__WEBPACK_IMPORTED_MODULE_2__/* .createDownloader */ .md)({ env: options.env, attempts: 2 });
        try {
            const data = await downloader.get(new URL(location, response.url).href, options);
            if (data === undefined)
                throw new Error('the asset storage answered 404');
            return data;
        }
        finally {
            await downloader.close();
        }
    }
    return readBounded(body, options.maxBytes, options.what);
}
async function readBounded(body, maxBytes, what) {
    const chunks = [];
    let size = 0;
    if (body) {
        for await (const chunk of body) {
            size += chunk.byteLength;
            // Leaving the loop by a throw cancels the stream: nothing more is read.
            if (size > maxBytes) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IoError */ .dA(`the ${what} is over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)} limit`, {
                    fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)} is not accepted`,
                });
            }
            chunks.push(Buffer.from(chunk));
        }
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 82666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists),
/* harmony export */   y0: () => (/* binding */ apiUrl)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53408);
/**
 * The GitHub REST client: `@actions/github`'s Octokit with retries (5xx, resets) and throttling
 * (`retry-after`, `x-ratelimit-reset`, secondary limits), pointed at `GITHUB_API_URL` (GHES) and
 * authenticated with the token the caller gives (the `github-token` input, else GITHUB_TOKEN or
 * GH_TOKEN). The token is registered as a secret before the first request.
 */






/** The API base URL: GITHUB_API_URL (GitHub Enterprise Server sets it), else api.github.com. */
function apiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The web base URL anonymous downloads use: GITHUB_SERVER_URL, else https://github.com. */
function serverUrl(env) {
    return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
let clients = 0;
function githubClient(options) {
    const token = options.token || options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('creating the GitHub release needs a token', {
            fix: 'in a workflow the github-token input defaults to github.token (grant permissions: contents: write); on a laptop set GITHUB_TOKEN or GH_TOKEN',
        });
    }
    (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(token);
    const maxWait = options.maxWaitSeconds ?? 120;
    const say = (m) => options.reporter?.info(m);
    /** Waits out a limit GitHub reports (up to maxWait seconds, three times), saying so. */
    const wait = (kind) => (after, req, _o, count) => {
        say(`GitHub ${kind} on ${req.method} ${req.url}: waiting ${after} s (attempt ${count + 1})`);
        return after <= maxWait && count < 3;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl(options.env),
        // Retries go in the plugin's own options: a `request.retries` default would make the
        // plugin retry every failure, 403 and 422 included.
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.timeScale ?? 1000 },
        throttle: {
            id: `samuel-plugin-release-${process.pid}-${++clients}`,
            retryAfterBaseValue: options.timeScale ?? 1000,
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                id: 'samuel-plugin-release-write',
                maxConcurrent: 1,
                minTime: options.writeSpacingMs ?? 0,
            }),
            onRateLimit: wait('rate limit'),
            onSecondaryRateLimit: wait('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** The HTTP status of an Octokit error (undefined for a network failure). */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' && s > 0 ? s : undefined;
}
/** True when a 422 says a release asset with that name exists already. */
function isAlreadyExists(e) {
    const data = e?.response?.data;
    return statusOf(e) === 422 && (data?.errors ?? []).some((x) => x.code === 'already_exists');
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
