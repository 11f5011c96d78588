export const id = 812;
export const ids = [812,319];
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
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93746);
/* harmony import */ var _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8319);
/* harmony import */ var _options_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84390);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75787);
/* harmony import */ var _options_image_ref_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49767);
/**
 * The work of `verify`, loaded only when verify runs (Sigstore's verifier is large): checks a
 * file or an image digest against its bundle and an identity policy.
 */









async function open(location, ctx) {
    return (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_4__.openStore)(location, {
        insecure: _options_index_js__WEBPACK_IMPORTED_MODULE_6__/* .registryGroup */ .v1.read(ctx.values).insecure,
        insecureHosts: _options_index_js__WEBPACK_IMPORTED_MODULE_6__/* .registryGroup */ .v1.read(ctx.values).insecureHosts,
        reporter: ctx.reporter,
        env: ctx.env,
    });
}
async function readJson(path) {
    const data = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(path, { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_7__/* .READ_LIMITS */ .Cl.bundle, what: 'bundle' });
    try {
        return JSON.parse(data.toString('utf8'));
    }
    catch (e) {
        throw new _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationFailure */ .UD(`${path} is not JSON, so it is not a Sigstore bundle`, {
            cause: e,
        });
    }
}
function policyFrom(ctx) {
    const policy = {
        issuer: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(ctx.values, 'certificate-oidc-issuer') ?? _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .GITHUB_ACTIONS_ISSUER */ .qQ,
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
    (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPolicy */ .hM)(policy);
    return policy;
}
/** Tries each bundle attached to `digest` as a referrer; the first that verifies wins. */
async function verifyReferrers(store, digest, policy, trust) {
    const referrers = await store.referrers(digest, _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_MEDIA_TYPE */ .NV);
    let last;
    for (const r of referrers) {
        const manifest = JSON.parse(Buffer.from((await store.getManifest(r.digest)).bytes).toString('utf8'));
        for (const layer of manifest.layers ?? []) {
            if (!layer.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
                continue;
            try {
                return (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyImage */ .ZG)(digest, JSON.parse(Buffer.from(await store.getBlob(layer.digest)).toString('utf8')), policy, trust);
            }
            catch (e) {
                last = e;
            }
        }
    }
    if (last)
        throw last;
    throw new _sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationFailure */ .UD(`${store.location}@${digest} has no Sigstore bundle attached`, {
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
    const policy = policyFrom(ctx);
    const bundlePath = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'bundle');
    const isImage = _options_image_ref_js__WEBPACK_IMPORTED_MODULE_8__/* .DIGEST_REF */ .f.test(target) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target);
    if (!isImage && !bundlePath) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`verifying the file ${target} needs its bundle`, {
            fix: `pass --bundle ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.bundle`,
        });
    }
    const trust = await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustMaterial */ .ak)((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'trusted-root'));
    let verified;
    if (isImage) {
        const { location, digest } = (0,_options_image_ref_js__WEBPACK_IMPORTED_MODULE_8__/* .splitImage */ .s)(target, 'the image');
        verified = bundlePath
            ? (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyImage */ .ZG)(digest, await readJson(bundlePath), policy, trust)
            : await verifyReferrers(await open(location, ctx), digest, policy, trust);
    }
    else {
        const data = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(target, { maxBytes: _util_files_js__WEBPACK_IMPORTED_MODULE_7__/* .READ_LIMITS */ .Cl.module, what: 'file' });
        verified = (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyBlob */ .tB)(data, await readJson(bundlePath), policy, trust);
    }
    reporter.print(`Verified OK: ${target}`);
    reporter.print(`  signer: ${verified.identity} (issuer ${verified.issuer})`);
    if (verified.sourceRepository)
        reporter.print(`  source repository: ${verified.sourceRepository}`);
    reporter.setOutput('identity', verified.identity);
    reporter.result({ ok: true, verified: true, ...verified });
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

/***/ 8319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NV: () => (/* reexport */ BUNDLE_MEDIA_TYPE),
  qQ: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  UD: () => (/* reexport */ VerificationFailure),
  hM: () => (/* reexport */ checkPolicy),
  isReleaseEvent: () => (/* reexport */ isReleaseEvent),
  ak: () => (/* reexport */ loadTrustMaterial),
  signPlugin: () => (/* reexport */ signPlugin),
  tB: () => (/* reexport */ verifyBlob),
  ZG: () => (/* reexport */ verifyImage)
});

