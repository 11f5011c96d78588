export const id = 495;
export const ids = [495,458];
export const modules = {

/***/ 31495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ renderEntry),
/* harmony export */   V5: () => (/* binding */ lockedPluginFor),
/* harmony export */   lockEntryFor: () => (/* binding */ lockEntryFor)
/* harmony export */ });
/* unused harmony export PLATFORM_DIGESTS_KEY */
/* harmony import */ var _samuel_lock_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85942);
/* harmony import */ var _fetch_release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4151);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71458);



/** The extra key an oci entry carries. */
const PLATFORM_DIGESTS_KEY = 'platform_digests';
/** The lock fields for a released manifest. */
function lockedPluginFor(manifest, options) {
    const plugin = {
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        source: options.source,
        capabilities: (0,_samuel_lock_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grantedCapabilities */ .Ac)(manifest),
        signed: options.signed,
    };
    if (options.digest)
        plugin.digest = options.digest;
    return plugin;
}
/** The rendered entry, with `platform_digests` for oci when known. */
function renderEntry(plugin, platformDigests = []) {
    return (0,_samuel_lock_format_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLockedPlugin */ .YD)(plugin, platformDigests.length ? [[PLATFORM_DIGESTS_KEY, platformDigests]] : []);
}
function quoted(s) {
    return JSON.stringify(s);
}
/**
 * The lock entry consumers get by installing this release, and the `[[plugins]]` entry of a
 * registry `index.toml` that makes it installable — for release notes and step outputs.
 */
function lockEntryFor(release) {
    const manifest = (0,_fetch_release_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReleasedManifest */ .kM)(release.manifestText, `release ${release.tag}`);
    const repo = release.repo.replace(/^https:\/\//, '').replace(/^github\.com\//, '');
    const source = `github.com/${repo}`;
    let digest;
    let platformDigests = [];
    if (manifest.kind === 'oci') {
        digest =
            release.digest ?? (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedDigest */ .tN)(manifest.oci?.image ?? '', `release ${release.tag}`).digest;
        platformDigests = (release.platforms ?? []).map((p) => [p.platform, p.digest, p.config].filter(Boolean).join(' '));
    }
    const plugin = lockedPluginFor(manifest, {
        source,
        signed: release.signed ?? false,
        ...(digest ? { digest } : {}),
    });
    const lockToml = renderEntry(plugin, platformDigests);
    const description = release.description ?? manifest.summary;
    const index = [
        '[[plugins]]',
        `name = ${quoted(manifest.name)}`,
        `repo = ${quoted(source)}`,
        `latest = ${quoted(manifest.version)}`,
        `versions = [${quoted(manifest.version)}]`,
        ...(description ? [`description = ${quoted(description)}`] : []),
        `kind = ${quoted(release.kind ?? manifest.kind)}`,
    ];
    return { lockToml, indexToml: `${index.join('\n')}\n` };
}


/***/ }),

/***/ 4151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W5: () => (/* binding */ ReleaseMissing),
/* harmony export */   kM: () => (/* binding */ parseReleasedManifest),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* unused harmony export releaseTags */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84787);
/* harmony import */ var _manifest_typed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39305);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53408);
/* harmony import */ var _samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77615);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37895);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75787);
/**
 * Fetches what `samuel install` reads for one resolved plugin version (contract §5,
 * source.go and github_release.go): from a `file://` repo, the folder itself; from
 * `github.com/<owner>/<repo>`, the release assets of tag `<version>`, then `v<version>` (wasm
 * and oci), or a `git clone --depth 1` of that tag (skills). Everything stays in memory, bounded.
 */











