export const id = 823;
export const ids = [823,825];
export const modules = {

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   hd: () => (/* binding */ fileDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
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
/* harmony export */   Mu: () => (/* binding */ BODY_LIMITS),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   qT: () => (/* binding */ throwIfTransient),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports remainingMs, parseRetryAfter, isTransientStatus */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75787);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28630);
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
    const host = url.hostname;
    const local = host === 'localhost' || host === '[::1]' || /^127\./.test(host);
    if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|wrong version number|packet length too long/i.test(text))
        return local
            ? 'this registry on your machine speaks plain http: add --insecure'
            : `${url.host} speaks plain http: if it is on a network you trust, add --insecure-host ${url.host}; otherwise check the address`;
    if (/protocol version|unsupported protocol|no protocols available/i.test(text))
        return `${url.host} offers only TLS versions older than 1.2, which are refused: update the registry's TLS configuration`;
    return `fix the registry's TLS (a current certificate for ${host}), or trust its CA with NODE_EXTRA_CA_CERTS`;
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

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ LayoutStore)
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
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75787);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28630);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95809);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49800);
/**
 * `LayoutStore`: an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/…`),
 * the embedded default for local runs and the format the image build hands over.
 *
 * - Blobs are trusted by content: a blob is "present" only when its file is a regular file that
 *   hashes to its digest, so a corrupted or truncated blob is written again, never reused.
 * - Writes go to a temp name (`<name>.<random>.spr-tmp`) in the same folder (created O_EXCL|O_NOFOLLOW) and are
 *   renamed into place, so an interrupted run never leaves a truncated blob. Temp files of an
 *   interrupted run are removed when the layout is next opened, and on exit of this process.
 * - Nothing is written through a symlink: a layout whose `blobs/`, `blobs/sha256/`, `index.json`
 *   or `oci-layout` is a link is refused.
 * - Tags are `org.opencontainers.image.ref.name` annotations in `index.json`, written last.
 */