// UNUSED EXPORTS: COSIGN_SIGN_PREDICATE, DEFAULT_RETRY, PUBLIC_GOOD, REUSABLE_WORKFLOW, blobsToSign, certificateIdentity, cosignStatement, cosignVerifyBlobCommand, cosignVerifyImageCommand, isForkPullRequest, ourVerifyCommand, parseSignMode, resolveIdentity, reusableWorkflowIdentity, signBlob, signImage

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./src/sigstore/signer.ts
/**
 * Keyless signing through Sigstore: an ephemeral key certified by Fulcio for the OIDC identity,
 * the signature recorded in Rekor (and optionally timestamped by a TSA), packaged as a v0.3
 * bundle — the format cosign v3 writes and Samuel's sigstore-go verifier reads.
 */



/** The public-good Sigstore instance. */
const PUBLIC_GOOD = {
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
};
/**
 * A long budget (about four minutes): a release should survive a short public-good outage
 * rather than leave a published but unsigned artifact behind.
 */
const DEFAULT_RETRY = {
    retries: 8,
    minTimeoutMs: 2000,
    maxTimeoutMs: 60000,
    factor: 2,
};
function builder(kind, options) {
    const retry = options.retry ?? DEFAULT_RETRY;
    const fetchOptions = {
        retry: {
            retries: retry.retries,
            minTimeout: retry.minTimeoutMs,
            maxTimeout: retry.maxTimeoutMs,
            factor: retry.factor,
        },
        timeout: options.timeoutMs ?? 30000,
    };
    const token = options.identityToken;
    const signer = new dist/* FulcioSigner */.$o({
        fulcioBaseURL: options.fulcioUrl ?? PUBLIC_GOOD.fulcioUrl,
        identityProvider: { getToken: () => Promise.resolve(token) },
        ...fetchOptions,
    });
    const witnesses = [
        new dist/* RekorWitness */.fU({
            rekorBaseURL: options.rekorUrl ?? PUBLIC_GOOD.rekorUrl,
            entryType: 'dsse',
            // A re-run of a release proposes an entry Rekor already has: reuse it instead of failing.
            fetchOnConflict: true,
            ...fetchOptions,
        }),
    ];
    if (options.tsaUrl)
        witnesses.push(new dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl, ...fetchOptions }));
    return kind === 'messageSignature'
        ? new dist/* MessageSignatureBundleBuilder */.z3({ signer, witnesses })
        : new dist/* DSSEBundleBuilder */.VV({ signer, witnesses, certificateChain: false });
}
/**
 * sigstore-js packages message signatures as v0.2 bundles (a one-element certificate chain).
 * v0.3 carries the leaf certificate alone; nothing that is signed or logged changes.
 */
function toV03(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case !== 'x509CertificateChain')
        return { ...bundle, mediaType: bundle_dist.BUNDLE_V03_MEDIA_TYPE };
    const leaf = content.x509CertificateChain.certificates[0];
    if (!leaf)
        throw new errors/* ReleaseError */.K2('SIGN', 'Fulcio returned an empty certificate chain');
    return {
        ...bundle,
        mediaType: bundle_dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            ...bundle.verificationMaterial,
            content: { $case: 'certificate', certificate: leaf },
        },
    };
}
/** Signs `data` (a message signature) or a DSSE payload of `payloadType`, returning a v0.3 bundle. */
async function createBundle(kind, artifact, options) {
    try {
        const bundle = await builder(kind, options).create(artifact);
        return (0,bundle_dist.bundleToJSON)(toV03(bundle));
    }
    catch (e) {
        throw signingError(e, options);
    }
}
/** Turns a sigstore-js failure into an error that names the service and what to check. */
function signingError(e, options) {
    if (e instanceof errors/* ReleaseError */.K2)
        return e;
    const code = e.code ?? '';
    const detail = e instanceof Error ? e.message : String(e);
    if (code.startsWith('IDENTITY_')) {
        return new errors/* ReleaseError */.K2('SIGN', `the identity token cannot be used: ${detail}`, {
            cause: e,
            fix: 'pass a raw OIDC JWT to --identity-token, or leave it empty to use the GitHub Actions token',
        });
    }
    if (code.startsWith('CA_')) {
        const url = options.fulcioUrl ?? PUBLIC_GOOD.fulcioUrl;
        return new errors/* ReleaseError */.K2('SIGN', `Fulcio at ${url} did not issue a signing certificate: ${detail}`, {
            cause: e,
            fix: 'check --fulcio-url and that the identity token is fresh and has audience "sigstore"; re-run the job if Fulcio was down',
        });
    }
    if (code.startsWith('TLOG_')) {
        const url = options.rekorUrl ?? PUBLIC_GOOD.rekorUrl;
        return new errors/* ReleaseError */.K2('SIGN', `Rekor at ${url} did not record the signature: ${detail}`, {
            cause: e,
            fix: 'check --rekor-url; re-run the job if Rekor was down (an entry it already has is reused)',
        });
    }
    if (code.startsWith('TSA_')) {
        return new errors/* ReleaseError */.K2('SIGN', `the timestamp authority at ${options.tsaUrl} did not timestamp the signature: ${detail}`, {
            cause: e,
            fix: 'check --tsa-url, or leave it empty to rely on the Rekor timestamp',
        });
    }
    return new errors/* ReleaseError */.K2('SIGN', `signing failed: ${detail}`, { cause: e });
}