/** The ways a release can be missing, so check can name the rule. */
class ReleaseMissing extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2 {
    constructor(message, fix) {
        super('RELEASE', message, { fix });
    }
}
/** Tags Samuel tries for a version: as given, then `v`-prefixed when it looks like semver. */
function releaseTags(version) {
    const tags = [version];
    if (/^[0-9]/.test(version) && version.includes('.'))
        tags.push(`v${version}`);
    return tags;
}
/** Parses a released manifest's text into the typed fields the lock needs. */
function parseReleasedManifest(text, where) {
    let manifest;
    try {
        manifest = (0,_manifest_typed_js__WEBPACK_IMPORTED_MODULE_6__/* .toPluginManifest */ .C)((0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTomlTree */ .SC)(text));
    }
    catch (e) {
        const detail = e instanceof _manifest_toml_js__WEBPACK_IMPORTED_MODULE_5__/* .TomlSyntaxError */ .u0 ? e.message : e.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: the released samuel-plugin.toml is not valid TOML: ${detail}`, {
            cause: e,
            fix: 'the plugin needs a new release with a valid manifest',
        });
    }
    for (const key of ['name', 'version', 'kind']) {
        if (typeof manifest[key] !== 'string' ||
            manifest[key] === '' ||
            manifest[key] === 'undefined') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: the released samuel-plugin.toml has no ${key}`, {
                fix: 'the plugin needs a new release whose manifest has name, version and kind',
            });
        }
    }
    return manifest;
}
function githubRepo(repo) {
    const m = /^github\.com\/([^/]+)\/([^/]+)/.exec(repo);
    return m ? { owner: m[1], name: m[2].replace(/\.git$/, '') } : undefined;
}
/** Names of the signed artifact and its bundle for a manifest found in `root` (or released). */
function artifactNames(manifest) {
    if (manifest.kind === 'wasm') {
        const module = manifest.wasm?.module || _samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y;
        return { artifact: module, bundle: `${module}.bundle` };
    }
    if (manifest.kind === 'skill')
        return { artifact: 'SKILL.md', bundle: 'SKILL.md.bundle' };
    return {};
}
function limitFor(name) {
    if (name.endsWith('.bundle'))
        return { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_LIMITS */ .Cl.bundle, what: 'signature bundle' };
    if (name === 'samuel-plugin.toml')
        return { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_LIMITS */ .Cl.manifest, what: 'manifest' };
    if (name === 'SKILL.md')
        return { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_LIMITS */ .Cl.skill, what: 'SKILL.md' };
    return { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_LIMITS */ .Cl.module, what: 'module' };
}
/** Reads a plugin tree the way Samuel reads a fetched root (file:// source or a clone). */
async function fromTree(root, location, downloader) {
    const url = (name) => (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name)).href;
    const manifestBytes = await downloader.get(url('samuel-plugin.toml'), limitFor('samuel-plugin.toml'));
    if (!manifestBytes) {
        throw new ReleaseMissing(`${location} has no samuel-plugin.toml`, 'point the registry entry at the folder of a released plugin');
    }
    const manifestText = manifestBytes.toString('utf8');
    const manifest = parseReleasedManifest(manifestText, location);
    const out = { location, manifestText, manifest };
    const names = artifactNames(manifest);
    if (names.artifact) {
        const data = await downloader.get(url(names.artifact), limitFor(names.artifact));
        if (data)
            out.artifact = { name: names.artifact, data };
    }
    let bundleName = names.bundle;
    if (manifest.kind === 'oci')
        bundleName = await ociBundleIn(root, manifest.name);
    if (bundleName) {
        const data = await downloader.get(url(bundleName), limitFor(bundleName));
        if (data)
            out.bundle = { name: bundleName, data };
    }
    return out;
}
/** `<plugin-name>.bundle`, else the first `*.bundle` in the folder (service.go resolveOciBundle). */
async function ociBundleIn(root, pluginName) {
    const preferred = `${pluginName}.bundle`;
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === preferred))
        return preferred;
    return entries.find((e) => e.isFile() && e.name.endsWith('.bundle'))?.name;
}
async function fromGitHubRelease(req, gh, downloader) {
    const tried = [];
    for (const tag of releaseTags(req.version)) {
        const base = `https://github.com/${gh.owner}/${gh.name}/releases/download/${tag}`;
        const get = (name) => downloader.get(`${base}/${name}`, limitFor(name));
        const manifestBytes = await get('samuel-plugin.toml');
        tried.push(tag);
        if (!manifestBytes)
            continue;
        const location = `github.com/${gh.owner}/${gh.name}@${tag}`;
        const manifestText = manifestBytes.toString('utf8');
        const manifest = parseReleasedManifest(manifestText, location);
        const out = { location, tag, manifestText, manifest };
        if (req.kind === 'wasm' || manifest.kind === 'wasm') {
            // The installer downloads the module as plugin.wasm and verifies [wasm].module beside it.
            const module = await get(_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y);
            if (!module) {
                throw new ReleaseMissing(`${location} has no ${_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y} asset`, `upload ${_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y} to the release (samuel install falls back to a git clone without it)`);
            }
            const names = artifactNames(manifest);
            if (names.artifact === _samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y)
                out.artifact = { name: _samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y, data: module };
            const bundle = await get(`${_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y}.bundle`);
            if (bundle && names.bundle === `${_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y}.bundle`) {
                out.bundle = { name: `${_samuel_installer_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTALLED_MODULE */ .Y}.bundle`, data: bundle };
            }
        }
        else {
            // oci: the installer asks for <repo-name>.bundle (ociReleaseAssetSet(repoName)).
            const bundleName = `${gh.name}.bundle`;
            const bundle = await get(bundleName);
            if (bundle)
                out.bundle = { name: bundleName, data: bundle };
        }
        return out;
    }
    throw new ReleaseMissing(`no release of ${req.name} ${req.version} in github.com/${gh.owner}/${gh.name}: samuel-plugin.toml is not an asset of tag ${tried.join(' or ')}`, `publish the release for tag ${tried.at(-1)} with its assets, or lock a version that was released`);
}
async function fromGitClone(req, cloneUrl, downloader, env) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'spr-lock-clone-'));
    try {
        let lastError = '';
        for (const tag of releaseTags(req.version)) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, tag);
            const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_8__.run)('git', ['clone', '--quiet', '--depth=1', '--branch', tag, cloneUrl, dest], {
                env: {
                    PATH: env.PATH ?? process.env.PATH,
                    HOME: env.HOME ?? process.env.HOME,
                    ...env,
                    GIT_TERMINAL_PROMPT: '0',
                },
            });
            if (r.code === 0) {
                const root = req.subpath ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, req.subpath) : dest;
                const fetched = await fromTree(root, `${cloneUrl}@${tag}`, downloader);
                return { ...fetched, tag };
            }
            lastError = (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_8__/* .tail */ .R)(r.stderr, 3);
        }
        throw new ReleaseMissing(`cannot clone tag ${releaseTags(req.version).join(' or ')} of ${cloneUrl}: ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_7__/* .inertLog */ .H_)(lastError)}`, 'push the tag for this version, or lock a version that was released');
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Fetches the release `req` names, as Samuel's installer would. */
async function fetchRelease(req, downloader, env) {
    const repo = req.repo.trim();
    if (repo.startsWith('file://')) {
        let root = new URL(repo).pathname;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(root).catch(() => undefined);
        if (!info) {
            throw new ReleaseMissing(`${repo} does not exist`, 'point the registry entry at the folder of a released plugin');
        }
        if (!info.isDirectory())
            root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(root);
        if (req.subpath)
            root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, req.subpath);
        return fromTree(root, repo, downloader);
    }
    const gh = githubRepo(repo);
    if (gh && (req.kind === 'wasm' || req.kind === 'oci')) {
        return fromGitHubRelease(req, gh, downloader);
    }
    if (gh)
        return fromGitClone(req, `https://${repo.replace(/\.git$/, '')}.git`, downloader, env);
    if (/^https?:\/\//.test(repo))
        return fromGitClone(req, repo, downloader, env);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`unsupported plugin source "${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_7__/* .inertLog */ .H_)(repo)}"`, {
        fix: 'the registry entry repo must be github.com/<owner>/<repo>, https://… or file:///…',
    });
}


