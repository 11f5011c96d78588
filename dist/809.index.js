export const id = 809;
export const ids = [809,825,206];
export const modules = {

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestHex: () => (/* binding */ digestHex),
/* harmony export */   fileDigest: () => (/* binding */ fileDigest),
/* harmony export */   isDigest: () => (/* binding */ isDigest),
/* harmony export */   sha256Digest: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);
/**
 * Content digests: every blob and manifest is addressed by `sha256:<hex>`, computed while
 * streaming so a large layer never sits in memory.
 */



const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** The `sha256:<hex>` digest of some bytes. */
function sha256Digest(data) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * Digest and size of a regular file, read through one reused buffer (memory stays flat whatever
 * its size). A FIFO or device is refused before a byte is read.
 */
async function fileDigest(path, what = 'file') {
    const { handle } = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegularFile */ .ZU)(path, { what });
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(256 * 1024);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { digest: 'sha256:' + hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** True for a well-formed sha256 digest. */
function isDigest(value) {
    return DIGEST_RE.test(value);
}
/** The hex part of a digest, after checking its form (we only ever write sha256). */
function digestHex(digest) {
    if (!isDigest(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${digest}" is not a sha256 digest`, {
            code: 'REGISTRY',
            fix: 'use a digest of the form sha256:<64 lowercase hex characters>',
        });
    }
    return digest.slice('sha256:'.length);
}


/***/ }),

/***/ 28630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isNotFound),
/* harmony export */   g: () => (/* binding */ RegistryError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The error a registry (or a store standing in for one) raises. "Not found" and every other
 * answer travel as `status` and the registry's own error `registryCode`, so callers branch on
 * fields, never on message text.
 */

/** A registry answered something we cannot go on with (or a store holds no such content). */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2 {
    /** The HTTP status, when the failure was an answer (a layout store uses 404 for "absent"). */
    status;
    /** The first code of the OCI error body (`MANIFEST_UNKNOWN`, `DENIED`, …), when there was one. */
    registryCode;
    constructor(message, options = {}) {
        super('REGISTRY', message, options);
        if (options.status !== undefined)
            this.status = options.status;
        if (options.registryCode !== undefined)
            this.registryCode = options.registryCode;
    }
}
/** True for "there is no such manifest, tag or blob" from any store. */
function isNotFound(e) {
    return e instanceof RegistryError && e.status === 404;
}


/***/ }),

/***/ 95809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   Mu: () => (/* binding */ BODY_LIMITS),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   qT: () => (/* binding */ throwIfTransient),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports remainingMs, parseRetryAfter */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75787);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28630);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62148);
/**
 * The HTTP layer under the registry client: one request over node:http/https, and a retry loop
 * with exponential backoff that honours `Retry-After`. Everything is bounded:
 *
 * - time: an idle timeout per request (nothing sent or received), a total deadline per request
 *   (headers and body, so a body trickling one byte every few seconds still ends), and a total
 *   deadline per retry loop that nested loops (a token fetch inside a blob check) share;
 * - memory: response bodies are read only up to a limit chosen by kind (manifest, tag list,
 *   token, error text), and request bodies stream from files through two reused buffers.
 *
 * node:http rather than fetch because we need exact control of streamed request bodies, socket
 * idle timeouts and connection resets.
 */







/** Defaults that ride out GHCR's rate limits and short outages: at most two minutes per operation. */
const DEFAULT_RETRY = {
    retries: 7,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    idleTimeoutMs: 30_000,
    requestTimeoutMs: 60_000,
    totalTimeoutMs: 120_000,
};
/** A server asking for a longer pause than this gets this long (then we try again). */
const MAX_RETRY_AFTER_MS = 60_000;
/** Largest response bodies read, by kind; anything larger is refused (errors are cut instead). */
const BODY_LIMITS = {
    /** Image manifests and indexes (the OCI distribution spec asks registries to accept 4 MiB). */
    manifest: 4 * 1024 * 1024,
    /** Small blobs read whole: configs, signature and attestation bundles. */
    blob: 16 * 1024 * 1024,
    /** `tags/list` and `referrers` answers. */
    list: 1024 * 1024,
    /** Token endpoint answers. */
    token: 64 * 1024,
    /** Error bodies and anything else we only read for a message; longer ones are cut. */
    error: 64 * 1024,
};
/** A failure worth another try: a connection problem, a 429 or a 5xx. */
class TransientError extends Error {
    retryAfterMs;
    constructor(message, retryAfterMs, options) {
        super(message, options);
        this.retryAfterMs = retryAfterMs;
        this.name = 'TransientError';
    }
}
const httpAgent = new (node_http__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true });
/**
 * node:https (and the TLS stack under it) is loaded only for an https registry: a registry on
 * this machine over plain http does not pay its memory (about 9 MiB on Node 24).
 */