;// CONCATENATED MODULE: ./src/sigstore/sign-blob.ts
/**
 * Signs a file the way `cosign sign-blob --new-bundle-format` does: a message signature over the
 * file's sha256, in a v0.3 bundle written as `<file>.bundle` (the name Samuel's installer
 * downloads next to `plugin.wasm` and looks for next to `SKILL.md`).
 */





/** Signs `file` and writes `<file>.bundle` beside it, or under `outputDir` when given. */
async function signBlob(file, options) {
    let data;
    try {
        data = await (0,promises_.readFile)(file);
    }
    catch (e) {
        throw new errors/* IoError */.dA(`cannot read ${file} to sign it`, {
            cause: e,
            fix: 'build the artifact before signing it',
        });
    }
    const bundle = await createBundle('messageSignature', { data }, options);
    const bundlePath = options.outputDir
        ? (0,external_node_path_.join)(options.outputDir, `${(0,external_node_path_.basename)(file)}.bundle`)
        : `${file}.bundle`;
    await writeBundle(bundlePath, bundle);
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
    return { file, digest, bundlePath, bundle };
}
/** Writes a bundle as JSON (creating the folder), with a clear error when it cannot. */
async function writeBundle(path, bundle) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, JSON.stringify(bundle) + '\n');
    }
    catch (e) {
        throw new errors/* IoError */.dA(`cannot write the signature bundle ${path}`, {
            cause: e,
            fix: 'check that --output is writable',
        });
    }
}

;// CONCATENATED MODULE: ./src/sigstore/media-types.ts
/** The media and predicate types of cosign v3 signatures, shared by signing and verification. */
/** The predicate type `cosign sign` v3 puts in its statement. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** Media type of a v0.3 bundle: the referrer's artifactType and its single layer. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sigstore/trust.ts
/**
 * The trust anchors a verification checks against: a `trusted_root.json` file (a private
 * Sigstore instance, or offline use), else the public-good root fetched and checked over TUF.
 */





