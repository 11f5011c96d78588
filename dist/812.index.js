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
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68031);
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


/***/ })

};
