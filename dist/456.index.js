export const id = 456;
export const ids = [456,938];
export const modules = {

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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256', (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.digestHex)(digest));
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
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.sha256Digest)(data);
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
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.sha256Digest)(data);
        await this.storeBytes(digest, data);
        if (tag)
            await this.tagManifest(data, mediaType, tag);
        const { subject, descriptor } = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .referrerOf */ .N1(data, mediaType, digest);
        if (subject) {
            const next = _store_js__WEBPACK_IMPORTED_MODULE_9__/* .fallbackIndexWith */ .h8(await _store_js__WEBPACK_IMPORTED_MODULE_9__/* .readFallbackIndex */ .vT(this, subject), descriptor);
            if (next) {
                await this.tagManifest(next, _store_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaTypes */ .mI.ociIndex, _store_js__WEBPACK_IMPORTED_MODULE_9__/* .fallbackTag */ .fH(subject));
            }
        }
        return { mediaType, digest, size: data.length };
    }
    async tagManifest(data, mediaType, tag) {
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.sha256Digest)(data);
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
        const descriptor = { mediaType, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.sha256Digest)(data), size: data.length };
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
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_6__.sha256Digest)(bytes) !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryError */ .g(`${path} does not match its digest`, {
                fix: 'the layout is corrupt; delete it and publish again',
            });
        }
        return bytes;
    }
    async referrers(digest, artifactType) {
        return _store_js__WEBPACK_IMPORTED_MODULE_9__/* .filterByType */ ["in"](await _store_js__WEBPACK_IMPORTED_MODULE_9__/* .readFallbackIndex */ .vT(this, digest), artifactType);
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

/***/ 63938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultTags: () => (/* binding */ defaultTags),
  layoutRoot: () => (/* binding */ layoutRoot),
  publishLayout: () => (/* binding */ publishLayout),
  publishWasm: () => (/* binding */ publishWasm),
  readLayoutBlob: () => (/* binding */ readLayoutBlob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/store.ts
var oci_store = __webpack_require__(49800);
;// CONCATENATED MODULE: ./src/oci/wasm-artifact.ts
/**
 * Builds the CNCF "wasm OCI artifact": an OCI image manifest whose config is
 * `application/vnd.wasm.config.v0+json` (architecture `wasm`, os `wasip1`, `layerDigests`,
 * `created`) and whose single layer is the module as `application/wasm`. JSON is written with
 * a fixed key order and a reproducible `created`, so unchanged content keeps its digest and a
 * re-publish uploads nothing.
 */



/** The config blob: field order fixed so the bytes (and digest) are stable. */
function wasmConfig(layerDigest, created) {
    return Buffer.from(JSON.stringify({ created, architecture: 'wasm', os: 'wasip1', layerDigests: [layerDigest] }));
}
/** `org.opencontainers.image.*` annotations from the manifest and the source context. */
function wasmAnnotations(manifest, ctx) {
    const a = { 'org.opencontainers.image.created': ctx.created };
    if (ctx.source)
        a['org.opencontainers.image.source'] = ctx.source;
    a['org.opencontainers.image.version'] = manifest.version;
    if (ctx.revision)
        a['org.opencontainers.image.revision'] = ctx.revision;
    a['org.opencontainers.image.title'] = manifest.name;
    if (manifest.summary)
        a['org.opencontainers.image.description'] = manifest.summary;
    if (manifest.license)
        a['org.opencontainers.image.licenses'] = manifest.license;
    return a;
}
/** The image manifest that ties config and layer together. */
function wasmManifest(config, layer, layerTitle, annotations) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: oci_store/* MediaTypes */.mI.ociManifest,
        config: { mediaType: oci_store/* MediaTypes */.mI.wasmConfig, digest: config.digest, size: config.size },
        layers: [
            {
                mediaType: oci_store/* MediaTypes */.mI.wasmLayer,
                digest: layer.digest,
                size: layer.size,
                annotations: { 'org.opencontainers.image.title': layerTitle },
            },
        ],
        annotations,
    }));
}
/**
 * Source URL, revision and a reproducible creation time (see util/source.ts); `created` falls
 * back to the module's modification time, never "now", so the same input gives the same digest.
 */