/** Loads trust material from `trustedRootPath`, or from the public-good TUF repository. */
async function loadTrustMaterial(trustedRootPath) {
    if (!trustedRootPath) {
        try {
            return (0,verify_dist/* toTrustMaterial */.jO)(await (0,tuf_dist.getTrustedRoot)());
        }
        catch (e) {
            throw new errors/* ReleaseError */.K2('VERIFY', 'cannot fetch the public-good Sigstore trusted root over TUF', {
                cause: e,
                fix: 'check network access to tuf-repo-cdn.sigstore.dev, or pass --trusted-root FILE',
            });
        }
    }
    let text;
    try {
        text = await (0,promises_.readFile)(trustedRootPath, 'utf8');
    }
    catch (e) {
        throw new errors/* IoError */.dA(`cannot read the trusted root ${trustedRootPath}`, {
            cause: e,
            fix: 'check the --trusted-root path',
        });
    }
    try {
        const root = protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(text));
        if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
            throw new Error('it lists no certificate authority or no transparency log');
        }
        return (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${trustedRootPath} is not a usable Sigstore trusted_root.json: ${e.message}`, {
            cause: e,
            fix: 'pass the trusted_root.json of your Sigstore instance (e.g. from `cosign trusted-root create` or its TUF repository)',
            position: { file: trustedRootPath },
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/sigstore/verify.ts
/**
 * Verifies a bundle against a file or an image digest, then checks who signed it: the OIDC
 * issuer, the certificate identity (exact, or a regular expression that must match the whole
 * identity — a substring match would let `evil/x?ref=samuelpkg/...` through) and the source
 * repository Fulcio recorded in the certificate. Thresholds match Samuel's verifier: one SCT,
 * one transparency-log entry, one observer timestamp.
 */






/** GitHub Actions' OIDC issuer. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
// Fulcio certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_GITHUB_REPOSITORY_V1 = '1.3.6.1.4.1.57264.1.5';
/** Raised when the bundle does not verify or the signer does not match the policy: exit code 1. */
class VerificationFailure extends errors/* ReleaseError */.K2 {
    constructor(message, options = {}) {
        super('VERIFY', message, options);
    }
}
/** Checks the policy's shape before anything is fetched or read. */
function checkPolicy(policy) {
    if (!policy.identity && !policy.identityRegexp) {
        throw new errors/* UsageError */.eb('verification needs the expected signer', {
            fix: 'pass --certificate-identity (exact) or --certificate-identity-regexp',
        });
    }
    if (policy.identity && policy.identityRegexp) {
        throw new errors/* UsageError */.eb('--certificate-identity and --certificate-identity-regexp are mutually exclusive', {
            fix: 'pass only one of them',
        });
    }
    if (policy.identityRegexp)
        anchored(policy.identityRegexp);
}
function anchored(pattern) {
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`--certificate-identity-regexp is not a valid regular expression: ${e.message}`, {
            fix: 'escape special characters such as . and ? with a backslash',
        });
    }
}
function parseBundle(json) {
    try {
        return (0,bundle_dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new VerificationFailure(`the bundle is not a Sigstore bundle: ${e.message}`, {
            cause: e,
            fix: 'pass the .bundle file written by `sign` or `cosign sign-blob --new-bundle-format`',
        });
    }
}
function sha256(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** Verifies `data` against its bundle and the policy. */
function verifyBlob(data, bundleJson, policy, trust) {
    const bundle = parseBundle(bundleJson);
    const digest = sha256(data);
    if (bundle.content.$case === 'dsseEnvelope') {
        checkStatementSubject(bundle, digest);
        return verifyEntity(bundle, undefined, digest, policy, trust);
    }
    return verifyEntity(bundle, data, digest, policy, trust);
}
/** Verifies that the bundle signs the manifest `digest` (an in-toto statement naming it). */
function verifyImage(digest, bundleJson, policy, trust) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new errors/* UsageError */.eb(`"${digest}" is not a sha256 manifest digest`, {
            fix: 'pass registry/repo@sha256:<64 hex>',
        });
    }
    const bundle = parseBundle(bundleJson);
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new VerificationFailure('the bundle signs a blob, not an image manifest', {
            fix: 'pass the image bundle (<plugin-name>.bundle), or verify the file with `verify FILE --bundle FILE`',
        });
    }
    checkStatementSubject(bundle, digest);
    return verifyEntity(bundle, undefined, digest, policy, trust);
}
/** The statement inside a DSSE bundle must name `digest` among its subjects. */
function checkStatementSubject(bundle, digest) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return;
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
        throw new VerificationFailure(`the DSSE payload is ${envelope.payloadType}, not an in-toto statement`);
    }
    let subjects = [];
    try {
        subjects =
            JSON.parse(envelope.payload.toString('utf8')).subject ??
                [];
    }
    catch (e) {
        throw new VerificationFailure('the in-toto statement in the bundle is not JSON', { cause: e });
    }
    const hex = digest.slice('sha256:'.length);
    if (!subjects.some((s) => s.digest?.sha256 === hex)) {
        const named = subjects.map((s) => `sha256:${s.digest?.sha256 ?? '?'}`).join(', ') || 'nothing';
        throw new VerificationFailure(`the bundle is for ${named}, not for ${digest}`, {
            fix: 'pass the bundle that was made for this artifact (a rebuilt artifact needs a new signature)',
        });
    }
}
function verifyEntity(bundle, data, digest, policy, trust) {
    checkPolicy(policy);
    try {
        new verify_dist/* Verifier */.BL(trust, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, data));
    }
    catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        throw new VerificationFailure(`the signature does not verify: ${detail}`, {
            cause: e,
            fix: 'the artifact changed after signing, or the bundle comes from another Sigstore instance (see --trusted-root)',
        });
    }
    const found = certificateIdentity(bundle);
    const issuer = policy.issuer ?? GITHUB_ACTIONS_ISSUER;
    if (found.issuer !== issuer) {
        throw new VerificationFailure(`signed with an identity from issuer "${found.issuer}", expected "${issuer}"`, {
            fix: 'pass the right --certificate-oidc-issuer, or do not trust this signature',
        });
    }
    if (policy.identity !== undefined && found.identity !== policy.identity) {
        throw new VerificationFailure(`signed by "${found.identity}", expected exactly "${policy.identity}"`, {
            fix: 'pass the identity printed by the release (the reusable workflow), or use --certificate-identity-regexp',
        });
    }
    if (policy.identityRegexp !== undefined &&
        !anchored(policy.identityRegexp).test(found.identity)) {
        throw new VerificationFailure(`signed by "${found.identity}", which does not match the whole of /${policy.identityRegexp}/`, { fix: 'the pattern must match the entire identity; a match inside it does not count' });
    }
    if (policy.repository) {
        const want = policy.repository.replace(/^https:\/\/github\.com\//, '').replace(/\/$/, '');
        const got = found.sourceRepository?.replace(/^https:\/\/github\.com\//, '');
        if (got !== want) {
            throw new VerificationFailure(`signed in repository "${got ?? 'unknown'}", expected "${want}"`, {
                fix: 'check --certificate-github-workflow-repository, or do not trust this signature',
            });
        }
    }
    return { ...found, digest };
}
/** Reads the SAN, issuer and source repository Fulcio wrote into the signing certificate. */
function certificateIdentity(bundle) {
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (!der)
        throw new VerificationFailure('the bundle has no signing certificate (keyless signatures carry one)');
    const cert = core_dist.X509Certificate.parse(Buffer.from(der));
    const san = cert.extSubjectAltName;
    const identity = san?.uri ?? san?.rfc822Name ?? '';
    const issuer = utf8Extension(cert, OID_ISSUER_V2) ?? rawExtension(cert, OID_ISSUER_V1) ?? '';
    const sourceRepository = utf8Extension(cert, OID_SOURCE_REPOSITORY_URI) ?? rawExtension(cert, OID_GITHUB_REPOSITORY_V1);
    const result = { identity, issuer };
    if (sourceRepository)
        result.sourceRepository = sourceRepository;
    return result;
}
/** Extensions from 1.3.6.1.4.1.57264.1.8 on hold a DER UTF8String. */
function utf8Extension(cert, oid) {
    const ext = cert.extension(oid);
    return ext ? core_dist.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8') : undefined;
}
/** The legacy extensions (…1.1 to …1.6) hold the raw string. */
function rawExtension(cert, oid) {
    const ext = cert.extension(oid);
    return ext ? ext.value.toString('utf8') : undefined;
}

;// CONCATENATED MODULE: ./src/sigstore/reuse.ts
/**
 * Finds a signature an earlier run already attached: a re-run of a failed release finishes the
 * job instead of attaching a second bundle to the same digest. Only a bundle that fully verifies
 * for this digest against the signing instance's trusted root, and whose certificate names the
 * identity of this run's token, counts; anything else is left alone and a new signature is added.
 */




/** The certificate identities Fulcio may write for this OIDC token (SAN URI forms). */
function identitiesOfToken(token) {
    let claims;
    try {
        claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return [];
    }
    const out = [];
    if (typeof claims.job_workflow_ref === 'string')
        out.push(`https://github.com/${claims.job_workflow_ref}`);
    for (const key of ['sub', 'email'])
        if (typeof claims[key] === 'string')
            out.push(claims[key]);
    return out;
}
/** The bundle and referrer of an earlier signature of `digest` by this token's identity, if any. */
async function existingSignature(store, digest, token, trustedRoot) {
    const identities = identitiesOfToken(token);
    if (identities.length === 0)
        return undefined;
    let referrers;
    try {
        referrers = await store.referrers(digest, BUNDLE_MEDIA_TYPE);
    }
    catch {
        return undefined; // no way to list them: sign as usual
    }
    if (referrers.length === 0)
        return undefined;
    let trust;
    try {
        trust = await loadTrustMaterial(trustedRoot);
    }
    catch {
        return undefined; // cannot check an earlier signature: add a fresh one
    }
    for (const referrer of referrers) {
        try {
            const manifest = JSON.parse(Buffer.from((await store.getManifest(referrer.digest)).bytes).toString('utf8'));
            const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE);
            if (!layer)
                continue;
            const bundle = JSON.parse(Buffer.from(await store.getBlob(layer.digest)).toString('utf8'));
            const signer = certificateIdentity((0,bundle_dist.bundleFromJSON)(bundle));
            if (!identities.includes(signer.identity))
                continue;
            // Throws unless the chain, transparency log and signature check out for this digest.
            verifyImage(digest, bundle, { identity: signer.identity, issuer: signer.issuer }, trust);
            return { bundle, referrer };
        }
        catch {
            // An unreadable or foreign referrer is not ours to reuse.
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sigstore/sign-image.ts





const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
/** The in-toto statement `cosign sign` v3 signs: subject = the manifest digest, empty predicate. */
function cosignStatement(digest) {
    const [algorithm, hex] = digest.split(':');
    if (algorithm !== 'sha256' || !hex || !/^[0-9a-f]{64}$/.test(hex)) {
        throw new errors/* ReleaseError */.K2('USAGE', `"${digest}" is not a sha256 manifest digest`, {
            fix: 'pass a digest such as sha256:<64 hex>',
        });
    }
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { sha256: hex } }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    };
    return Buffer.from(JSON.stringify(statement));
}
/** Signs one manifest and attaches the bundle to it as a referrer. */
async function signManifest(store, subject, options) {
    // A re-run of a release must not pile up signatures: reuse this identity's earlier one.
    const earlier = await existingSignature(store, subject.digest, options.identityToken, options.trustedRoot);
    if (earlier) {
        const signed = { digest: subject.digest, ...earlier, reused: true };
        if (subject.platform)
            signed.platform = platformName(subject.platform);
        return signed;
    }
    const bundle = await createBundle('dsseEnvelope', { data: cosignStatement(subject.digest), type: INTOTO_PAYLOAD_TYPE }, options);
    const bundleBytes = Buffer.from(JSON.stringify(bundle));
    const config = await store.pushBlob(Buffer.from('{}'), OCI_EMPTY);
    const layer = await store.pushBlob(bundleBytes, BUNDLE_MEDIA_TYPE);
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: BUNDLE_MEDIA_TYPE,
        config: { mediaType: OCI_EMPTY, digest: config.digest, size: config.size },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: layer.digest, size: layer.size }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
            'org.opencontainers.image.created': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
        },
    };
    const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
    const signed = { digest: subject.digest, bundle, referrer };
    if (subject.platform)
        signed.platform = platformName(subject.platform);
    return signed;
}
function platformName(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/**
 * Signs the manifest at `digest` in `store`; for an index, also every platform manifest in it.
 * The first entry of the result is always `digest` itself.
 */
async function signImage(store, digest, options) {
    cosignStatement(digest); // validates the digest before any network traffic
    let top;
    try {
        top = await store.getManifest(digest);
    }
    catch (e) {
        throw new errors/* ReleaseError */.K2('REGISTRY', `cannot read ${store.location}@${digest} to sign it`, {
            cause: e,
            fix: 'publish the image first and pass the digest that publish printed',
        });
    }
    const signed = [await signManifest(store, top.descriptor, options)];
    if (INDEX_TYPES.has(top.descriptor.mediaType)) {
        const index = JSON.parse(Buffer.from(top.bytes).toString('utf8'));
        for (const child of index.manifests ?? []) {
            // Attestation manifests some builders put in an index (platform unknown/unknown) are not images.
            if (child.platform?.os === 'unknown')
                continue;
            signed.push(await signManifest(store, child, options));
        }
    }
    return signed;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
;// CONCATENATED MODULE: ./src/sigstore/identity.ts
/**
 * Decides whether to sign and with which OIDC token. Keyless signing needs GitHub Actions' OIDC
 * token (audience `sigstore`), which exists only when the job has `permissions: id-token: write`
 * and never for pull requests from forks: both cases get a clear message, not a Fulcio error.
 */



/** Parses `--sign`. */
function parseSignMode(value) {
    const v = (value ?? 'auto').toLowerCase();
    if (v === 'auto' || v === 'true' || v === 'false')
        return v;
    throw new UsageError(`--sign must be auto, true or false, got "${value}"`, {
        fix: 'use --sign auto (the default), --sign true or --sign false',
    });
}
/** True when this run is a pull request whose head lives in another repository (a fork). */
async function isForkPullRequest(env) {
    if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.pull_request?.head?.repo;
        const base = event.pull_request?.base?.repo?.full_name;
        // A deleted fork has `head.repo: null`; it is still not this repository.
        if (head === null)
            return true;
        return (head?.fork === true ||
            (head?.full_name !== undefined && base !== undefined && head.full_name !== base));
    }
    catch {
        return false;
    }
}
const PERMISSION_FIX = 'add `permissions: id-token: write` to the job (or the calling workflow) so GitHub issues an OIDC token';
/** Resolves the identity token, or explains why signing is skipped or impossible. */
async function resolveIdentity(options) {
    const { mode, env } = options;
    if (mode === 'false')
        return { sign: false, reason: 'signing is turned off (--sign false)', warn: false };
    if (options.identityToken)
        return { sign: true, token: options.identityToken, source: 'flag' };
    if (mode === 'auto' && !options.releasing) {
        return {
            sign: false,
            reason: 'signing is skipped: this run does not release (--sign auto)',
            warn: false,
        };
    }
    if (await isForkPullRequest(env)) {
        return {
            sign: false,
            reason: 'signing is skipped on fork PRs: GitHub gives pull requests from forks no OIDC token, so there is no identity to sign with; the release from the base repository signs',
            warn: mode === 'true',
        };
    }
    const inActions = env.GITHUB_ACTIONS === 'true';
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        if (mode === 'auto' && !inActions) {
            return {
                sign: false,
                reason: 'signing is skipped: no identity (not in GitHub Actions and no --identity-token)',
                warn: false,
            };
        }
        if (mode === 'auto') {
            // The caller decides the permissions: without id-token: write, auto releases unsigned and
            // says how to sign; --sign true makes the missing permission an error.
            return {
                sign: false,
                reason: `signing is skipped: this job cannot request an OIDC token (sign: auto); to sign, ${PERMISSION_FIX.replace(/^add/, 'grant')}`,
                warn: true,
            };
        }
        throw inActions
            ? new errors/* ConfigurationError */.j1('keyless signing needs an OIDC token, and this job cannot request one', { fix: PERMISSION_FIX })
            : new errors/* ConfigurationError */.j1('keyless signing needs an OIDC identity token', {
                fix: 'pass --identity-token, run in GitHub Actions with `permissions: id-token: write`, or use --sign false',
            });
    }
    try {
        // @actions/core reads the request URL and token from process.env.
        const token = await core.getIDToken('sigstore');
        return { sign: true, token, source: 'github-actions' };
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`GitHub refused the OIDC token request: ${e.message}`, {
            cause: e,
            fix: PERMISSION_FIX,
        });
    }
}
/** True for events that publish a release (`auto` signs on these). */
function isReleaseEvent(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (event === 'release' || event === 'workflow_dispatch')
        return true;
    return event === 'push' && (env.GITHUB_REF ?? '').startsWith('refs/tags/');
}