const REF_NAME = 'org.opencontainers.image.ref.name';
/** Temp files end with this; older ones than STALE_MS are leftovers of an interrupted run. */
const TMP_SUFFIX = '.spr-tmp';
const STALE_MS = 60_000;
const COPY_BUFFER = 256 * 1024;
/** Temp files this process is writing, removed if it exits before renaming them. */
const liveTemps = new Set();
let exitHook = false;
function trackTemp(path) {
    if (!exitHook) {
        exitHook = true;
        process.once('exit', () => {
            for (const p of liveTemps)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { force: true });
        });
    }
    liveTemps.add(path);
}
/** An OCI image layout directory used as a store. */
class LayoutStore {
    location;
    stats = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyStats */ .bD();
    dir;
    constructor(dir) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
        this.location = `oci-layout:${this.dir}`;
    }
    referenceFor(digest) {
        return `${this.location}@${digest}`;
    }
    /** Path of a blob inside the layout. */
    blobPath(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256', (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestHex */ .sU)(digest));
    }
    /** True when the blob's file is a regular file whose content hashes to `digest`. */
    async hasBlob(digest, size) {
        const path = this.blobPath(digest);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
        if (!info?.isFile() || (size !== undefined && info.size !== size))
            return false;
        return (await hashFile(path)) === digest;
    }
    hasManifest(digest, size) {
        return this.hasBlob(digest, size);
    }
    async pushBlob(data, mediaType) {
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Digest */ .sI)(data);
        if (await this.storeBytes(digest, data)) {
            this.stats.uploaded++;
            this.stats.uploadedBytes += data.length;
        }
        else
            this.stats.skipped++;
        return { mediaType, digest, size: data.length };
    }
    /** Writes bytes as a blob unless present; true when written. Manifests use it uncounted. */
    async storeBytes(digest, data) {
        await this.init();
        if (await this.hasBlob(digest, data.length))
            return false;
        await this.atomicWrite(this.blobPath(digest), async (handle) => {
            await handle.writeFile(data);
        });
        return true;
    }
    async pushBlobFile(blob) {
        const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
        await this.init();
        if (await this.hasBlob(blob.digest, blob.size)) {
            this.stats.skipped++;
            return descriptor;
        }
        await this.atomicWrite(this.blobPath(blob.digest), async (out) => {
            const actual = await copyHashing(blob.path, out);
            if (actual !== blob.digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g(`${blob.path} has digest ${actual}, expected ${blob.digest}`, {
                    fix: 'the source layout is corrupt or changed while publishing; rebuild it',
                });
            }
        });
        this.stats.uploaded++;
        this.stats.uploadedBytes += blob.size;
        return descriptor;
    }
    async pushManifest(data, mediaType, tag) {
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Digest */ .sI)(data);
        await this.storeBytes(digest, data);
        if (tag)
            await this.tagManifest(data, mediaType, tag);
        const { subject, descriptor } = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .referrerOf */ .N1(data, mediaType, digest);
        if (subject) {
            const next = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .fallbackIndexWith */ .h8(await _store_js__WEBPACK_IMPORTED_MODULE_9__/* .readFallbackIndex */ .vT(this, subject, _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isNotFound */ .c), descriptor);
            if (next) {
                await this.tagManifest(next, _store_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaTypes */ .mI.ociIndex, _store_js__WEBPACK_IMPORTED_MODULE_9__/* .fallbackTag */ .fH(subject));
            }
        }
        return { mediaType, digest, size: data.length };
    }
    async tagManifest(data, mediaType, tag) {
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Digest */ .sI)(data);
        await this.storeBytes(digest, data);
        const index = await this.readIndex();
        const manifests = index.manifests.filter((d) => d.annotations?.[REF_NAME] !== tag);
        manifests.push({ mediaType, digest, size: data.length, annotations: { [REF_NAME]: tag } });
        await this.writeIndex({ ...index, manifests });
    }
    /**
     * Puts manifest `data` where manifest `old` was in index.json (its annotations kept) and
     * removes the old blob: how a builder's image index is rewritten in a fixed order.
     */
    async replaceManifest(old, data, mediaType) {
        const descriptor = { mediaType, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Digest */ .sI)(data), size: data.length };
        await this.storeBytes(descriptor.digest, data);
        const index = await this.readIndex();
        const manifests = index.manifests.map((d) => (d.digest === old ? { ...d, ...descriptor } : d));
        await this.writeIndex({ ...index, manifests });
        if (descriptor.digest !== old)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.blobPath(old), { force: true });
        return descriptor;
    }
    async getManifest(reference) {
        if (reference.startsWith('sha256:')) {
            const bytes = await this.readBlob(reference, _http_js__WEBPACK_IMPORTED_MODULE_8__/* .BODY_LIMITS */ .Mu.manifest);
            const mediaType = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .parseJson */ .qF(bytes, `${this.location}@${reference}`).mediaType ??
                _store_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaTypes */ .mI.ociManifest;
            return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
        }
        const index = await this.readIndex();
        const descriptor = index.manifests.find((d) => d.annotations?.[REF_NAME] === reference);
        if (!descriptor) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g(`${this.location} has no manifest tagged "${reference}"`, {
                status: 404,
                fix: 'publish to this layout first, or check the tag',
            });
        }
        const bytes = await this.readBlob(descriptor.digest, _http_js__WEBPACK_IMPORTED_MODULE_8__/* .BODY_LIMITS */ .Mu.manifest);
        const { annotations: _annotations, ...plain } = descriptor;
        return { descriptor: plain, bytes };
    }
    getBlob(digest) {
        return this.readBlob(digest, _http_js__WEBPACK_IMPORTED_MODULE_8__/* .BODY_LIMITS */ .Mu.blob);
    }
    /** A blob read whole (at most `maxBytes`) and checked against its digest. */
    async readBlob(digest, maxBytes) {
        const path = this.blobPath(digest);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
        if (!info) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g(`${this.location} has no blob ${digest}`, {
                status: 404,
                fix: 'publish the content to this layout first',
            });
        }
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${path} is not a regular file`, {
                fix: 'the layout is corrupt; delete it and publish again',
            });
        }
        const bytes = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(path, { maxBytes, what: 'blob' });
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Digest */ .sI)(bytes) !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g(`${path} does not match its digest`, {
                fix: 'the layout is corrupt; delete it and publish again',
            });
        }
        return bytes;
    }
    async referrers(digest, artifactType) {
        return _store_js__WEBPACK_IMPORTED_MODULE_9__/* .filterByType */ ["in"](await _store_js__WEBPACK_IMPORTED_MODULE_9__/* .readFallbackIndex */ .vT(this, digest, _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isNotFound */ .c), artifactType);
    }
    ready;
    /**
     * Creates the layout skeleton when missing, refuses links, and clears stale temp files — once
     * per store: every blob written calls it, and a publish writes many.
     */
    init() {
        this.ready ??= this.prepare().catch((e) => {
            this.ready = undefined;
            throw e;
        });
        return this.ready;
    }
    async prepare() {
        // Checked before anything is created: mkdir would follow a planted link.
        for (const part of ['blobs', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('blobs', 'sha256'), 'index.json', 'oci-layout']) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, part)).catch(() => undefined);
            if (info?.isSymbolicLink()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, part)} is a symbolic link; refusing to write through it`, {
                    fix: `remove the link or choose another layout folder than ${this.dir}`,
                });
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
        await this.removeStaleTemps();
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'oci-layout')).catch(() => undefined))) {
            await this.atomicWrite((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'oci-layout'), (h) => h.writeFile(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
        }
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json')).catch(() => undefined))) {
            await this.writeIndex({ schemaVersion: 2, mediaType: _store_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaTypes */ .mI.ociIndex, manifests: [] });
        }
    }
    /** Removes temp files an interrupted run left (not touched for a minute). */
    async removeStaleTemps() {
        for (const dir of [this.dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256')]) {
            const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
            for (const name of names) {
                if (!name.endsWith(TMP_SUFFIX))
                    continue;
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
                if (info && !liveTemps.has(path) && Date.now() - info.mtimeMs > STALE_MS)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
            }
        }
    }
    /** The layout's `index.json`. */
    async readIndex() {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json');
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined)))
            return { schemaVersion: 2, mediaType: _store_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaTypes */ .mI.ociIndex, manifests: [] };
        try {
            const text = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(path, { maxBytes: _http_js__WEBPACK_IMPORTED_MODULE_8__/* .BODY_LIMITS */ .Mu.manifest, what: 'index' });
            const parsed = JSON.parse(text.toString('utf8'));
            if (!Array.isArray(parsed.manifests))
                throw new Error('no "manifests" list');
            return parsed;
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`cannot read ${path}`, {
                cause: e,
                fix: 'the folder is not a valid OCI image layout; delete it or point --to elsewhere',
            });
        }
    }
    async writeIndex(index) {
        await this.atomicWrite((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json'), (h) => h.writeFile(JSON.stringify(index, null, 2) + '\n'));
    }
    /**
     * Writes `path` through a new temp file beside it (never following a link), then
     * renames it over `path`; on any failure the temp file is removed.
     */
    async atomicWrite(path, write) {
        const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}${TMP_SUFFIX}`;
        trackTemp(tmp);
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
            try {
                await write(handle);
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA)
                throw e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`cannot write ${path}`, {
                cause: e,
                fix: 'check that the folder is writable and the disk has room',
            });
        }
        finally {
            liveTemps.delete(tmp);
        }
    }
}
/** sha256 of a file through one reused buffer. */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256');
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    try {
        const buf = Buffer.allocUnsafe(COPY_BUFFER);
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return 'sha256:' + hash.digest('hex');
}
/** Copies a regular file into `out` through one reused buffer; returns the content's digest. */
async function copyHashing(source, out) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256');
    let input;
    try {
        input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(source, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`cannot read ${source}`, { cause: e, fix: 'check the source layout' });
    }
    try {
        if (!(await input.stat()).isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${source} is not a regular file`, {
                fix: 'the source layout is corrupt (a blob must be a plain file); rebuild it',
            });
        }
        const buf = Buffer.allocUnsafe(COPY_BUFFER);
        for (;;) {
            const { bytesRead } = await input.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            hash.update(chunk);
            for (let done = 0; done < chunk.length;) {
                done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
            }
        }
    }
    finally {
        await input.close();
    }
    return 'sha256:' + hash.digest('hex');
}