let tls;
function loadHttps() {
    tls ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)).then((m) => ({
        lib: m.default,
        agent: new m.default.Agent({ keepAlive: true }),
    }));
    return tls;
}
/** The deadline of the innermost retry loop running in this async context. */
const loopDeadline = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Milliseconds left before the current retry loop's deadline (Infinity outside any loop). */
function remainingMs() {
    const at = loopDeadline.getStore();
    return at === undefined ? Infinity : at - Date.now();
}
const PROTOCOL_ERRORS = new Set([
    'EPROTO',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_PACKET_LENGTH_TOO_LONG',
    'ERR_SSL_UNSUPPORTED_PROTOCOL',
    'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'HPE_INVALID_CONSTANT',
    'HPE_INVALID_HEADER_TOKEN',
    'HPE_INVALID_VERSION',
]);
function isProtocolError(err) {
    return PROTOCOL_ERRORS.has(err.code ?? '') || /ssl|tls|cert/i.test(err.code ?? '');
}
/** The fix for a protocol failure: plain http where TLS was expected, an old TLS, a certificate. */
function protocolFix(url, err) {
    if (url.protocol !== 'https:')
        return 'check the registry address: it does not speak plain http';
    const text = `${err.code ?? ''} ${err.message}`;
    const local = (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .cW)(url.host);
    if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|wrong version number|packet length too long/i.test(text))
        return local
            ? 'this registry on your machine speaks plain http: add --insecure'
            : `${url.host} speaks plain http: if it is on a network you trust, add --insecure-host ${url.host}; otherwise check the address`;
    if (/protocol version|unsupported protocol|no protocols available/i.test(text))
        return `${url.host} offers only TLS versions older than 1.2, which are refused: update the registry's TLS configuration`;
    return `fix the registry's TLS (a current certificate for ${url.hostname}), or trust its CA with NODE_EXTRA_CA_CERTS`;
}
/** Two reused buffers per streaming upload, shared between uploads through a free list. */
const BUFFER_SIZE = 256 * 1024;
const freeBuffers = [];
function takeBuffer() {
    return freeBuffers.pop() ?? Buffer.allocUnsafeSlow(BUFFER_SIZE);
}
function giveBuffer(b) {
    if (freeBuffers.length < 16)
        freeBuffers.push(b);
}
/**
 * Streams `range` of a file into `req` with two buffers: one is being read while the other is
 * on its way to the socket, and a buffer is read into again only once the socket has taken it.
 * Memory stays at two buffers per upload whatever the size, and nothing waits for the GC.
 */
async function pumpFile(range, req) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(range.path, 'r');
    const buffers = [takeBuffer(), takeBuffer()];
    const inFlight = [undefined, undefined];
    try {
        let position = range.start;
        for (let turn = 0; position < range.end; turn ^= 1) {
            if (req.destroyed)
                return;
            await inFlight[turn];
            const buf = buffers[turn];
            const want = Math.min(buf.length, range.end - position);
            const { bytesRead } = await handle.read(buf, 0, want, position);
            if (bytesRead === 0)
                throw new Error(`${range.path} ended early (changed while uploading?)`);
            position += bytesRead;
            inFlight[turn] = new Promise((resolve, reject) => req.write(buf.subarray(0, bytesRead), (e) => (e ? reject(e) : resolve())));
        }
        await Promise.all(inFlight);
        req.end();
    }
    finally {
        // Buffers go back only once the socket is done with them (or the request is gone).
        await Promise.allSettled(inFlight);
        for (const b of buffers)
            giveBuffer(b);
        await handle.close();
    }
}
/**
 * Sends one request and reads the response body up to its limit. Connection problems and a
 * request past its deadline become `TransientError`s; an unreachable host or a protocol
 * mismatch is a `NetworkError` at once (exit 2), since trying again cannot help.
 */
