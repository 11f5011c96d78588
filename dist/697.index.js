export const id = 697;
export const ids = [697];
export const modules = {

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

/***/ 45697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE: () => (/* binding */ PIPELINE),
  slice: () => (/* binding */ slice)
});

// EXTERNAL MODULE: ./src/steps/validate.ts + 12 modules
var validate = __webpack_require__(50407);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/pipeline/context.ts + 1 modules
var context = __webpack_require__(63304);
// EXTERNAL MODULE: ./src/pipeline/step.ts
var step = __webpack_require__(75818);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/steps/build.ts
/** build: compile the wasm module (or, for oci plugins, the image) the release ships. */






const buildStep = {
    name: 'build',
    skip(ctx) {
        const kind = (0,context/* plugin */.IQ)(ctx).manifest.kind;
        if (kind === 'skill' || kind === 'meta')
            return `nothing to build for ${kind} plugins`;
        if (kind === 'oci' && ctx.options.publish.layout)
            return 'the image comes from the layout given with --layout';
        return undefined;
    },
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        if (loaded.manifest.kind === 'oci')
            return buildOciImage(ctx);
        const b = ctx.options.build;
        const { buildWasm } = await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 56283));
        const result = await buildWasm(loaded, {
            ...(b.toolchain ? { toolchain: b.toolchain } : {}),
            ...(b.buildCommand ? { buildCommand: b.buildCommand } : {}),
            ...(b.sizeBudget ? { sizeBudget: b.sizeBudget } : {}),
            reporter: ctx.reporter,
            env: ctx.env,
        });
        ctx.results.build = result;
        ctx.artifacts.add({
            type: 'wasm-module',
            path: result.modulePath,
            size: result.size,
            toolchain: result.toolchain,
            toolchainVersion: result.version,
        });
        (0,context/* setOutput */.uH)(ctx, 'module', (0,paths/* displayPath */.G)(result.modulePath, ctx.cwd));
        (0,context/* setOutput */.uH)(ctx, 'size', String(result.size));
        (0,context/* setOutput */.uH)(ctx, 'toolchain', result.toolchain);
        (0,context/* setOutput */.uH)(ctx, 'toolchain-version', result.version);
        return (0,step.ok)(`${(0,paths/* displayPath */.G)(result.modulePath, ctx.cwd)}: ${(0,size/* formatSize */.Xq)(result.size)} with ${result.toolchain} (${result.version})`);
    },
};
/** The image of an oci plugin: an optional build command (cross-compiling binaries), then the image. */
async function buildOciImage(ctx) {
    const loaded = (0,context/* plugin */.IQ)(ctx);
    const b = ctx.options.build;
    const { containerfileOf, buildImage } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 55420));
    if (!containerfileOf(loaded.dir)) {
        throw new errors/* ConfigurationError */.j1(`${loaded.manifest.name} is an oci plugin without a Containerfile`, {
            fix: 'add a Containerfile beside samuel-plugin.toml, or give the image as an OCI image layout with --layout DIR',
        });
    }
    if (b.buildCommand) {
        const { splitCommand } = await __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 74267));
        const [command, ...args] = splitCommand(b.buildCommand);
        const { run } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 37895));
        const r = await run(command, args, {
            cwd: loaded.dir,
            env: ctx.env,
            onOutput: (c) => ctx.reporter.info(c.trimEnd()),
        });
        if (r.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`${b.buildCommand} failed (exit code ${r.code})`, {
                code: 'BUILD',
                fix: 'fix the build command (its output is above)',
            });
        }
    }
    const image = await buildImage(loaded, {
        ...(b.platforms ? { platforms: b.platforms } : {}),
        ...(b.builder ? { builder: b.builder } : {}),
        layoutDir: (0,external_node_path_.join)((0,context/* outputDir */.T2)(ctx), 'image-layout'),
        env: ctx.env,
        reporter: ctx.reporter,
    });
    ctx.artifacts.add({
        type: 'image-layout',
        dir: image.layoutDir,
        digest: image.digest,
        platforms: image.platforms,
        builder: `${image.builder} (${image.builderVersion})`,
    });
    (0,context/* setOutput */.uH)(ctx, 'image-digest', image.digest);
    return (0,step.ok)(`${image.platforms.map((p) => p.platform).join(', ')} with ${image.builder}: ${image.digest}`);
}

// EXTERNAL MODULE: ./src/pipeline/runner.ts
var runner = __webpack_require__(17846);
;// CONCATENATED MODULE: ./src/steps/module.ts
/** Which wasm module the audit, smoke and publish steps use. */


/** `--module`, else what the build step made, else `[wasm].module` beside the manifest. */
function wasmModulePath(ctx) {
    const explicit = ctx.options.module.module;
    if (explicit)
        return (0,external_node_path_.resolve)(ctx.cwd, explicit);
    const built = ctx.artifacts.get('wasm-module');
    if (built)
        return built.path;
    const loaded = (0,context/* plugin */.IQ)(ctx);
    return (0,external_node_path_.resolve)(loaded.dir, loaded.manifest.wasm?.module ?? 'plugin.wasm');
}
/** Skip reason for steps that only apply to wasm plugins. */
function unlessWasm(ctx, what) {
    const kind = (0,context/* plugin */.IQ)(ctx).manifest.kind;
    return kind === 'wasm' ? undefined : `${what} applies to wasm plugins, not ${kind}`;
}

;// CONCATENATED MODULE: ./src/steps/audit.ts
/** audit: the built module against its manifest, without running it. */





const auditStep = {
    name: 'audit',
    skip: (ctx) => unlessWasm(ctx, 'the static audit'),
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const { auditWasm } = await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 56283));
        const module = wasmModulePath(ctx);
        const findings = await auditWasm(loaded, module, (0,paths/* displayPath */.G)(loaded.file, ctx.cwd));
        findings.forEach((f) => ctx.reporter.finding(f));
        ctx.results.audit = { module, findings };
        const errors = findings.filter((f) => f.severity === 'error').length;
        if (errors > 0) {
            throw new runner/* FindingsFailure */.f(`${(0,paths/* displayPath */.G)(module, ctx.cwd)}: ${errors} audit error${errors > 1 ? 's' : ''}`);
        }
        return (0,step.ok)(`${(0,paths/* displayPath */.G)(module, ctx.cwd)} fits ${(0,paths/* displayPath */.G)(loaded.file, ctx.cwd)}`);
    },
};

