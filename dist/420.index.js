export const id = 420;
export const ids = [420];
export const modules = {

/***/ 55420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILDERS: () => (/* reexport */ BUILDERS),
  DEFAULT_PLATFORMS: () => (/* reexport */ DEFAULT_PLATFORMS),
  buildImage: () => (/* reexport */ buildImage),
  buildxArgs: () => (/* reexport */ buildxArgs),
  chooseBuilder: () => (/* reexport */ chooseBuilder),
  containerfileOf: () => (/* reexport */ containerfileOf),
  emulateInstall: () => (/* reexport */ emulateInstall),
  emulateLaunch: () => (/* reexport */ emulateLaunch),
  imageLabels: () => (/* reexport */ imageLabels),
  indexPlatforms: () => (/* reexport */ indexPlatforms),
  inspectImage: () => (/* reexport */ inspectImage),
  inspectImageWith: () => (/* reexport */ inspectImageWith),
  layoutReader: () => (/* reexport */ layoutReader),
  openRuntime: () => (/* reexport */ openRuntime),
  parseElf: () => (/* reexport */ parseElf),
  podmanBuildArgs: () => (/* reexport */ podmanBuildArgs),
  podmanSandbox: () => (/* reexport */ podmanSandbox),
  serveBridge: () => (/* reexport */ serveBridge),
  smokeImage: () => (/* reexport */ smokeImage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/util/source.ts
var source = __webpack_require__(78999);
// EXTERNAL MODULE: ./src/oci/layout.ts
var layout = __webpack_require__(25823);
// EXTERNAL MODULE: ./src/oci/store.ts
var oci_store = __webpack_require__(49800);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/container/sandbox.ts
/**
 * podman and buildah in throw-away storage: their own storage, run and tmp folders under one
 * temporary folder, runc as the runtime (crun fails on hybrid cgroups) and ulimits that need no
 * CAP_SYS_RESOURCE. Removing the folder cleans up without touching any other podman on the
 * machine, and nothing from earlier builds or pulls leaks in.
 */





/**
 * Creates a sandbox. `insecureRegistries` (loopback hosts only, e.g. a test registry) are
 * reached over plain http unless the caller already names a registries.conf.
 */
async function podmanSandbox(env, options = {}) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), options.prefix ?? 'spr-podman-'));
    const storage = (0,external_node_path_.join)(dir, 'storage.conf');
    await (0,promises_.writeFile)(storage, `[storage]\ndriver = "vfs"\nrunroot = "${(0,external_node_path_.join)(dir, 'run')}"\ngraphroot = "${(0,external_node_path_.join)(dir, 'graph')}"\n`);
    const containers = (0,external_node_path_.join)(dir, 'containers.conf');
    await (0,promises_.writeFile)(containers, `[engine]\nruntime = "runc"\ntmp_dir = "${(0,external_node_path_.join)(dir, 'tmp')}"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n`);
    const out = {
        ...env,
        CONTAINERS_STORAGE_CONF: storage,
        CONTAINERS_CONF: env.CONTAINERS_CONF ?? containers,
    };
    const insecure = (options.insecureRegistries ?? []).filter(reference/* isLoopbackHost */.cW);
    if (insecure.length && !env.CONTAINERS_REGISTRIES_CONF) {
        const registries = (0,external_node_path_.join)(dir, 'registries.conf');
        await (0,promises_.writeFile)(registries, insecure.map((h) => `[[registry]]\nlocation = "${h}"\ninsecure = true\n`).join('\n'));
        out.CONTAINERS_REGISTRIES_CONF = registries;
    }
    return {
        dir,
        env: out,
        async dispose() {
            await (0,exec.run)('podman', ['rm', '--all', '--force'], { env: out }).catch(() => undefined);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./src/container/build.ts
/**
 * Builds the image of an oci plugin into an OCI image layout, for every platform, reproducibly.
 * podman (or buildah) here and on laptops; docker buildx on GitHub runners. No QEMU: the
 * Containerfile copies binaries cross-compiled outside (or in a `--platform=$BUILDPLATFORM`
 * stage), and a `RUN` in a foreign-arch stage fails with how to cross-compile. podman builds in
 * throw-away storage, so nothing is left behind and nothing from earlier builds leaks in; the
 * digest is read from the layout's bytes, never from podman's local storage.
 */










const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
const BUILDERS = ['podman', 'buildah', 'docker'];
/** The Containerfile (or Dockerfile) of the plugin. */
function containerfileOf(dir) {
    return ['Containerfile', 'Dockerfile'].map((f) => (0,external_node_path_.join)(dir, f)).find((f) => (0,external_node_fs_.existsSync)(f));
}
async function buildImage(loaded, o) {
    const file = containerfileOf(loaded.dir);
    if (!file) {
        throw new errors/* ConfigurationError */.j1(`${loaded.manifest.name} is an oci plugin without a Containerfile`, {
            fix: 'add a Containerfile (or Dockerfile) beside samuel-plugin.toml, or pass a built image with --layout DIR',
        });
    }
    const platforms = o.platforms?.length ? o.platforms : DEFAULT_PLATFORMS;
    for (const p of platforms) {
        if (!/^linux\/(amd64|arm64|arm\/v7|386|ppc64le|s390x|riscv64)$/.test(p)) {
            throw new errors/* ConfigurationError */.j1(`unsupported platform "${p}"`, {
                fix: 'use platforms such as linux/amd64,linux/arm64',
            });
        }
    }
    const builder = await chooseBuilder(o.builder, o.env);
    const [facts, version] = await Promise.all([
        (0,source.sourceFacts)(loaded.dir, o.env),
        builderVersion(builder, o.env),
    ]);
    const epoch = o.timestamp ?? facts.epoch ?? 0;
    if (!Number.isInteger(epoch) || epoch < 0) {
        throw new errors/* ConfigurationError */.j1(`invalid image timestamp ${epoch}`, {
            fix: 'give --timestamp (or SOURCE_DATE_EPOCH) as whole seconds since 1970',
        });
    }
    const git = { source: facts.source, revision: facts.revision };
    if (builder === 'docker') {
        await buildWithBuildx(loaded, file, platforms, epoch, git, o);
    }
    else {
        await buildWithPodman(loaded, file, platforms, epoch, git, builder, o);
    }
    const { digest: indexDigest, manifests, store, } = await fixIndex(o.layoutDir, platforms, loaded, git, epoch);
    const built = [];
    for (const m of manifests.filter((x) => x.platform && x.platform.os !== 'unknown')) {
        const image = (0,oci_store/* parseJson */.qF)((await store.getManifest(m.digest)).bytes, `the image manifest ${m.digest}`);
        built.push({
            platform: `${m.platform.os}/${m.platform.architecture}${m.platform.variant ? `/${m.platform.variant}` : ''}`,
            digest: m.digest,
            configDigest: image.config?.digest ?? '',
        });
    }
    // Reported in the order asked for, whatever order the builder wrote the index in.
    built.sort((a, b) => platforms.indexOf(a.platform) - platforms.indexOf(b.platform));
    const missing = platforms.filter((p) => !built.some((b) => b.platform === p));
    if (missing.length > 0) {
        throw new errors/* ReleaseError */.K2('BUILD', `the image index lacks ${missing.join(', ')}`, {
            fix: 'check the Containerfile builds for every platform in --platforms',
        });
    }
    return {
        layoutDir: o.layoutDir,
        indexDigest,
        digest: indexDigest,
        platforms: built,
        builder,
        builderVersion: version,
        epoch,
    };
}
/**
 * The builder asked for, else the first one usable here: in Actions docker first (GitHub's
 * runners have buildx), elsewhere podman first. Docker counts only when `docker buildx` works:
 * a docker without the plugin cannot build several platforms into a layout.
 */
async function chooseBuilder(explicit, env) {
    if (explicit) {
        if (!BUILDERS.includes(explicit)) {
            throw new errors/* ConfigurationError */.j1(`unknown image builder "${explicit}"`, {
                fix: `use ${BUILDERS.join(', ')}`,
            });
        }
        return explicit;
    }
    for (const b of env.GITHUB_ACTIONS === 'true'
        ? ['docker', 'podman']
        : ['podman', 'buildah', 'docker']) {
        if (onPath(b, env) && (b !== 'docker' || (await hasBuildx(env))))
            return b;
    }
    throw new errors/* IoError */.dA('no image builder found (podman, buildah or docker with buildx)', {
        fix: 'install podman (apt-get install podman) or docker with the buildx plugin',
    });
}
async function hasBuildx(env) {
    const r = await (0,exec.run)('docker', ['buildx', 'version'], { env, timeoutMs: 20_000 }).catch(() => undefined);
    return r?.code === 0;
}
/** True when `command` is a file in one of PATH's folders. */
function onPath(command, env) {
    return (env.PATH ?? '').split(':').some((d) => d && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, command)));
}
async function builderVersion(builder, env) {
    const r = await (0,exec.run)(builder, ['--version'], { env });
    return r.stdout.trim().split('\n')[0] ?? builder;
}
/** The OCI labels of every platform's config, from the manifest and the git context. */
function imageLabels(loaded, git, epoch) {
    const m = loaded.manifest;
    const entries = [
        ['org.opencontainers.image.title', m.name],
        ['org.opencontainers.image.version', m.version],
        ['org.opencontainers.image.description', m.summary],
        ['org.opencontainers.image.licenses', m.license],
        ['org.opencontainers.image.created', new Date(epoch * 1000).toISOString()],
        ['org.opencontainers.image.source', git.source ?? m.homepage],
        ['org.opencontainers.image.revision', git.revision],
    ];
    return entries
        .filter((e) => Boolean(e[1]))
        .flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}
