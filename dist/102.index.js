export const id = 102;
export const ids = [102];
export const modules = {

/***/ 47102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUNDLE_MEDIA_TYPE: () => (/* reexport */ BUNDLE_MEDIA_TYPE),
  COSIGN_SIGN_PREDICATE: () => (/* reexport */ COSIGN_SIGN_PREDICATE),
  DEFAULT_RETRY: () => (/* reexport */ DEFAULT_RETRY),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  LOCAL_BUILDER_ID: () => (/* reexport */ LOCAL_BUILDER_ID),
  PREDICATE_TYPE_ANNOTATION: () => (/* reexport */ PREDICATE_TYPE_ANNOTATION),
  PUBLIC_GOOD: () => (/* reexport */ PUBLIC_GOOD),
  RELEASE_BUILD_TYPE: () => (/* reexport */ RELEASE_BUILD_TYPE),
  REUSABLE_WORKFLOW: () => (/* reexport */ REUSABLE_WORKFLOW),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  VerificationFailure: () => (/* reexport */ VerificationFailure),
  attachBundle: () => (/* reexport */ attachBundle),
  attachedBundles: () => (/* reexport */ attachedBundles),
  attestProvenance: () => (/* reexport */ attestProvenance),
  blobsToSign: () => (/* reexport */ blobsToSign),
  certificateIdentity: () => (/* reexport */ certificateIdentity),
  checkPolicy: () => (/* reexport */ checkPolicy),
  checkProvenancePolicy: () => (/* reexport */ checkProvenancePolicy),
  cosignStatement: () => (/* reexport */ cosignStatement),
  cosignVerifyBlobCommand: () => (/* reexport */ cosignVerifyBlobCommand),
  cosignVerifyImageCommand: () => (/* reexport */ cosignVerifyImageCommand),
  cosignVerifyProvenanceBlobCommand: () => (/* reexport */ cosignVerifyProvenanceBlobCommand),
  cosignVerifyProvenanceImageCommand: () => (/* reexport */ cosignVerifyProvenanceImageCommand),
  fileSubject: () => (/* reexport */ fileSubject),
  ghVerifyProvenanceCommand: () => (/* reexport */ ghVerifyProvenanceCommand),
  imageDependency: () => (/* reexport */ imageDependency),
  imageProvenanceSubjects: () => (/* reexport */ imageProvenanceSubjects),
  imageSubjects: () => (/* reexport */ imageSubjects),
  isForkPullRequest: () => (/* reexport */ isForkPullRequest),
  isReleaseEvent: () => (/* reexport */ isReleaseEvent),
  loadTrustMaterial: () => (/* reexport */ loadTrustMaterial),
  parseSignMode: () => (/* reexport */ parseSignMode),
  provenanceAssetName: () => (/* reexport */ provenanceAssetName),
  provenanceStatement: () => (/* reexport */ provenanceStatement),
  readBuildContext: () => (/* reexport */ readBuildContext),
  recordAttestation: () => (/* reexport */ recordAttestation),
  resolveIdentity: () => (/* reexport */ resolveIdentity),
  reusableWorkflowIdentity: () => (/* reexport */ reusableWorkflowIdentity),
  signBlob: () => (/* reexport */ signBlob),
  signImage: () => (/* reexport */ signImage),
  signPlugin: () => (/* reexport */ signPlugin),
  sourceDependency: () => (/* reexport */ sourceDependency),
  statementOf: () => (/* reexport */ statementOf),
  subjectDigests: () => (/* reexport */ subjectDigests),
  tokenClaims: () => (/* reexport */ tokenClaims),
  toolDependency: () => (/* reexport */ toolDependency),
  verifyBlob: () => (/* reexport */ verifyBlob),
  verifyImage: () => (/* reexport */ verifyImage),
  verifyProvenance: () => (/* reexport */ verifyProvenance)
});

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

;// CONCATENATED MODULE: ./src/sigstore/referrers.ts


