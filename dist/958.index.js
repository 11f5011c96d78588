export const id = 958;
export const ids = [958,895];
export const modules = {

/***/ 71958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PLATFORMS: () => (/* reexport */ DEFAULT_PLATFORMS),
  buildImage: () => (/* reexport */ buildImage),
  containerfileOf: () => (/* reexport */ containerfileOf),
  inspectImage: () => (/* reexport */ inspectImage)
});

// UNUSED EXPORTS: BUILDERS, parseElf, sourceDateEpoch

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __webpack_require__(53408);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
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
    const builder = chooseBuilder(o.builder, o.env);
    const epoch = sourceDateEpoch(loaded.dir, o.env);
    const version = await builderVersion(builder, o.env);
    if (builder === 'docker') {
        await buildWithBuildx(loaded, file, platforms, epoch, o);
    }
    else {
        await buildWithPodman(loaded, file, platforms, epoch, builder, o);
    }
    const { digest: indexDigest, manifests } = await fixIndex(o.layoutDir, platforms, loaded);
    const built = manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => ({
        platform: `${m.platform.os}/${m.platform.architecture}${m.platform.variant ? `/${m.platform.variant}` : ''}`,
        digest: m.digest,
    }));
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
        digest: indexDigest,
        platforms: built,
        builder,
        builderVersion: version,
        epoch,
    };
}
function chooseBuilder(explicit, env) {
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
        if (onPath(b, env))
            return b;
    }
    throw new errors/* IoError */.dA('no image builder found (podman, buildah or docker with buildx)', {
        fix: 'install podman (apt-get install podman) or docker with the buildx plugin',
    });
}
function onPath(command, env) {
    return (env.PATH ?? '').split(':').some((d) => d && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, command)));
}
/** The commit time of the plugin's checkout, so a rebuild of one commit gives one digest. */
function sourceDateEpoch(dir, env) {
    const given = Number(env.SOURCE_DATE_EPOCH);
    if (Number.isInteger(given) && given >= 0)
        return given;
    try {
        return Number((0,external_node_child_process_.execFileSync)('git', ['log', '-1', '--format=%ct'], {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim());
    }
    catch {
        return 0;
    }
}
async function builderVersion(builder, env) {
    const r = await (0,exec.run)(builder, ['--version'], { env });
    return r.stdout.trim().split('\n')[0] ?? builder;
}
function labels(loaded, env, epoch) {
    const m = loaded.manifest;
    const repo = env.GITHUB_REPOSITORY;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const entries = [
        ['org.opencontainers.image.title', m.name],
        ['org.opencontainers.image.version', m.version],
        ['org.opencontainers.image.description', m.summary],
        ['org.opencontainers.image.licenses', m.license],
        ['org.opencontainers.image.created', new Date(epoch * 1000).toISOString()],
        ['org.opencontainers.image.source', repo ? `${server}/${repo}` : m.homepage],
        ['org.opencontainers.image.revision', env.GITHUB_SHA],
    ];
    return entries
        .filter((e) => Boolean(e[1]))
        .flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}
async function buildWithPodman(loaded, file, platforms, epoch, builder, o) {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'spr-image-'));
    const storage = (0,external_node_path_.join)(scratch, 'storage.conf');
    await (0,promises_.writeFile)(storage, `[storage]\ndriver = "vfs"\nrunroot = "${(0,external_node_path_.join)(scratch, 'run')}"\ngraphroot = "${(0,external_node_path_.join)(scratch, 'graph')}"\n`);
    const containers = (0,external_node_path_.join)(scratch, 'containers.conf');
    // runc works where crun does not (hybrid cgroups); the ulimits need no CAP_SYS_RESOURCE.
    await (0,promises_.writeFile)(containers, `[engine]\nruntime = "runc"\ntmp_dir = "${(0,external_node_path_.join)(scratch, 'tmp')}"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n`);
    const env = {
        ...o.env,
        CONTAINERS_STORAGE_CONF: storage,
        CONTAINERS_CONF: o.env.CONTAINERS_CONF ?? containers,
    };
    const list = `localhost/spr-${loaded.manifest.name}:${loaded.manifest.version}`;
    try {
        await (0,promises_.rm)(o.layoutDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(o.layoutDir, { recursive: true });
        const command = builder === 'buildah' ? 'buildah' : 'podman';
        const build = await (0,exec.run)(command, [
            'build',
            '--platform',
            platforms.join(','),
            '--manifest',
            list,
            '--timestamp',
            String(epoch),
            '--no-cache',
            ...labels(loaded, o.env, epoch),
            '-f',
            file,
            loaded.dir,
        ], { env, cwd: loaded.dir });
        if (build.code !== 0)
            throw buildFailure(command, `${build.stdout}\n${build.stderr}`);
        o.reporter?.info((0,report/* inertLog */.H_)(lastLines(build.stdout + build.stderr, 5)));
        const push = await (0,exec.run)(command, [
            'manifest',
            'push',
            '--all',
            '--format',
            'oci',
            list,
            `oci:${o.layoutDir}:${loaded.manifest.version}`,
        ], { env });
        if (push.code !== 0) {
            throw new errors/* ReleaseError */.K2('BUILD', `${command} could not write the image layout: ${lastLines(push.stderr, 3)}`);
        }
    }
    finally {
        // Everything podman wrote (images, its run and tmp dirs) is inside `scratch`: removing the
        // folder cleans up without touching any other podman on the machine.
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function buildWithBuildx(loaded, file, platforms, epoch, o) {
    await (0,promises_.rm)(o.layoutDir, { recursive: true, force: true });
    const r = await (0,exec.run)('docker', [
        'buildx',
        'build',
        '--platform',
        platforms.join(','),
        '--provenance=false',
        '--sbom=false',
        ...labels(loaded, o.env, epoch),
        '--annotation',
        `index:org.opencontainers.image.description=${loaded.manifest.summary ?? loaded.manifest.name}`,
        '--output',
        `type=oci,dest=${o.layoutDir},tar=false,rewrite-timestamp=true`,
        '-f',
        file,
        loaded.dir,
    ], { env: { ...o.env, SOURCE_DATE_EPOCH: String(epoch) }, cwd: loaded.dir });
    if (r.code !== 0)
        throw buildFailure('docker buildx', r.stderr || r.stdout);
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
async function fixIndex(layoutDir, platforms, loaded) {
    const layout = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(layoutDir, 'index.json'), 'utf8'));
    const top = layout.manifests[0];
    if (!top)
        throw new errors/* ReleaseError */.K2('BUILD', 'the builder wrote an empty image layout');
    const blob = (d) => (0,external_node_path_.join)(layoutDir, 'blobs', 'sha256', d.slice('sha256:'.length));
    const index = JSON.parse(await (0,promises_.readFile)(blob(top.digest), 'utf8'));
    if (!index.manifests)
        return { digest: top.digest, manifests: [] };
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
    const fixed = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests,
        annotations,
    }));
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(fixed).digest('hex')}`;
    await (0,promises_.writeFile)(blob(digest), fixed);
    if (digest !== top.digest)
        await (0,promises_.rm)(blob(top.digest), { force: true });
    layout.manifests[0] = { ...top, digest, size: fixed.length };
    await (0,promises_.writeFile)((0,external_node_path_.join)(layoutDir, 'index.json'), JSON.stringify(layout));
    return { digest, manifests };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
/** Inspects the image whose index (or manifest) is `digest` in the OCI layout at `layoutDir`. */
async function inspectImage(layoutDir, digest, options) {
    const blob = async (d) => (0,promises_.readFile)((0,external_node_path_.join)(layoutDir, 'blobs', 'sha256', d.slice('sha256:'.length)));
    const findings = [];
    const add = (rule, message, fix) => findings.push({
        severity: 'error',
        rule,
        message,
        fix,
        ...(options.file ? { file: options.file } : {}),
    });
    const top = JSON.parse((await blob(digest)).toString('utf8'));
    const children = (top.manifests ?? []).filter((m) => m.platform && m.platform.os !== 'unknown');
    const platforms = [];
    for (const wanted of options.platforms) {
        const child = children.find((m) => platformOf(m) === wanted);
        if (!child) {
            add('image-platform', `the image has no ${wanted} manifest`, `build for ${wanted}, or leave it out of --platforms`);
            continue;
        }
        const manifest = JSON.parse((await blob(child.digest)).toString('utf8'));
        const config = JSON.parse((await blob(manifest.config.digest)).toString('utf8'));
        const entry = options.entrypoint?.[0] ?? config.config?.Entrypoint?.[0] ?? config.config?.Cmd?.[0];
        if (!entry) {
            add('image-entrypoint', `the ${wanted} image has no entrypoint`, 'set ENTRYPOINT in the Containerfile or [oci].entrypoint');
            continue;
        }
        const files = new Map();
        for (const layer of manifest.layers)
            readLayer(await blob(layer.digest), layer.mediaType, files);
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
        platforms.push({ platform: wanted, digest: child.digest, entrypoint: entry, linkage });
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

;// CONCATENATED MODULE: ./src/container/index.ts
/** Container images of oci plugins: build them into an OCI image layout. */




/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tail),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Runs external programs with argument arrays (never through a shell), streams their output to
 * the log when asked, and returns what they printed so an error can quote the tool's own words.
 */


/**
 * Runs `command args…` and resolves with its exit code and output; a non-zero exit is a
 * normal result, not an error. Rejects with an `IoError` only when the program cannot start
 * (for example, it is not installed), with a fix naming the program.
 */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (b) => {
            stdout.push(b);
            options.onOutput?.(b.toString('utf8'), 'stdout');
        });
        child.stderr.on('data', (b) => {
            stderr.push(b);
            options.onOutput?.(b.toString('utf8'), 'stderr');
        });
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IoError */ .dA(`cannot run ${command}: ${e.code === 'ENOENT' ? 'not found on PATH' : e.message}`, {
                cause: e,
                fix: `install ${command} or put it on PATH`,
            }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
            });
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading its input; its exit code tells the story */
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for error messages. */
function tail(text, n = 20) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-n)
        .join('\n');
}


/***/ })

};