/***/ }),

/***/ 71458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ acceptableDigests),
/* harmony export */   Ft: () => (/* binding */ readImageDigests),
/* harmony export */   imageDigestsIn: () => (/* binding */ imageDigestsIn),
/* harmony export */   tN: () => (/* binding */ pinnedDigest),
/* harmony export */   tu: () => (/* binding */ platformDigestLines)
/* harmony export */ });
/* harmony import */ var _manifest_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28472);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21907);
/* harmony import */ var _oci_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The digests of a pinned oci plugin image that Samuel could record as the lock's `digest`
 * (contract §3): the pinned index or manifest digest (docker with the containerd store), each
 * platform's manifest digest, and each platform's config digest — the image ID podman prints as
 * bare hex and docker as `sha256:<hex>`.
 */




/** The pinned digest of `[oci].image`, or a ConfigurationError saying the release is unpinned. */
function pinnedDigest(image, where) {
    const parts = (0,_manifest_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSamuelImage */ .gZ)(image);
    if (!parts?.digest || /^sha256:0{64}$/.test(parts.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: [oci].image "${image}" is not pinned to a digest, which Samuel requires`, { fix: 'the plugin needs a release whose manifest pins registry/owner/name@sha256:<digest>' });
    }
    return { repository: `${parts.registry}/${parts.owner}/${parts.name}`, digest: parts.digest };
}
/** Reads the image's index (or single manifest) and each platform's config digest. */
async function readImageDigests(image, where, options = {}) {
    const { repository, digest } = pinnedDigest(image, where);
    const store = await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__.openStore)(repository, {
        insecure: options.insecure ?? false,
        ...(options.env ? { env: options.env } : {}),
        retry: { retries: 2 },
    });
    return imageDigestsIn(store, digest);
}
/** The same digests, read from a store already open (a registry or a local layout). */
async function imageDigestsIn(store, digest) {
    const read = async (d) => (0,_oci_store_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)((await store.getManifest(d)).bytes, `${store.location}@${d}`);
    const top = await read(digest);
    const out = { pinned: digest, platforms: [] };
    if (top.config) {
        // One image without an index: its platform is in its config.
        const config = (0,_oci_store_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(await store.getBlob(top.config.digest), `${store.location}@${top.config.digest}`);
        const platform = config.os && config.architecture
            ? [config.os, config.architecture, config.variant].filter(Boolean).join('/')
            : 'single';
        out.platforms.push({ platform, manifest: digest, config: top.config.digest });
        return out;
    }
    for (const m of Array.isArray(top.manifests) ? top.manifests : []) {
        const p = m.platform;
        if (!p?.os || !p.architecture || p.os === 'unknown')
            continue; // attestation manifests
        const child = await read(m.digest);
        if (!child.config)
            continue;
        const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
        out.platforms.push({ platform, manifest: m.digest, config: child.config.digest });
    }
    return out;
}
/** Every form of every digest Samuel could have written for this image. */
function acceptableDigests(d) {
    const set = new Set([d.pinned]);
    for (const p of d.platforms) {
        set.add(p.manifest);
        set.add(p.config);
        set.add(p.config.replace(/^sha256:/, ''));
    }
    return set;
}
/** The lock's extra `platform_digests` values: `os/arch manifest-digest config-digest`. */
function platformDigestLines(d) {
    return d.platforms.map((p) => `${p.platform} ${p.manifest} ${p.config}`);
}


/***/ }),

/***/ 40400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ bridgeErrors),
/* harmony export */   $b: () => (/* binding */ buildRunArgs),
/* harmony export */   J8: () => (/* binding */ hostPathOf),
/* harmony export */   UD: () => (/* binding */ unregisteredAnswer),
/* harmony export */   Y8: () => (/* binding */ SAMUEL_RUNTIMES),
/* harmony export */   el: () => (/* binding */ workspaceWritable),
/* harmony export */   g8: () => (/* binding */ samuelRuntime),
/* harmony export */   h3: () => (/* binding */ checkBridgeRequest),
/* harmony export */   ne: () => (/* binding */ grantsFromManifest),
/* harmony export */   pX: () => (/* binding */ launchOptionsFor),
/* harmony export */   uB: () => (/* binding */ containerPathOf),
/* harmony export */   vI: () => (/* binding */ MAX_SOCKET_PATH)
/* harmony export */ });
/* unused harmony exports mountLayout, CONTAINER_PATHS, capabilityMounts, BRIDGE_METHODS, BRIDGE_REQUEST_FIELDS */
/**
 * How Samuel v2.3 launches an oci plugin and talks to it, as data (contract §3):
 * `internal/plugin/oci/launcher.go` (`BuildRunArgs`, `CapabilityMountsFromManifest`),
 * `plugin.go` (`BuildMountLayout`), `capability.go` (`FromManifest`), `runtime.go`
 * (`SAMUEL_RUNTIME`) and `bridge/bridge.go` (the JSON envelope over `/samuel-bridge`). v2.3 uses
 * this launch only for the agent sandbox; plugin launches will use the same code.
 */
/** The container runtimes Samuel knows, as `SAMUEL_RUNTIME` spells them. */
const SAMUEL_RUNTIMES = ['podman', 'podman-root', 'docker'];
/**
 * The runtime Samuel picks: `SAMUEL_RUNTIME` (case-insensitive, anything else is an error in
 * Samuel), else podman (always treated as rootless), else docker. `has` says what is on PATH.
 */
function samuelRuntime(env, has) {
    const override = (env.SAMUEL_RUNTIME ?? '').trim().toLowerCase();
    if (override) {
        if (!SAMUEL_RUNTIMES.includes(override)) {
            return {
                problem: `SAMUEL_RUNTIME="${env.SAMUEL_RUNTIME}" is not one of ${SAMUEL_RUNTIMES.join(', ')}: Samuel refuses it`,
            };
        }
        const program = override === 'docker' ? 'docker' : 'podman';
        if (!has(program))
            return { problem: `SAMUEL_RUNTIME=${override} but ${program} is not on PATH` };
        return { runtime: override, program };
    }
    if (has('podman'))
        return { runtime: 'podman', program: 'podman' };
    if (has('docker'))
        return { runtime: 'docker', program: 'docker' };
    return { problem: 'no container runtime found (podman or docker)' };
}
/**
 * The capabilities a manifest requests, in Samuel's order. Only the legacy
 * `[capabilities.network].outbound` becomes a network grant; `allowed_hosts` does not.
 */
function grantsFromManifest(m) {
    const c = m.capabilities;
    const out = [];
    if (c.filesystem.read.length)
        out.push({ kind: 'filesystem.read', targets: c.filesystem.read });
    if (c.filesystem.write.length)
        out.push({ kind: 'filesystem.write', targets: c.filesystem.write });
    if (c.exec)
        out.push({ kind: 'exec', targets: [] });
    if (c.network.outbound.length)
        out.push({ kind: 'network.outbound', targets: c.network.outbound });
    if (c.samuelApi)
        out.push({ kind: 'samuel.api', targets: [] });
    if (c.assistantInvoke)
        out.push({ kind: 'assistant.invoke', targets: [] });
    return out;
}
/** `BuildMountLayout(home)` for plugin `name` in `projectDir`. */
function mountLayout(projectDir, home, name) {
    const join = (...p) => p.join('/').replace(/\/+/g, '/');
    return {
        workspace: projectDir,
        skills: join(home, '.samuel', 'builtins'),
        samuelRun: join(projectDir, '.samuel', 'run'),
        pluginConfig: join(projectDir, '.samuel', 'plugins', name, 'config'),
        bridgeSocket: join(projectDir, '.samuel', 'run', `${name}.sock`),
    };
}
/** The container side of each fixed mount. */
const CONTAINER_PATHS = {
    workspace: '/workspace',
    skills: '/skills',
    samuelRun: '/.samuel/run',
    pluginConfig: '/plugin/config',
    bridgeSocket: '/samuel-bridge',
};
/** Go's `filepath.Clean` for the absolute and relative paths manifests hold. */
function cleanPath(p) {
    const abs = p.startsWith('/');
    const parts = [];
    for (const s of p.split('/')) {
        if (s === '' || s === '.')
            continue;
        if (s === '..') {
            if (parts.length && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!abs)
                parts.push('..');
            continue;
        }
        parts.push(s);
    }
    return (abs ? '/' : '') + parts.join('/') || (abs ? '/' : '.');
}
/** `normalizeContainerPath`: relative entries (globs included, literally) sit under /workspace. */
function containerPathOf(entry) {
    const p = entry.trim();
    if (!p)
        return '';
    return p.startsWith('/') ? p : cleanPath(`/workspace/${p}`);
}
/** `containerPathToHost`: /workspace maps to the project, any other path to itself. */
function hostPathOf(containerPath, projectDir) {
    if (containerPath === '/workspace')
        return projectDir;
    if (containerPath.startsWith('/workspace/'))
        return cleanPath(`${projectDir}/${containerPath.slice('/workspace/'.length)}`);
    return containerPath;
}
/**
 * `CapabilityMountsFromManifest`: one bind per filesystem entry, read entries first (read-only
 * unless also written), then write entries; a glob is mounted literally, as Samuel does.
 */
function capabilityMounts(m, projectDir) {
    const { read, write } = m.capabilities.filesystem;
    const writes = new Set(write.map(containerPathOf));
    const seen = new Set();
    const out = [];
    const add = (entry, readOnly) => {
        const containerPath = containerPathOf(entry);
        if (seen.has(containerPath))
            return;
        seen.add(containerPath);
        out.push({ hostPath: hostPathOf(containerPath, projectDir), containerPath, readOnly });
    };
    for (const r of read)
        add(r, !writes.has(containerPathOf(r)));
    for (const w of write)
        add(w, false);
    return out;
}
/** True when a grant lets the plugin write /workspace (which then mounts the whole project rw). */
function workspaceWritable(grants) {
    return grants.some((g) => g.kind === 'filesystem.write' &&
        g.targets.some((t) => t === '/workspace' || t.startsWith('/workspace/')));
}
/** `BuildRunArgs`: the argument list after the runtime's program name, in Samuel's order. */
function buildRunArgs(o) {
    const args = ['run', '--rm'];
    if (o.user)
        args.push('--user', o.user);
    const mode = workspaceWritable(o.grants) ? '' : ':ro';
    const L = o.layout;
    const C = CONTAINER_PATHS;
    if (L.workspace)
        args.push('-v', `${L.workspace}:${C.workspace}${mode}`);
    if (L.skills)
        args.push('-v', `${L.skills}:${C.skills}:ro`);
    if (L.samuelRun)
        args.push('-v', `${L.samuelRun}:${C.samuelRun}${mode}`);
    if (L.pluginConfig)
        args.push('-v', `${L.pluginConfig}:${C.pluginConfig}:ro`);
    if (L.bridgeSocket)
        args.push('-v', `${L.bridgeSocket}:${C.bridgeSocket}`);
    for (const m of o.extraMounts)
        args.push('-v', `${m.hostPath}:${m.containerPath}${m.readOnly ? ':ro' : ''}`);
    if (o.proxySocket) {
        args.push('-v', `${o.proxySocket}:/samuel-proxy`);
        for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'])
            args.push('-e', `${k}=unix:///samuel-proxy`);
    }
    const network = o.networkMode ||
        (o.grants.some((g) => g.kind === 'network.outbound' && g.targets.length) ? 'bridge' : 'none');
    args.push('--network', network);
    if (o.cpuQuota)
        args.push('--cpus', o.cpuQuota);
    if (o.memoryLimit)
        args.push('--memory', o.memoryLimit);
    if (o.workdir)
        args.push('-w', o.workdir);
    if (o.entrypoint?.length)
        args.push('--entrypoint', o.entrypoint[0]);
    const allow = new Set(o.envAllowlist);
    for (const [k, v] of Object.entries(o.hostEnv)) {
        if (allow.has(k) && v !== undefined)
            args.push('-e', `${k}=${v}`);
    }
    args.push(o.image);
    if (o.entrypoint && o.entrypoint.length > 1)
        args.push(...o.entrypoint.slice(1));
    args.push(...(o.command ?? []));
    return args;
}
/** The launch options Samuel derives from a manifest, with every capability granted. */
function launchOptionsFor(m, image, place) {
    const o = m.oci ?? {};
    return {
        image,
        layout: mountLayout(place.projectDir, place.home, m.name),
        grants: grantsFromManifest(m),
        envAllowlist: m.capabilities.env,
        hostEnv: place.hostEnv,
        ...(place.user ? { user: place.user } : {}),
        ...(o.entrypoint?.length ? { entrypoint: o.entrypoint } : {}),
        ...(o.workdir ? { workdir: o.workdir } : {}),
        ...(o.cpuQuota ? { cpuQuota: o.cpuQuota } : {}),
        ...(o.memoryLimit ? { memoryLimit: o.memoryLimit } : {}),
        extraMounts: capabilityMounts(m, place.projectDir),
    };
}
/** Unix socket paths longer than this (sun_path, with its NUL) cannot be bound or dialled. */
const MAX_SOCKET_PATH = 107;
// ---- The bridge (bridge.go) -------------------------------------------------------------
/** The methods of `PluginService`, as the envelope names them. */
const BRIDGE_METHODS = [
    'PluginService/Detect',
    'PluginService/Install',
    'PluginService/Check',
    'PluginService/Uninstall',
    'PluginService/Hook',
];
/** What Samuel answers when no handler is registered (v2.3 registers none). */
const bridgeErrors = {
    unimplemented: (method) => `unimplemented: ${method}`,
    unknownMethod: (method) => `unknown method: ${method}`,
    unknownHook: (name) => `unknown hook: ${name}`,
    malformed: (why) => `bridge: malformed request: ${why}`,
};
/**
 * The request messages of `plugin.proto`, by JSON name (the bridge's Go structs use the proto
 * field names in snake_case). `bytes` fields are raw JSON in the envelope.
 */
const BRIDGE_REQUEST_FIELDS = {
    'PluginService/Detect': {},
    'PluginService/Install': {
        dry_run: 'bool',
        force: 'bool',
        verbose: 'bool',
        granted: 'capabilities',
    },
    'PluginService/Check': {},
    'PluginService/Uninstall': {
        dry_run: 'bool',
        global: 'bool',
        project: 'bool',
        all: 'bool',
        prior_mutations: 'mutations',
    },
    'PluginService/Hook': { hook_name: 'string', payload: 'bytes', env: 'string-map' },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function fieldProblem(type, v) {
    const listOf = (keys) => Array.isArray(v) &&
        v.every((e) => isObject(e) &&
            Object.entries(e).every(([k, x]) => keys[k] === 'string'
                ? typeof x === 'string'
                : keys[k] === 'strings'
                    ? Array.isArray(x) && x.every((s) => typeof s === 'string')
                    : false));
    switch (type) {
        case 'bool':
            return typeof v === 'boolean' ? undefined : 'a boolean';
        case 'string':
            return typeof v === 'string' ? undefined : 'a string';
        case 'bytes':
            return undefined;
        case 'string-map':
            return isObject(v) && Object.values(v).every((x) => typeof x === 'string')
                ? undefined
                : 'an object of strings';
        case 'capabilities':
            return listOf({ kind: 'string', targets: 'strings' })
                ? undefined
                : 'a list of {kind, targets}';
        case 'mutations':
            return listOf({ kind: 'string', path: 'string', description: 'string' })
                ? undefined
                : 'a list of {kind, path, description}';
    }
}
/**
 * Checks one request against the envelope and `plugin.proto`; returns the problems (empty
 * when the request is well formed). Samuel's Go decoder drops unknown fields and ignores type
 * errors in the body, so these are what a plugin author would never learn from Samuel.
 */
function checkBridgeRequest(value) {
    if (!isObject(value))
        return ['the request is not a JSON object'];
    const problems = [];
    for (const k of Object.keys(value)) {
        if (k !== 'method' && k !== 'body')
            problems.push(`unknown envelope field "${k}"`);
    }
    if (typeof value.method !== 'string')
        return [...problems, '"method" is not a string'];
    const fields = BRIDGE_REQUEST_FIELDS[value.method];
    if (!fields) {
        return [
            ...problems,
            `unknown method "${value.method}" (Samuel knows ${BRIDGE_METHODS.join(', ')})`,
        ];
    }
    const body = value.body;
    if (body === undefined || body === null) {
        if (value.method === 'PluginService/Hook')
            problems.push('a Hook request needs "hook_name"');
        return problems;
    }
    if (!isObject(body))
        return [...problems, '"body" is not a JSON object'];
    for (const [k, v] of Object.entries(body)) {
        const type = fields[k];
        if (!type) {
            problems.push(`"${k}" is not a field of ${value.method.split('/')[1]}Request`);
            continue;
        }
        const want = fieldProblem(type, v);
        if (want)
            problems.push(`"${k}" must be ${want}`);
    }
    if (value.method === 'PluginService/Hook' && typeof body.hook_name !== 'string')
        problems.push('a Hook request needs "hook_name"');
    return problems;
}
/**
 * Samuel's answer to a request when it registered no handlers (v2.3): `unimplemented` for the
 * four plain methods, `unknown hook` for a hook, `unknown method` for anything else.
 */
function unregisteredAnswer(value) {
    if (!isObject(value))
        return { ok: false, error: bridgeErrors.malformed('not an object') };
    const method = typeof value.method === 'string' ? value.method : '';
    if (method === 'PluginService/Hook') {
        const body = isObject(value.body) ? value.body : {};
        const name = typeof body.hook_name === 'string' ? body.hook_name : '';
        return { ok: false, error: bridgeErrors.unknownHook(name) };
    }
    if (BRIDGE_METHODS.includes(method))
        return { ok: false, error: bridgeErrors.unimplemented(method) };
    return { ok: false, error: bridgeErrors.unknownMethod(method) };
}


/***/ }),