async function sourceContext(pluginDir, modulePath, manifest, env) {
    // Loaded here, not at the top: an image-layout push never starts a process.
    const { sourceFacts } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 78999));
    const facts = await sourceFacts(pluginDir, env);
    const ctx = {
        created: rfc3339(facts.epoch !== undefined ? new Date(facts.epoch * 1000) : (await (0,promises_.stat)(modulePath)).mtime),
    };
    const source = facts.source ?? manifest.homepage;
    if (source)
        ctx.source = source;
    if (facts.revision)
        ctx.revision = facts.revision;
    return ctx;
}
/** Default install name of the layer, as Samuel names a downloaded module. */
function layerTitle(modulePath) {
    return (0,external_node_path_.basename)(modulePath);
}
function rfc3339(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/oci/publish.ts
/**
 * Publishing, in the one order that keeps a registry consistent even when a run dies halfway:
 * content first (blobs, then child manifests), the top manifest by digest next, tags last —
 * and only after the store confirms it holds exactly that manifest (digest and size, not just
 * a 200). A tag therefore never points at something incomplete, and a re-run sends nothing the
 * store already holds.
 */










/**
 * The default tags: the version (a `+build` suffix becomes `_build`, since `+` is not allowed
 * in tags) and `latest` unless the version is a prerelease or `latest` is turned off.
 */
function defaultTags(version, latest = true) {
    const tags = [version.replace(/\+/g, '_')];
    const parsed = semver_default().parse(version.replace(/^v/, ''), { loose: true });
    if (latest && parsed && parsed.prerelease.length === 0)
        tags.push('latest');
    return tags;
}
function chooseTags(version, opts) {
    if (opts.noTags)
        return [];
    const tags = opts.tags && opts.tags.length > 0
        ? opts.tags
        : version
            ? defaultTags(version, opts.latest ?? true)
            : [];
    for (const tag of tags) {
        if (!(0,reference/* isValidTag */.r_)(tag)) {
            throw new errors/* ConfigurationError */.j1(`"${tag}" is not a valid OCI tag`, {
                fix: 'tags use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")',
            });
        }
    }
    return [...new Set(tags)];
}
/** Pushes a wasm module as a CNCF wasm OCI artifact and tags it. */
async function publishWasm(loaded, modulePath, store, opts = {}) {
    const { manifest } = loaded;
    const tags = chooseTags(manifest.version, opts);
    let layerFile;
    try {
        layerFile = await (0,oci_digest.fileDigest)(modulePath, 'wasm module');
    }
    catch (e) {
        // A FIFO or device already says what is wrong; a missing module says how to make it.
        if (!(0,files/* isMissingFile */.F6)(e))
            throw e;
        throw new errors/* IoError */.dA(`cannot read the wasm module ${modulePath}`, {
            cause: e,
            fix: 'build the module first (samuel-plugin-release build), or pass its path with --module',
        });
    }
    const ctx = await sourceContext(loaded.dir, modulePath, manifest, opts.env ?? process.env);
    const layer = await store.pushBlobFile({ path: modulePath, mediaType: oci_store/* MediaTypes */.mI.wasmLayer, ...layerFile }, opts.mountFrom);
    const config = await store.pushBlob(wasmConfig(layer.digest, ctx.created), oci_store/* MediaTypes */.mI.wasmConfig);
    const bytes = wasmManifest(config, layer, layerTitle(modulePath), wasmAnnotations(manifest, ctx));
    return finish(store, bytes, oci_store/* MediaTypes */.mI.ociManifest, tags, opts, manifest.version);
}
/** Pushes an OCI image layout (single image or multi-platform index) and tags it. */
async function publishLayout(layoutDir, store, opts = {}) {
    const tags = chooseTags(opts.version, opts);
    const { bytes, mediaType } = await layoutRoot(layoutDir, opts.layoutRef);
    const concurrency = opts.concurrency ?? 4;
    const pushTree = async (data, type, top) => {
        const parsed = (0,oci_store/* parseJson */.qF)(data, `a manifest in ${layoutDir}`);
        if ((0,oci_store/* isIndexMediaType */.$$)(type)) {
            for (const child of parsed.manifests ?? []) {
                await pushTree(await readLayoutBlob(layoutDir, child.digest), child.mediaType, false);
            }
        }
        else {
            const blobs = [parsed.config, ...(parsed.layers ?? [])].filter((d) => d !== undefined);
            await pool(blobs, concurrency, async (d) => store.pushBlobFile({
                path: await sourceBlob(layoutDir, d),
                digest: d.digest,
                size: d.size,
                mediaType: d.mediaType,
            }, opts.mountFrom));
        }
        if (!top)
            await store.pushManifest(data, type);
    };
    await pushTree(bytes, mediaType, true);
    return finish(store, bytes, mediaType, tags, opts, opts.version);
}
async function finish(store, bytes, mediaType, tags, opts, version) {
    const digest = (0,oci_digest.sha256Digest)(bytes);
    // A manifest the store already holds (same digest and size) is not sent again; otherwise the
    // store puts it and confirms it holds exactly it before returning. Only then do tags move.
    const pushed = (await store.hasManifest(digest, bytes.length))
        ? { mediaType, digest, size: bytes.length }
        : await store.pushManifest(bytes, mediaType);
    if (pushed.digest !== digest) {
        throw new errors/* ReleaseError */.K2('REGISTRY', `${store.location} stored ${pushed.digest} for ${digest}`, {
            fix: 're-run the step; if it persists the store is altering manifests',
        });
    }
    if (tags.includes('latest') && !(opts.tags && opts.tags.length > 0)) {
        const newer = await newerLatest(store, version);
        if (newer) {
            tags = tags.filter((t) => t !== 'latest');
            opts.log?.(`kept latest on ${newer}, which is newer than ${version}`);
        }
    }
    for (const tag of tags) {
        await store.tagManifest(bytes, mediaType, tag);
        opts.log?.(`tagged ${store.location}:${tag}`);
    }
    return {
        digest: pushed.digest,
        mediaType,
        reference: store.referenceFor(pushed.digest),
        tags,
        stats: { ...store.stats },
    };
}
/**
 * The version `latest` points at when it is newer than `version` (a patch to an older line must
 * not move `latest` backwards), read from the org.opencontainers.image.version annotation.
 */
async function newerLatest(store, version) {
    const current = version
        ? semver_default().valid(semver_default().coerce(version, { includePrerelease: true }))
        : null;
    if (!current)
        return undefined;
    let existing;
    try {
        const { bytes } = await store.getManifest('latest');
        existing = JSON.parse(Buffer.from(bytes).toString('utf8')).annotations?.['org.opencontainers.image.version'];
    }
    catch {
        return undefined; // no latest yet, or not readable: tag it
    }
    const previous = existing
        ? semver_default().valid(semver_default().coerce(existing, { includePrerelease: true }))
        : null;
    return previous && semver_default().gt(previous, current) ? existing : undefined;
}
/** The manifest to publish from a layout's index.json. */
/**
 * The image a layout holds: the one entry of its index.json, the one named `ref`
 * (`org.opencontainers.image.ref.name`), or several platform images joined into one index.
 */
async function layoutRoot(layoutDir, ref) {
    let index;
    try {
        const text = await (0,files/* readRegularFile */.XF)((0,external_node_path_.join)(layoutDir, 'index.json'), {
            maxBytes: http/* BODY_LIMITS */.Mu.manifest,
            what: 'layout index',
        });
        index = JSON.parse(text.toString('utf8'));
    }
    catch (e) {
        throw new errors/* IoError */.dA(`${layoutDir} is not an OCI image layout (no readable index.json)`, {
            cause: e,
            fix: 'point --layout at the folder the image build wrote (it holds oci-layout, index.json and blobs/)',
        });
    }
    const manifests = index.manifests ?? [];
    const named = ref
        ? manifests.filter((d) => d.annotations?.['org.opencontainers.image.ref.name'] === ref)
        : manifests;
    if (named.length === 1) {
        const d = named[0];
        return { bytes: await readLayoutBlob(layoutDir, d.digest), mediaType: d.mediaType };
    }
    if (!ref &&
        named.length > 1 &&
        named.every((d) => d.platform && !(0,oci_store/* isIndexMediaType */.$$)(d.mediaType))) {
        // Several platform images side by side: publish them as one multi-platform index.
        const list = named.map(({ annotations: _a, ...d }) => d);
        return {
            bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: oci_store/* MediaTypes */.mI.ociIndex, manifests: list })),
            mediaType: oci_store/* MediaTypes */.mI.ociIndex,
        };
    }
    const names = manifests
        .map((d) => d.annotations?.['org.opencontainers.image.ref.name'])
        .filter(Boolean);
    throw new errors/* ConfigurationError */.j1(ref
        ? `${layoutDir}/index.json has no image named "${ref}"`
        : `${layoutDir}/index.json lists ${manifests.length} images; cannot tell which to publish`, {
        fix: names.length > 0
            ? `pass --layout-ref with one of: ${names.join(', ')}`
            : 'write a layout with exactly one image or index in index.json',
    });
}
function blobPath(layoutDir, digest) {
    // Digests come from the layout's own JSON: never let one name a path outside blobs/.
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new errors/* ConfigurationError */.j1(`${layoutDir} refers to a blob "${digest}", which is not a sha256 digest`, {
            fix: 'rebuild the OCI layout; its index.json or a manifest is corrupt',
        });
    }
    return (0,external_node_path_.join)(layoutDir, 'blobs', ...digest.split(':'));
}
/**
 * A blob of the layout read whole, checked against its digest (which must be sha256, so it names
 * no path outside blobs/): manifests by default, or up to `maxBytes` for layers read whole.
 */