;// CONCATENATED MODULE: ./src/steps/smoke.ts
/** smoke: run the module the way Samuel's runtime does (host ABI, WASI, budgets, health). */






const smokeStep = {
    name: 'smoke',
    skip: (ctx) => (0,context/* plugin */.IQ)(ctx).manifest.kind === 'oci' ? undefined : unlessWasm(ctx, 'the smoke test'),
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        if (loaded.manifest.kind === 'oci')
            return smokeImage(ctx);
        const display = (0,paths/* displayPath */.G)(loaded.file, ctx.cwd);
        const { smokeWasm } = await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 56283));
        const report = await smokeWasm(loaded, wasmModulePath(ctx), {
            env: ctx.env,
            calls: ctx.options.smoke.calls,
            initialize: ctx.options.smoke.initialize,
            displayFile: display,
        });
        ctx.results.smoke = report;
        // The audit step reports the static findings when it ran; otherwise they come from here.
        if (!ctx.results.audit)
            report.audit.forEach((f) => ctx.reporter.finding(f));
        for (const f of report.failures.filter((x) => x.check !== 'audit')) {
            ctx.reporter.finding({
                severity: 'error',
                rule: `smoke-${f.check}`,
                message: f.message,
                fix: f.fix,
                file: display,
            });
        }
        for (const note of report.notes ?? []) {
            ctx.reporter.finding({
                severity: 'notice',
                rule: 'smoke-bounds',
                message: note,
                file: display,
            });
        }
        for (const w of report.warnings) {
            ctx.reporter.finding({
                severity: 'warning',
                rule: 'smoke-soft-timeout',
                message: w,
                file: display,
            });
        }
        (0,context/* setOutput */.uH)(ctx, 'protocol', String(report.protocol.value ?? ''));
        (0,context/* setOutput */.uH)(ctx, 'healthy', String(report.ok));
        (0,context/* setOutput */.uH)(ctx, 'peak-memory', String(report.peakMemoryBytes));
        if (!report.ok) {
            throw new runner/* FindingsFailure */.f(`smoke test failed: ${report.failures.map((f) => f.message).join('; ')}`);
        }
        const health = report.health.missing ? 'missing (healthy)' : String(report.health.value);
        return (0,step.ok)(`protocol ${report.protocol.value ?? 1}, health ${health}, ${report.exports.length} export(s), ${report.wallMs} ms`);
    },
};
/** The static image checks: platforms, entrypoint architecture, linkage (no container is run). */
async function smokeImage(ctx) {
    const loaded = (0,context/* plugin */.IQ)(ctx);
    const display = (0,paths/* displayPath */.G)(loaded.file, ctx.cwd);
    const built = ctx.artifacts.get('image-layout');
    const given = ctx.options.publish.layout
        ? (0,external_node_path_.resolve)(ctx.cwd, ctx.options.publish.layout)
        : undefined;
    const dir = built?.dir ?? given;
    if (!dir)
        return (0,step/* skipped */.h)('no image to check: it is built by the build step or given with --layout');
    const container = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 55420));
    // A given layout is read the way publish reads it: its one image, or the one --layout-ref names.
    const digest = built?.digest ??
        (await __webpack_require__.e(/* import() */ 825).then(__webpack_require__.bind(__webpack_require__, 68825))).sha256Digest((await (await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(938)]).then(__webpack_require__.bind(__webpack_require__, 63938))).layoutRoot(dir, ctx.options.publish.layoutRef))
            .bytes);
    const platforms = built
        ? (ctx.options.build.platforms ?? container.DEFAULT_PLATFORMS)
        : await container.indexPlatforms(container.layoutReader(dir), digest);
    // Static checks, then install (pull, image inspect) and launch (Samuel's run arguments, a
    // served bridge, a hard timeout) on every container runtime present.
    const wanted = ctx.options.smoke.runtimes;
    const runtimes = wanted === undefined || wanted === 'auto'
        ? 'auto'
        : wanted === 'none'
            ? 'none'
            : wanted.split(',').map((r) => r.trim());
    const report = await container.smokeImage(loaded, {
        layoutDir: dir,
        digest,
        platforms,
        runtimes,
        env: ctx.env,
        reporter: ctx.reporter,
        file: display,
    });
    report.findings.forEach((f) => ctx.reporter.finding(f));
    for (const note of report.skipped)
        ctx.reporter.info(`smoke: ${note}`);
    const install = report.install[0];
    if (install)
        (0,context/* setOutput */.uH)(ctx, 'lock-digest', install.lockDigest);
    if (!report.ok) {
        const first = report.findings.find((f) => f.severity === 'error');
        throw new runner/* FindingsFailure */.f(`the image would not run: ${first?.message ?? 'see the findings above'}`);
    }
    const parts = [
        report.platforms.map((p) => `${p.platform}: ${p.entrypoint} ${p.linkage}`).join('; '),
    ];
    if (install)
        parts.push(`${install.runtime} records ${install.lockDigest.slice(0, 19)}`);
    if (report.launch)
        parts.push(`runs with Samuel's arguments, exit ${report.launch.exitCode}`);
    return (0,step.ok)(parts.join('; '));
}

// EXTERNAL MODULE: ./src/manifest/image.ts
var manifest_image = __webpack_require__(28472);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
;// CONCATENATED MODULE: ./src/steps/credentials.ts
/**
 * Which credential a push uses, in order: `--username`/`--password`; the entry for the registry in
 * `--registry-auths` (or REGISTRY_AUTHS), one YAML or JSON list for several registries; then what
 * the registry client finds itself (REGISTRY_USERNAME/REGISTRY_PASSWORD, the GitHub token for
 * ghcr.io, docker and podman credential files). Every secret is registered before it is used.
 */