async function buildWithPodman(loaded, file, platforms, epoch, git, builder, o) {
    const sandbox = await podmanSandbox(o.env, { prefix: 'spr-image-' });
    const list = `localhost/spr-${loaded.manifest.name}:${loaded.manifest.version}`;
    const command = builder === 'buildah' ? 'buildah' : 'podman';
    const stream = (chunk) => o.reporter?.info((0,report/* inertLog */.H_)(chunk.trimEnd()));
    try {
        await (0,promises_.rm)(o.layoutDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(o.layoutDir, { recursive: true });
        o.reporter?.info(`${command} build --platform ${platforms.join(',')} (${file})`);
        const build = await (0,exec.run)(command, podmanBuildArgs(loaded, file, platforms, epoch, git, list), { env: sandbox.env, cwd: loaded.dir, ...(o.reporter ? { onOutput: stream } : {}) });
        if (build.code !== 0)
            throw buildFailure(command, `${build.stdout}\n${build.stderr}`);
        const push = await (0,exec.run)(command, [
            'manifest',
            'push',
            '--all',
            '--format',
            'oci',
            list,
            `oci:${o.layoutDir}:${loaded.manifest.version}`,
        ], { env: sandbox.env });
        if (push.code !== 0) {
            throw new errors/* ReleaseError */.K2('BUILD', `${command} could not write the image layout: ${(0,report/* inertLog */.H_)(lastLines(push.stderr, 3))}`, { fix: 'check the free space and permissions of the output folder' });
        }
    }
    finally {
        await sandbox.dispose();
    }
}
/** `podman build` (or `buildah build`) for every platform into one manifest list. */
function podmanBuildArgs(loaded, file, platforms, epoch, git, list) {
    return [
        'build',
        '--platform',
        platforms.join(','),
        '--manifest',
        list,
        '--timestamp',
        String(epoch),
        '--no-cache',
        // One layer per build step commit is not kept: no intermediate images to write (podman's
        // part of the build measured 925 → 569 ms), and the history carries no intermediate IDs.
        '--layers=false',
        ...imageLabels(loaded, git, epoch),
        '-f',
        file,
        loaded.dir,
    ];
}
/**
 * `docker buildx build` as GitHub runners run it (`docker-container` driver): an OCI layout
 * folder, no provenance or SBOM attestations (they would be `unknown/unknown` manifests), the
 * timestamps rewritten to SOURCE_DATE_EPOCH, the description as an index annotation.
 */
function buildxArgs(loaded, file, platforms, epoch, git, layoutDir) {
    const m = loaded.manifest;
    return [
        'buildx',
        'build',
        '--platform',
        platforms.join(','),
        '--provenance=false',
        '--sbom=false',
        '--build-arg',
        `SOURCE_DATE_EPOCH=${epoch}`,
        ...imageLabels(loaded, git, epoch),
        '--annotation',
        `index:org.opencontainers.image.description=${m.summary ?? m.name}`,
        '--output',
        `type=oci,dest=${layoutDir},tar=false,rewrite-timestamp=true`,
        '-f',
        file,
        loaded.dir,
    ];
}
async function buildWithBuildx(loaded, file, platforms, epoch, git, o) {
    await (0,promises_.rm)(o.layoutDir, { recursive: true, force: true });
    const r = await (0,exec.run)('docker', buildxArgs(loaded, file, platforms, epoch, git, o.layoutDir), {
        env: { ...o.env, SOURCE_DATE_EPOCH: String(epoch) },
        cwd: loaded.dir,
        ...(o.reporter ? { onOutput: (c) => o.reporter?.info((0,report/* inertLog */.H_)(c.trimEnd())) } : {}),
    });
    if (r.code !== 0) {
        const out = `${r.stdout}\n${r.stderr}`;
        if (/unknown flag: --platform|'buildx' is not a docker command|unknown command "buildx"/i.test(out)) {
            throw new errors/* IoError */.dA('docker has no buildx plugin', {
                fix: 'install docker buildx (on GitHub runners: docker/setup-buildx-action), or use --builder podman',
            });
        }
        if (/exporter "oci" is not supported|docker exporter does not currently support/i.test(out)) {
            throw new errors/* IoError */.dA('the docker driver of buildx cannot write an OCI layout', {
                fix: 'create a docker-container builder first: docker buildx create --use --driver docker-container',
            });
        }
        throw buildFailure('docker buildx', out);
    }
}
function buildFailure(command, output) {
    const foreignRun = /exec format error|exec container process .*: Exec format error/i.test(output);
    return new errors/* ReleaseError */.K2('BUILD', `${command} build failed: ${(0,report/* inertLog */.H_)(lastLines(output, 8))}`, {
        fix: foreignRun
            ? 'a RUN step ran in a foreign-architecture stage, which needs QEMU: cross-compile instead (FROM --platform=$BUILDPLATFORM for the build stage, or COPY binaries built outside)'
            : 'fix the Containerfile (the builder output above says where)',
    });
}
function lastLines(text, n) {
    return (0,exec/* tail */.R)(text.trim(), n);
}
/**
 * Rewrites the layout's image index in a fixed order (the platforms as asked; attestation
 * manifests, `unknown/unknown`, last) with the description as an index annotation (what GHCR
 * shows), so the same commit always gives the same index digest whatever order the builder
 * finished the platforms in.
 */
async function fixIndex(layoutDir, platforms, loaded, git, epoch) {
    const store = new layout/* LayoutStore */.K(layoutDir);
    const top = (await store.readIndex()).manifests[0];
    if (!top)
        throw new errors/* ReleaseError */.K2('BUILD', 'the builder wrote an empty image layout');
    const index = (0,oci_store/* parseJson */.qF)((await store.getManifest(top.digest)).bytes, `the image index ${top.digest}`);
    if (!index.manifests)
        return { digest: top.digest, manifests: [], store };
    const rank = (m) => {
        const p = m.platform
            ? `${m.platform.os}/${m.platform.architecture}${m.platform.variant ? `/${m.platform.variant}` : ''}`
            : '';
        const i = platforms.indexOf(p);
        return i >= 0 ? i : platforms.length;
    };
    const manifests = [...index.manifests].sort((a, b) => rank(a) - rank(b) || a.digest.localeCompare(b.digest));
    const annotations = { ...(index.annotations ?? {}) };
    const m = loaded.manifest;
    annotations['org.opencontainers.image.description'] = m.summary ?? m.name;
    annotations['org.opencontainers.image.title'] = m.name;
    annotations['org.opencontainers.image.version'] = m.version;
    annotations['org.opencontainers.image.created'] = new Date(epoch * 1000).toISOString();
    if (m.license)
        annotations['org.opencontainers.image.licenses'] = m.license;
    if (git.source)
        annotations['org.opencontainers.image.source'] = git.source;
    if (git.revision)
        annotations['org.opencontainers.image.revision'] = git.revision;
    const fixed = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: oci_store/* MediaTypes */.mI.ociIndex,
        manifests,
        annotations,
    }));
    const { digest } = await store.replaceManifest(top.digest, fixed, oci_store/* MediaTypes */.mI.ociIndex);
    return { digest, manifests, store };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/oci/publish.ts + 1 modules
