export const id = 907;
export const ids = [907,559];
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


/***/ }),

/***/ 21907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BODY_LIMITS: () => (/* reexport */ http/* BODY_LIMITS */.Mu),
  DEFAULT_RETRY: () => (/* reexport */ http/* DEFAULT_RETRY */.vI),
  LayoutStore: () => (/* reexport */ layout/* LayoutStore */.K),
  MediaTypes: () => (/* reexport */ store/* MediaTypes */.mI),
  RegistryError: () => (/* reexport */ oci_errors/* RegistryError */.g),
  RegistryStore: () => (/* reexport */ RegistryStore),
  defaultTags: () => (/* reexport */ publish.defaultTags),
  fallbackTag: () => (/* reexport */ store/* fallbackTag */.fH),
  formatReference: () => (/* reexport */ reference/* formatReference */.FH),
  isLoopbackHost: () => (/* reexport */ reference/* isLoopbackHost */.cW),
  isNotFound: () => (/* reexport */ oci_errors/* isNotFound */.c),
  openStore: () => (/* binding */ openStore),
  parseReference: () => (/* reexport */ reference/* parseReference */.F2),
  parseTarget: () => (/* reexport */ reference/* parseTarget */.hu),
  privatePackageWarning: () => (/* binding */ privatePackageWarning),
  publishLayout: () => (/* reexport */ publish.publishLayout),
  publishWasm: () => (/* reexport */ publish.publishWasm)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/credentials.ts
var credentials = __webpack_require__(22559);
// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/layout.ts
var layout = __webpack_require__(25823);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/auth.ts
/**
 * Registry authentication: answers `401` challenges. `Basic` sends the credential directly;
 * `Bearer` (GHCR, Docker Hub, distribution's token auth) exchanges it at the realm for a
 * token scoped to the repositories and actions we need, cached per scope. The credential (raw,
 * `user:password` and its base64) and every token are registered as secrets the moment they are
 * known, so no output path can show them; credentials never go to a realm over plain http
 * unless the user allowed plain http to that host.
 */