/***/ }),

/***/ 49800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   N1: () => (/* binding */ referrerOf),
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   h8: () => (/* binding */ fallbackIndexWith),
/* harmony export */   "in": () => (/* binding */ filterByType),
/* harmony export */   mI: () => (/* binding */ MediaTypes),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   vT: () => (/* binding */ readFallbackIndex)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28630);


/** Parses manifest or index JSON from a store; anything else is a RegistryError naming `what`. */
function parseJson(bytes, what) {
    try {
        const value = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            throw new Error('not a JSON object');
        return value;
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .g(`${what} is not a JSON manifest or index`, {
            cause: e,
            fix: 'the content is corrupt or not OCI content; rebuild or re-publish it',
        });
    }
}
/** Media types we read and write. */
const MediaTypes = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    wasmConfig: 'application/vnd.wasm.config.v0+json',
    wasmLayer: 'application/wasm',
    empty: 'application/vnd.oci.empty.v1+json',
};
/** True for the media types of a multi-platform index. */
function isIndexMediaType(mediaType) {
    return mediaType === MediaTypes.ociIndex || mediaType === MediaTypes.dockerList;
}
/** New zeroed counters. */
function emptyStats() {
    return { uploaded: 0, skipped: 0, mounted: 0, uploadedBytes: 0 };
}
/** The tag under which the referrers of `digest` are listed when there is no referrers API. */
function fallbackTag(digest) {
    return `sha256-${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(digest)}`;
}
/** A manifest's subject digest and the descriptor its referrers list should carry. */
function referrerOf(data, mediaType, digest) {
    const parsed = JSON.parse(Buffer.from(data).toString('utf8'));
    const descriptor = {
        mediaType: parsed.mediaType ?? mediaType,
        digest,
        size: data.length,
    };
    const artifactType = parsed.artifactType ?? parsed.config?.mediaType;
    if (artifactType)
        descriptor.artifactType = artifactType;
    if (parsed.annotations && Object.keys(parsed.annotations).length > 0)
        descriptor.annotations = parsed.annotations;
    return parsed.subject?.digest ? { subject: parsed.subject.digest, descriptor } : { descriptor };
}
/** Reads the fallback index of `subject` (empty when absent). */
async function readFallbackIndex(store, subject, isMissing) {
    try {
        const { bytes } = await store.getManifest(fallbackTag(subject));
        const index = parseJson(bytes, `referrers index of ${subject}`);
        return Array.isArray(index.manifests) ? index.manifests : [];
    }
    catch (e) {
        if (isMissing(e))
            return [];
        throw e;
    }
}
/** The fallback index bytes with `descriptor` added (same order, no duplicates). */
function fallbackIndexWith(existing, descriptor) {
    if (existing.some((d) => d.digest === descriptor.digest))
        return undefined;
    const index = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [...existing, descriptor],
    };
    return Buffer.from(JSON.stringify(index));
}
/** Keeps referrers of the wanted artifact type. */
function filterByType(list, artifactType) {
    return artifactType ? list.filter((d) => d.artifactType === artifactType) : list;
}


/***/ })

};