async function readLayoutBlob(layoutDir, digest, maxBytes = http/* BODY_LIMITS */.Mu.manifest) {
    const path = blobPath(layoutDir, digest);
    let bytes;
    try {
        bytes = await (0,files/* readRegularFile */.XF)(path, {
            maxBytes,
            what: maxBytes === http/* BODY_LIMITS */.Mu.manifest ? 'manifest blob' : 'layout blob',
        });
    }
    catch (e) {
        if (!(0,files/* isMissingFile */.F6)(e))
            throw e;
        throw new errors/* IoError */.dA(`${layoutDir} is missing blob ${digest}`, {
            cause: e,
            fix: 'the layout is incomplete; rebuild the image',
        });
    }
    if ((0,oci_digest.sha256Digest)(bytes) !== digest) {
        throw new errors/* IoError */.dA(`${path} does not match its digest`, {
            fix: 'the layout is corrupt; rebuild the image',
        });
    }
    return bytes;
}
/**
 * The path of a layer or config in the source layout, after checking it is a regular file of the
 * size its descriptor states (a FIFO would block the upload; a short file would fail it late).
 */
async function sourceBlob(layoutDir, d) {
    const path = blobPath(layoutDir, d.digest);
    const info = await (0,promises_.lstat)(path).catch((e) => {
        throw new errors/* IoError */.dA(`${layoutDir} is missing blob ${d.digest}`, {
            cause: e,
            fix: 'the layout is incomplete; rebuild the image',
        });
    });
    if (!info.isFile()) {
        throw new errors/* IoError */.dA(`${path} is not a regular file`, {
            fix: 'the layout is corrupt (a blob must be a plain file, not a link, FIFO or device); rebuild the image',
        });
    }
    if (!Number.isSafeInteger(d.size) || info.size !== d.size) {
        throw new errors/* IoError */.dA(`${path} is ${info.size} bytes, but the manifest says ${d.size}`, {
            fix: 'the layout is corrupt; rebuild the image',
        });
    }
    return path;
}
async function pool(items, limit, fn) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    });
    await Promise.all(workers);
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
    return `sha256-${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__.digestHex)(digest)}`;
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
async function readFallbackIndex(store, subject) {
    try {
        const { bytes } = await store.getManifest(fallbackTag(subject));
        const index = parseJson(bytes, `referrers index of ${subject}`);
        return Array.isArray(index.manifests) ? index.manifests : [];
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c)(e))
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