/** Parses `Bearer realm="…",service="…",scope="…"` (quoted values may contain commas). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    let p;
    while ((p = re.exec(m[2] ?? '')) !== null) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: m[1].toLowerCase(), params };
}
/** Keeps what a registry asked for and the tokens it gave, for one registry host. */
class Authenticator {
    registry;
    credential;
    policy;
    httpAllowed;
    scheme = 'none';
    bearer;
    tokens = new Map();
    constructor(registry, credential, policy, 
    /** Whether plain http to this URL's host was allowed by the user. */
    httpAllowed = () => false) {
        this.registry = registry;
        this.credential = credential;
        this.policy = policy;
        this.httpAllowed = httpAllowed;
        if (credential)
            (0,report/* registerSecret */.cl)(credential.password, credential.username);
    }
    /** The `Authorization` header for a request needing `scopes`, if we know one. */
    header(scopes) {
        if (this.scheme === 'basic' && this.credential)
            return 'Basic ' + basic(this.credential);
        if (this.scheme === 'bearer') {
            const token = this.tokens.get(scopeKey(scopes));
            return token ? 'Bearer ' + token : undefined;
        }
        return undefined;
    }
    /**
     * Answers a 401: remembers the scheme and, for Bearer, fetches a token for `scopes` plus the
     * scope the registry named. Returns false when there is nothing new to try.
     */
    async answer(wwwAuthenticate, scopes) {
        const challenge = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
        if (!challenge)
            return false;
        if (challenge.scheme === 'basic') {
            if (!this.credential || this.scheme === 'basic')
                return false;
            this.scheme = 'basic';
            return true;
        }
        if (challenge.scheme !== 'bearer' || !challenge.params.realm)
            return false;
        const key = scopeKey(scopes);
        const hadToken = this.scheme === 'bearer' && this.tokens.has(key);
        this.scheme = 'bearer';
        this.bearer = challenge;
        if (hadToken)
            return false;
        const wanted = [
            ...new Set([...scopes, ...(challenge.params.scope ? challenge.params.scope.split(' ') : [])]),
        ];
        this.tokens.set(key, await this.fetchToken(challenge, wanted));
        return true;
    }
    async fetchToken(challenge, scopes) {
        const url = new URL(challenge.params.realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        const headers = {};
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new oci_errors/* RegistryError */.g(`${this.registry} names a token service at ${url.protocol} URL`, {
                fix: 'check the registry address; its token service must be an https URL',
            });
        }
        if (this.credential && url.protocol !== 'https:' && !this.httpAllowed(url)) {
            // The realm comes from the registry's answer: never hand credentials over plain http on
            // the registry's word alone.
            throw new oci_errors/* RegistryError */.g(`${this.registry} asks for credentials at ${url.origin}, which is not https`, {
                fix: `use a registry whose token service is served over https (credentials would travel unencrypted); if ${url.host} is on a network you trust, add --insecure-host ${url.host}`,
            });
        }
        if (this.credential)
            headers.authorization = 'Basic ' + basic(this.credential);
        const res = await (0,http/* withRetry */.bD)(`token request to ${url.host}`, this.policy, async () => (0,http/* throwIfTransient */.qT)(await (0,http/* send */.tN)({ method: 'GET', url: url.toString(), headers, maxBodyBytes: http/* BODY_LIMITS */.Mu.token }, this.policy), `GET ${url.host}${url.pathname}`));
        if (res.status === 401 || res.status === 403) {
            throw new oci_errors/* RegistryError */.g(`${this.registry} refused a token for ${scopes.join(' ')} (HTTP ${res.status})`, {
                status: res.status,
                fix: this.credential
                    ? `the credential from ${this.credential.source} is wrong or lacks access; check it (in GitHub Actions add \`permissions: packages: write\` to the job)`
                    : credentialFix(this.registry),
            });
        }
        let token;
        try {
            const parsed = JSON.parse(res.body.toString('utf8'));
            token = parsed.token || parsed.access_token;
        }
        catch {
            token = undefined;
        }
        if (res.status !== 200 || typeof token !== 'string' || token === '') {
            throw new oci_errors/* RegistryError */.g(`the token endpoint ${url.host}${url.pathname} answered HTTP ${res.status} without a token`, {
                status: res.status,
                fix: "check that the registry host is right; this is the registry's token service misbehaving",
            });
        }
        (0,report/* registerSecret */.cl)(token);
        return token;
    }
    /** The service named by the last Bearer challenge (for diagnostics). */
    get service() {
        return this.bearer?.params.service;
    }
}
/** How to provide credentials for `registry`. */
function credentialFix(registry) {
    const ghcr = registry === 'ghcr.io'
        ? 'in GitHub Actions set `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` (or the `token` input); '
        : '';
    return `${ghcr}log in with \`docker login ${registry}\`, or set REGISTRY_USERNAME and REGISTRY_PASSWORD`;
}
function basic(c) {
    return Buffer.from(`${c.username}:${c.password}`).toString('base64');
}
function scopeKey(scopes) {
    return [...scopes].sort().join(' ');
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/oci/registry-errors.ts
/**
 * Turns registry error responses into messages that say the fix. The codes come from the OCI
 * distribution spec's error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. The registry's
 * words are untrusted text: they are made inert (no workflow commands, secrets redacted, control
 * characters shown) and cut to a few hundred characters, saying how much was cut.
 */



/** Longest piece of registry text quoted in a message. */
const MAX_QUOTED = 300;
/** Registry text made safe to print: inert, one line, at most MAX_QUOTED characters. */
function quoteRegistryText(text, alreadyCut = 0) {
    const flat = (0,report/* inertLog */.H_)(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    const over = flat.length - MAX_QUOTED;
    if (over <= 0 && alreadyCut <= 0)
        return flat;
    const kept = over > 0 ? flat.slice(0, MAX_QUOTED) : flat;
    const dropped = (over > 0 ? over : 0) + alreadyCut;
    return `${kept}… [${dropped} more ${alreadyCut > 0 ? 'bytes' : 'characters'} cut]`;
}
/** The first error code and message in a registry error body, when it has one. */
function registryError(res) {
    try {
        const parsed = JSON.parse(res.body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return {};
        const code = typeof first.code === 'string' && /^[A-Z_]{1,64}$/.test(first.code) ? first.code : undefined;
        const message = typeof first.message === 'string' ? first.message : undefined;
        return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
    }
    catch {
        return {};
    }
}
/** The fix for a 403 when pushing: GitHub's two usual causes, named exactly. */
function permissionFix(registry, repository) {
    const owner = repository.split('/')[0] ?? '';
    const name = repository.split('/').slice(1).join('/');
    const pkg = registry === 'ghcr.io'
        ? ` (https://github.com/${owner}?tab=packages → ${name} → Package settings)`
        : '';
    return ('give the token write access: in GitHub Actions add `permissions: packages: write` to the job; ' +
        `if the package already exists, add this repository under "Manage Actions access" in the package's settings${pkg} with the Write role`);
}
/** A REGISTRY error for an unexpected status, with the fix that status usually needs. */
function statusError(res, what, target) {
    const { code, message } = registryError(res);
    // Without an OCI error body, quote the start of whatever came (an HTML proxy page, say).
    const text = message ?? (code === undefined && res.body.length > 0 ? res.body.toString('utf8') : undefined);
    const quoted = text !== undefined ? quoteRegistryText(text, res.cut) : undefined;
    const detail = `${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${quoted ? ` (${quoted})` : ''}`;
    const fields = { status: res.status, ...(code ? { registryCode: code } : {}) };
    if (res.status === 401) {
        return new oci_errors/* RegistryError */.g(`${target.registry} rejected our credentials — ${detail}`, {
            ...fields,
            fix: target.credential
                ? `the credential from ${target.credential.source} is not accepted; renew it or ${credentialFix(target.registry)}`
                : credentialFix(target.registry),
        });
    }
    if (res.status === 403 || code === 'DENIED') {
        return new oci_errors/* RegistryError */.g(`${target.registry} denied access to ${target.repository} — ${detail}`, {
            ...fields,
            fix: permissionFix(target.registry, target.repository),
        });
    }
    if (code === 'NAME_INVALID') {
        return new oci_errors/* RegistryError */.g(`${target.registry} rejected the repository name ${target.repository} — ${detail}`, { ...fields, fix: 'use a lowercase name of the form registry/owner/name' });
    }
    if (code === 'MANIFEST_INVALID' || code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
        return new oci_errors/* RegistryError */.g(`${target.registry} rejected a manifest — ${detail}`, {
            ...fields,
            fix: 'a blob the manifest references is missing from the registry; re-run the step so the blobs are uploaded first',
        });
    }
    return new oci_errors/* RegistryError */.g(detail, {
        ...fields,
        fix: 'check the registry address and that it speaks the OCI distribution API; re-run the step if it was a passing outage',
    });
}

// EXTERNAL MODULE: ./src/oci/store.ts
var store = __webpack_require__(49800);
;// CONCATENATED MODULE: ./src/oci/registry.ts
/**
 * `RegistryStore`: one repository in a registry speaking the OCI distribution API. Nothing the
 * registry says is taken on its word: a blob or manifest counts as present only when a HEAD
 * reports the digest and size we expect, every upload (201) is checked the same way, and a tag
 * moves only after the manifest it names is confirmed. Blobs are mounted from another repository
 * when asked, otherwise streamed from disk through two reused buffers (one PUT, or PATCH chunks
 * for large blobs). Every request goes through the bounded retry loop; an upload that breaks
 * halfway starts a fresh upload session.
 */







const MANIFEST_ACCEPT = [
    store/* MediaTypes */.mI.ociManifest,
    store/* MediaTypes */.mI.ociIndex,
    store/* MediaTypes */.mI.dockerManifest,
    store/* MediaTypes */.mI.dockerList,
].join(', ');
/** Right after a push some registries have not indexed the content yet: worth a few looks. */
const NOT_YET_VISIBLE = new Set(['MANIFEST_UNKNOWN', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const VISIBILITY_LOOKS = 5;
/** A repository in a remote registry. */
class RegistryStore {
    ref;
    options;
    location;
    stats = store/* emptyStats */.bD();
    base;
    origin;
    auth;
    chunkSize;
    policy;
    allowHttp;
    constructor(ref, options = {}) {
        this.ref = ref;
        this.options = options;
        this.location = `${ref.registry}/${ref.repository}`;
        this.allowHttp = {
            loopback: options.allowHttp?.loopback ?? false,
            hosts: (options.allowHttp?.hosts ?? []).map((h) => h.toLowerCase()),
        };
        const plain = this.httpAllowed(ref.registry);
        this.base = `${plain ? 'http' : 'https'}://${ref.registry}/v2/${ref.repository}`;
        this.origin = new URL(this.base).origin;
        this.policy = { ...http/* DEFAULT_RETRY */.vI, ...options.retry };
        this.auth = new Authenticator(ref.registry, options.credential, this.policy, (url) => url.protocol === 'https:' || this.httpAllowed(url.host));
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
    }
    /** True when the user allowed plain http to `host` (`host[:port]`). */
    httpAllowed(host) {
        const h = host.toLowerCase();
        return (this.allowHttp.loopback && (0,reference/* isLoopbackHost */.cW)(h)) || this.allowHttp.hosts.includes(h);
    }
    referenceFor(digest) {
        return (0,reference/* formatReference */.FH)(this.ref, { digest });
    }
    /** False when the repository does not exist yet (a first push creates it). */
    async repositoryExists() {
        const res = await this.retrying('list tags', () => this.call('GET', `${this.base}/tags/list?n=1`, {
            scopes: [this.scope('pull')],
            maxBodyBytes: http/* BODY_LIMITS */.Mu.list,
        }));
        if (res.status === 404)
            return false;
        if (res.status === 401 || res.status === 403)
            return true; // push access is checked where it matters
        return res.status === 200;
    }
    async hasBlob(digest, size) {
        return this.trusted(await this.held('blobs', digest, size), 'blob', digest);
    }
    async hasManifest(digest, size) {
        return this.trusted(await this.held('manifests', digest, size), 'manifest', digest);
    }
    async pushBlob(data, mediaType) {
        const buf = Buffer.from(data);
        const digest = (0,oci_digest.sha256Digest)(buf);
        const descriptor = { mediaType, digest, size: buf.length };
        if (await this.hasBlob(digest, buf.length)) {
            this.stats.skipped++;
            return descriptor;
        }
        await this.upload(digest, buf.length, (start, end) => buf.subarray(start, end));
        return descriptor;
    }
    async pushBlobFile(blob, mountFrom) {
        const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
        if (await this.hasBlob(blob.digest, blob.size)) {
            this.stats.skipped++;
            return descriptor;
        }
        if (mountFrom &&
            mountFrom !== this.ref.repository &&
            (await this.mount(blob.digest, blob.size, mountFrom)))
            return descriptor;
        await this.upload(blob.digest, blob.size, (start, end) => end > start ? { path: blob.path, start, end } : Buffer.alloc(0));
        return descriptor;
    }
    /**
     * Puts a manifest by digest and confirms the registry holds exactly it before returning (and
     * before `tag`, when given, is moved onto it).
     */
    async pushManifest(data, mediaType, tag) {
        const buf = Buffer.from(data);
        const digest = (0,oci_digest.sha256Digest)(buf);
        const res = await this.putManifest(buf, mediaType, digest);
        await this.confirm('manifests', digest, buf.length);
        if (tag)
            await this.tagManifest(buf, mediaType, tag);
        const { subject, descriptor } = store/* referrerOf */.N1(buf, mediaType, digest);
        // A registry with the referrers API says so with OCI-Subject; otherwise keep the tag index.
        if (subject && !res.headers['oci-subject']) {
            const existing = await store/* readFallbackIndex */.vT(this, subject);
            const next = store/* fallbackIndexWith */.h8(existing, descriptor);
            if (next)
                await this.putManifest(Buffer.from(next), store/* MediaTypes */.mI.ociIndex, store/* fallbackTag */.fH(subject));
        }
        return { mediaType, digest, size: buf.length };
    }
    /**
     * Points `tag` at a manifest, then checks that the tag resolves to exactly that digest. A tag
     * that already resolves to it is left as it is (a re-run sends nothing).
     */
    async tagManifest(data, mediaType, tag) {
        const buf = Buffer.from(data);
        const digest = (0,oci_digest.sha256Digest)(buf);
        if ((await this.tagTarget(tag)).digest === digest)
            return;
        await this.putManifest(buf, mediaType, tag);
        const after = await this.tagTarget(tag);
        if (after.status !== 200 || (after.digest !== undefined && after.digest !== digest)) {
            throw new oci_errors/* RegistryError */.g(`${this.location}:${tag} does not point at ${digest} after tagging (HTTP ${after.status}${after.digest ? `, digest ${after.digest}` : ''})`, {
                status: after.status,
                fix: 're-run the step; if it persists the registry is not storing tags as asked (or another push moved the tag at the same moment)',
            });
        }
    }
    /** What `tag` resolves to now, by HEAD. */
    async tagTarget(tag) {
        const res = await this.retrying(`check tag ${tag}`, () => this.call('HEAD', `${this.base}/manifests/${tag}`, {
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [this.scope('pull')],
        }));
        const digest = res.status === 200 ? headerValue(res, 'docker-content-digest') : undefined;
        return { status: res.status, ...(digest ? { digest } : {}) };
    }
    async getManifest(reference) {
        const res = await this.retrying(`get manifest ${reference}`, () => this.call('GET', `${this.base}/manifests/${reference}`, {
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [this.scope('pull')],
            maxBodyBytes: http/* BODY_LIMITS */.Mu.manifest,
        }));
        if (res.status !== 200)
            throw this.fail(res, `get manifest ${this.location}:${reference}`);
        const digest = (0,oci_digest.sha256Digest)(res.body);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw integrityError(`manifest ${reference}`, digest);
        let declared;
        try {
            const parsed = JSON.parse(res.body.toString('utf8'));
            if (typeof parsed.mediaType === 'string')
                declared = parsed.mediaType;
        }
        catch (e) {
            throw new oci_errors/* RegistryError */.g(`${this.location}:${reference} is not a JSON manifest`, {
                cause: e,
                fix: 'check that --to names an OCI registry; the answer was not a manifest',
            });
        }
        const mediaType = declared ?? String(res.headers['content-type'] ?? store/* MediaTypes */.mI.ociManifest).split(';')[0];
        return { descriptor: { mediaType, digest, size: res.body.length }, bytes: res.body };
    }
    async getBlob(digest) {
        const res = await this.retrying(`get blob ${digest}`, () => this.call('GET', `${this.base}/blobs/${digest}`, {
            scopes: [this.scope('pull')],
            maxBodyBytes: http/* BODY_LIMITS */.Mu.blob,
        }));
        if (res.status !== 200)
            throw this.fail(res, `get blob ${digest}`);
        const actual = (0,oci_digest.sha256Digest)(res.body);
        if (actual !== digest)
            throw integrityError(`blob ${digest}`, actual);
        return res.body;
    }
    async referrers(digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const res = await this.retrying('list referrers', () => this.call('GET', `${this.base}/referrers/${digest}${query}`, {
            headers: { accept: store/* MediaTypes */.mI.ociIndex },
            scopes: [this.scope('pull')],
            maxBodyBytes: http/* BODY_LIMITS */.Mu.manifest,
        }));
        const isIndex = String(res.headers['content-type'] ?? '').startsWith(store/* MediaTypes */.mI.ociIndex);
        if (res.status === 200 && isIndex) {
            const index = store/* parseJson */.qF(res.body, `referrers of ${digest}`);
            return store/* filterByType */["in"](Array.isArray(index.manifests) ? index.manifests : [], artifactType);
        }
        if (res.status !== 404 && res.status !== 200)
            throw this.fail(res, 'list referrers');
        return store/* filterByType */["in"](await store/* readFallbackIndex */.vT(this, digest), artifactType);
    }
    scope(actions, repository = this.ref.repository) {
        return `repository:${repository}:${actions}`;
    }
    /** HEAD of a blob or manifest, compared with the digest (and size, when known) we expect. */
    async held(kind, digest, size) {
        const headers = kind === 'manifests' ? { accept: MANIFEST_ACCEPT } : undefined;
        const what = `check ${kind === 'blobs' ? 'blob' : 'manifest'} ${digest}`;
        const res = await this.retrying(what, () => this.call('HEAD', `${this.base}/${kind}/${digest}`, {
            headers,
            scopes: [this.scope('pull,push')],
        }));
        if (res.status === 404)
            return 'no';
        if (res.status !== 200)
            throw this.fail(res, what);
        const reportedDigest = headerValue(res, 'docker-content-digest');
        if (reportedDigest !== undefined && reportedDigest !== digest)
            return { mismatch: `digest ${reportedDigest}` };
        const length = Number(headerValue(res, 'content-length'));
        if (size !== undefined && Number.isFinite(length) && length !== size)
            return { mismatch: `${length} bytes instead of ${size}` };
        return 'yes';
    }
    trusted(held, what, digest) {
        if (held === 'yes')
            return true;
        if (held === 'no')
            return false;
        this.options.onNotice?.(`${this.location} says it has ${what} ${digest} but reports ${held.mismatch}; not trusting it, sending it again`);
        return false;
    }
    /**
     * After a 201: the registry must now report exactly this content. A registry that indexes a
     * moment late gets a few looks; one that reports other content fails, and no tag moves.
     */
    async confirm(kind, digest, size) {
        let held = 'no';
        for (let look = 0; look < VISIBILITY_LOOKS; look++) {
            if (look > 0)
                await new Promise((r) => setTimeout(r, 50 * 2 ** look));
            held = await this.held(kind, digest, size);
            if (held !== 'no')
                break;
        }
        if (held === 'yes')
            return;
        const what = kind === 'blobs' ? 'blob' : 'manifest';
        throw new oci_errors/* RegistryError */.g(held === 'no'
            ? `${this.location} accepted ${what} ${digest} but does not show it; no tag was moved`
            : `${this.location} accepted ${what} ${digest} but reports ${held.mismatch}; no tag was moved`, {
            status: held === 'no' ? 404 : 200,
            fix: 're-run the step; if it persists the registry (or a proxy in front of it) is not storing what it is sent',
        });
    }
    async mount(digest, size, from) {
        const url = `${this.base}/blobs/uploads/?mount=${digest}&from=${encodeURIComponent(from)}`;
        const scopes = [this.scope('pull,push'), this.scope('pull', from)];
        const res = await this.retrying('mount blob', () => this.call('POST', url, { scopes, headers: { 'content-length': '0' } }));
        if (res.status === 201) {
            await this.confirm('blobs', digest, size);
            this.stats.mounted++;
            return true;
        }
        // 202 means the registry opened an ordinary upload instead; we start our own below.
        return false;
    }
    /** One upload session; any failure inside it restarts the whole session. */
    async upload(digest, size, slice) {
        const scopes = [this.scope('pull,push')];
        // The loop's deadline grows with the blob, at the same 1 MiB/s floor as one request's.
        const extraMs = Math.ceil(size / (1024 * 1024)) * 1000;
        await (0,http/* withRetry */.bD)(`upload of ${digest} to ${this.location}`, this.policy, async () => {
            const startUrl = `${this.base}/blobs/uploads/`;
            const start = await this.call('POST', startUrl, {
                scopes,
                headers: { 'content-length': '0' },
            });
            if (start.status !== 202)
                throw this.fail(start, 'start blob upload');
            let location = resolveLocation(start, startUrl, this.location);
            if (size > this.chunkSize) {
                for (let offset = 0; offset < size; offset += this.chunkSize) {
                    const end = Math.min(size, offset + this.chunkSize);
                    const headers = {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${end - 1}`,
                    };
                    const res = await this.call('PATCH', location, {
                        scopes,
                        headers,
                        body: () => slice(offset, end),
                    });
                    if (res.status !== 202)
                        throw this.fail(res, 'upload blob chunk');
                    location = resolveLocation(res, location, this.location);
                }
            }
            const whole = size <= this.chunkSize;
            const res = await this.call('PUT', withQuery(location, 'digest', digest), {
                scopes,
                headers: { 'content-type': 'application/octet-stream' },
                body: () => (whole ? slice(0, size) : Buffer.alloc(0)),
            });
            if (res.status !== 201)
                throw this.fail(res, 'finish blob upload');
        }, this.options.onRetry, extraMs);
        await this.confirm('blobs', digest, size);
        this.stats.uploaded++;
        this.stats.uploadedBytes += size;
    }
    async putManifest(buf, mediaType, reference) {
        return this.retrying(`push manifest ${this.location}:${reference}`, async (attempt) => {
            const res = await this.call('PUT', `${this.base}/manifests/${reference}`, {
                scopes: [this.scope('pull,push')],
                headers: { 'content-type': mediaType },
                body: () => buf,
            });
            if (res.status === 201 || res.status === 200)
                return res;
            const { code } = registryError(res);
            if (code && NOT_YET_VISIBLE.has(code) && attempt < 3)
                throw new http/* TransientError */.N_(`push manifest: ${code}`);
            throw this.fail(res, `push manifest ${this.location}:${reference}`);
        });
    }
    retrying(what, fn) {
        return (0,http/* withRetry */.bD)(what, this.policy, fn, this.options.onRetry);
    }
    /**
     * Sends with auth (answering one 401 challenge) and follows redirects; 429/5xx throw transient
     * errors. The Authorization header goes only to the registry's own origin (same scheme, host
     * and port), so a redirect can never carry it elsewhere or down to plain http.
     */
    async call(method, url, options = {}) {
        const scopes = options.scopes ?? [this.scope('pull')];
        let target = url;
        for (let hop = 0; hop < 6; hop++) {
            const own = new URL(target).origin === this.origin;
            const authorization = own ? this.auth.header(scopes) : undefined;
            const headers = { ...options.headers, ...(authorization ? { authorization } : {}) };
            const res = (0,http/* throwIfTransient */.qT)(await (0,http/* send */.tN)({
                method,
                url: target,
                headers,
                ...(options.body ? { body: options.body } : {}),
                ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
            }, this.policy), `${method} ${new URL(target).pathname}`);
            if (res.status === 401 &&
                own &&
                (await this.auth.answer(headerValue(res, 'www-authenticate'), scopes)))
                continue;
            if ((method === 'GET' || method === 'HEAD') &&
                [301, 302, 303, 307, 308].includes(res.status) &&
                res.headers.location) {
                target = new URL(headerValue(res, 'location'), target).toString();
                continue;
            }
            return res;
        }
        throw new oci_errors/* RegistryError */.g(`${method} ${new URL(url).pathname}: too many redirects or authentication rounds`, { fix: 'check the registry address; the registry keeps redirecting or re-challenging' });
    }
    fail(res, what) {
        return statusError(res, what, {
            registry: this.ref.registry,
            repository: this.ref.repository,
            credential: this.options.credential,
        });
    }
}
/**
 * The next upload URL: the `Location` header resolved (RFC 3986, section 5) against the URL of
 * the request that returned it.
 */
function resolveLocation(res, requestUrl, where) {
    const location = headerValue(res, 'location');
    if (!location)
        throw new oci_errors/* RegistryError */.g(`${where}: upload response without a Location header`, {
            status: res.status,
            fix: 'the registry does not follow the OCI distribution API; check the address',
        });
    let resolved;
    try {
        resolved = new URL(location, requestUrl);
    }
    catch (e) {
        throw new oci_errors/* RegistryError */.g(`${where}: upload response with an unusable Location header`, {
            cause: e,
            status: res.status,
            fix: 'the registry does not follow the OCI distribution API; check the address',
        });
    }
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')
        throw new oci_errors/* RegistryError */.g(`${where}: upload Location is not an http(s) URL`, {
            status: res.status,
            fix: 'the registry does not follow the OCI distribution API; check the address',
        });
    return resolved.toString();
}
function headerValue(res, name) {
    const v = res.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function withQuery(url, key, value) {
    const u = new URL(url);
    u.searchParams.set(key, value);
    return u.toString();
}
function integrityError(what, actual) {
    return new oci_errors/* RegistryError */.g(`${what} came back with digest ${actual}`, {
        fix: 'the registry (or a proxy in between) altered the content; do not trust this registry response',
    });
}

// EXTERNAL MODULE: ./src/oci/publish.ts + 1 modules
var publish = __webpack_require__(63938);
;// CONCATENATED MODULE: ./src/oci/index.ts















/**
 * Opens `target`: `oci-layout:DIR` (created when missing) or `registry/owner/name`. An
 * uppercase repository is lowercased with a notice, since registries reject it later anyway.
 */
async function openStore(target, options = {}) {
    const parsed = (0,reference/* parseTarget */.hu)(target);
    if (parsed.kind === 'layout') {
        const store = new layout/* LayoutStore */.K(parsed.dir);
        await store.init();
        return store;
    }
    const ref = parsed.ref;
    const reporter = options.reporter;
    if (ref.lowercasedFrom) {
        reporter?.finding({
            severity: 'notice',
            rule: 'image-lowercase',
            message: `registry repositories must be lowercase: publishing "${ref.lowercasedFrom}" as ${(0,reference/* formatReference */.FH)(ref, {})}`,
            fix: 'write the image name in lowercase, e.g. ghcr.io/${{ github.repository_owner }} lowercased in a previous step',
        });
    }
    const env = options.env ?? process.env;
    const credential = options.credentials ?? (await (0,credentials.findCredential)(ref.registry, env));
    const allowHttp = {
        loopback: options.insecure ?? false,
        hosts: options.insecureHosts ?? [],
    };
    const named = allowHttp.hosts.map((h) => h.toLowerCase()).includes(ref.registry);
    if (allowHttp.loopback && !(0,reference/* isLoopbackHost */.cW)(ref.registry) && !named) {
        // Credentials and content would cross the network unencrypted: only on the user's word.
        throw new errors/* UsageError */.eb(`refusing plain http to ${ref.registry}: --insecure covers only registries on this machine`, {
            fix: `if ${ref.registry} is on a network you trust, add --insecure-host ${ref.registry}; otherwise drop --insecure`,
        });
    }
    if (named && !(0,reference/* isLoopbackHost */.cW)(ref.registry)) {
        reporter?.finding({
            severity: 'warning',
            rule: 'insecure-registry',
            message: `talking plain http to ${ref.registry} (--insecure-host): credentials and content travel unencrypted`,
            fix: 'use https for any registry that is not on this machine',
        });
    }
    return new RegistryStore(ref, {
        allowHttp,
        ...(credential ? { credential } : {}),
        retry: { ...http/* DEFAULT_RETRY */.vI, ...options.retry },
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
        onRetry: (m) => reporter?.info(`retry: ${m}`),
        onNotice: (m) => reporter?.info(m),
    });
}
/** The warning for a first push to GHCR, which creates the package as private. */
function privatePackageWarning(ref) {
    if (ref.registry !== 'ghcr.io')
        return undefined;
    const [owner, ...rest] = ref.repository.split('/');
    return (`this first push created the package ${ref.repository} on ghcr.io, and GitHub makes new packages private: ` +
        `Samuel users cannot pull it until you open https://github.com/${owner}?tab=packages → ${rest.join('/')} → Package settings → ` +
        'Change visibility → Public (an organisation may need to allow public packages first)');
}


/***/ })

};