async function send(req, policy) {
    const url = new URL(req.url);
    const isHttps = url.protocol === 'https:';
    const secure = isHttps ? await loadHttps() : undefined;
    return new Promise((resolve, reject) => {
        const lib = secure?.lib ?? (node_http__WEBPACK_IMPORTED_MODULE_1___default());
        const body = req.body?.();
        const headers = {
            'user-agent': 'samuel-plugin-release',
            ...req.headers,
        };
        const bodyBytes = Buffer.isBuffer(body) ? body.length : body ? body.end - body.start : 0;
        if (body)
            headers['content-length'] = String(bodyBytes);
        const what = `${req.method} ${url.host}${url.pathname}`;
        const ownLimit = policy.requestTimeoutMs + Math.ceil(bodyBytes / (1024 * 1024)) * 1000;
        const limitMs = Math.max(1, Math.min(ownLimit, remainingMs()));
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const err = e;
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .g || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NetworkError */ .Dr) {
                reject(e);
                return;
            }
            if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
                // Nothing listens there, or the name does not resolve: retrying for a minute cannot help.
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NetworkError */ .Dr(`cannot reach ${url.host}: ${err.code === 'ECONNREFUSED' ? 'connection refused' : 'the host name does not resolve'}`, {
                    cause: e,
                    fix: 'check the registry host and port in --to (and that the registry is running)',
                }));
                return;
            }
            if (isProtocolError(err)) {
                // TLS against a plain-http server, a bad certificate, no common TLS version: the same
                // answer every time.
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NetworkError */ .Dr(`cannot talk to ${url.host} over ${url.protocol.slice(0, -1)}: ${err.code ?? err.message}`, { cause: e, fix: protocolFix(url, err) }));
                return;
            }
            reject(new TransientError(`${what}: ${err.code ?? err.message}`, undefined, { cause: e }));
        };
        const request = lib.request(url, { method: req.method, headers, agent: secure?.agent ?? httpAgent }, (res) => {
            const status = res.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            const max = ok ? (req.maxBodyBytes ?? BODY_LIMITS.error) : BODY_LIMITS.error;
            // A HEAD has no body: its Content-Length is the size of what it describes.
            const declared = req.method === 'HEAD' ? NaN : Number(res.headers['content-length']);
            if (ok && Number.isFinite(declared) && declared > max) {
                fail(tooLarge(what, max));
                res.destroy();
                return;
            }
            const chunks = [];
            let size = 0;
            let cut = 0;
            const finish = () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({
                    status,
                    headers: res.headers,
                    body: Buffer.concat(chunks),
                    ...(cut > 0 ? { cut } : {}),
                });
            };
            res.on('data', (c) => {
                if (settled)
                    return;
                if (size + c.length > max) {
                    if (ok) {
                        fail(tooLarge(what, max));
                        res.destroy();
                        return;
                    }
                    // An error body only feeds a message: keep its start, drop the rest of the connection.
                    chunks.push(c.subarray(0, max - size));
                    cut = Number.isFinite(declared) ? declared - max : c.length - (max - size);
                    size = max;
                    finish();
                    res.destroy();
                    return;
                }
                size += c.length;
                chunks.push(c);
            });
            res.on('error', fail);
            res.on('aborted', () => fail(new Error('response aborted')));
            res.on('end', finish);
        });
        // Idle: no byte either way for a while. Deadline: the whole exchange, however it trickles.
        request.setTimeout(policy.idleTimeoutMs, () => request.destroy(Object.assign(new Error(`no progress for ${policy.idleTimeoutMs} ms`), {
            code: 'ESTALLED',
        })));
        const timer = setTimeout(() => request.destroy(Object.assign(new Error(`not finished within ${Math.round(limitMs)} ms`), {
            code: 'EDEADLINE',
        })), limitMs);
        request.on('error', fail);
        if (body === undefined)
            request.end();
        else if (Buffer.isBuffer(body))
            request.end(body);
        else
            pumpFile(body, request).catch((e) => request.destroy(e));
    });
}
function tooLarge(what, max) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .g(`${what} answered with more than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(max)}; refusing to read on`, {
        fix: 'check that --to names an OCI registry; no registry answer of this kind is that large',
    });
}
/** Parses `Retry-After` (seconds, fractions tolerated, or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v === undefined || v.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(v.trim()))
        return Math.round(parseFloat(v) * 1000);
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** True for statuses that mean "try again later". */
function isTransientStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 504);
}
/** Throws a `TransientError` for 429/5xx responses so `withRetry` tries again. */
function throwIfTransient(res, what) {
    if (isTransientStatus(res.status)) {
        throw new TransientError(`${what}: HTTP ${res.status}`, parseRetryAfter(res.headers['retry-after']));
    }
    return res;
}
/**
 * Runs `fn` until it succeeds, retrying `TransientError`s with exponential backoff (or the
 * server's `Retry-After`), within the policy's attempt count and total deadline (and within any
 * enclosing loop's deadline). When either is spent it throws a REGISTRY error that says so.
 */