/***/ 85942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ grantedCapabilities),
/* harmony export */   Dp: () => (/* binding */ PROJECT_FILE),
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   YD: () => (/* binding */ renderLockedPlugin),
/* harmony export */   kt: () => (/* binding */ renderLockHead)
/* harmony export */ });
/* unused harmony exports LOCK_SCHEMA_VERSION, CAPABILITY_KINDS, LOCKED_PLUGIN_FIELDS, TABLE_INDENT, tomlString, tomlKey, tomlValue */
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40400);
/**
 * Samuel's `samuel.lock` as data (contract §6): the file name, the schema version, the fields of
 * a `[[plugins]]` entry in the order Samuel's struct declares them, the capability kinds it
 * records, and the exact text pelletier/go-toml v2 writes for them with `SetIndentTables(true)`:
 * scalar keys before tables, literal `'…'` strings unless the value holds a `'`, a line break or
 * a control character, inline arrays joined by `, `, keys of an array table indented two spaces,
 * `omitempty` fields left out, one blank line between tables.
 */

/** The lock's file name, in the consuming project's root. */
const LOCK_FILE = 'samuel.lock';
/** The project file whose `[[plugins]]` and `[[registries]]` the lock follows. */
const PROJECT_FILE = 'samuel.toml';
/** `version` Samuel stamps into a new lock. */
const LOCK_SCHEMA_VERSION = '1';
/** The top-level tables Samuel writes, in its struct's order (scalars come first regardless). */
/** Capability kinds Samuel records as granted, from the manifest's `[capabilities]`. */
const CAPABILITY_KINDS = (/* unused pure expression or super */ null && ([
    'filesystem.read',
    'filesystem.write',
    'exec',
    'network.outbound',
    'samuel.api',
    'assistant.invoke',
]));
/** `LockedPlugin`'s TOML keys in declaration order, with go-toml's `omitempty` flag. */
const LOCKED_PLUGIN_FIELDS = [
    { key: 'name', omitEmpty: false },
    { key: 'version', omitEmpty: false },
    { key: 'kind', omitEmpty: false },
    { key: 'digest', omitEmpty: true },
    { key: 'source', omitEmpty: true },
    { key: 'capabilities', omitEmpty: true },
    { key: 'signed', omitEmpty: true },
];
/** The indentation go-toml writes inside `[[…]]` with `SetIndentTables(true)`. */
const TABLE_INDENT = '  ';
// go-toml's `needsQuoting`: a `'`, CR, LF or an ASCII control character other than tab.
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTING = /['\r\n\u0000-\u0008\u000b-\u001f\u007f]/;
/** A string value exactly as go-toml v2 writes it. */
function tomlString(value) {
    if (!NEEDS_QUOTING.test(value))
        return `'${value}'`;
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c <= 0x1f || c === 0x7f)
            out += `\\u00${c.toString(16).toUpperCase().padStart(2, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/** A bare key when go-toml writes it bare (`A-Za-z0-9_-`), else quoted the way it quotes. */
function tomlKey(key) {
    if (key === '')
        return "''";
    if (/^[A-Za-z0-9_-]+$/.test(key))
        return key;
    return tomlString(key);
}
/** A TOML value as go-toml writes it inline: strings, booleans, integers, string arrays. */
function tomlValue(value) {
    if (typeof value === 'string')
        return tomlString(value);
    if (typeof value === 'boolean' || typeof value === 'number')
        return String(value);
    return `[${value.map(tomlString).join(', ')}]`;
}
function isEmpty(value) {
    if (value === undefined || value === false || value === '')
        return true;
    return Array.isArray(value) && value.length === 0;
}
/**
 * One `[[plugins]]` entry, header included, each line ending in `\n`, exactly as Samuel writes
 * it. `extra` keys (this toolkit's additions, which Samuel's reader ignores) follow Samuel's.
 */
function renderLockedPlugin(plugin, extra = []) {
    const lines = ['[[plugins]]'];
    for (const { key, omitEmpty } of LOCKED_PLUGIN_FIELDS) {
        const value = plugin[key];
        if (omitEmpty && isEmpty(value))
            continue;
        lines.push(`${TABLE_INDENT}${key} = ${tomlValue(value ?? '')}`);
    }
    for (const [key, value] of extra) {
        if (isEmpty(value))
            continue;
        lines.push(`${TABLE_INDENT}${tomlKey(key)} = ${tomlValue(value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The scalar head of a new lock: `version`, then `generated_at` (RFC 3339, whole seconds, UTC). */
function renderLockHead(generatedAt) {
    const stamp = generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return `version = ${tomlString(LOCK_SCHEMA_VERSION)}\ngenerated_at = ${tomlString(stamp)}\n`;
}
/**
 * The capability kinds `samuel install --yes` records: the grants of `FromManifest`
 * (grantsFromManifest), sorted by kind as Go's sort.Slice orders strings (plain byte order).
 */
function grantedCapabilities(m) {
    return (0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .grantsFromManifest */ .ne)(m)
        .map((g) => g.kind)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


/***/ })

};