async function registryCredential(ctx, registry) {
    const r = ctx.options.registry;
    if (r.username && r.password) {
        (0,report/* registerSecret */.cl)(r.password, r.username);
        return { username: r.username, password: r.password, source: '--username/--password' };
    }
    const auths = r.registryAuths ?? ctx.env.REGISTRY_AUTHS;
    if (auths) {
        const found = await fromAuths(auths, registry);
        if (found)
            return found;
    }
    const token = ctx.options.release.githubToken;
    const env = token && !ctx.env.GITHUB_TOKEN ? { ...ctx.env, GITHUB_TOKEN: token } : ctx.env;
    const { findCredential } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 22559));
    const found = await findCredential(registry, env);
    if (found)
        (0,report/* registerSecret */.cl)(found.password, found.username);
    return found;
}
async function fromAuths(text, registry) {
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let entries;
    try {
        entries = parse(text);
    }
    catch {
        throw new errors/* UsageError */.eb('registry-auths is neither YAML nor JSON', {
            fix: 'give a list like [{registry: ghcr.io, username: me, password: <token>}]',
        });
    }
    if (!Array.isArray(entries)) {
        throw new errors/* UsageError */.eb('registry-auths must be a list of {registry, username, password}', {
            fix: 'give a list like [{registry: ghcr.io, username: me, password: <token>}]',
        });
    }
    for (const e of entries) {
        if (typeof e?.password === 'string')
            (0,report/* registerSecret */.cl)(e.password, typeof e.username === 'string' ? e.username : undefined);
    }
    const entry = entries.find((e) => e?.registry === registry);
    if (!entry)
        return undefined;
    if (typeof entry.username !== 'string' || typeof entry.password !== 'string') {
        throw new errors/* UsageError */.eb(`the registry-auths entry for ${registry} needs a username and a password`, {
            fix: 'write {registry: …, username: …, password: …}',
        });
    }
    return { username: entry.username, password: entry.password, source: 'registry-auths' };
}

;// CONCATENATED MODULE: ./src/steps/publish.ts
/**
 * publish: the wasm module as a CNCF wasm OCI artifact, or the image layout of an oci plugin.
 * `run` writes it into a local OCI layout (dry runs, or `--to oci-layout:DIR`), which gives the
 * digest the pin step uses; `publish` pushes it to the registry. A dry run pushes nothing.
 */


/** The OCI domain, loaded when a publish really happens. */
const oci = () => Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 21907));





/** The registry repository a real run pushes to: `--to`, else the repository of [oci].image. */
function registryTarget(ctx) {
    const to = ctx.options.registry.to;
    if (to)
        return to.startsWith('oci-layout:') ? undefined : to;
    const image = (0,context/* plugin */.IQ)(ctx).manifest.oci?.image;
    const parsed = image ? (0,manifest_image/* parseSamuelImage */.gZ)(image) : undefined;
    return parsed ? `${parsed.registry}/${parsed.owner}/${parsed.name}` : undefined;
}
function layoutTarget(ctx) {
    const to = ctx.options.registry.to;
    if (to?.startsWith('oci-layout:')) {
        const dir = to.slice('oci-layout:'.length);
        return dir ? `oci-layout:${(0,external_node_path_.resolve)(ctx.cwd, dir)}` : to;
    }
    return `oci-layout:${(0,external_node_path_.join)((0,context/* outputDir */.T2)(ctx), 'oci-layout')}`;
}
/** Opens `target` with the credential the run has for its registry (looked up once). */
async function openTarget(ctx, target) {
    const r = ctx.options.registry;
    const { openStore, parseTarget } = await oci();
    const parsed = parseTarget(target);
    const credentials = parsed.kind === 'registry' ? await registryCredential(ctx, parsed.ref.registry) : undefined;
    const store = await openStore(target, {
        insecure: r.insecure,
        insecureHosts: r.insecureHosts,
        reporter: ctx.reporter,
        env: ctx.env,
        ...(credentials ? { credentials } : {}),
    });
    if (credentials)
        ctx.reporter.info(`pushing as ${credentials.username} (${credentials.source})`);
    return store;
}
async function push(ctx, store) {
    const loaded = (0,context/* plugin */.IQ)(ctx);
    const p = ctx.options.publish;
    const { publishLayout, publishWasm } = await oci();
    const options = {
        ...(p.imageTags.length ? { tags: p.imageTags } : {}),
        latest: p.latest,
        noTags: p.noTags,
        version: loaded.manifest.version,
        ...(p.mountFrom ? { mountFrom: p.mountFrom } : {}),
        ...(p.layoutRef ? { layoutRef: p.layoutRef } : {}),
        env: ctx.env,
        log: (m) => ctx.reporter.info(m),
    };
    let result;
    if (loaded.manifest.kind === 'oci') {
        const layout = p.layout ? (0,external_node_path_.resolve)(ctx.cwd, p.layout) : ctx.artifacts.get('image-layout')?.dir;
        if (!layout) {
            throw new errors/* ConfigurationError */.j1('no image to publish for this oci plugin', {
                fix: 'build it (the build step) or pass the image as an OCI image layout with --layout DIR',
            });
        }
        result = await publishLayout(layout, store, options);
    }
    else {
        result = await publishWasm(loaded, wasmModulePath(ctx), store, options);
    }
    return { ...result, store };
}
function record(ctx, result, pushed, firstPush = false) {
    ctx.artifacts.add({
        type: 'image',
        reference: result.reference,
        digest: result.digest,
        store: result.store,
        tags: result.tags,
        pushed,
        firstPush,
    });
    ctx.results.publish = { ...result, location: result.store.location };
    (0,context/* setOutput */.uH)(ctx, 'digest', result.digest);
    (0,context/* setOutput */.uH)(ctx, 'image', result.reference);
    (0,context/* setOutput */.uH)(ctx, 'tags', result.tags.join(','));
}
function describe(result) {
    return `${result.reference}${result.tags.length ? ` (tags ${result.tags.join(', ')})` : ''}`;
}
const publishStep = {
    name: 'publish',
    skip(ctx) {
        const kind = (0,context/* plugin */.IQ)(ctx).manifest.kind;
        if (kind === 'skill' || kind === 'meta')
            return `nothing to push to a registry for ${kind} plugins`;
        return undefined;
    },
    async run(ctx) {
        const to = ctx.options.registry.to;
        if (to && !to.startsWith('oci-layout:') && /@sha256:/.test(to)) {
            throw new errors/* UsageError */.eb(`--to "${to}" names a digest`, {
                fix: 'publish to a repository (and optionally a tag); the digest is the output, not an input',
            });
        }
        const target = registryTarget(ctx);
        if (!(0,context/* isDryRun */.vG)(ctx) && target)
            return (0,step.ok)(`pushing to ${target}`);
        const result = await push(ctx, await openTarget(ctx, layoutTarget(ctx)));
        record(ctx, result, false);
        const planned = target && (0,context/* isDryRun */.vG)(ctx) ? `; a real run pushes it to ${target}` : '';
        return (0,step.ok)(`${describe(result)}${planned}`);
    },
    async publish(ctx) {
        const target = registryTarget(ctx);
        if (!target)
            return undefined;
        const { privatePackageWarning, RegistryStore } = await oci();
        const store = await openTarget(ctx, target);
        const firstPush = store instanceof RegistryStore ? !(await store.repositoryExists()) : false;
        const result = await push(ctx, store);
        record(ctx, result, true, firstPush);
        const { uploaded, skipped, mounted } = result.stats;
        ctx.reporter.info(`blobs: ${uploaded} uploaded, ${skipped} already there, ${mounted} mounted`);
        const warning = firstPush && result.store instanceof RegistryStore
            ? privatePackageWarning(result.store.ref)
            : undefined;
        if (warning) {
            ctx.reporter.finding({
                severity: 'warning',
                rule: 'package-private',
                message: warning,
                fix: 'make the package public once; later pushes keep its visibility',
            });
        }
        return (0,step.ok)(describe(result));
    },
};