async function withRetry(what, policy, fn, onRetry, extraMs = 0) {
    const started = Date.now();
    const deadline = Math.min(started + policy.totalTimeoutMs + extraMs, Date.now() + remainingMs());
    return loopDeadline.run(deadline, async () => {
        let last;
        let attempts = 0;
        for (let attempt = 0; attempt <= policy.retries; attempt++) {
            attempts = attempt + 1;
            try {
                return await fn(attempt);
            }
            catch (e) {
                if (!(e instanceof TransientError))
                    throw e;
                last = e;
                if (attempt === policy.retries)
                    break;
                const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
                const jittered = backoff / 2 + Math.random() * (backoff / 2);
                const delay = e.retryAfterMs !== undefined ? Math.min(MAX_RETRY_AFTER_MS, e.retryAfterMs) : jittered;
                if (Date.now() + delay >= deadline)
                    break;
                onRetry?.(`${e.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 2} of ${policy.retries + 1})`);
                await new Promise((r) => setTimeout(r, delay));
            }
        }
        const seconds = Math.round((Date.now() - started) / 1000);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .g(`${what} failed after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${seconds} s: ${last?.message}`, {
            cause: last,
            fix: 'the registry is unavailable, too slow or rate-limiting this client; re-run the step later (publishing is idempotent and skips what is already there)',
        });
    });
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   hu: () => (/* binding */ parseTarget),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/**
 * Parses where to publish: `registry/owner/name[:tag][@digest]` or `oci-layout:DIR[:tag]`.
 * Registries reject uppercase repository names (GHCR included, while GitHub owners are often
 * mixed-case), so the repository part is lowercased with a notice instead of failing later.
 */


const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
/** True when `tag` is a valid OCI tag. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
/**
 * Parses `registry/owner/name[:tag][@sha256:…]`. The first component must look like a host
 * (contain `.` or `:`, or be `localhost`): we never guess Docker Hub.
 */
function parseReference(input) {
    const original = input.trim();
    const scheme = original.replace(/^(https?|docker|oci):\/\//, '');
    const [rest, digest] = splitOff(scheme, scheme.indexOf('@'), _digest_js__WEBPACK_IMPORTED_MODULE_1__.isDigest, (d) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${original}": "${d}" is not a sha256 digest`, {
            fix: 'write the digest as @sha256:<64 lowercase hex characters>, or leave it out',
        });
    });
    const slash = rest.indexOf('/');
    if (slash < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${original}" names no registry`, {
            fix: 'write the full reference, e.g. ghcr.io/OWNER/NAME (or oci-layout:DIR for a local folder)',
        });
    }
    const registry = rest.slice(0, slash).toLowerCase();
    const afterRegistry = rest.slice(slash + 1);
    if (!(registry.includes('.') || registry.includes(':') || registry === 'localhost')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${original}" does not start with a registry host`, {
            fix: `write the registry host first, e.g. ghcr.io/${rest}`,
        });
    }
    const [path, tag] = splitOff(afterRegistry, afterRegistry.lastIndexOf(':'), isValidTag, (t) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${original}": "${t}" is not a valid tag`, {
            fix: 'tags use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")',
        });
    });
    const repository = path.toLowerCase();
    for (const component of repository.split('/')) {
        if (!COMPONENT_RE.test(component)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${original}": repository "${path}" has an invalid component "${component}"`, {
                fix: 'repository components use lowercase letters and digits separated by ".", "_", "__" or "-"',
            });
        }
    }
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    if (repository !== path)
        ref.lowercasedFrom = path;
    return ref;
}
/** Parses a `--to` value: `oci-layout:DIR[:tag]` or a registry reference. */
function parseTarget(input) {
    if (input.startsWith('oci-layout:')) {
        let dir = input.slice('oci-layout:'.length);
        let tag;
        const m = /^(.*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(dir);
        // A Windows drive letter or a path with ":" in a folder name stays a path.
        if (m && m[1] && !m[2].includes('/')) {
            dir = m[1];
            tag = m[2];
        }
        if (dir === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('"oci-layout:" needs a directory', {
                fix: 'write --to oci-layout:DIR, e.g. oci-layout:./out/oci',
            });
        }
        return tag === undefined ? { kind: 'layout', dir } : { kind: 'layout', dir, tag };
    }
    return { kind: 'registry', ref: parseReference(input) };
}
/** `registry/repository[:tag][@digest]` as a string. */
function formatReference(ref, at) {
    const tag = at ? at.tag : ref.tag;
    const digest = at ? at.digest : ref.digest;
    return `${ref.registry}/${ref.repository}${tag ? ':' + tag : ''}${digest ? '@' + digest : ''}`;
}
/** `text` cut at `at` (when found) into what comes before and after, the after checked. */
function splitOff(text, at, valid, refuse) {
    if (at < 0)
        return [text, undefined];
    const part = text.slice(at + 1);
    if (!valid(part))
        refuse(part);
    return [text.slice(0, at), part];
}
/** True for a registry host on this machine (any port). */
function isLoopbackHost(host) {
    const name = host.startsWith('[')
        ? host.slice(0, host.indexOf(']') + 1)
        : host.replace(/:\d+$/, '');
    return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}


/***/ })

};