var publish = __webpack_require__(63938);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(75787);
;// CONCATENATED MODULE: ./src/container/inspect.ts
/**
 * Static checks of a built image that predict whether Samuel can run it, without running it (so
 * arm64 is checked on an amd64 machine, no QEMU): every declared platform is in the index, and
 * on each the entrypoint exists, is an ELF executable for that platform's machine, and is either
 * statically linked or has its interpreter in the image.
 */





/** ELF e_machine values for the platforms Samuel's runtimes pull. */
const MACHINES = {
    'linux/amd64': 62,
    'linux/arm64': 183,
    'linux/arm/v7': 40,
    'linux/386': 3,
    'linux/ppc64le': 21,
    'linux/s390x': 22,
    'linux/riscv64': 243,
};
const MACHINE_NAMES = Object.fromEntries(Object.entries(MACHINES).map(([p, m]) => [m, p.split('/')[1]]));
/** Where Samuel's launch mounts folders and the bridge socket (contract §3). */
const MOUNT_TARGETS = ['/workspace', '/skills', '/.samuel/run', '/plugin/config', '/samuel-bridge'];
/** Paths that must not be files in the image, or a mount cannot be made under them. */
const MOUNT_PARENTS = [
    '/workspace',
    '/skills',
    '/.samuel',
    '/.samuel/run',
    '/plugin',
    '/plugin/config',
];
/**
 * A reader over the blobs of an OCI image layout: sha256 digests only, regular files, checked
 * against their digest; layers are read whole, up to the size of the largest module we accept.
 */