// EXTERNAL MODULE: ./src/options/image-ref.ts
var image_ref = __webpack_require__(49767);
;// CONCATENATED MODULE: ./src/steps/sign.ts
/** sign: keyless Sigstore bundles over what the kind releases (module, SKILL.md, image). */





const ZERO = /@sha256:0{64}$/;
/** The image to sign: what publish made, else `--image`, else a pinned [oci].image. */
async function imageToSign(ctx) {
    const published = ctx.artifacts.get('image');
    if (published) {
        return { store: published.store, digest: published.digest, reference: published.reference };
    }
    const pinned = (0,context/* plugin */.IQ)(ctx).manifest.oci?.image;
    const ref = ctx.options.sigstore.image ??
        (pinned && image_ref/* DIGEST_REF */.f.test(pinned) && !ZERO.test(pinned) ? pinned : undefined);
    if (!ref)
        return undefined;
    const { location, digest } = (0,image_ref/* splitImage */.s)(ref, '--image');
    const { openStore } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 21907));
    const store = await openStore(location, {
        insecure: ctx.options.registry.insecure,
        insecureHosts: ctx.options.registry.insecureHosts,
        reporter: ctx.reporter,
        env: ctx.env,
    });
    return { store, digest, reference: `${location}@${digest}` };
}
const signStep = {
    name: 'sign',
    skip(ctx) {
        const kind = (0,context/* plugin */.IQ)(ctx).manifest.kind;
        if (kind === 'meta')
            return 'a meta plugin has no artifact to sign';
        return undefined;
    },
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const s = ctx.options.sigstore;
        if (s.mode === 'false') {
            (0,context/* setOutput */.uH)(ctx, 'signed', 'false');
            return (0,step/* skipped */.h)('signing is off (--sign false)');
        }
        if (s.identityToken)
            (0,report/* registerSecret */.cl)(s.identityToken);
        const image = await imageToSign(ctx);
        if (loaded.manifest.kind === 'oci' && !image && ctx.command === 'release') {
            return (0,step/* skipped */.h)('no image was published, so there is nothing to sign');
        }
        const out = ctx.command === 'release'
            ? (0,context/* outputDir */.T2)(ctx)
            : ctx.options.output.output
                ? (0,external_node_path_.resolve)(ctx.cwd, ctx.options.output.output)
                : undefined;
        const { isReleaseEvent, signPlugin } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(816), __webpack_require__.e(102), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 47102));
        // A tag push (or release/dispatch) is a release even while the final upload is a dry run.
        const releasing = ctx.command === 'release'
            ? !(0,context/* isDryRun */.vG)(ctx) || isReleaseEvent(ctx.env)
            : ctx.env.GITHUB_ACTIONS === 'true'
                ? isReleaseEvent(ctx.env)
                : true;
        const result = await signPlugin(loaded, {
            mode: s.mode,
            env: ctx.env,
            releasing,
            ...(out ? { outputDir: out } : {}),
            ...(s.identityToken ? { identityToken: s.identityToken } : {}),
            ...(s.fulcioUrl ? { fulcioUrl: s.fulcioUrl } : {}),
            ...(s.rekorUrl ? { rekorUrl: s.rekorUrl } : {}),
            ...(s.tsaUrl ? { tsaUrl: s.tsaUrl } : {}),
            ...(s.trustedRoot ? { trustedRoot: s.trustedRoot } : {}),
            ...(image ? { image } : {}),
        });
        ctx.results.sign = result;
        (0,context/* setOutput */.uH)(ctx, 'signed', result.skipped ? 'false' : 'true');
        if (result.skipped) {
            if (result.skipped.warn || result.skipped.notice) {
                ctx.reporter.finding({
                    severity: result.skipped.warn ? 'warning' : 'notice',
                    rule: 'sign-skipped',
                    message: result.skipped.reason,
                });
            }
            else
                ctx.reporter.info(result.skipped.reason);
            return (0,step/* skipped */.h)(result.skipped.reason);
        }
        for (const file of result.bundleFiles) {
            ctx.artifacts.add({ type: 'bundle', name: (0,external_node_path_.basename)(file), path: file, subject: '' });
        }
        for (const command of result.verifyCommands)
            ctx.artifacts.add({ type: 'verify-command', command });
        (0,context/* setOutput */.uH)(ctx, 'identity', result.signer?.identity ?? '');
        (0,context/* setOutput */.uH)(ctx, 'bundles', result.bundleFiles.join('\n'));
        (0,context/* setOutput */.uH)(ctx, 'verify-commands', result.verifyCommands.join('\n'));
        return (0,step.ok)(result.bundleFiles.map((f) => (0,external_node_path_.basename)(f)).join(', '));
    },
};

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/steps/provenance.ts
/**
 * provenance: an in-toto statement with the SLSA Provenance v1 predicate for every released
 * artifact (the module, SKILL.md, the image index and each platform), signed keylessly through
 * the same Sigstore path as the signatures, attached to images as a referrer and released as
 * `<name>.provenance.sigstore.json`. Runs only when the sign step signed.
 */