const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
/** The annotation naming the predicate type of the statement in an attached bundle. */
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** `os/arch[/variant]`. */
function platformName(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/**
 * The manifest at `digest` and, for an index, each platform manifest in it: whichever digest a
 * user pins is covered. The first entry is always `digest` itself.
 */
async function imageSubjects(store, digest, purpose) {
    let top;
    try {
        top = await store.getManifest(digest);
    }
    catch (e) {
        throw new errors/* ReleaseError */.K2('REGISTRY', `cannot read ${store.location}@${digest} to ${purpose} it`, {
            cause: e,
            fix: 'publish the image first and pass the digest that publish printed',
        });
    }
    const subjects = [{ descriptor: top.descriptor }];
    if (!INDEX_TYPES.has(top.descriptor.mediaType))
        return subjects;
    const index = JSON.parse(Buffer.from(top.bytes).toString('utf8'));
    for (const child of index.manifests ?? []) {
        // Attestation manifests some builders put in an index (platform unknown/unknown) are not images.
        if (child.platform?.os === 'unknown')
            continue;
        const subject = { descriptor: child };
        if (child.platform)
            subject.platform = platformName(child.platform);
        subjects.push(subject);
    }
    return subjects;
}
/** Pushes a referrer manifest carrying `bundle` for `subject`, and returns its descriptor. */
async function attachBundle(store, subject, bundle, predicateType) {
    const config = await store.pushBlob(Buffer.from('{}'), OCI_EMPTY);
    const layer = await store.pushBlob(Buffer.from(JSON.stringify(bundle)), BUNDLE_MEDIA_TYPE);
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
            [PREDICATE_TYPE_ANNOTATION]: predicateType,
        },
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}
/**
 * The bundles attached to `digest`. With `predicateType`, only referrers annotated with it, or
 * not annotated at all (older writers), are read; a caller still checks the statement inside.
 * Referrers that cannot be read are skipped: they are someone else's, or broken, and not ours.
 */
async function attachedBundles(store, digest, predicateType) {
    const referrers = await store.referrers(digest, BUNDLE_MEDIA_TYPE);
    const found = [];
    for (const referrer of referrers) {
        const annotated = referrer.annotations?.[PREDICATE_TYPE_ANNOTATION];
        if (predicateType && annotated !== undefined && annotated !== predicateType)
            continue;
        try {
            const manifest = JSON.parse(Buffer.from((await store.getManifest(referrer.digest)).bytes).toString('utf8'));
            const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE);
            if (!layer)
                continue;
            const bundle = JSON.parse(Buffer.from(await store.getBlob(layer.digest)).toString('utf8'));
            found.push({ referrer, bundle });
        }
        catch {
            // Not readable as a bundle: skip it.
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sigstore/statement.ts


/** The in-toto Statement v1 type. */
const INTOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement of a DSSE bundle, or a `VERIFY` error saying why there is none. */
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new errors/* ReleaseError */.K2('VERIFY', 'the bundle signs a blob, not an in-toto statement', {
            fix: 'pass the attestation bundle (.sigstore.json), not the signature bundle (.bundle)',
        });
    }
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
        throw new errors/* ReleaseError */.K2('VERIFY', `the DSSE payload is ${envelope.payloadType}, not an in-toto statement`);
    }
    let parsed;
    try {
        parsed = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch (e) {
        throw new errors/* ReleaseError */.K2('VERIFY', 'the in-toto statement in the bundle is not JSON', {
            cause: e,
        });
    }
    const s = parsed;
    if (!s ||
        typeof s !== 'object' ||
        !Array.isArray(s.subject) ||
        typeof s.predicateType !== 'string') {
        throw new errors/* ReleaseError */.K2('VERIFY', 'the bundle carries no in-toto statement (no subject or no predicateType)');
    }
    const subject = s.subject.filter((x) => !!x && typeof x === 'object' && typeof x.digest === 'object');
    return {
        _type: String(s._type),
        subject,
        predicateType: s.predicateType,
        predicate: s.predicate,
    };
}
/** `sha256:<hex>` of each subject that has a sha256 digest. */
function subjectDigests(statement) {
    return statement.subject.flatMap((s) => typeof s.digest.sha256 === 'string' ? [`sha256:${s.digest.sha256}`] : []);
}

;// CONCATENATED MODULE: ./src/sigstore/build-context.ts
/**
 * The facts about this run that provenance records, read once. In GitHub Actions they come from
 * the OIDC token's claims when there is a token (Fulcio copies the same claims into the signing
 * certificate, so the statement and the certificate agree) and from the runner's environment
 * otherwise. Outside Actions the builder is the local machine, and the statement says so.
 */