function layoutReader(layoutDir) {
    return (d) => (0,publish.readLayoutBlob)(layoutDir, d, files/* READ_LIMITS */.Cl.module);
}
/** Inspects the image whose index (or manifest) is `digest` in the OCI layout at `layoutDir`. */
function inspectImage(layoutDir, digest, options) {
    return inspectImageWith(layoutReader(layoutDir), digest, options);
}
/** Inspects the image whose index (or manifest) is `digest`, reading blobs with `blob`. */
async function inspectImageWith(blob, digest, options) {
    const findings = [];
    const add = (rule, message, fix) => findings.push({
        severity: 'error',
        rule,
        message,
        fix,
        ...(options.file ? { file: options.file } : {}),
    });
    const top = (0,oci_store/* parseJson */.qF)(await blob(digest), `the image ${digest}`);
    const children = (top.manifests ?? []).filter((m) => m.platform && m.platform.os !== 'unknown');
    const platforms = [];
    for (const wanted of options.platforms) {
        const child = children.find((m) => platformOf(m) === wanted);
        if (!child) {
            add('image-platform', `the image has no ${wanted} manifest`, `build for ${wanted}, or leave it out of --platforms`);
            continue;
        }
        const manifest = (0,oci_store/* parseJson */.qF)(await blob(child.digest), `the ${wanted} manifest ${child.digest}`);
        if (!manifest.config?.digest || !Array.isArray(manifest.layers)) {
            throw new errors/* IoError */.dA(`the ${wanted} manifest ${child.digest} names no config or no layers`, {
                fix: 'rebuild the image; its layout is not one an image builder writes',
            });
        }
        const config = (0,oci_store/* parseJson */.qF)(await blob(manifest.config.digest), `the ${wanted} config ${manifest.config.digest}`);
        const entry = options.entrypoint?.[0] ?? config.config?.Entrypoint?.[0] ?? config.config?.Cmd?.[0];
        if (!entry) {
            add('image-entrypoint', `the ${wanted} image has no entrypoint`, 'set ENTRYPOINT in the Containerfile or [oci].entrypoint');
            continue;
        }
        const files = new Map();
        for (const layer of manifest.layers)
            readLayer(await blob(layer.digest), layer.mediaType, files);
        for (const dir of MOUNT_PARENTS) {
            if (files.has(dir) && !findings.some((f) => f.rule === 'image-mount-conflict')) {
                add('image-mount-conflict', `the image has a file at ${dir}, where Samuel's launch mounts a folder (${MOUNT_TARGETS.filter((t) => t === dir || t.startsWith(`${dir}/`)).join(', ')}): the container cannot start`, `move it elsewhere, e.g. /bin${dir}`);
            }
        }
        const binary = resolveFile(files, entry);
        if (!binary) {
            add('image-entrypoint', `the ${wanted} image has no file ${entry} (its entrypoint)`, 'COPY the binary to the entrypoint path');
            continue;
        }
        const elf = parseElf(binary);
        if (!elf) {
            platforms.push({
                platform: wanted,
                digest: child.digest,
                configDigest: manifest.config.digest,
                entrypoint: entry,
                linkage: 'not an ELF file (a script?)',
            });
            continue;
        }
        if (elf.machine !== MACHINES[wanted]) {
            add('image-arch', `the ${wanted} image's entrypoint ${entry} is built for ${MACHINE_NAMES[elf.machine] ?? `machine ${elf.machine}`}: it fails with "exec format error"`, `cross-compile the ${wanted} binary (GOARCH=${wanted.split('/')[1]}, or FROM --platform=$BUILDPLATFORM with a cross compiler)`);
            continue;
        }
        let linkage = 'static';
        if (elf.interpreter) {
            linkage = `dynamic (${elf.interpreter})`;
            if (!resolveFile(files, elf.interpreter)) {
                add('image-interpreter', `the ${wanted} entrypoint ${entry} needs ${elf.interpreter}, which is not in the image`, 'link it statically (CGO_ENABLED=0, -static) or use a base image that has its C library');
                continue;
            }
        }
        platforms.push({
            platform: wanted,
            digest: child.digest,
            configDigest: manifest.config.digest,
            entrypoint: entry,
            linkage,
        });
    }
    return { platforms, findings };
}
function platformOf(m) {
    const p = m.platform;
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** Adds the regular files and symlinks of a (gzip) tar layer to `files`, later layers winning. */
function readLayer(data, mediaType, files) {
    const tar = /gzip/.test(mediaType) || (data[0] === 0x1f && data[1] === 0x8b) ? (0,external_node_zlib_.gunzipSync)(data) : data;
    for (let at = 0; at + 512 <= tar.length;) {
        const header = tar.subarray(at, at + 512);
        if (header.every((b) => b === 0))
            break;
        const text = (start, length) => header
            .subarray(start, start + length)
            .toString('utf8')
            .replace(/\0.*$/s, '');
        const prefix = text(345, 155);
        const name = `/${(prefix ? `${prefix}/` : '') + text(0, 100)}`
            .replace(/^\/\.\//, '/')
            .replace(/\/+$/, '');
        const size = parseInt(text(124, 12).trim() || '0', 8);
        const type = String.fromCharCode(header[156] ?? 48);
        const body = tar.subarray(at + 512, at + 512 + size);
        const base = name.split('/').pop() ?? '';
        if (base.startsWith('.wh.'))
            files.delete(name.replace(/\.wh\.([^/]*)$/, '$1'));
        else if (type === '0' || type === '\0')
            files.set(name, Buffer.from(body));
        else if (type === '2')
            files.set(name, Buffer.from(`symlink:${text(157, 100)}`));
        at += 512 + Math.ceil(size / 512) * 512;
    }
}
function resolveFile(files, path, depth = 0) {
    const found = files.get(path.startsWith('/') ? path : `/${path}`);
    if (!found || depth > 8)
        return found;
    const text = found.subarray(0, 8).toString('utf8');
    if (text !== 'symlink:')
        return found;
    const target = found.subarray(8).toString('utf8');
    const dir = path.split('/').slice(0, -1).join('/');
    return resolveFile(files, target.startsWith('/') ? target : `${dir}/${target}`, depth + 1);
}
/** The machine and the program interpreter (PT_INTERP) of an ELF file. */
function parseElf(data) {
    if (data.length < 64 || data.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = data[4] === 2;
    const little = data[5] === 1;
    const u16 = (o) => (little ? data.readUInt16LE(o) : data.readUInt16BE(o));
    const u32 = (o) => (little ? data.readUInt32LE(o) : data.readUInt32BE(o));
    const u64 = (o) => Number(little ? data.readBigUInt64LE(o) : data.readBigUInt64BE(o));
    const machine = u16(18);
    const phoff = is64 ? u64(32) : u32(28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + phentsize > data.length)
            break;
        if (u32(ph) !== 3)
            continue; // PT_INTERP
        const offset = is64 ? u64(ph + 8) : u32(ph + 4);
        const size = is64 ? u64(ph + 32) : u32(ph + 16);
        return {
            machine,
            interpreter: data
                .subarray(offset, offset + size)
                .toString('utf8')
                .replace(/\0.*$/s, ''),
        };
    }
    return { machine };
}

// EXTERNAL MODULE: ./src/manifest/image.ts
var manifest_image = __webpack_require__(28472);
// EXTERNAL MODULE: ./src/samuel/launch.ts
var samuel_launch = __webpack_require__(40400);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/container/install.ts
/**
 * What `samuel install` does with an oci plugin, on the runtimes present (contract §3): `<rt>
 * pull <image>`, then `<rt> image inspect <image> --format {{.Id}}`, whose output samuel.lock
 * records as the plugin's `digest` — and whether `samuel doctor` will then accept it.
 */







/** Opens a runtime; undefined (with the reason) when it cannot be used here. */
async function openRuntime(runtime, env, insecureRegistries) {
    if (runtime === 'docker') {
        const v = await (0,exec.run)('docker', ['version', '--format', '{{.Server.Version}}'], { env }).catch(() => undefined);
        if (!v || v.code !== 0) {
            return { reason: `docker cannot reach its daemon: ${(0,report/* inertLog */.H_)((0,exec/* tail */.R)(v?.stderr ?? '', 1))}` };
        }
        const handle = {
            runtime,
            program: 'docker',
            env,
            pulled: [],
            async dispose() {
                for (const image of handle.pulled) {
                    const ids = await (0,exec.run)('docker', ['ps', '-aq', '--filter', `ancestor=${image}`], { env });
                    const list = ids.stdout.split('\n').filter(Boolean);
                    if (list.length)
                        await (0,exec.run)('docker', ['rm', '-f', ...list], { env });
                    await (0,exec.run)('docker', ['image', 'rm', image], { env });
                }
            },
        };
        return { handle };
    }
    const sandbox = await podmanSandbox(env, { insecureRegistries, prefix: 'spr-smoke-' });
    return {
        handle: {
            runtime,
            program: 'podman',
            env: sandbox.env,
            pulled: [],
            dispose: () => sandbox.dispose(),
        },
    };
}
/**
 * Pulls and inspects as Samuel does. A layout is pulled through a one-entry copy of its
 * `index.json` (the blobs linked, not copied), so exactly `source.digest` is pulled.
 */
async function emulateInstall(handle, source, pinned, options) {
    const rt = handle.program;
    const add = (rule, message, fix) => options.findings.push({
        severity: 'error',
        rule,
        message,
        fix,
        ...(options.file ? { file: options.file } : {}),
    });
    let pullArg;
    let scratch;
    if (source.reference)
        pullArg = source.reference;
    else if (source.layoutDir && rt === 'podman') {
        // podman names the pulled image after the folder, and names must be lowercase.
        scratch = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `spr-pull-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        await (0,promises_.mkdir)(scratch, { mode: 0o700 });
        await (0,promises_.writeFile)((0,external_node_path_.join)(scratch, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
        await (0,promises_.symlink)((0,external_node_path_.resolve)(source.layoutDir, 'blobs'), (0,external_node_path_.join)(scratch, 'blobs'));
        const top = await (0,promises_.readFile)((0,external_node_path_.join)(source.layoutDir, 'blobs', 'sha256', source.digest.slice(7)));
        const mediaType = JSON.parse(top.toString('utf8')).mediaType ??
            'application/vnd.oci.image.index.v1+json';
        await (0,promises_.writeFile)((0,external_node_path_.join)(scratch, 'index.json'), JSON.stringify({
            schemaVersion: 2,
            manifests: [
                {
                    mediaType,
                    digest: source.digest,
                    size: top.length,
                    annotations: { 'org.opencontainers.image.ref.name': 'smoke' },
                },
            ],
        }));
        pullArg = `oci:${scratch}:smoke`;
    }
    else
        return undefined;
    try {
        const pull = await (0,exec.run)(rt, ['pull', pullArg], { env: handle.env });
        if (pull.code !== 0) {
            const out = (0,report/* inertLog */.H_)((0,exec/* tail */.R)(pull.stderr || pull.stdout, 4));
            add('install-pull', `${rt} pull ${pullArg} failed, so samuel install fails: ${out}`, /no image found|manifest unknown|choosing an image from manifest list|no matching manifest/i.test(out)
                ? `the image has no manifest for this machine's platform: build it for linux/${hostArch()}`
                : 'push the image first and check the reference (and that the registry is reachable)');
            return undefined;
        }
        handle.pulled.push(pullArg);
        // After a pull from a layout, podman names the image by its ID (the last line it prints).
        const target = source.reference ?? pull.stdout.trim().split('\n').pop().trim();
        const inspect = await (0,exec.run)(rt, ['image', 'inspect', target, '--format', '{{.Id}}'], {
            env: handle.env,
        });
        const id = inspect.stdout.trim();
        if (inspect.code !== 0 || !id) {
            add('install-inspect', `${rt} image inspect ${target} failed, so samuel install fails: ${(0,report/* inertLog */.H_)((0,exec/* tail */.R)(inspect.stderr, 3))}`, 'check the runtime can read the image it pulled');
            return undefined;
        }
        return {
            runtime: handle.runtime,
            pulled: pullArg,
            lockDigest: id,
            ...(options.predicted ? { predicted: options.predicted } : {}),
            digestCheckPasses: pinned.includes(id),
            runImage: target,
        };
    }
    finally {
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** This machine's architecture as OCI names it. */
function hostArch() {
    const map = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
    };
    return map[process.arch] ?? process.arch;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/container/bridge.ts
/**
 * The host side of `/samuel-bridge`, served the way Samuel's `bridge.Server` serves it: the host
 * listens on a Unix socket, the container dials it, writes one JSON request and half-closes;
 * the server reads to EOF and answers once. With no handlers (Samuel v2.3 registers none) every
 * method answers `unimplemented: <method>`. Each request is logged and checked against
 * `plugin.proto`, which Samuel's decoder never does.
 */





/** Requests larger than this are refused (Samuel reads without a bound; a smoke test should not). */
const MAX_REQUEST = 1024 * 1024;
/**
 * Listens on `path` (its folder created 0700, as Samuel does) and serves until closed. `mode`
 * sets the socket's permissions; Samuel leaves the umask's (often 0755), which rootless podman
 * with `--user` cannot connect to.
 */
async function serveBridge(path, options = {}) {
    if (Buffer.byteLength(path) > samuel_launch/* MAX_SOCKET_PATH */.vI) {
        throw new errors/* IoError */.dA(`the bridge socket path is ${Buffer.byteLength(path)} bytes: ${path}`, {
            fix: `use a shorter folder (Unix socket paths are at most ${samuel_launch/* MAX_SOCKET_PATH */.vI} bytes)`,
        });
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    await (0,promises_.rm)(path, { force: true });
    const calls = [];
    const sockets = new Set();
    const server = (0,external_node_net_.createServer)({ allowHalfOpen: true }, (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        const chunks = [];
        let size = 0;
        socket.on('data', (b) => {
            size += b.length;
            if (size > MAX_REQUEST) {
                socket.end(JSON.stringify({ ok: false, error: samuel_launch/* bridgeErrors */.$S.malformed('too large') }));
                socket.destroy();
                return;
            }
            chunks.push(b);
        });
        socket.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const call = answer(text, options.handlers ?? {});
            calls.push(call);
            socket.end(JSON.stringify(call.response));
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', (e) => reject(new errors/* IoError */.dA(`cannot listen on ${path}: ${e.message}`, { cause: e })));
        server.listen(path, resolve);
    });
    if (options.mode !== undefined)
        await (0,promises_.chmod)(path, options.mode);
    return {
        path,
        calls,
        async close() {
            for (const s of sockets)
                s.destroy();
            await new Promise((resolve) => server.close(() => resolve()));
            await (0,promises_.rm)(path, { force: true });
        },
    };
}
function answer(text, handlers) {
    const request = text.length > 4096 ? `${text.slice(0, 4096)}…` : text;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return {
            method: '?',
            request,
            response: { ok: false, error: samuel_launch/* bridgeErrors */.$S.malformed(why) },
            problems: [`the request is not JSON: ${why}`],
        };
    }
    const problems = (0,samuel_launch/* checkBridgeRequest */.h3)(value);
    const method = typeof value?.method === 'string'
        ? value.method
        : '?';
    const handler = handlers[method];
    let response;
    if (handler) {
        try {
            const body = handler(value.body ?? {});
            response = { ok: true, body };
        }
        catch (e) {
            response = { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
    }
    else
        response = (0,samuel_launch/* unregisteredAnswer */.UD)(value);
    return { method, request, response, problems };
}

;// CONCATENATED MODULE: ./src/container/snapshot.ts
/**
 * What a container changed on the host: every file under a folder before and after a run, by
 * type, size and content hash, so a write outside the declared mounts is caught even when it
 * keeps the size and the time.
 */



/** Files larger than this are compared by size and modification time only. */
const HASH_LIMIT = 4 * 1024 * 1024;
/** Walks `root` (never following symlinks), skipping the paths in `ignore`. */
async function snapshot(root, ignore = new Set()) {
    const out = new Map();
    const walk = async (dir) => {
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch {
            return;
        }
        for (const name of names.sort()) {
            const path = (0,external_node_path_.join)(dir, name);
            if (ignore.has(path))
                continue;
            const st = await (0,promises_.lstat)(path).catch(() => undefined);
            if (!st)
                continue;
            if (st.isDirectory()) {
                out.set(path, 'dir');
                await walk(path);
            }
            else if (st.isFile()) {
                const tag = st.size <= HASH_LIMIT
                    ? (0,external_node_crypto_.createHash)('sha256')
                        .update(await (0,promises_.readFile)(path))
                        .digest('hex')
                    : `${st.size}:${st.mtimeMs}`;
                out.set(path, `file:${tag}`);
            }
            else if (st.isSymbolicLink())
                out.set(path, `link:${st.mtimeMs}`);
            else
                out.set(path, 'other');
        }
    };
    await walk(root);
    return out;
}
/** Paths created, changed or removed between two snapshots, sorted. */
function changedPaths(before, after) {
    const changed = new Set();
    for (const [p, v] of after)
        if (before.get(p) !== v)
            changed.add(p);
    for (const p of before.keys())
        if (!after.has(p))
            changed.add(p);
    return [...changed].sort();
}

;// CONCATENATED MODULE: ./src/container/launch.ts
/**
 * Runs the image the way Samuel's launcher would (contract §3): the exact `run` arguments
 * `BuildRunArgs` gives for the manifest, every bind source created under a short temporary
 * folder (podman refuses a missing one; Unix socket paths are at most 107 bytes), the bridge
 * socket served with Samuel's semantics, a hard timeout, and a snapshot of the host folders
 * before and after to catch writes outside the declared mounts.
 */










const DEFAULT_PROJECT = {
    'README.md': '# A project\n',
    'docs/guide.md': '# Guide\n',
    'src/main.txt': 'not markdown\n',
};
/** A short folder for the socket path budget: /tmp when it exists, else the OS temp folder. */
async function shortTemp() {
    const base = (0,external_node_fs_.existsSync)('/tmp') ? '/tmp' : (0,external_node_os_.tmpdir)();
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'spr-l-'));
}
async function emulateLaunch(handle, manifest, image, o) {
    const finding = (severity, rule, message, fix) => o.findings.push({
        severity,
        rule,
        message,
        ...(fix ? { fix } : {}),
        ...(o.file ? { file: o.file } : {}),
    });
    const root = await shortTemp();
    const project = (0,external_node_path_.join)(root, 'p');
    const home = (0,external_node_path_.join)(root, 'h');
    const user = typeof process.getuid === 'function' ? `${process.getuid()}:${process.getgid()}` : undefined;
    const launch = (0,samuel_launch/* launchOptionsFor */.pX)(manifest, image, {
        projectDir: project,
        home,
        hostEnv: o.hostEnv ?? {},
        ...(user ? { user } : {}),
    });
    const L = launch.layout;
    const bridge = await (async () => {
        if (Buffer.byteLength(L.bridgeSocket) > samuel_launch/* MAX_SOCKET_PATH */.vI) {
            throw new Error(`socket path too long: ${L.bridgeSocket}`);
        }
        for (const [rel, text] of Object.entries(o.project ?? DEFAULT_PROJECT)) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(project, rel, '..'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(project, rel), text);
        }
        for (const dir of [L.skills, L.samuelRun, L.pluginConfig])
            await (0,promises_.mkdir)(dir, { recursive: true });
        for (const m of launch.extraMounts) {
            if (m.hostPath === project || m.hostPath.startsWith(`${project}/`)) {
                await (0,promises_.mkdir)(m.hostPath, { recursive: true });
                if (/[*?[\]{}]/.test(m.containerPath)) {
                    finding('warning', 'samuel-glob-mount', `Samuel mounts the [capabilities.filesystem] pattern ${m.containerPath} literally (-v <project>/${m.containerPath.slice('/workspace/'.length)}:${m.containerPath}): podman refuses it unless that odd path exists in the project`, 'declare folders (e.g. "docs" or "/workspace/out"), not globs, for oci plugins');
                }
            }
            else {
                finding('warning', 'samuel-host-mount', `Samuel bind-mounts the host path ${m.hostPath} into the container as is${(0,external_node_fs_.existsSync)(m.hostPath) ? '' : ', and podman refuses it where it does not exist'}`, 'declare paths under /workspace (relative paths are), so the plugin sees only the project');
            }
        }
        return serveBridge(L.bridgeSocket, { ...(o.handlers ? { handlers: o.handlers } : {}) });
    })().catch(async (e) => {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw e;
    });
    const args = (0,samuel_launch/* buildRunArgs */.$b)(launch);
    try {
        const ignore = new Set([L.bridgeSocket]);
        const before = await snapshot(root, ignore);
        o.log?.(`${handle.program} ${args.join(' ')}`);
        const timeoutMs = o.timeoutMs ?? 30_000;
        const r = await (0,exec.run)(handle.program, args, { env: handle.env, timeoutMs });
        if (r.timedOut) {
            // The killed client leaves its container running: remove it.
            if (handle.program === 'podman')
                await (0,exec.run)('podman', ['rm', '--all', '--force'], { env: handle.env });
        }
        const after = await snapshot(root, ignore);
        const output = (0,report/* inertLog */.H_)((0,exec/* tail */.R)(`${r.stdout}\n${r.stderr}`, 20));
        for (const line of output.split('\n').filter(Boolean))
            o.log?.(`  ${line}`);
        const changed = changedPaths(before, after).filter((p) => after.get(p) !== 'dir');
        const allowed = writableMatchers(manifest, launch, project);
        const writesOutside = changed.filter((p) => !allowed(p));
        const writes = changed.filter((p) => allowed(p)).map((p) => p.slice(project.length + 1));
        const result = {
            program: handle.program,
            args,
            exitCode: r.code,
            timedOut: r.timedOut,
            output,
            bridgeCalls: bridge.calls,
            writesOutside: writesOutside.map((p) => p.startsWith(`${project}/`) ? `/workspace/${p.slice(project.length + 1)}` : p),
            writes,
        };
        judge(result, manifest, timeoutMs, finding);
        return result;
    }
    finally {
        await bridge.close();
        await (0,promises_.rm)(root, { recursive: true, force: true }).catch(() => undefined);
    }
}
/**
 * Which host paths a run may change: the declared `filesystem.write` entries, and Samuel's
 * `/.samuel/run` when it is mounted writable (it is whenever /workspace is).
 */
function writableMatchers(manifest, launch, project) {
    const tests = [];
    const under = (dir) => (p) => p === dir || p.startsWith(`${dir}/`);
    for (const w of manifest.capabilities.filesystem.write) {
        const host = (0,samuel_launch/* hostPathOf */.J8)((0,samuel_launch/* containerPathOf */.uB)(w), project);
        tests.push(under(host));
        if (/[*?[\]{}]/.test(host))
            tests.push(picomatch_default()(host, { dot: true }));
    }
    if ((0,samuel_launch/* workspaceWritable */.el)(launch.grants))
        tests.push(under(launch.layout.samuelRun));
    return (p) => tests.some((t) => t(p));
}
function judge(r, manifest, timeoutMs, finding) {
    const last = r.output.split('\n').slice(-3).join(' | ');
    if (/exec format error/i.test(r.output)) {
        finding('error', 'launch-exec-format', `the container failed with "exec format error": its entrypoint is not built for this machine (${last})`, 'cross-compile the entrypoint for every platform (GOARCH=…, or FROM --platform=$BUILDPLATFORM with a cross compiler)');
    }
    else if (r.timedOut) {
        finding('error', 'launch-timeout', `the entrypoint did not exit within ${Math.round(timeoutMs / 1000)} s and was killed; Samuel's launch has no timeout, so it would wait for ever`, 'do the work and exit; Samuel v2.3 launches a plugin per call, not as a daemon');
    }
    else if (/error mounting .* not a directory/i.test(r.output)) {
        finding('error', 'launch-mount-conflict', `the runtime could not mount one of Samuel's folders because the image has a file in its way: ${last}`, 'keep /workspace, /skills, /.samuel and /plugin free in the image (put the entrypoint in /bin, say)');
    }
    else if (/statfs .*no such file|no such file or directory.*mount|error checking path/i.test(r.output) &&
        r.exitCode !== 0) {
        finding('error', 'launch-mount-source', `the runtime refused a bind mount whose host path does not exist: ${last}`, 'declare [capabilities.filesystem] paths that exist in the project');
    }
    else if (r.exitCode !== 0) {
        finding('error', 'launch-exit', `the container exited with code ${r.exitCode} when run with Samuel's arguments: ${last}`, 'run it with the arguments shown (--verbose) and fix what it prints');
    }
    if (r.writesOutside.length) {
        finding('error', 'launch-writes-outside', `the container wrote outside its declared write mounts: ${r.writesOutside.slice(0, 5).join(', ')}${r.writesOutside.length > 5 ? ` and ${r.writesOutside.length - 5} more` : ''}`, `write only under the [capabilities.filesystem].write paths (${manifest.capabilities.filesystem.write.join(', ') || 'none declared'}); Samuel mounts the whole project writable once any /workspace path is granted`);
    }
    for (const call of r.bridgeCalls) {
        if (call.problems.length) {
            finding('warning', 'bridge-request-shape', `bridge request ${call.method} does not match plugin.proto: ${call.problems.join('; ')}`, 'send {"method": "PluginService/<Method>", "body": {…}} with the fields of plugin.proto in snake_case');
        }
    }
}

;// CONCATENATED MODULE: ./src/container/smoke.ts
/**
 * Smoke for oci plugins: checks whose pass predicts Samuel will install and run the image.
 * 1. static — the reference matches Samuel's pattern; the index holds every declared platform;
 *    each entrypoint is an ELF for its platform, static or with its interpreter in the image;
 * 2. install — on each runtime present (or the one `SAMUEL_RUNTIME` names): pull, `image
 *    inspect --format {{.Id}}`, what samuel.lock will record and whether doctor accepts it;
 * 3. launch — Samuel's exact `run` arguments, a served bridge, a hard timeout: exit 0, no
 *    `exec format error`, no writes outside the declared mounts.
 * Known Samuel defects become warnings that name them.
 */











async function smokeImage(loaded, o) {
    const m = loaded.manifest;
    const findings = [];
    const skipped = [];
    const where = o.file ? { file: o.file } : {};
    const add = (severity, rule, message, fix) => findings.push({ severity, rule, message, ...(fix ? { fix } : {}), ...where });
    const info = (line) => o.reporter?.info(line);
    // 1. static
    const digest = o.digest ?? o.reference?.split('@')[1] ?? (await layoutDigest(o.layoutDir));
    if (!digest) {
        throw new errors/* ConfigurationError */.j1('no image to smoke-test', {
            fix: 'build the image first, or give --layout DIR or a pushed reference',
        });
    }
    const pinned = o.reference ?? `${(m.oci?.image ?? '').split('@')[0]}@${digest}`;
    if (!(0,manifest_image/* parseSamuelImage */.gZ)(pinned)) {
        const why = (0,manifest_image/* explainImageProblem */._2)(pinned);
        add('error', 'image-reference', why.message, why.fix);
    }
    const read = o.layoutDir ? layoutReader(o.layoutDir) : o.readBlob;
    let platforms = [];
    if (read) {
        const declared = o.platforms ?? (await indexPlatforms(read, digest));
        const r = await inspectImageWith(read, digest, {
            platforms: declared,
            ...(m.oci?.entrypoint?.length ? { entrypoint: m.oci.entrypoint } : {}),
            ...where,
        });
        platforms = r.platforms;
        findings.push(...r.findings);
        for (const p of platforms)
            info(`static: ${p.platform} ${p.entrypoint} ${p.linkage}`);
    }
    else
        skipped.push('static checks: no layout and no blob reader');
    // 2. install
    const install = [];
    let launch;
    const runtimes = pickRuntimes(o.runtimes ?? 'auto', o.env, (p) => onPath(p, o.env), add);
    const predicted = platforms.find((p) => p.platform === `linux/${hostArch()}`)?.configDigest;
    for (const runtime of runtimes) {
        const opened = await openRuntime(runtime, o.env, o.insecureRegistries ?? []);
        if (!opened.handle) {
            skipped.push(`${runtime}: ${opened.reason}`);
            continue;
        }
        const handle = opened.handle;
        try {
            const source = {
                ...(o.reference ? { reference: o.reference } : {}),
                ...(o.layoutDir ? { layoutDir: o.layoutDir } : {}),
                digest,
            };
            const got = await emulateInstall(handle, source, pinned, {
                ...(predicted ? { predicted } : {}),
                findings,
                ...where,
            });
            if (!got) {
                if (!o.reference && handle.program === 'docker') {
                    skipped.push('docker: install emulation needs a pushed reference');
                }
                continue;
            }
            install.push(got);
            info(`install (${runtime}): samuel.lock digest = '${got.lockDigest}'`);
            judgeInstall(got, predicted, m.name, add);
            // 3. launch, once, on the first runtime that installed (Samuel's pick comes first).
            if (!launch && o.launch !== false) {
                launch = await emulateLaunch(handle, m, got.runImage, {
                    ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
                    ...(o.handlers ? { handlers: o.handlers } : {}),
                    hostEnv: o.env,
                    findings,
                    ...where,
                    log: info,
                });
                for (const c of launch.bridgeCalls)
                    info(`bridge: ${c.method} → ${JSON.stringify(c.response)}`);
                knownLaunchDefects(loaded, runtime, launch, add);
            }
        }
        finally {
            await handle.dispose();
        }
    }
    if (runtimes.length && !install.length && !findings.some((f) => f.severity === 'error'))
        skipped.push('install and launch: no runtime could pull the image');
    return {
        ok: !findings.some((f) => f.severity === 'error'),
        digest,
        platforms,
        install,
        ...(launch ? { launch } : {}),
        findings,
        skipped,
    };
}
function pickRuntimes(wanted, env, has, add) {
    if (wanted === 'none')
        return [];
    if (Array.isArray(wanted))
        return wanted;
    if ((env.SAMUEL_RUNTIME ?? '').trim()) {
        const pick = (0,samuel_launch/* samuelRuntime */.g8)(env, has);
        if (!pick.runtime) {
            add('error', 'samuel-runtime', pick.problem, `set SAMUEL_RUNTIME to one of ${samuel_launch/* SAMUEL_RUNTIMES */.Y8.join(', ')}, or unset it`);
            return [];
        }
        return [pick.runtime];
    }
    return ['podman', 'docker'].filter((p) => has(p));
}
function judgeInstall(got, predicted, name, add) {
    if (got.runtime !== 'docker' &&
        predicted &&
        got.lockDigest !== predicted.replace(/^sha256:/, '')) {
        add('error', 'install-digest', `${got.runtime} recorded ${got.lockDigest}, not the config digest ${predicted} of this machine's platform`, 'rebuild the image; the pushed image differs from the one checked');
    }
    add('warning', 'samuel-doctor-oci', `samuel doctor will report ${name} as failed (a Samuel v2.3 defect): install never creates .samuel/plugins/${name}/ ("installed dir missing")${got.digestCheckPasses ? '' : `, and the lock's digest ${got.lockDigest} (the ${got.runtime} image ID) is not part of [oci].image ("oci image digest drift")`}`, 'nothing to change in the plugin; tell users the doctor failure is expected until Samuel fixes it');
}
function knownLaunchDefects(loaded, runtime, r, add) {
    const m = loaded.manifest;
    if (runtime === 'podman') {
        const parts = [];
        if ((0,samuel_launch/* workspaceWritable */.el)((0,samuel_launch/* grantsFromManifest */.ne)(m)))
            parts.push('cannot write /workspace');
        if (r.bridgeCalls.length)
            parts.push('cannot connect to the bridge socket, which Samuel leaves at mode 0755');
        if (parts.length) {
            add('warning', 'samuel-rootless-user', `under rootless podman (how Samuel runs podman) with --user, the plugin ${parts.join(' and ')} (a Samuel v2.3 defect)`, 'expect it to work with SAMUEL_RUNTIME=podman-root or docker until Samuel fixes it');
        }
    }
    if ((m.oci?.cpuQuota || m.oci?.memoryLimit) && !(0,external_node_fs_.existsSync)('/sys/fs/cgroup/cgroup.controllers')) {
        add('warning', 'samuel-cgroups-v1-limits', 'cpu_quota and memory_limit are ignored on cgroups v1 hosts (rootless podman cannot apply --cpus/--memory there): the limits were not enforced in this run', 'do not rely on the limits for safety on such hosts');
    }
}
/** The digest of the image a layout holds (see layoutRoot), when a layout is given. */
async function layoutDigest(dir) {
    return dir ? (0,digest.sha256Digest)((await (0,publish.layoutRoot)(dir)).bytes) : undefined;
}
/** The platforms of an image index (attestation manifests, `unknown/unknown`, left out). */
async function indexPlatforms(read, digest) {
    const top = (0,oci_store/* parseJson */.qF)(await read(digest), `the image ${digest}`);
    return (top.manifests ?? [])
        .map((x) => x.platform)
        .filter((p) => !!p && p.os !== 'unknown')
        .map((p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`);
}

;// CONCATENATED MODULE: ./src/container/index.ts
/** Container images of oci plugins: build them into an OCI image layout, and smoke-test them. */









/***/ }),

/***/ 40400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ bridgeErrors),
/* harmony export */   $b: () => (/* binding */ buildRunArgs),
/* harmony export */   J8: () => (/* binding */ hostPathOf),
/* harmony export */   UD: () => (/* binding */ unregisteredAnswer),
/* harmony export */   Y8: () => (/* binding */ SAMUEL_RUNTIMES),
/* harmony export */   el: () => (/* binding */ workspaceWritable),
/* harmony export */   g8: () => (/* binding */ samuelRuntime),
/* harmony export */   h3: () => (/* binding */ checkBridgeRequest),
/* harmony export */   ne: () => (/* binding */ grantsFromManifest),
/* harmony export */   pX: () => (/* binding */ launchOptionsFor),
/* harmony export */   uB: () => (/* binding */ containerPathOf),
/* harmony export */   vI: () => (/* binding */ MAX_SOCKET_PATH)
/* harmony export */ });
/* unused harmony exports mountLayout, CONTAINER_PATHS, capabilityMounts, BRIDGE_METHODS, BRIDGE_REQUEST_FIELDS */
/**
 * How Samuel v2.3 launches an oci plugin and talks to it, as data (contract §3):
 * `internal/plugin/oci/launcher.go` (`BuildRunArgs`, `CapabilityMountsFromManifest`),
 * `plugin.go` (`BuildMountLayout`), `capability.go` (`FromManifest`), `runtime.go`
 * (`SAMUEL_RUNTIME`) and `bridge/bridge.go` (the JSON envelope over `/samuel-bridge`). v2.3 uses
 * this launch only for the agent sandbox; plugin launches will use the same code.
 */
/** The container runtimes Samuel knows, as `SAMUEL_RUNTIME` spells them. */
const SAMUEL_RUNTIMES = ['podman', 'podman-root', 'docker'];
/**
 * The runtime Samuel picks: `SAMUEL_RUNTIME` (case-insensitive, anything else is an error in
 * Samuel), else podman (always treated as rootless), else docker. `has` says what is on PATH.
 */
function samuelRuntime(env, has) {
    const override = (env.SAMUEL_RUNTIME ?? '').trim().toLowerCase();
    if (override) {
        if (!SAMUEL_RUNTIMES.includes(override)) {
            return {
                problem: `SAMUEL_RUNTIME="${env.SAMUEL_RUNTIME}" is not one of ${SAMUEL_RUNTIMES.join(', ')}: Samuel refuses it`,
            };
        }
        const program = override === 'docker' ? 'docker' : 'podman';
        if (!has(program))
            return { problem: `SAMUEL_RUNTIME=${override} but ${program} is not on PATH` };
        return { runtime: override, program };
    }
    if (has('podman'))
        return { runtime: 'podman', program: 'podman' };
    if (has('docker'))
        return { runtime: 'docker', program: 'docker' };
    return { problem: 'no container runtime found (podman or docker)' };
}
/**
 * The capabilities a manifest requests, in Samuel's order. Only the legacy
 * `[capabilities.network].outbound` becomes a network grant; `allowed_hosts` does not.
 */
function grantsFromManifest(m) {
    const c = m.capabilities;
    const out = [];
    if (c.filesystem.read.length)
        out.push({ kind: 'filesystem.read', targets: c.filesystem.read });
    if (c.filesystem.write.length)
        out.push({ kind: 'filesystem.write', targets: c.filesystem.write });
    if (c.exec)
        out.push({ kind: 'exec', targets: [] });
    if (c.network.outbound.length)
        out.push({ kind: 'network.outbound', targets: c.network.outbound });
    if (c.samuelApi)
        out.push({ kind: 'samuel.api', targets: [] });
    if (c.assistantInvoke)
        out.push({ kind: 'assistant.invoke', targets: [] });
    return out;
}
/** `BuildMountLayout(home)` for plugin `name` in `projectDir`. */
function mountLayout(projectDir, home, name) {
    const join = (...p) => p.join('/').replace(/\/+/g, '/');
    return {
        workspace: projectDir,
        skills: join(home, '.samuel', 'builtins'),
        samuelRun: join(projectDir, '.samuel', 'run'),
        pluginConfig: join(projectDir, '.samuel', 'plugins', name, 'config'),
        bridgeSocket: join(projectDir, '.samuel', 'run', `${name}.sock`),
    };
}
/** The container side of each fixed mount. */
const CONTAINER_PATHS = {
    workspace: '/workspace',
    skills: '/skills',
    samuelRun: '/.samuel/run',
    pluginConfig: '/plugin/config',
    bridgeSocket: '/samuel-bridge',
};
/** Go's `filepath.Clean` for the absolute and relative paths manifests hold. */
function cleanPath(p) {
    const abs = p.startsWith('/');
    const parts = [];
    for (const s of p.split('/')) {
        if (s === '' || s === '.')
            continue;
        if (s === '..') {
            if (parts.length && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!abs)
                parts.push('..');
            continue;
        }
        parts.push(s);
    }
    return (abs ? '/' : '') + parts.join('/') || (abs ? '/' : '.');
}
/** `normalizeContainerPath`: relative entries (globs included, literally) sit under /workspace. */
function containerPathOf(entry) {
    const p = entry.trim();
    if (!p)
        return '';
    return p.startsWith('/') ? p : cleanPath(`/workspace/${p}`);
}
/** `containerPathToHost`: /workspace maps to the project, any other path to itself. */
function hostPathOf(containerPath, projectDir) {
    if (containerPath === '/workspace')
        return projectDir;
    if (containerPath.startsWith('/workspace/'))
        return cleanPath(`${projectDir}/${containerPath.slice('/workspace/'.length)}`);
    return containerPath;
}
/**
 * `CapabilityMountsFromManifest`: one bind per filesystem entry, read entries first (read-only
 * unless also written), then write entries; a glob is mounted literally, as Samuel does.
 */
function capabilityMounts(m, projectDir) {
    const { read, write } = m.capabilities.filesystem;
    const writes = new Set(write.map(containerPathOf));
    const seen = new Set();
    const out = [];
    const add = (entry, readOnly) => {
        const containerPath = containerPathOf(entry);
        if (seen.has(containerPath))
            return;
        seen.add(containerPath);
        out.push({ hostPath: hostPathOf(containerPath, projectDir), containerPath, readOnly });
    };
    for (const r of read)
        add(r, !writes.has(containerPathOf(r)));
    for (const w of write)
        add(w, false);
    return out;
}
/** True when a grant lets the plugin write /workspace (which then mounts the whole project rw). */
function workspaceWritable(grants) {
    return grants.some((g) => g.kind === 'filesystem.write' &&
        g.targets.some((t) => t === '/workspace' || t.startsWith('/workspace/')));
}
/** `BuildRunArgs`: the argument list after the runtime's program name, in Samuel's order. */
function buildRunArgs(o) {
    const args = ['run', '--rm'];
    if (o.user)
        args.push('--user', o.user);
    const mode = workspaceWritable(o.grants) ? '' : ':ro';
    const L = o.layout;
    const C = CONTAINER_PATHS;
    if (L.workspace)
        args.push('-v', `${L.workspace}:${C.workspace}${mode}`);
    if (L.skills)
        args.push('-v', `${L.skills}:${C.skills}:ro`);
    if (L.samuelRun)
        args.push('-v', `${L.samuelRun}:${C.samuelRun}${mode}`);
    if (L.pluginConfig)
        args.push('-v', `${L.pluginConfig}:${C.pluginConfig}:ro`);
    if (L.bridgeSocket)
        args.push('-v', `${L.bridgeSocket}:${C.bridgeSocket}`);
    for (const m of o.extraMounts)
        args.push('-v', `${m.hostPath}:${m.containerPath}${m.readOnly ? ':ro' : ''}`);
    if (o.proxySocket) {
        args.push('-v', `${o.proxySocket}:/samuel-proxy`);
        for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'])
            args.push('-e', `${k}=unix:///samuel-proxy`);
    }
    const network = o.networkMode ||
        (o.grants.some((g) => g.kind === 'network.outbound' && g.targets.length) ? 'bridge' : 'none');
    args.push('--network', network);
    if (o.cpuQuota)
        args.push('--cpus', o.cpuQuota);
    if (o.memoryLimit)
        args.push('--memory', o.memoryLimit);
    if (o.workdir)
        args.push('-w', o.workdir);
    if (o.entrypoint?.length)
        args.push('--entrypoint', o.entrypoint[0]);
    const allow = new Set(o.envAllowlist);
    for (const [k, v] of Object.entries(o.hostEnv)) {
        if (allow.has(k) && v !== undefined)
            args.push('-e', `${k}=${v}`);
    }
    args.push(o.image);
    if (o.entrypoint && o.entrypoint.length > 1)
        args.push(...o.entrypoint.slice(1));
    args.push(...(o.command ?? []));
    return args;
}
/** The launch options Samuel derives from a manifest, with every capability granted. */
function launchOptionsFor(m, image, place) {
    const o = m.oci ?? {};
    return {
        image,
        layout: mountLayout(place.projectDir, place.home, m.name),
        grants: grantsFromManifest(m),
        envAllowlist: m.capabilities.env,
        hostEnv: place.hostEnv,
        ...(place.user ? { user: place.user } : {}),
        ...(o.entrypoint?.length ? { entrypoint: o.entrypoint } : {}),
        ...(o.workdir ? { workdir: o.workdir } : {}),
        ...(o.cpuQuota ? { cpuQuota: o.cpuQuota } : {}),
        ...(o.memoryLimit ? { memoryLimit: o.memoryLimit } : {}),
        extraMounts: capabilityMounts(m, place.projectDir),
    };
}
/** Unix socket paths longer than this (sun_path, with its NUL) cannot be bound or dialled. */
const MAX_SOCKET_PATH = 107;
// ---- The bridge (bridge.go) -------------------------------------------------------------
/** The methods of `PluginService`, as the envelope names them. */
const BRIDGE_METHODS = [
    'PluginService/Detect',
    'PluginService/Install',
    'PluginService/Check',
    'PluginService/Uninstall',
    'PluginService/Hook',
];
/** What Samuel answers when no handler is registered (v2.3 registers none). */
const bridgeErrors = {
    unimplemented: (method) => `unimplemented: ${method}`,
    unknownMethod: (method) => `unknown method: ${method}`,
    unknownHook: (name) => `unknown hook: ${name}`,
    malformed: (why) => `bridge: malformed request: ${why}`,
};
/**
 * The request messages of `plugin.proto`, by JSON name (the bridge's Go structs use the proto
 * field names in snake_case). `bytes` fields are raw JSON in the envelope.
 */
const BRIDGE_REQUEST_FIELDS = {
    'PluginService/Detect': {},
    'PluginService/Install': {
        dry_run: 'bool',
        force: 'bool',
        verbose: 'bool',
        granted: 'capabilities',
    },
    'PluginService/Check': {},
    'PluginService/Uninstall': {
        dry_run: 'bool',
        global: 'bool',
        project: 'bool',
        all: 'bool',
        prior_mutations: 'mutations',
    },
    'PluginService/Hook': { hook_name: 'string', payload: 'bytes', env: 'string-map' },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function fieldProblem(type, v) {
    const listOf = (keys) => Array.isArray(v) &&
        v.every((e) => isObject(e) &&
            Object.entries(e).every(([k, x]) => keys[k] === 'string'
                ? typeof x === 'string'
                : keys[k] === 'strings'
                    ? Array.isArray(x) && x.every((s) => typeof s === 'string')
                    : false));
    switch (type) {
        case 'bool':
            return typeof v === 'boolean' ? undefined : 'a boolean';
        case 'string':
            return typeof v === 'string' ? undefined : 'a string';
        case 'bytes':
            return undefined;
        case 'string-map':
            return isObject(v) && Object.values(v).every((x) => typeof x === 'string')
                ? undefined
                : 'an object of strings';
        case 'capabilities':
            return listOf({ kind: 'string', targets: 'strings' })
                ? undefined
                : 'a list of {kind, targets}';
        case 'mutations':
            return listOf({ kind: 'string', path: 'string', description: 'string' })
                ? undefined
                : 'a list of {kind, path, description}';
    }
}
/**
 * Checks one request against the envelope and `plugin.proto`; returns the problems (empty
 * when the request is well formed). Samuel's Go decoder drops unknown fields and ignores type
 * errors in the body, so these are what a plugin author would never learn from Samuel.
 */
function checkBridgeRequest(value) {
    if (!isObject(value))
        return ['the request is not a JSON object'];
    const problems = [];
    for (const k of Object.keys(value)) {
        if (k !== 'method' && k !== 'body')
            problems.push(`unknown envelope field "${k}"`);
    }
    if (typeof value.method !== 'string')
        return [...problems, '"method" is not a string'];
    const fields = BRIDGE_REQUEST_FIELDS[value.method];
    if (!fields) {
        return [
            ...problems,
            `unknown method "${value.method}" (Samuel knows ${BRIDGE_METHODS.join(', ')})`,
        ];
    }
    const body = value.body;
    if (body === undefined || body === null) {
        if (value.method === 'PluginService/Hook')
            problems.push('a Hook request needs "hook_name"');
        return problems;
    }
    if (!isObject(body))
        return [...problems, '"body" is not a JSON object'];
    for (const [k, v] of Object.entries(body)) {
        const type = fields[k];
        if (!type) {
            problems.push(`"${k}" is not a field of ${value.method.split('/')[1]}Request`);
            continue;
        }
        const want = fieldProblem(type, v);
        if (want)
            problems.push(`"${k}" must be ${want}`);
    }
    if (value.method === 'PluginService/Hook' && typeof body.hook_name !== 'string')
        problems.push('a Hook request needs "hook_name"');
    return problems;
}
/**
 * Samuel's answer to a request when it registered no handlers (v2.3): `unimplemented` for the
 * four plain methods, `unknown hook` for a hook, `unknown method` for anything else.
 */
function unregisteredAnswer(value) {
    if (!isObject(value))
        return { ok: false, error: bridgeErrors.malformed('not an object') };
    const method = typeof value.method === 'string' ? value.method : '';
    if (method === 'PluginService/Hook') {
        const body = isObject(value.body) ? value.body : {};
        const name = typeof body.hook_name === 'string' ? body.hook_name : '';
        return { ok: false, error: bridgeErrors.unknownHook(name) };
    }
    if (BRIDGE_METHODS.includes(method))
        return { ok: false, error: bridgeErrors.unimplemented(method) };
    return { ok: false, error: bridgeErrors.unknownMethod(method) };
}


/***/ })

};
