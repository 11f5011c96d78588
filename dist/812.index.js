export const id = 812;
export const ids = [812];
export const modules = {

/***/ 68812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21907);
/* harmony import */ var _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47102);
/* harmony import */ var _options_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56536);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61040);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75787);
/* harmony import */ var _options_image_ref_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49767);
/**
 * The work of `verify`, loaded only when verify runs (Sigstore's verifier is large): checks a
 * file or an image digest against its bundle and an identity policy.
 */










async function open(location, ctx) {
    const { insecure, insecureHosts } = _options_index_js__WEBPACK_IMPORTED_MODULE_6__/* .registryGroup */ .v1.read(ctx.values);
    return (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_4__.openStore)(location, {
        insecure,
        insecureHosts,
        reporter: ctx.reporter,
        env: ctx.env,
    });
}
async function readJson(path) {
    const data = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(path, { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_8__/* .READ_LIMITS */ .Cl.bundle, what: 'bundle' });
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch (e) {
        throw new _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.VerificationFailure(`${path} is not JSON, so it is not a Sigstore bundle`, {
            cause: e,
        });
    }
}
function policyFrom(ctx) {
    const policy = {
        issuer: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(ctx.values, 'certificate-oidc-issuer') ?? _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.GITHUB_ACTIONS_ISSUER,
    };
    const identity = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(ctx.values, 'certificate-identity');
    const regexp = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(ctx.values, 'certificate-identity-regexp');
    const repository = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(ctx.values, 'certificate-github-workflow-repository');
    if (identity)
        policy.identity = identity;
    if (regexp)
        policy.identityRegexp = regexp;
    if (repository)
        policy.repository = repository;
    (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.checkPolicy)(policy);
    return policy;
}
/** Tries each bundle attached to `digest` as a referrer; the first that verifies wins. */
async function verifyReferrers(store, digest, policy, trust) {
    // Only signatures: a provenance bundle attached beside them names the same digest but is not one.
    let last;
    for (const { bundle } of await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.attachedBundles)(store, digest, _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.COSIGN_SIGN_PREDICATE)) {
        try {
            if ((0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.statementOf)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_7__.bundleFromJSON)(bundle)).predicateType !== _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.COSIGN_SIGN_PREDICATE)
                continue;
            return (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.verifyImage)(digest, bundle, policy, trust);
        }
        catch (e) {
            last = e;
        }
    }
    if (last)
        throw last;
    throw new _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.VerificationFailure(`${store.location}@${digest} has no Sigstore bundle attached`, {
        fix: 'sign it with `samuel-plugin-release sign`, or pass the bundle file with --bundle',
    });
}
/** Runs `verify`; exit 0 verified (a failure throws). */
async function runVerify(ctx) {
    const { values, reporter } = ctx;
    const target = ctx.positionals[0];
    if (!target || ctx.positionals.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('verify takes one FILE or one REGISTRY/REPO@sha256:DIGEST', {
            fix: 'e.g. verify plugin.wasm --bundle plugin.wasm.bundle --certificate-identity …',
        });
    }
    const bundlePath = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'bundle');
    const isImage = _options_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .DIGEST_REF */ .f.test(target) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target);
    if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(values, 'provenance'))
        return runVerifyProvenance(ctx, target, isImage, bundlePath);
    for (const flag of ['builder-id', 'source-repository']) {
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, flag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${flag} applies to provenance`, {
                fix: `add --provenance to check the build provenance, or use --certificate-github-workflow-repository for a signature`,
            });
        }
    }
    const policy = policyFrom(ctx);
    if (!isImage && !bundlePath) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`verifying the file ${target} needs its bundle`, {
            fix: `pass --bundle ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.bundle`,
        });
    }
    const trust = await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.loadTrustMaterial)((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'trusted-root'));
    let verified;
    if (isImage) {
        const { location, digest } = (0,_options_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .splitImage */ .s)(target, 'the image');
        verified = bundlePath
            ? (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.verifyImage)(digest, await readJson(bundlePath), policy, trust)
            : await verifyReferrers(await open(location, ctx), digest, policy, trust);
    }
    else {
        const data = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(target, { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_8__/* .READ_LIMITS */ .Cl.module, what: 'file' });
        verified = (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.verifyBlob)(data, await readJson(bundlePath), policy, trust);
    }
    reporter.print(`Verified OK: ${target}`);
    reporter.print(`  signer: ${verified.identity} (issuer ${verified.issuer})`);
    if (verified.sourceRepository)
        reporter.print(`  source repository: ${verified.sourceRepository}`);
    reporter.setOutput('identity', verified.identity);
    reporter.result({ ok: true, verified: true, ...verified });
    return 0;
}
/** `verify --provenance`: the SLSA statement for the file or image, and what built it. */
async function runVerifyProvenance(ctx, target, isImage, bundle) {
    const { values, reporter } = ctx;
    const policy = (0,_options_index_js__WEBPACK_IMPORTED_MODULE_6__/* .defined */ .sw)({
        builderId: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'builder-id'),
        sourceRepository: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'source-repository'),
        identity: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'certificate-identity'),
        identityRegexp: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'certificate-identity-regexp'),
        issuer: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'certificate-oidc-issuer'),
    });
    if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'certificate-github-workflow-repository')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('with --provenance the source repository is --source-repository', {
            fix: 'pass --source-repository OWNER/REPO instead of --certificate-github-workflow-repository',
        });
    }
    const trustedRoot = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'trusted-root');
    let image;
    if (isImage) {
        const { location, digest } = (0,_options_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .splitImage */ .s)(target, 'the image');
        image = { store: await open(location, ctx), digest };
    }
    const found = await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__.verifyProvenance)({
        ...(image ? { image } : { artifact: target }),
        ...(bundle ? { bundle } : {}),
        policy,
        ...(trustedRoot ? { trustedRoot } : {}),
    });
    reporter.print(`Verified provenance: ${target} (${found.digest})`);
    reporter.print(`  built by: ${found.builder.id}${found.builder.local ? ' (not a CI run)' : ''}`);
    if (found.source.repository) {
        const at = [found.source.ref, found.source.commit].filter(Boolean).join(' at ');
        reporter.print(`  from: ${found.source.repository}${at ? ` ${at}` : ''}`);
    }
    if (found.invocationId)
        reporter.print(`  run: ${found.invocationId}`);
    if (found.startedOn && found.finishedOn) {
        reporter.print(`  between: ${found.startedOn} and ${found.finishedOn}`);
    }
    reporter.print(`  signer: ${found.signer.identity} (issuer ${found.signer.issuer})`);
    reporter.setOutput('identity', found.signer.identity);
    reporter.setOutput('builder-id', found.builder.id);
    reporter.result({ ok: true, verified: true, provenance: found });
    return 0;
}


/***/ }),

/***/ 49767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DIGEST_REF),
/* harmony export */   s: () => (/* binding */ splitImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Image references pinned by digest, as `sign --image` and `verify` take them. */

const DIGEST_REF = /^(.+)@(sha256:[0-9a-f]{64})$/;
/** Splits `registry/repo@sha256:…` into store location and digest. */
function splitImage(ref, flag) {
    const m = DIGEST_REF.exec(ref.trim());
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} "${ref}" is not pinned by digest`, {
            fix: 'write registry/owner/name@sha256:<64 hex> (publish prints the digest)',
        });
    }
    return { location: m[1].replace(/:[A-Za-z0-9_][A-Za-z0-9._-]*$/, ''), digest: m[2] };
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