;// CONCATENATED MODULE: ./src/sigstore/commands.ts
/**
 * The `cosign verify` / `cosign verify-blob` command lines the release notes and the job summary
 * print. The certificate identity is the workflow that ran the signing job — our reusable
 * workflow, not the caller's — so users must pin that identity and the caller's repository.
 */

/** The reusable release workflow, as GitHub names it in `job_workflow_ref`. */
const REUSABLE_WORKFLOW = 'samuelpkg/samuel-plugin-release/.github/workflows/release.yml';
/** The certificate identity Fulcio gives a job of the reusable workflow at `ref`. */
function reusableWorkflowIdentity(ref = 'refs/tags/v1') {
    return `https://github.com/${REUSABLE_WORKFLOW}@${ref}`;
}
/** Quotes an argument for a POSIX shell when it needs it. */
function shellQuote(arg) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function policyArgs(signer) {
    const args = [
        '--certificate-identity',
        signer.identity,
        '--certificate-oidc-issuer',
        signer.issuer ?? GITHUB_ACTIONS_ISSUER,
    ];
    if (signer.repository)
        args.push('--certificate-github-workflow-repository', signer.repository);
    return args;
}
/** `cosign verify-blob` for a file and its bundle (both as the user downloads them). */
function cosignVerifyBlobCommand(file, bundle, signer) {
    return ['cosign', 'verify-blob', '--bundle', bundle, ...policyArgs(signer), file]
        .map(shellQuote)
        .join(' ');
}
/** `cosign verify` for an image pinned by digest (the bundle is found as a referrer). */
function cosignVerifyImageCommand(imageWithDigest, signer) {
    return ['cosign', 'verify', ...policyArgs(signer), imageWithDigest].map(shellQuote).join(' ');
}
/** Our own `verify` with the same policy, for users without cosign. */
function ourVerifyCommand(target, signer, bundle) {
    const args = ['npx', 'samuel-plugin-release', 'verify', target];
    if (bundle)
        args.push('--bundle', bundle);
    return [...args, ...policyArgs(signer)].map(shellQuote).join(' ');
}

