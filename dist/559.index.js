export const id = 559;
export const ids = [559];
export const modules = {

/***/ 22559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findCredential: () => (/* binding */ findCredential)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53408);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75787);
/**
 * Where registry credentials come from, in order: explicit values (`REGISTRY_USERNAME` /
 * `REGISTRY_PASSWORD`), `GITHUB_TOKEN` for ghcr.io, then the docker `config.json` (plain
 * `auths`, `credHelpers`, `credsStore`) and the containers `auth.json` that podman and skopeo
 * write. Anonymous when none match.
 */




/** A credentials file larger than this is not read (docker's own are a few KiB). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Finds credentials for `registry` (host[:port]); undefined means anonymous. What it returns is
 * already registered as a secret in every form (raw, `user:password`, base64).
 */
async function findCredential(registry, env) {
    const found = await lookUp(registry, env);
    if (found)
        (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(found.password, found.username);
    return found;
}
async function lookUp(registry, env) {
    if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) {
        return {
            username: env.REGISTRY_USERNAME,
            password: env.REGISTRY_PASSWORD,
            source: 'REGISTRY_USERNAME/REGISTRY_PASSWORD',
        };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN) {
        return {
            username: env.GITHUB_ACTOR || 'github-actions',
            password: env.GITHUB_TOKEN,
            source: 'GITHUB_TOKEN',
        };
    }
    for (const file of configFiles(env)) {
        const config = await readConfig(file);
        if (!config)
            continue;
        const helper = config.credHelpers?.[registry] ?? config.credsStore;
        if (helper) {
            const fromHelper = await askHelper(helper, registry, env);
            if (fromHelper)
                return fromHelper;
        }
        const entry = findEntry(config.auths ?? {}, registry);
        const cred = entry && entryToCredential(entry, file);
        if (cred)
            return cred;
    }
    return undefined;
}
function configFiles(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.docker'), 'config.json')];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.config'), 'containers', 'auth.json'));
    return files;
}
async function readConfig(file) {
    try {
        // A regular file of bounded size only: a FIFO or /dev/zero here must not hang the push.
        const text = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(file, {
            maxBytes: MAX_CONFIG_BYTES,
            what: 'credentials file',
        });
        return JSON.parse(text.toString('utf8'));
    }
    catch {
        // A missing or unreadable config simply contributes no credentials, as with docker itself.
        return undefined;
    }
}
/** Keys may be `host`, `https://host`, or `https://host/v1/`; compare on the host part. */
function findEntry(auths, registry) {
    for (const [key, entry] of Object.entries(auths)) {
        const host = key
            .replace(/^https?:\/\//, '')
            .replace(/\/.*$/, '')
            .toLowerCase();
        if (host === registry)
            return entry;
    }
    return undefined;
}
function entryToCredential(entry, file) {
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return {
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                source: file,
            };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source: file };
    // An identity token is exchanged at the token endpoint as a refresh token; docker sends it as
    // the password of the reserved user "<token>".
    if (entry.identitytoken)
        return { username: '<token>', password: entry.identitytoken, source: file };
    return undefined;
}
async function askHelper(helper, registry, env) {
    try {
        // Loaded only when a helper is configured: most pushes never start a process.
        const { run } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 37895));
        const res = await run(`docker-credential-${helper}`, ['get'], {
            input: registry,
            env,
            timeoutMs: 30_000,
        });
        if (res.code !== 0)
            return undefined;
        const parsed = JSON.parse(res.stdout);
        if (!parsed.Username || !parsed.Secret)
            return undefined;
        return {
            username: parsed.Username,
            password: parsed.Secret,
            source: `docker-credential-${helper}`,
        };
    }
    catch {
        // A helper that is not installed behaves like docker's: no credentials from it.
        return undefined;
    }
}


/***/ })

};