const provenanceStep = {
    name: 'provenance',
    skip(ctx) {
        const kind = (0,context/* plugin */.IQ)(ctx).manifest.kind;
        return kind === 'meta' ? 'a meta plugin has no artifact to attest' : undefined;
    },
    async run(ctx) {
        const signed = ctx.results.sign;
        if (!signed || signed.skipped)
            return (0,step/* skipped */.h)('nothing was signed, so no provenance is attested');
        const sig = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(816), __webpack_require__.e(102), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 47102));
        const s = ctx.options.sigstore;
        const decision = await sig.resolveIdentity({
            mode: 'true',
            ...(s.identityToken ? { identityToken: s.identityToken } : {}),
            env: ctx.env,
            releasing: true,
        });
        if (!decision.sign)
            return (0,step/* skipped */.h)(decision.reason);
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const m = loaded.manifest;
        const image = ctx.artifacts.get('image');
        const subjects = m.kind === 'oci' && image
            ? await sig.imageProvenanceSubjects(image.store, image.digest, image.reference)
            : m.kind === 'skill'
                ? [await sig.fileSubject((0,external_node_path_.join)(loaded.dir, 'SKILL.md'))]
                : [await sig.fileSubject(wasmModulePath(ctx), 'plugin.wasm')];
        const build = ctx.results.build;
        const statement = sig.provenanceStatement({
            subjects,
            context: sig.readBuildContext(ctx.env, { identityToken: decision.token }),
            externalParameters: {
                kind: m.kind,
                manifest: 'samuel-plugin.toml',
                ...(ctx.options.build.toolchain ? { toolchain: ctx.options.build.toolchain } : {}),
                ...(ctx.options.build.buildCommand
                    ? { 'build-command': ctx.options.build.buildCommand }
                    : {}),
                ...(ctx.options.build.platforms
                    ? { platforms: ctx.options.build.platforms.join(',') }
                    : {}),
            },
            resolvedDependencies: build ? [sig.toolDependency(build.toolchain, build.version)] : [],
            startedOn: ctx.startedAt,
            finishedOn: new Date(),
            builderVersion: { 'samuel-plugin-release': version/* VERSION */.x },
        });
        const result = await sig.attestProvenance({
            statement,
            outputDir: (0,context/* outputDir */.T2)(ctx),
            pluginName: m.name,
            identityToken: decision.token,
            ...(s.fulcioUrl ? { fulcioUrl: s.fulcioUrl } : {}),
            ...(s.rekorUrl ? { rekorUrl: s.rekorUrl } : {}),
            ...(s.tsaUrl ? { tsaUrl: s.tsaUrl } : {}),
            ...(m.kind === 'oci' && image
                ? { image: { store: image.store, digest: image.digest, reference: image.reference } }
                : {}),
            reporter: ctx.reporter,
        });
        for (const path of result.assets) {
            ctx.artifacts.add({
                type: 'bundle',
                name: path.split('/').pop(),
                path,
                subject: 'provenance',
            });
        }
        if (signed.signer) {
            const bundle = sig.provenanceAssetName(m.name);
            const file = m.kind === 'skill' ? 'SKILL.md' : 'plugin.wasm';
            const commands = m.kind === 'oci' && image
                ? [sig.cosignVerifyProvenanceImageCommand(image.reference, signed.signer)]
                : [
                    sig.cosignVerifyProvenanceBlobCommand(file, bundle, signed.signer),
                    sig.ghVerifyProvenanceCommand(file, bundle, signed.signer),
                ];
            for (const command of commands)
                ctx.artifacts.add({ type: 'verify-command', command });
        }
        return (0,step.ok)(`${sig.provenanceAssetName(m.name)} (${subjects.length} subject${subjects.length === 1 ? '' : 's'})`);
    },
};

;// CONCATENATED MODULE: ./src/release/pin.ts

/** `ghcr.io/o/n:1.0.0@sha256:…` → `ghcr.io/o/n@sha256:<digest>`, keeping Samuel's one-owner form. */
function pinnedReference(image, digest) {
    const repo = image.split('@')[0].replace(/:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, '');
    return `${repo}@${digest}`;
}
/**
 * Returns `text` (the manifest source, possibly already rewritten on other lines) with the
 * string literal of dotted `field` replaced by `value`.
 */