/** The builder id of a release made outside GitHub Actions (a laptop, another CI). */
const LOCAL_BUILDER_ID = 'https://github.com/samuelpkg/samuel-plugin-release/blob/main/docs/provenance.md#local-builder';
/** The claims of a JWT, unverified (Fulcio verifies the token; we only read what it will copy). */
function tokenClaims(token) {
    if (!token)
        return {};
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' ? claims : {};
    }
    catch {
        return {};
    }
}
function build_context_text(value) {
    if (typeof value === 'number')
        return String(value);
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * Reads the build context from the environment of a GitHub Actions job and, when given, the
 * OIDC identity token the release signs with (claims win over environment variables).
 */
function readBuildContext(env, options = {}) {
    const claims = tokenClaims(options.identityToken);
    const inActions = env.GITHUB_ACTIONS === 'true';
    const pick = (claim, variable) => build_context_text(claims[claim]) ?? (inActions && variable ? build_context_text(env[variable]) : undefined);
    const serverUrl = (inActions ? build_context_text(env.GITHUB_SERVER_URL) : undefined) ?? 'https://github.com';
    const context = {
        local: !inActions,
        builderId: LOCAL_BUILDER_ID,
        builderCertified: false,
        serverUrl,
        runner: {},
    };
    // job_workflow_ref exists only as a claim: a job is not told which reusable workflow runs it.
    const fields = [
        ['repository', 'repository', 'GITHUB_REPOSITORY'],
        ['repositoryId', 'repository_id', 'GITHUB_REPOSITORY_ID'],
        ['repositoryOwnerId', 'repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
        ['sha', 'sha', 'GITHUB_SHA'],
        ['ref', 'ref', 'GITHUB_REF'],
        ['workflowRef', 'workflow_ref', 'GITHUB_WORKFLOW_REF'],
        ['jobWorkflowRef', 'job_workflow_ref'],
        ['jobWorkflowSha', 'job_workflow_sha'],
        ['eventName', 'event_name', 'GITHUB_EVENT_NAME'],
        ['runId', 'run_id', 'GITHUB_RUN_ID'],
        ['runAttempt', 'run_attempt', 'GITHUB_RUN_ATTEMPT'],
    ];
    for (const [field, claim, variable] of fields) {
        const value = pick(claim, variable);
        if (value !== undefined)
            context[field] = value;
    }
    const environment = build_context_text(claims.runner_environment);
    if (environment)
        context.runner.environment = environment;
    if (inActions) {
        const os = build_context_text(env.RUNNER_OS);
        const arch = build_context_text(env.RUNNER_ARCH);
        if (os)
            context.runner.os = os;
        if (arch)
            context.runner.arch = arch;
    }
    if (!inActions)
        return context;
    if (context.repository && context.runId) {
        context.invocationId = `${serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt ?? '1'}`;
    }
    if (context.jobWorkflowRef) {
        context.builderId = `${serverUrl}/${context.jobWorkflowRef}`;
        context.builderCertified = true;
    }
    else if (context.workflowRef) {
        // Without a token the caller's workflow is the best available name, and nothing certifies it.
        context.builderId = `${serverUrl}/${context.workflowRef}`;
    }
    return context;
}

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
    let named;
    try {
        named = subjectDigests(statementOf(bundle));
    }
    catch (e) {
        throw new VerificationFailure(e.message, { cause: e });
    }
    if (!named.includes(digest)) {
        throw new VerificationFailure(`the bundle is for ${named.join(', ') || 'nothing'}, not for ${digest}`, {
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
    const claims = tokenClaims(token);
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
    let attached;
    try {
        attached = await attachedBundles(store, digest, COSIGN_SIGN_PREDICATE);
    }
    catch {
        return undefined; // no way to list them: sign as usual
    }
    if (attached.length === 0)
        return undefined;
    let trust;
    try {
        trust = await loadTrustMaterial(trustedRoot);
    }
    catch {
        return undefined; // cannot check an earlier signature: add a fresh one
    }
    for (const { referrer, bundle } of attached) {
        try {
            const parsed = (0,bundle_dist.bundleFromJSON)(bundle);
            // A provenance attestation by the same identity is not a signature to reuse.
            if (statementOf(parsed).predicateType !== COSIGN_SIGN_PREDICATE)
                continue;
            const signer = certificateIdentity(parsed);
            if (!identities.includes(signer.identity))
                continue;
            // Throws unless the chain, transparency log and signature check out for this digest.
            verifyImage(digest, bundle, { identity: signer.identity, issuer: signer.issuer }, trust);
            return { bundle: bundle, referrer };
        }
        catch {
            // An unreadable or foreign referrer is not ours to reuse.
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sigstore/sign-image.ts






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
async function signManifest(store, { descriptor: subject, platform }, options) {
    // A re-run of a release must not pile up signatures: reuse this identity's earlier one.
    const earlier = await existingSignature(store, subject.digest, options.identityToken, options.trustedRoot);
    let signed;
    if (earlier) {
        signed = { digest: subject.digest, ...earlier, reused: true };
    }
    else {
        const bundle = await createBundle('dsseEnvelope', { data: cosignStatement(subject.digest), type: INTOTO_PAYLOAD_TYPE }, options);
        const referrer = await attachBundle(store, subject, bundle, COSIGN_SIGN_PREDICATE);
        signed = { digest: subject.digest, bundle, referrer };
    }
    if (platform)
        signed.platform = platform;
    return signed;
}
/**
 * Signs the manifest at `digest` in `store`; for an index, also every platform manifest in it.
 * The first entry of the result is always `digest` itself.
 */
async function signImage(store, digest, options) {
    cosignStatement(digest); // validates the digest before any network traffic
    const signed = [];
    for (const subject of await imageSubjects(store, digest, 'sign')) {
        signed.push(await signManifest(store, subject, options));
    }
    return signed;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
;// CONCATENATED MODULE: ./src/sigstore/identity.ts
/**
 * Decides whether to sign and with which OIDC token. Keyless signing needs GitHub Actions' OIDC
 * token (audience `sigstore`), which exists only when the job has `permissions: id-token: write`
 * and never for pull requests from forks: both cases get a clear message, not a Fulcio error.
 *
 * A private (or internal) repository is not signed by `--sign auto` on the public Sigstore
 * instance: its certificate and Rekor entry would publish the repository's name, workflow and
 * commit. `--sign true`, an explicit `--identity-token`, or a private instance (both
 * `--fulcio-url` and `--rekor-url`) sign anyway — the same split by visibility as actions/attest.
 */




/** Parses `--sign`. */
function parseSignMode(value) {
    const v = (value ?? 'auto').toLowerCase();
    if (v === 'auto' || v === 'true' || v === 'false')
        return v;
    throw new errors/* UsageError */.eb(`--sign must be auto, true or false, got "${value}"`, {
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
/**
 * Whether the repository this run belongs to is not public, from the event payload at
 * `GITHUB_EVENT_PATH` (`repository.visibility`, else `repository.private`): `true` for a private
 * or internal repository, `false` for a public one or outside GitHub Actions (no payload), and
 * `'unknown'` when the payload is named but cannot be read or names no repository.
 */
async function repositoryIsPrivate(env) {
    if (!env.GITHUB_EVENT_PATH)
        return false;
    let repository;
    try {
        const event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        repository = event?.repository ?? undefined;
    }
    catch {
        return 'unknown';
    }
    if (typeof repository?.visibility === 'string')
        return repository.visibility !== 'public';
    if (typeof repository?.private === 'boolean')
        return repository.private;
    return 'unknown';
}
const TURN_ON_PUBLIC = 'set sign: true (--sign true) to sign on the public instance anyway, or name a private Sigstore with fulcio-url, rekor-url and trusted-root';
/** `auto` in a repository that is not public, on the public instance: skip, with a notice. */
async function publicLogRefusal(options) {
    if (options.mode !== 'auto' || (options.fulcioUrl && options.rekorUrl))
        return undefined;
    const priv = await repositoryIsPrivate(options.env);
    if (priv === false)
        return undefined;
    const why = priv === true
        ? 'this repository is private, so sign: auto does not record its name and commit in the public Sigstore log'
        : 'the event payload (GITHUB_EVENT_PATH) does not say whether this repository is public, so sign: auto does not record it in the public Sigstore log';
    return { sign: false, reason: `${why}; ${TURN_ON_PUBLIC}`, warn: false, notice: true };
}
const PERMISSION_FIX = 'add `permissions: id-token: write` to the job (or the calling workflow) so GitHub issues an OIDC token';
/** Resolves the identity token, or explains why signing is skipped or impossible. */
async function resolveIdentity(options) {
    const { mode, env } = options;
    if (mode === 'false')
        return { sign: false, reason: 'signing is turned off (--sign false)', warn: false };
    if (options.identityToken) {
        (0,report/* registerSecret */.cl)(options.identityToken);
        return { sign: true, token: options.identityToken, source: 'flag' };
    }
    if (mode === 'auto' && !options.releasing) {
        return {
            sign: false,
            reason: 'signing is skipped: this run does not release (--sign auto)',
            warn: false,
        };
    }
    const refusal = await publicLogRefusal(options);
    if (refusal)
        return refusal;
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
        (0,report/* registerSecret */.cl)(token);
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
/** `cosign verify-blob-attestation` of a file against the provenance release asset. */
function cosignVerifyProvenanceBlobCommand(file, bundle, signer) {
    return [
        'cosign',
        'verify-blob-attestation',
        '--bundle',
        bundle,
        '--type',
        'slsaprovenance1',
        ...policyArgs(signer),
        file,
    ]
        .map(shellQuote)
        .join(' ');
}
/** `cosign verify-attestation` of an image (the bundle is found as a referrer). */
function cosignVerifyProvenanceImageCommand(imageWithDigest, signer) {
    return [
        'cosign',
        'verify-attestation',
        '--type',
        'slsaprovenance1',
        ...policyArgs(signer),
        imageWithDigest,
    ]
        .map(shellQuote)
        .join(' ');
}
/**
 * `gh attestation verify` of a file (or `oci://image@digest`) with the provenance asset. The
 * signer is our reusable workflow, so `--signer-workflow` pins it (gh would otherwise expect
 * a workflow of the caller's repository).
 */
function ghVerifyProvenanceCommand(target, bundle, signer) {
    const args = ['gh', 'attestation', 'verify', target, '--bundle', bundle];
    if (signer.repository)
        args.push('--repo', signer.repository);
    const workflow = /^https:\/\/(github\.com\/[^@]+)@/.exec(signer.identity)?.[1];
    if (workflow)
        args.push('--signer-workflow', workflow);
    else
        args.push('--cert-identity', signer.identity);
    return args.map(shellQuote).join(' ');
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
        // The instance decides whether a private repository may sign with `auto`.
        ...(options.fulcioUrl ? { fulcioUrl: options.fulcioUrl } : {}),
        ...(options.rekorUrl ? { rekorUrl: options.rekorUrl } : {}),
    });
    if (!decision.sign) {
        result.skipped = {
            reason: decision.reason,
            warn: decision.warn,
            ...(decision.notice ? { notice: true } : {}),
        };
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

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/sigstore/provenance.ts
/**
 * SLSA Provenance v1 statements (https://slsa.dev/spec/v1.0/provenance) for what a release
 * ships: which workflow built it, from which repository and commit, with which inputs and
 * tools. The layout follows GitHub's own workflow build type, so readers that know
 * actions/attest's statements find the same fields here.
 */




/** The SLSA Provenance v1 predicate type. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** What our build type means is written down in docs/provenance.md. */
const RELEASE_BUILD_TYPE = 'https://github.com/samuelpkg/samuel-plugin-release/blob/main/docs/provenance.md#build-type-v1';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** The subject of a file: its name and sha256 (streamed, regular files only). */
async function fileSubject(path, name = (0,external_node_path_.basename)(path)) {
    return { name, digest: (await (0,oci_digest.fileDigest)(path, 'artifact')).digest };
}
/** A tool the build used, as a dependency: `pkg:generic/<name>@<version>`. */
function toolDependency(name, version) {
    return { name, uri: `pkg:generic/${encodeURIComponent(name)}@${encodeURIComponent(version)}` };
}
/** A base image the build started from, pinned by digest. */
function imageDependency(reference, digest) {
    if (!DIGEST.test(digest)) {
        throw new errors/* UsageError */.eb(`the base image digest "${digest}" is not sha256:<64 hex>`, {
            fix: 'pin base images by digest (FROM image@sha256:…) so provenance can name them',
        });
    }
    return { uri: `oci://${reference.replace(/@sha256:[0-9a-f]{64}$/, '')}`, digest: hexOf(digest) };
}
function hexOf(digest) {
    return { sha256: digest.slice('sha256:'.length) };
}
/** The source repository at the commit, as GitHub's build type names it. */
function sourceDependency(context) {
    if (!context.repository)
        return undefined;
    const ref = context.ref ? `@${context.ref}` : '';
    const source = {
        uri: `git+${context.serverUrl}/${context.repository}${ref}`,
    };
    if (context.sha)
        source.digest = { gitCommit: context.sha };
    return source;
}
/** `owner/repo/.github/workflows/x.yml@ref` → the workflow's repository URL, path and ref. */
function workflowParameters(context) {
    const m = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(context.workflowRef ?? '');
    if (!m)
        return undefined;
    return { ref: m[3], repository: `${context.serverUrl}/${m[1]}`, path: m[2] };
}
function timestamp(date, name) {
    if (date === undefined)
        return undefined;
    if (Number.isNaN(date.getTime())) {
        throw new errors/* ReleaseError */.K2('INTERNAL', `the provenance ${name} time is not a valid date`);
    }
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Builds the in-toto statement with the SLSA Provenance v1 predicate for `input.subjects`. */
function provenanceStatement(input) {
    if (input.subjects.length === 0) {
        throw new errors/* ReleaseError */.K2('INTERNAL', 'provenance needs at least one artifact to describe');
    }
    const subject = input.subjects.map((s) => {
        if (!DIGEST.test(s.digest) || s.name === '') {
            throw new errors/* ReleaseError */.K2('INTERNAL', `the provenance subject "${s.name}" has no sha256 digest (${s.digest})`);
        }
        return { name: s.name, digest: hexOf(s.digest) };
    });
    const { context } = input;
    const externalParameters = {};
    const workflow = workflowParameters(context);
    if (workflow)
        externalParameters.workflow = workflow;
    externalParameters.inputs = input.externalParameters ?? {};
    const github = {};
    const facts = [
        ['event_name', context.eventName],
        ['repository_id', context.repositoryId],
        ['repository_owner_id', context.repositoryOwnerId],
        ['runner_environment', context.runner.environment],
        ['runner_os', context.runner.os],
        ['runner_arch', context.runner.arch],
        ['job_workflow_sha', context.jobWorkflowSha],
    ];
    for (const [key, value] of facts)
        if (value !== undefined)
            github[key] = value;
    const source = sourceDependency(context);
    const resolvedDependencies = [...(source ? [source] : []), ...(input.resolvedDependencies ?? [])];
    const metadata = {};
    if (context.invocationId)
        metadata.invocationId = context.invocationId;
    const started = timestamp(input.startedOn, 'start');
    const finished = timestamp(input.finishedOn, 'finish');
    if (started)
        metadata.startedOn = started;
    if (finished)
        metadata.finishedOn = finished;
    const builder = { id: context.builderId };
    if (input.builderVersion)
        builder.version = input.builderVersion;
    const predicate = {
        buildDefinition: {
            buildType: RELEASE_BUILD_TYPE,
            externalParameters,
            internalParameters: context.local ? { local: true } : { github },
            resolvedDependencies,
        },
        runDetails: { builder, metadata },
    };
    return { _type: INTOTO_STATEMENT_V1, subject, predicateType: SLSA_PROVENANCE_V1, predicate };
}

// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
;// CONCATENATED MODULE: ./src/sigstore/github-attestations.ts

function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' && s > 0 ? s : undefined;
}
/** GitHub's own words, made inert (it is text from a server) and kept to one line. */
function messageOf(e) {
    const data = e?.response?.data;
    const raw = typeof data?.message === 'string' ? data.message : e?.message;
    return (0,report/* inertLog */.H_)(String(raw ?? 'no message')).split('\n')[0] ?? '';
}
/** Why the upload failed, and what to do about it. */
function explain(e) {
    const status = statusOf(e);
    const said = messageOf(e);
    if (status === 403 && /not available/i.test(said)) {
        return `GitHub says: ${said} The attestation is still attached to the image and uploaded as a release asset; artifact attestations in private repositories need GitHub Enterprise Cloud`;
    }
    if (status === 403 || status === 401) {
        return `GitHub refused it (${status}: ${said}); grant \`permissions: attestations: write\` to the release job to record attestations with GitHub`;
    }
    if (status === 404) {
        return `GitHub answered 404 (${said}): this server has no attestations API, or the token cannot see the repository`;
    }
    return `the request failed (${status ?? 'network'}: ${said}); the bundle is still in the release assets`;
}
/**
 * Uploads `bundle` to `POST /repos/{owner}/{repo}/attestations`. Never throws: a failure comes
 * back as `{ recorded: false, reason }`, also reported as a notice when a reporter is given.
 */
async function recordAttestation(client, repository, bundle, reporter, serverUrl = 'https://github.com') {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        return { recorded: false, reason: `"${repository}" is not owner/repo` };
    }
    try {
        const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
            owner,
            repo,
            bundle: bundle,
        });
        const id = response.data.id;
        const url = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/attestations${typeof id === 'number' ? `/${id}` : ''}`;
        reporter?.info(`provenance recorded with GitHub's attestations API: ${url}`);
        return typeof id === 'number' ? { recorded: true, id, url } : { recorded: true, url };
    }
    catch (e) {
        const reason = explain(e);
        reporter?.finding({
            severity: 'notice',
            rule: 'attestations-api',
            message: `the provenance was not recorded with GitHub's attestations API: ${reason}`,
        });
        return { recorded: false, reason };
    }
}

;// CONCATENATED MODULE: ./src/sigstore/attest.ts
/**
 * Signs a provenance statement keylessly — the same Fulcio, Rekor and TSA path as signatures,
 * so `--fulcio-url`, `--rekor-url`, `--tsa-url` and `--trusted-root` apply unchanged — and
 * puts the DSSE bundle where verifiers look: beside each image manifest as a referrer annotated
 * with the predicate type (as actions/attest and `cosign attest` v3 do), in one release asset
 * `<plugin-name>.provenance.sigstore.json`, and optionally in GitHub's attestations API.
 */











/** The release asset that carries the provenance bundle of a plugin's release. */
function provenanceAssetName(pluginName) {
    return `${pluginName}.provenance.sigstore.json`;
}
/** Signs the statement, attaches it to the image's manifests, and writes the release asset. */
async function attestProvenance(options) {
    const { statement } = options;
    (0,report/* registerSecret */.cl)(options.identityToken);
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        throw new errors/* ReleaseError */.K2('INTERNAL', `not a provenance statement: ${statement.predicateType}`);
    }
    const covered = new Set(subjectDigests(statement));
    // Every manifest a user may pin must be a subject, or its referrer would not verify.
    const manifests = options.image
        ? await imageSubjects(options.image.store, options.image.digest, 'attest')
        : [];
    const missing = manifests.filter((m) => !covered.has(m.descriptor.digest));
    if (missing.length > 0) {
        throw new errors/* ReleaseError */.K2('INTERNAL', `the provenance statement does not name ${missing.map((m) => m.descriptor.digest).join(', ')} of ${options.image?.reference}`, {
            fix: 'build the subjects with imageProvenanceSubjects() so the index and each platform are named',
        });
    }
    // The folder exists before anything is signed: a write failure must not follow a Rekor entry.
    try {
        await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    }
    catch (e) {
        throw new errors/* IoError */.dA(`cannot create ${options.outputDir} for the provenance bundle`, {
            cause: e,
            fix: 'check that --output is a writable folder',
        });
    }
    const bundle = await createBundle('dsseEnvelope', { data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE }, options);
    const referrers = [];
    for (const m of manifests) {
        const referrer = await attachBundle(options.image.store, m.descriptor, bundle, SLSA_PROVENANCE_V1);
        const attested = { digest: m.descriptor.digest, referrer };
        if (m.platform)
            attested.platform = m.platform;
        referrers.push(attested);
    }
    const bundleFile = (0,external_node_path_.join)(options.outputDir, provenanceAssetName(options.pluginName));
    await (0,files/* writeFileAtomic */.Zf)(bundleFile, JSON.stringify(bundle) + '\n');
    const result = { bundle, bundleFile, assets: [bundleFile], referrers };
    if (options.github) {
        result.github = await recordAttestation(options.github.client, options.github.repository, bundle, options.reporter, options.github.serverUrl);
    }
    return result;
}
/**
 * The subjects of a published image: the manifest (or index) at `digest` named by
 * `reference`, and each platform manifest of an index.
 */
async function imageProvenanceSubjects(store, digest, reference) {
    const repository = reference.replace(/@sha256:[0-9a-f]{64}$/, '').replace(/:[^/:]+$/, '');
    return (await imageSubjects(store, digest, 'attest')).map((m) => ({
        name: `${repository}@${m.descriptor.digest}`,
        digest: m.descriptor.digest,
    }));
}

;// CONCATENATED MODULE: ./src/sigstore/verify-provenance.ts
/**
 * Verifies a provenance attestation for a file or an image digest: the bundle's signature
 * (against the trusted root), that the statement is SLSA Provenance v1 naming this digest, that
 * the builder it claims is the identity that signed it (a workflow cannot claim another's
 * builds), and the caller's policy on builder and source repository. Returns what built it.
 */










function repoOf(value) {
    return value
        .replace(/^git\+/, '')
        .replace(/^https:\/\/github\.com\//, '')
        .replace(/(\.git)?\/?$/, '');
}
/** Checks the policy's shape before anything is read. */
function checkProvenancePolicy(policy) {
    const identity = {};
    if (policy.issuer)
        identity.issuer = policy.issuer;
    if (policy.identity)
        identity.identity = policy.identity;
    if (policy.identityRegexp)
        identity.identityRegexp = policy.identityRegexp;
    if (!identity.identity && !identity.identityRegexp) {
        if (!policy.builderId || policy.builderId === LOCAL_BUILDER_ID) {
            throw new errors/* UsageError */.eb('provenance verification needs the expected builder', {
                fix: 'pass --builder-id (the reusable workflow that released, e.g. https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1), or --certificate-identity',
            });
        }
        identity.identity = policy.builderId;
    }
    if (policy.sourceRepository)
        identity.repository = repoOf(policy.sourceRepository);
    checkPolicy(identity);
    return identity;
}
/** Reads a bundle file: one JSON bundle, or JSON lines of bundles. */
async function readBundles(path) {
    const text = (await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* READ_LIMITS */.Cl.bundle, what: 'bundle' })).toString('utf8');
    try {
        return [JSON.parse(text)];
    }
    catch {
        try {
            return text
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => JSON.parse(line));
        }
        catch (e) {
            throw new VerificationFailure(`${path} is neither a JSON bundle nor JSON lines of bundles`, {
                cause: e,
                fix: 'pass the .provenance.sigstore.json release asset',
            });
        }
    }
}
/** A statement that cannot be read is a failed verification, with the reader's fix. */
function asFailure(e) {
    const fix = e.fix;
    return new VerificationFailure(e.message, {
        cause: e,
        ...(typeof fix === 'string' ? { fix } : {}),
    });
}
/** Verifies one bundle for `digest`; throws a `VerificationFailure` naming what is wrong. */
function verifyOne(digest, json, policy, identity, trust) {
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new VerificationFailure(`not a Sigstore bundle: ${e.message}`, { cause: e });
    }
    let statement;
    try {
        statement = statementOf(bundle);
    }
    catch (e) {
        throw asFailure(e);
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        throw new VerificationFailure(`the statement is ${statement.predicateType}, not SLSA provenance (${SLSA_PROVENANCE_V1})`, { fix: 'pass the .provenance.sigstore.json asset, not a signature bundle' });
    }
    const named = subjectDigests(statement);
    if (!named.includes(digest)) {
        throw new VerificationFailure(`the provenance is for ${named.join(', ') || 'nothing'}, not for ${digest}`, { fix: 'this artifact is not the one that was built and attested; do not trust it' });
    }
    const predicate = statement.predicate;
    const builderId = predicate?.runDetails?.builder?.id;
    if (typeof builderId !== 'string' || builderId === '') {
        throw new VerificationFailure('the provenance names no builder (runDetails.builder.id)');
    }
    // Refusing on what the statement claims is safe before its signature is checked.
    if (policy.builderId !== undefined && builderId !== policy.builderId) {
        throw new VerificationFailure(`built by "${builderId}", expected "${policy.builderId}"`, {
            fix: 'check --builder-id; an artifact from another builder must not be trusted as this one',
        });
    }
    // Signature, transparency log, certificate chain and who signed.
    const signer = verifyImage(digest, json, identity, trust);
    const local = builderId === LOCAL_BUILDER_ID;
    if (!local && builderId !== signer.identity) {
        throw new VerificationFailure(`the provenance claims builder "${builderId}" but was signed by "${signer.identity}"`, { fix: 'a statement is only as good as its signer; do not trust this one' });
    }
    const deps = predicate?.buildDefinition?.resolvedDependencies ?? [];
    const sourceDep = deps.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+'));
    const source = {};
    if (sourceDep?.uri) {
        const m = /^git\+(.+?)(?:@(.+))?$/.exec(sourceDep.uri);
        if (m?.[1])
            source.repository = repoOf(m[1]);
        if (m?.[2])
            source.ref = m[2];
        if (sourceDep.digest?.gitCommit)
            source.commit = sourceDep.digest.gitCommit;
    }
    if (policy.sourceRepository && source.repository !== repoOf(policy.sourceRepository)) {
        throw new VerificationFailure(`built from "${source.repository ?? 'an unnamed source'}", expected "${repoOf(policy.sourceRepository)}"`, { fix: 'check --source-repository; this artifact was built from another repository' });
    }
    const result = {
        ok: true,
        digest,
        builder: { id: builderId, local },
        buildType: String(predicate?.buildDefinition?.buildType ?? ''),
        source,
        externalParameters: predicate?.buildDefinition?.externalParameters ?? {},
        resolvedDependencies: deps,
        signer,
    };
    const name = statement.subject.find((s) => `sha256:${s.digest.sha256}` === digest)?.name;
    if (name)
        result.subjectName = name;
    const meta = predicate?.runDetails?.metadata;
    if (meta?.invocationId)
        result.invocationId = meta.invocationId;
    if (meta?.startedOn)
        result.startedOn = meta.startedOn;
    if (meta?.finishedOn)
        result.finishedOn = meta.finishedOn;
    return result;
}
/** Verifies provenance for a file or an image; throws `VerificationFailure` when none passes. */
async function verifyProvenance(options) {
    if (!!options.artifact === !!options.image) {
        throw new errors/* UsageError */.eb('verify --provenance needs one artifact: a file or an image digest', {
            fix: 'pass a file path, or registry/repository@sha256:<digest>',
        });
    }
    const identity = checkProvenancePolicy(options.policy);
    if (options.artifact && !options.bundle) {
        throw new errors/* UsageError */.eb('verifying provenance of a file needs its bundle', {
            fix: 'pass --bundle <plugin>.provenance.sigstore.json (a release asset)',
        });
    }
    let digest;
    if (options.artifact) {
        digest = (await (0,oci_digest.fileDigest)(options.artifact, 'artifact')).digest;
    }
    else {
        digest = options.image.digest;
        if (!(0,oci_digest.isDigest)(digest)) {
            throw new errors/* UsageError */.eb(`"${digest}" is not a sha256 manifest digest`, {
                fix: 'pass registry/repository@sha256:<64 hex>',
            });
        }
    }
    let candidates;
    if (options.bundle) {
        candidates = await readBundles(options.bundle);
    }
    else {
        candidates = (await attachedBundles(options.image.store, digest, SLSA_PROVENANCE_V1)).map((a) => a.bundle);
        if (candidates.length === 0) {
            throw new VerificationFailure(`${options.image.store.location}@${digest} has no provenance attached`, { fix: 'pass the release asset with --bundle <plugin>.provenance.sigstore.json' });
        }
    }
    const trust = await loadTrustMaterial(options.trustedRoot);
    const failures = [];
    for (const json of candidates) {
        try {
            return verifyOne(digest, json, options.policy, identity, trust);
        }
        catch (e) {
            if (!(e instanceof VerificationFailure))
                throw e;
            failures.push(e);
        }
    }
    const first = failures[0];
    if (failures.length === 1 && first)
        throw first;
    throw new VerificationFailure(`none of ${failures.length} provenance bundles verifies for ${digest}: ${failures.map((f) => f.message).join('; ')}`, first?.fix ? { fix: first.fix } : {});
}

;// CONCATENATED MODULE: ./src/sigstore/index.ts
/** Keyless Sigstore signing and verification in the formats Samuel and cosign read. */


















/***/ })

};