;// CONCATENATED MODULE: ./src/sigstore/plugin.ts
/**
 * Signs what a plugin kind releases (see the product table): wasm → `plugin.wasm.bundle`
 * (plus the OCI artifact when published), oci → the image/index as referrers and
 * `<name>.bundle`, skill → `SKILL.md.bundle`, meta → nothing to sign.
 */








/** The files a kind signs as blobs (absolute paths). */
function blobsToSign(loaded) {
    const m = loaded.manifest;
    if (m.kind === 'wasm' && m.wasm)
        return [(0,external_node_path_.resolve)(loaded.dir, m.wasm.module)];
    if (m.kind === 'skill')
        return [(0,external_node_path_.join)(loaded.dir, 'SKILL.md')];
    return [];
}
/** Signs the plugin's release artifacts (or explains why it skipped). */
async function signPlugin(loaded, options) {
    const result = { blobs: [], images: [], bundleFiles: [], verifyCommands: [] };
    const { manifest } = loaded;
    const files = blobsToSign(loaded);
    if (manifest.kind === 'oci' && !options.image) {
        throw new errors/* ConfigurationError */.j1(`${manifest.name} is an oci plugin, and there is no image digest to sign`, {
            fix: 'pass --image registry/owner/name@sha256:<digest> (the digest publish printed), or pin [oci].image',
            position: { file: loaded.file },
        });
    }
    if (files.length === 0 && !options.image) {
        result.skipped = { reason: `a ${manifest.kind} plugin has no artifact to sign`, warn: false };
        return result;
    }
    const decision = await resolveIdentity({
        mode: options.mode,
        identityToken: options.identityToken,
        env: options.env,
        releasing: options.releasing,
    });
    if (!decision.sign) {
        result.skipped = { reason: decision.reason, warn: decision.warn };
        return result;
    }
    const signOptions = { ...options, identityToken: decision.token };
    for (const file of files) {
        const signed = await signBlob(file, { ...signOptions, outputDir: options.outputDir });
        result.blobs.push(signed);
        result.bundleFiles.push(signed.bundlePath);
    }
    if (options.image) {
        result.images = await signImage(options.image.store, options.image.digest, signOptions);
        const top = result.images[0];
        if (top) {
            // The installer downloads `<plugin-name>.bundle`: the bundle of the digest the manifest pins.
            const path = (0,external_node_path_.join)(options.outputDir ?? loaded.dir, `${manifest.name}.bundle`);
            await writeBundle(path, top.bundle);
            result.bundleFiles.push(path);
        }
    }
    const first = result.blobs[0]?.bundle ?? result.images[0]?.bundle;
    if (first) {
        const found = certificateIdentity((0,bundle_dist.bundleFromJSON)(first));
        result.signer = { identity: found.identity, issuer: found.issuer };
        const repo = found.sourceRepository?.replace(/^https:\/\/github\.com\//, '');
        if (repo)
            result.signer.repository = repo;
        for (const blob of result.blobs) {
            result.verifyCommands.push(cosignVerifyBlobCommand((0,external_node_path_.basename)(blob.file), (0,external_node_path_.basename)(blob.bundlePath), result.signer));
        }
        if (options.image)
            result.verifyCommands.push(cosignVerifyImageCommand(options.image.reference, result.signer));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sigstore/index.ts
/** Keyless Sigstore signing and verification in the formats Samuel and cosign read. */










/***/ }),

/***/ 75787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ READ_LIMITS),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   z3: () => (/* binding */ formatBytes)
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
/**
 * Reads a regular file of at most `maxBytes`. A FIFO, device, socket or directory is refused
 * before anything is read (opened with O_NONBLOCK so a FIFO cannot block the open itself).
 */
async function readRegularFile(path, options) {
    const display = options.display ?? path;
    const what = options.what ?? 'file';
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(code === 'ENOENT'
            ? `${display}: no such ${what}`
            : `${display}: cannot read the ${what} (${code ?? e.message})`, { cause: e, fix: `check the path to the ${what}` });
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
                fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
            });
        }
        if (info.size > options.maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} is ${formatBytes(info.size)}, over the ${formatBytes(options.maxBytes)} limit`, { fix: `a ${what} larger than ${formatBytes(options.maxBytes)} is not accepted` });
        }
        // Read at most one byte past the limit: a file that grows while we read is still bounded.
        const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > options.maxBytes) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${display}: the ${what} grew past the ${formatBytes(options.maxBytes)} limit while being read`, { fix: `do not change the ${what} while it is being read` });
                }
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
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}


/***/ })

};