function replaceStringValue(loaded, text, field, value) {
    const at = loaded.positions.get(field);
    const label = `[${field.split('.').slice(0, -1).join('.')}].${field.split('.').pop()}`;
    if (!at) {
        throw new errors/* ConfigurationError */.j1(`${loaded.file} has no ${label} to rewrite`, {
            fix: `add ${label} to the manifest`,
        });
    }
    const lines = text.split('\n');
    const line = lines[at.line - 1] ?? '';
    const start = at.col - 1;
    const quote = line[start];
    const end = quote === '"' || quote === "'" ? line.indexOf(quote, start + 1) : -1;
    const literal = line.slice(start, end + 1);
    // Only a one-line string without escapes can be swapped safely; anything else is rewritten by hand.
    if (end < 0 || line.startsWith(quote.repeat(3), start) || literal.includes('\\')) {
        throw new errors/* ConfigurationError */.j1(`${loaded.file}:${at.line}:${at.col}: ${label} must be a plain one-line string for the release to rewrite it`, {
            fix: `write ${field.split('.').pop()} = "…" on one line, without escapes or triple quotes`,
            position: { file: loaded.file, line: at.line, col: at.col },
        });
    }
    lines[at.line - 1] = `${line.slice(0, start)}"${value}"${line.slice(end + 1)}`;
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/samuel/installer.ts
var installer = __webpack_require__(77615);
;// CONCATENATED MODULE: ./src/steps/pin.ts
/**
 * pin: the manifest the release ships. For oci plugins `[oci].image` is pinned to the published
 * digest; for wasm plugins whose `[wasm].module` is not `plugin.wasm`, the module is renamed to
 * what Samuel installs it as (its doctor then looks for the right file).
 */







const pinStep = {
    name: 'pin',
    skip(ctx) {
        const m = (0,context/* plugin */.IQ)(ctx).manifest;
        if (m.kind === 'oci')
            return undefined;
        if (m.kind === 'wasm' && m.wasm && m.wasm.module !== installer/* INSTALLED_MODULE */.Y)
            return undefined;
        return `the ${m.kind} manifest is released as written`;
    },
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const m = loaded.manifest;
        let text = loaded.source;
        const changes = [];
        if (m.kind === 'wasm' && m.wasm) {
            text = replaceStringValue(loaded, text, 'wasm.module', installer/* INSTALLED_MODULE */.Y);
            changes.push(`[wasm].module = "${installer/* INSTALLED_MODULE */.Y}" (was "${m.wasm.module}")`);
        }
        if (m.kind === 'oci' && m.oci) {
            const reference = pinFor(ctx, m.oci.image);
            if (reference !== m.oci.image)
                text = replaceStringValue(loaded, text, 'oci.image', reference);
            changes.push(`[oci].image = "${reference}"`);
        }
        ctx.artifacts.add({ type: 'released-manifest', text, changes });
        return (0,step.ok)(changes.join('; '));
    },
};
/** Where [oci].image must point in the released manifest. */
function pinFor(ctx, image) {
    const published = ctx.artifacts.get('image');
    if (!published) {
        const digest = (0,manifest_image/* parseSamuelImage */.gZ)(image)?.digest;
        if (digest && digest !== manifest_image/* ZERO_DIGEST */.yA)
            return image;
        throw new errors/* ConfigurationError */.j1(`the released samuel-plugin.toml would keep [oci].image = "${image}", which Samuel cannot install: no image was published to pin it`, {
            fix: 'let the build step build the image, or give it with --layout DIR, so the release pins its digest',
        });
    }
    const declared = pinnedReference(image, published.digest);
    // Pin to where the image really is (a real push) or will be (a dry run's planned target).
    const repository = published.pushed
        ? published.reference.split('@')[0]
        : (registryTarget(ctx) ?? declared.split('@')[0]);
    const reference = pinnedReference(repository, published.digest);
    if (!(0,manifest_image/* parseSamuelImage */.gZ)(reference)) {
        throw new errors/* ConfigurationError */.j1(`the image is published as ${reference}, which Samuel cannot pull (it needs registry/owner/name)`, {
            fix: 'publish to a repository with exactly one owner segment, e.g. ghcr.io/<owner>/<name>',
        });
    }
    if (!published.pushed) {
        ctx.reporter.info(`dry run: pinned to the digest of the local layout; the same image pushed to ${repository} has this digest`);
    }
    if (reference.split('@')[0] !== declared.split('@')[0]) {
        ctx.reporter.finding({
            severity: 'notice',
            rule: 'pin-repository',
            message: `[oci].image names ${declared.split('@')[0]} but the image is published to ${reference.split('@')[0]}; the release pins the published one`,
            fix: 'make [oci].image and the publish target (image input / --to) name the same repository',
        });
    }
    return reference;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
;// CONCATENATED MODULE: ./src/release/folder.ts
/**
 * The release folder: exactly the assets Samuel's installer downloads, the notes and
 * `release.json`. Every file is written atomically and never through a symlink; a re-run removes
 * the assets an earlier run listed that this one does not ship (an old bundle beside a new
 * module), and touches nothing else in the folder.
 */




/** Writes the assets, notes and record into `dir`; returns the assets as written there. */
async function writeReleaseFolder(dir, content) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const folder = await (0,promises_.lstat)(dir);
    if (!folder.isDirectory()) {
        throw new errors/* IoError */.dA(`${dir} is not a directory`, { fix: 'choose another --output folder' });
    }
    const previous = await previousAssets(dir);
    const written = [];
    for (const asset of content.assets) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(asset.name)) {
            throw new errors/* IoError */.dA(`"${asset.name}" is not a safe release asset name`, {
                fix: 'asset names are plain file names: letters, digits, ".", "_" and "-"',
            });
        }
        const target = (0,external_node_path_.join)(dir, asset.name);
        if (asset.path !== target) {
            const data = await (0,files/* readRegularFile */.XF)(asset.path, {
                maxBytes: files/* READ_LIMITS */.Cl.module,
                what: 'release asset',
            });
            await (0,files/* writeFileAtomic */.Zf)(target, data);
        }
        const info = await (0,promises_.lstat)(target);
        written.push({ name: asset.name, path: target, size: info.size });
    }
    if (content.manifest !== undefined) {
        const path = (0,external_node_path_.join)(dir, 'samuel-plugin.toml');
        await (0,files/* writeFileAtomic */.Zf)(path, content.manifest);
        written.push({ name: 'samuel-plugin.toml', path, size: Buffer.byteLength(content.manifest) });
    }
    const names = new Set(written.map((a) => a.name));
    for (const stale of previous) {
        if (!names.has(stale))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, stale), { force: true });
    }
    await (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'release-notes.md'), content.notes);
    await (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'release.json'), JSON.stringify({ ...content.record, assets: written.map((a) => a.name) }, null, 2) + '\n');
    return written;
}
/** The asset names an earlier run recorded in release.json (none when there is no record). */
async function previousAssets(dir) {
    try {
        const record = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'release.json'), 'utf8'));
        return Array.isArray(record.assets)
            ? record.assets.filter((a) => typeof a === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(a))
            : [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/release/notes.ts

function releaseNotes(input) {
    const m = input.manifest;
    const lines = [`## ${(0,report/* inertLog */.H_)(m.name)} ${(0,report/* inertLog */.H_)(m.version)}`, ''];
    if (m.summary)
        lines.push((0,report/* inertLog */.H_)(m.summary), '');
    lines.push(`- Kind: \`${m.kind}\``);
    if (input.digest)
        lines.push(`- Digest: \`${input.digest}\``);
    if (input.image)
        lines.push(`- Image: \`${input.image}\``);
    lines.push('', '### Install', '', '```sh', `samuel install ${m.name}`, '```');
    if (input.assets.length > 0) {
        lines.push('', '### Assets', '', ...input.assets.map((a) => `- \`${a}\``));
    }
    if (input.verifyCommands.length > 0) {
        lines.push('', '### Verify', '', '```sh', ...input.verifyCommands, '```');
    }
    if (input.registryEntry) {
        lines.push('', '### Registry entry', '', '```toml', input.registryEntry.trimEnd(), '```');
    }
    if (input.lockEntry) {
        lines.push('', '### samuel.lock entry', '', 'What `samuel install` of this release records, for projects that pin it (`samuel-plugin-release lock update` writes it for them):', '', '```toml', input.lockEntry.trimEnd(), '```');
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/pipeline/github-env.ts
var github_env = __webpack_require__(28505);
;// CONCATENATED MODULE: ./src/steps/release.ts
/**
 * release: `run` writes the release folder (exactly the assets Samuel's installer reads, the
 * notes, release.json); `publish` creates the GitHub release from it. A dry run keeps the folder.
 */












/** The name of the repository released in (Samuel names an oci bundle after it), else the plugin's. */
function repoName(ctx) {
    return knownRepository(ctx)?.split('/')[1] ?? (0,context/* plugin */.IQ)(ctx).manifest.name;
}
/** The assets this release uploads, under the names Samuel's installer asks for. */
function assetsFor(ctx) {
    const m = (0,context/* plugin */.IQ)(ctx).manifest;
    const assets = [];
    if (m.kind === 'wasm')
        assets.push({ name: installer/* INSTALLED_MODULE */.Y, path: wasmModulePath(ctx) });
    for (const bundle of ctx.artifacts.all('bundle')) {
        let name = bundle.name;
        if (m.kind === 'wasm' && name.endsWith('.wasm.bundle'))
            name = `${installer/* INSTALLED_MODULE */.Y}.bundle`;
        if (m.kind === 'oci' && name === `${m.name}.bundle`)
            name = `${repoName(ctx)}.bundle`;
        assets.push({ name, path: bundle.path });
    }
    return assets;
}
function notesInput(ctx, assets) {
    const image = ctx.artifacts.get('image');
    const entries = ctx.artifacts.get('lock-entry');
    return {
        manifest: (0,context/* plugin */.IQ)(ctx).manifest,
        tag: ctx.tag ?? `v${(0,context/* plugin */.IQ)(ctx).manifest.version}`,
        ...(image ? { digest: image.digest } : {}),
        ...(image?.pushed ? { image: image.reference } : {}),
        assets,
        verifyCommands: ctx.artifacts.all('verify-command').map((c) => c.command),
        ...(entries ? { lockEntry: entries.lockToml, registryEntry: entries.indexToml } : {}),
        dryRun: (0,context/* isDryRun */.vG)(ctx),
    };
}
const releaseStep = {
    name: 'release',
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const m = loaded.manifest;
        const dir = (0,context/* outputDir */.T2)(ctx);
        const released = ctx.artifacts.get('released-manifest')?.text ?? loaded.source;
        if (m.kind === 'oci' && !ctx.artifacts.get('released-manifest')) {
            throw new errors/* ConfigurationError */.j1('the oci manifest was not pinned', { fix: 'run the pin step' });
        }
        const assets = assetsFor(ctx);
        if (m.kind === 'skill' &&
            ctx.artifacts.get('bundle') &&
            !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(loaded.dir, 'SKILL.md.bundle'))) {
            // Samuel v2.3 verifies a skill only against SKILL.md.bundle in the tree it clones at the tag.
            ctx.reporter.finding({
                severity: 'warning',
                rule: 'skill-bundle-not-in-tree',
                message: 'the tagged tree has no SKILL.md.bundle: Samuel verifies a skill only against the bundle committed at its tag, so it installs this release only with --allow-unsigned',
                fix: 'commit the SKILL.md.bundle this run wrote (release folder) before tagging, then tag; the release asset alone is never read',
            });
        }
        const expected = (0,installer/* installerAssets */.i)(m.kind, repoName(ctx));
        const manifestIsAsset = expected.required.includes('samuel-plugin.toml') || m.kind === 'meta';
        const missing = expected.required.filter((name) => name !== 'samuel-plugin.toml' && !assets.some((a) => a.name === name));
        if (missing.length > 0) {
            throw new errors/* ConfigurationError */.j1(`the release would lack ${missing.join(', ')}, which Samuel's installer downloads`, { fix: 'make sure the build step produced the module (see the build step above)' });
        }
        const names = [
            ...assets.map((a) => a.name),
            ...(manifestIsAsset ? ['samuel-plugin.toml'] : []),
        ];
        const notes = releaseNotes(notesInput(ctx, names));
        const image = ctx.artifacts.get('image');
        const written = await writeReleaseFolder(dir, {
            ...(manifestIsAsset || m.kind === 'skill' ? { manifest: released } : {}),
            assets,
            notes,
            record: {
                name: m.name,
                version: m.version,
                kind: m.kind,
                tag: ctx.tag,
                dryRun: (0,context/* isDryRun */.vG)(ctx),
                digest: image?.digest ?? null,
                image: image?.pushed ? image.reference : null,
                verify: ctx.artifacts.all('verify-command').map((c) => c.command),
                registryEntry: ctx.artifacts.get('lock-entry')?.indexToml ?? null,
                lockEntry: ctx.artifacts.get('lock-entry')?.lockToml ?? null,
            },
        });
        const uploads = names
            .map((n) => written.find((a) => a.name === n))
            .filter((a) => a !== undefined);
        for (const a of uploads) {
            ctx.artifacts.add({
                type: 'release-asset',
                name: a.name,
                path: a.path,
                required: expected.required.includes(a.name),
            });
        }
        ctx.results.release = { outputDir: dir, assets: uploads.map((a) => a.name), notes };
        (0,context/* setOutput */.uH)(ctx, 'assets', uploads.map((a) => a.name).join('\n'));
        (0,context/* setOutput */.uH)(ctx, 'verify-commands', ctx.artifacts
            .all('verify-command')
            .map((c) => c.command)
            .join('\n'));
        return (0,step.ok)(`${uploads.length} asset(s), notes and release.json in ${(0,external_node_path_.basename)(dir)}/`);
    },
    async preflight(ctx) {
        const { githubClient, preflightRelease } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(874), __webpack_require__.e(809), __webpack_require__.e(340)]).then(__webpack_require__.bind(__webpack_require__, 92340));
        const [owner, repo] = repository(ctx).split('/');
        await preflightRelease({
            client: githubClient(clientOptions(ctx)),
            owner,
            repo,
            tag: ctx.tag ?? `v${(0,context/* plugin */.IQ)(ctx).manifest.version}`,
            ...(ctx.env.GITHUB_SHA ? { sha: ctx.env.GITHUB_SHA } : {}),
            cwd: (0,context/* plugin */.IQ)(ctx).dir,
        });
    },
    async publish(ctx) {
        const { githubClient, publishRelease, serverUrl } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(874), __webpack_require__.e(809), __webpack_require__.e(340)]).then(__webpack_require__.bind(__webpack_require__, 92340));
        const m = (0,context/* plugin */.IQ)(ctx).manifest;
        const [owner, repo] = repository(ctx).split('/');
        const result = await publishRelease({
            client: githubClient(clientOptions(ctx)),
            owner,
            repo,
            tag: ctx.tag ?? `v${m.version}`,
            title: `${m.name} ${m.version}`,
            body: ctx.results.release?.notes ?? '',
            files: ctx.artifacts.all('release-asset').map((a) => ({ name: a.name, path: a.path })),
            prerelease: m.version.replace(/\+.*$/, '').includes('-'),
            version: m.version,
            serverUrl: serverUrl(ctx.env),
            reporter: ctx.reporter,
        });
        ctx.artifacts.add({
            type: 'github-release',
            url: result.url,
            id: result.id,
            action: result.action,
        });
        (0,context/* setOutput */.uH)(ctx, 'release-url', result.url);
        (0,context/* setOutput */.uH)(ctx, 'release-id', String(result.id));
        await recordGitHubRelease((0,context/* outputDir */.T2)(ctx), result);
        const verb = {
            created: 'created',
            resumed: 'finished the draft of',
            unchanged: 'already published:',
        }[result.action];
        return (0,step.ok)(`${verb} ${result.url} (${result.assets.length} asset(s) verified by anonymous download)`);
    },
};
function clientOptions(ctx) {
    return {
        ...(ctx.options.release.githubToken ? { token: ctx.options.release.githubToken } : {}),
        env: ctx.env,
        reporter: ctx.reporter,
    };
}
/** OWNER/NAME: --repository, else GITHUB_REPOSITORY, else the plugin checkout's origin remote. */
function knownRepository(ctx) {
    return (ctx.options.release.repository ??
        (0,github_env/* repositoryFromEnv */.iw)(ctx.env) ??
        (0,github_env/* repositoryFromOrigin */.BB)((0,context/* plugin */.IQ)(ctx).dir));
}
/** The repository to release in, or a UsageError saying how to name it. */
function repository(ctx) {
    const found = knownRepository(ctx);
    if (!found || !/^[^/\s]+\/[^/\s]+$/.test(found)) {
        throw new errors/* UsageError */.eb('cannot tell which GitHub repository to release in', {
            fix: 'pass --repository OWNER/NAME (in GitHub Actions, GITHUB_REPOSITORY says it)',
        });
    }
    return found;
}
/** Adds what GitHub holds to release.json, beside what the run wrote. */
async function recordGitHubRelease(dir, result) {
    const path = (0,external_node_path_.join)(dir, 'release.json');
    const record = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    record.github = {
        url: result.url,
        id: result.id,
        action: result.action,
        assets: result.assets,
        requests: result.requests,
    };
    await (0,files/* writeFileAtomic */.Zf)(path, JSON.stringify(record, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/steps/lock.ts



const lockStep = {
    name: 'lock',
    skip(ctx) {
        if ((0,context/* plugin */.IQ)(ctx).manifest.kind === 'meta') {
            return 'Samuel v2.3 cannot install a meta plugin, so no project locks one';
        }
        return undefined;
    },
    async run(ctx) {
        const loaded = (0,context/* plugin */.IQ)(ctx);
        const m = loaded.manifest;
        const image = ctx.artifacts.get('image');
        const repository = knownRepository(ctx);
        const facts = {
            manifestText: ctx.artifacts.get('released-manifest')?.text ?? loaded.source,
            // Without a repository the entries still show their shape, with the owner to fill in.
            repo: repository ?? `<owner>/${m.name}`,
            tag: ctx.tag ?? `v${m.version}`,
            signed: ctx.results.sign !== undefined && !ctx.results.sign.skipped,
        };
        if (m.kind === 'oci' && image) {
            // Loaded only here: the image reader brings the OCI client with it.
            const { imageDigestsIn } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(907), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 71458));
            const digests = await imageDigestsIn(image.store, image.digest);
            facts.digest = image.digest;
            facts.platforms = digests.platforms.map((p) => ({
                platform: p.platform,
                digest: p.manifest,
                config: p.config,
            }));
        }
        const { lockEntryFor } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(456), __webpack_require__.e(907), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 31495));
        const { lockToml, indexToml } = lockEntryFor(facts);
        ctx.artifacts.add({ type: 'lock-entry', lockToml, indexToml });
        (0,context/* setOutput */.uH)(ctx, 'lock-entry', lockToml);
        (0,context/* setOutput */.uH)(ctx, 'registry-entry', indexToml);
        if (!repository) {
            ctx.reporter.info(`the entries name github.com/<owner>/${m.name}: pass --repository OWNER/NAME (GITHUB_REPOSITORY in Actions) to fill it in`);
        }
        return (0,step.ok)(`samuel.lock and index.toml entries for ${m.name} ${m.version}${facts.platforms ? ` (${facts.platforms.length} platform digest(s))` : ''}`);
    },
};

;// CONCATENATED MODULE: ./src/pipeline/list.ts










const PIPELINE = [
    validate/* validateStep */.X,
    buildStep,
    auditStep,
    smokeStep,
    publishStep,
    signStep,
    provenanceStep,
    pinStep,
    lockStep,
    releaseStep,
];
/** The steps named, in pipeline order. */
function slice(...names) {
    for (const n of names) {
        if (!PIPELINE.some((s) => s.name === n))
            throw new Error(`no pipeline step named ${n}`);
    }
    return PIPELINE.filter((s) => names.includes(s.name));
}


/***/ })

};
