export const id = 340;
export const ids = [340];
export const modules = {

/***/ 45:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ downloadAsset)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75787);
/* harmony import */ var _lock_download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42775);
/**
 * A release asset's bytes, read the one way every caller reads them: through the API (so a
 * token reaches a private repository), then the redirect to signed storage without the token
 * (storage refuses a second credential, and must never see it), at most `maxBytes`.
 */



/** Downloads asset `assetId` of `owner/repo`; over `maxBytes` is an IoError naming `what`. */
async function downloadAsset(client, owner, repo, assetId, options) {
    const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner,
        repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { redirect: 'manual', parseSuccessResponseBody: false },
    });
    const status = response.status;
    const body = response.data;
    if (status >= 300 && status < 400) {
        await body?.cancel().catch(() => undefined);
        const location = response.headers.location;
        if (!location)
            throw new Error(`GitHub answered HTTP ${status} without a location`);
        const downloader = (0,_lock_download_js__WEBPACK_IMPORTED_MODULE_2__/* .createDownloader */ .md)({ env: options.env, attempts: 2 });
        try {
            const data = await downloader.get(new URL(location, response.url).href, options);
            if (data === undefined)
                throw new Error('the asset storage answered 404');
            return data;
        }
        finally {
            await downloader.close();
        }
    }
    return readBounded(body, options.maxBytes, options.what);
}
async function readBounded(body, maxBytes, what) {
    const chunks = [];
    let size = 0;
    if (body) {
        for await (const chunk of body) {
            size += chunk.byteLength;
            // Leaving the loop by a throw cancels the stream: nothing more is read.
            if (size > maxBytes) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IoError */ .dA(`the ${what} is over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)} limit`, {
                    fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(maxBytes)} is not accepted`,
                });
            }
            chunks.push(Buffer.from(chunk));
        }
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 82666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists),
/* harmony export */   y0: () => (/* binding */ apiUrl)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53408);
/**
 * The GitHub REST client: `@actions/github`'s Octokit with retries (5xx, resets) and throttling
 * (`retry-after`, `x-ratelimit-reset`, secondary limits), pointed at `GITHUB_API_URL` (GHES) and
 * authenticated with the token the caller gives (the `github-token` input, else GITHUB_TOKEN or
 * GH_TOKEN). The token is registered as a secret before the first request.
 */






/** The API base URL: GITHUB_API_URL (GitHub Enterprise Server sets it), else api.github.com. */
function apiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The web base URL anonymous downloads use: GITHUB_SERVER_URL, else https://github.com. */
function serverUrl(env) {
    return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
let clients = 0;
function githubClient(options) {
    const token = options.token || options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('creating the GitHub release needs a token', {
            fix: 'in a workflow the github-token input defaults to github.token (grant permissions: contents: write); on a laptop set GITHUB_TOKEN or GH_TOKEN',
        });
    }
    (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(token);
    const maxWait = options.maxWaitSeconds ?? 120;
    const say = (m) => options.reporter?.info(m);
    /** Waits out a limit GitHub reports (up to maxWait seconds, three times), saying so. */
    const wait = (kind) => (after, req, _o, count) => {
        say(`GitHub ${kind} on ${req.method} ${req.url}: waiting ${after} s (attempt ${count + 1})`);
        return after <= maxWait && count < 3;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl(options.env),
        // Retries go in the plugin's own options: a `request.retries` default would make the
        // plugin retry every failure, 403 and 422 included.
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.timeScale ?? 1000 },
        throttle: {
            id: `samuel-plugin-release-${process.pid}-${++clients}`,
            retryAfterBaseValue: options.timeScale ?? 1000,
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                id: 'samuel-plugin-release-write',
                maxConcurrent: 1,
                minTime: options.writeSpacingMs ?? 0,
            }),
            onRateLimit: wait('rate limit'),
            onSecondaryRateLimit: wait('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** The HTTP status of an Octokit error (undefined for a network failure). */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' && s > 0 ? s : undefined;
}
/** True when a 422 says a release asset with that name exists already. */
function isAlreadyExists(e) {
    const data = e?.response?.data;
    return statusOf(e) === 422 && (data?.errors ?? []).some((x) => x.code === 'already_exists');
}


/***/ }),

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubClient: () => (/* reexport */ client/* githubClient */.$f),
  preflightRelease: () => (/* reexport */ preflightRelease),
  publishRelease: () => (/* reexport */ publishRelease),
  serverUrl: () => (/* reexport */ client/* serverUrl */.Vd)
});

// UNUSED EXPORTS: apiUrl

// EXTERNAL MODULE: ./src/github/release/client.ts
var client = __webpack_require__(82666);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/github/release/asset.ts
var release_asset = __webpack_require__(45);
;// CONCATENATED MODULE: ./src/github/release/publish.ts
/**
 * Creates the GitHub release so that it is never visible half-uploaded and a re-run finishes
 * the job: find the published release (a no-op when it already holds exactly our assets, a
 * failure when it differs), else the oldest draft for the tag (duplicates from a race are
 * deleted), else a new draft; reconcile its assets (keep what matches by name, size, state and
 * sha256; replace the rest; remove strays); list again to verify; publish; then download every
 * asset anonymously, as Samuel's installer does, and check its hash.
 */









async function publishRelease(o) {
    const requests = {};
    const count = (k) => (requests[k] = (requests[k] ?? 0) + 1);
    const say = (m) => o.reporter?.info(m);
    const repo = { owner: o.owner, repo: o.repo };
    const gh = o.client.rest.repos;
    const expected = await describeFiles(o.files);
    // 1. A published release for the tag is never modified.
    let published;
    try {
        count('get-by-tag');
        published = (await gh.getReleaseByTag({ ...repo, tag: o.tag })).data;
    }
    catch (e) {
        if ((0,client/* statusOf */.c2)(e) !== 404)
            throw apiError(e, `looking up the release ${o.tag}`, o);
    }
    if (published) {
        const current = await listAssets(o, published.id, count);
        const diff = await difference(o, expected, current, count);
        if (diff.length > 0) {
            throw new errors/* ConfigurationError */.j1(`the release ${o.tag} of ${o.owner}/${o.repo} is already published with other assets (${diff.join('; ')})${published.immutable ? ', and it is immutable' : ''}`, {
                fix: 'a published release is never changed: bump version in samuel-plugin.toml and push a new tag',
            });
        }
        say(`the release ${o.tag} is already published with exactly these assets: nothing to do`);
        const assets = await verifyDownloads(o, expected, say);
        return { id: published.id, url: published.html_url, action: 'unchanged', assets, requests };
    }
    // 2. Our draft: the oldest one for the tag; duplicates left by a race are deleted.
    let draft = await oldestDraft(o, count);
    let action = 'resumed';
    if (!draft) {
        count('create');
        try {
            await gh.createRelease({
                ...repo,
                tag_name: o.tag,
                name: o.title,
                body: o.body,
                draft: true,
                prerelease: o.prerelease,
            });
        }
        catch (e) {
            throw apiError(e, `creating the draft release ${o.tag}`, o);
        }
        // Another job may have created one at the same moment: keep the oldest, drop the rest.
        draft = await oldestDraft(o, count);
        if (!draft)
            throw new errors/* ReleaseError */.K2('RELEASE', `the draft release ${o.tag} vanished after it was created`);
        action = 'created';
        say(`created the draft release ${o.tag}`);
    }
    else {
        say(`finishing the draft release ${o.tag} an earlier run left`);
        if (draft.body !== o.body || draft.prerelease !== o.prerelease) {
            count('update');
            await gh
                .updateRelease({
                ...repo,
                release_id: draft.id,
                body: o.body,
                name: o.title,
                prerelease: o.prerelease,
            })
                .catch((e) => {
                throw apiError(e, `updating the notes of the draft release ${o.tag}`, o);
            });
        }
    }
    // 3. Reconcile the draft's assets.
    const current = await listAssets(o, draft.id, count);
    for (const asset of current) {
        const want = expected.find((e) => e.name === asset.name);
        if (want && (await matches(o, asset, want, count)))
            continue;
        say(want
            ? `replacing ${asset.name} (${asset.state}, ${asset.size} bytes)`
            : `removing ${asset.name}, which this release does not ship`);
        await deleteAsset(o, asset.id, count);
    }
    const kept = new Set((await listAssets(o, draft.id, count)).map((a) => a.name));
    for (const file of expected.filter((e) => !kept.has(e.name))) {
        await upload(o, draft, file, count);
    }
    // 4. Verify by listing again: exactly the expected names, sizes and digests.
    const diff = await difference(o, expected, await listAssets(o, draft.id, count), count);
    if (diff.length > 0) {
        throw new errors/* ReleaseError */.K2('RELEASE', `the draft release ${o.tag} does not hold the expected assets: ${diff.join('; ')}`, {
            fix: 'run the release again: it resumes from the draft',
        });
    }
    // 5. Publish; "latest" only for a stable version not older than the current latest.
    const makeLatest = await shouldBeLatest(o, count);
    count('publish');
    let final;
    try {
        final = (await gh.updateRelease({
            ...repo,
            release_id: draft.id,
            draft: false,
            make_latest: makeLatest ? 'true' : 'false',
        })).data;
    }
    catch (e) {
        throw apiError(e, `publishing the release ${o.tag}`, o);
    }
    say(`published ${final.html_url}`);
    // 6. What Samuel downloads: anonymous, by tag and name.
    const assets = await verifyDownloads(o, expected, say);
    return { id: final.id, url: final.html_url, action, assets, requests };
}
async function describeFiles(files) {
    const out = [];
    for (const f of files) {
        // Hashed as a stream: a large asset never sits in memory whole.
        const { digest, size } = await (0,oci_digest.fileDigest)(f.path, 'release asset');
        out.push({ name: f.name, path: f.path, size, sha256: digest.slice('sha256:'.length) });
    }
    return out;
}
async function oldestDraft(o, count) {
    const drafts = [];
    try {
        for await (const page of o.client.paginate.iterator(o.client.rest.repos.listReleases, {
            owner: o.owner,
            repo: o.repo,
            per_page: 100,
        })) {
            count('list-releases');
            drafts.push(...page.data.filter((r) => r.draft && r.tag_name === o.tag));
        }
    }
    catch (e) {
        throw apiError(e, 'listing releases', o);
    }
    drafts.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
    const [oldest, ...extra] = drafts;
    for (const d of extra) {
        o.reporter?.info(`deleting a duplicate draft of ${o.tag} (id ${d.id}) left by a concurrent run`);
        count('delete-release');
        try {
            await o.client.rest.repos.deleteRelease({ owner: o.owner, repo: o.repo, release_id: d.id });
        }
        catch (e) {
            if ((0,client/* statusOf */.c2)(e) !== 404)
                throw apiError(e, 'deleting a duplicate draft', o);
        }
    }
    return oldest;
}
async function listAssets(o, id, count) {
    count('list-assets');
    try {
        return await o.client.paginate(o.client.rest.repos.listReleaseAssets, {
            owner: o.owner,
            repo: o.repo,
            release_id: id,
            per_page: 100,
        });
    }
    catch (e) {
        throw apiError(e, 'listing release assets', o);
    }
}
async function matches(o, asset, want, count) {
    if (asset.state !== 'uploaded' || asset.size !== want.size)
        return false;
    if (asset.digest)
        return asset.digest === `sha256:${want.sha256}`;
    // An API without digests: download the asset (at most its listed size) and hash it.
    count('download-asset');
    return (await hashDownload(o, asset, want.size)) === want.sha256;
}
/**
 * The sha256 of a release asset read back through the API (see downloadAsset), at most `limit`
 * bytes (the listed size, already checked: more is an error that says so).
 */
async function hashDownload(o, asset, limit) {
    try {
        const bytes = await (0,release_asset/* downloadAsset */.B)(o.client, o.owner, o.repo, asset.id, {
            env: process.env,
            maxBytes: limit,
            what: `release asset ${asset.name}`,
        });
        return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    }
    catch (e) {
        if (e instanceof errors/* IoError */.dA)
            throw e;
        throw apiError(e, 'downloading a release asset to hash it', o);
    }
}
async function difference(o, expected, current, count) {
    const out = [];
    for (const e of expected) {
        const a = current.find((x) => x.name === e.name);
        if (!a)
            out.push(`${e.name} is missing`);
        else if (!(await matches(o, a, e, count)))
            out.push(`${e.name} differs`);
    }
    for (const a of current)
        if (!expected.some((e) => e.name === a.name))
            out.push(`${a.name} is not ours`);
    return out;
}
async function deleteAsset(o, id, count) {
    count('delete-asset');
    try {
        await o.client.rest.repos.deleteReleaseAsset({ owner: o.owner, repo: o.repo, asset_id: id });
    }
    catch (e) {
        if ((0,client/* statusOf */.c2)(e) !== 404)
            throw apiError(e, 'deleting a release asset', o);
    }
}
const UPLOAD_ATTEMPTS = 4;
async function upload(o, draft, file, count) {
    for (let attempt = 1;; attempt++) {
        count('upload');
        // Retried here, not by the client: a failed upload can leave a "starter" asset that makes a
        // blind retry fail with 422 already_exists.
        try {
            const size = (await (0,promises_.stat)(file.path)).size;
            if (size !== file.size) {
                throw new errors/* ReleaseError */.K2('RELEASE', `${file.path} changed while the release was running`, {
                    fix: 'let the build finish before releasing, then run the release again',
                });
            }
            // Streamed from disk with its length declared: memory stays bounded for any size.
            // upload_url is uploads.github.com on github.com and <host>/api/uploads on GHES.
            await o.client.request({
                method: 'POST',
                url: draft.upload_url,
                name: file.name,
                data: (0,external_node_fs_.createReadStream)(file.path),
                headers: { 'content-type': 'application/octet-stream', 'content-length': size },
                request: { retries: 0 },
            });
            o.reporter?.info(`uploaded ${file.name} (${size} bytes)`);
            return;
        }
        catch (e) {
            if (e instanceof errors/* ReleaseError */.K2)
                throw e;
            // 422 already_exists (a lost response, a concurrent upload) or a failed upload that left a
            // "starter" asset behind: delete what is there under that name and try again.
            const transient = (0,client/* statusOf */.c2)(e) === undefined || ((0,client/* statusOf */.c2)(e) ?? 0) >= 500;
            if (attempt >= UPLOAD_ATTEMPTS || !((0,client/* isAlreadyExists */.x9)(e) || transient)) {
                throw apiError(e, `uploading ${file.name}`, o);
            }
            if (transient)
                await new Promise((r) => setTimeout(r, attempt * 500));
            const stale = (await listAssets(o, draft.id, count)).find((a) => a.name === file.name);
            if (stale) {
                if (stale.state === 'uploaded' && (await matches(o, stale, file, count)))
                    return;
                await deleteAsset(o, stale.id, count);
            }
        }
    }
}
async function shouldBeLatest(o, count) {
    const version = semver_default().parse(o.version, { loose: true });
    if (!version || o.prerelease || version.prerelease.length > 0)
        return false;
    try {
        count('get-latest');
        const latest = (await o.client.rest.repos.getLatestRelease({ owner: o.owner, repo: o.repo }))
            .data;
        const current = semver_default().parse(latest.tag_name.replace(/^.*?v?(\d+\.\d+\.\d+.*)$/, '$1'), {
            loose: true,
        });
        return !current || semver_default().gte(version, current);
    }
    catch (e) {
        if ((0,client/* statusOf */.c2)(e) === 404)
            return true;
        throw apiError(e, 'reading the latest release', o);
    }
}
async function verifyDownloads(o, expected, say) {
    const dispatcher = new undici/* EnvHttpProxyAgent */.J2();
    const out = [];
    const deadline = Date.now() + (o.downloadWaitMs ?? 60_000);
    try {
        for (const e of expected) {
            const url = `${o.serverUrl}/${o.owner}/${o.repo}/releases/download/${encodeURIComponent(o.tag)}/${encodeURIComponent(e.name)}`;
            for (let wait = 500;; wait = Math.min(wait * 2, 8000)) {
                let status = 0;
                let hash = '';
                try {
                    const res = await (0,undici/* fetch */.hd)(url, {
                        dispatcher,
                        redirect: 'follow',
                        signal: AbortSignal.timeout(60_000),
                    });
                    status = res.status;
                    if (res.ok && res.body) {
                        const h = (0,external_node_crypto_.createHash)('sha256');
                        let size = 0;
                        for await (const chunk of res.body) {
                            size += chunk.length;
                            if (size > e.size)
                                break;
                            h.update(chunk);
                        }
                        hash = size === e.size ? h.digest('hex') : `size ${size}`;
                    }
                    else
                        await res.body?.cancel();
                }
                catch (err) {
                    status = -1;
                    hash = err.message;
                }
                if (hash === e.sha256) {
                    out.push({ name: e.name, size: e.size, sha256: e.sha256, url });
                    break;
                }
                if (Date.now() + wait > deadline) {
                    throw new errors/* NetworkError */.Dr(`the published asset ${e.name} does not download as Samuel will fetch it (${url}: ${status > 0 ? `HTTP ${status}` : hash}${hash && status === 200 ? `, got ${hash}` : ''})`, {
                        fix: 'check that the repository is public (Samuel downloads anonymously) and run the release again',
                    });
                }
                await new Promise((r) => setTimeout(r, wait));
            }
        }
        say(`verified ${out.length} asset(s) download anonymously with the right sha256`);
        return out;
    }
    finally {
        await dispatcher.close();
    }
}
/** An API failure, with what to do about it. */
function apiError(e, doing, o) {
    if (e instanceof errors/* ReleaseError */.K2)
        return e;
    const status = (0,client/* statusOf */.c2)(e);
    const message = e?.response?.data?.message ??
        e?.message ??
        String(e);
    const where = `${o.owner}/${o.repo}`;
    if (status === 401) {
        return new errors/* ConfigurationError */.j1(`GitHub rejected the token while ${doing} (401: ${message})`, {
            cause: e,
            fix: 'pass a valid token (github-token input, GITHUB_TOKEN or GH_TOKEN)',
        });
    }
    if (status === 403) {
        return new errors/* ConfigurationError */.j1(`the token may not write releases of ${where} (${doing}: 403 ${message})`, {
            cause: e,
            fix: 'grant `permissions: contents: write` to the job that runs the release (and to the calling job when it uses the reusable workflow)',
        });
    }
    if (status === 404) {
        return new errors/* ConfigurationError */.j1(`${where} was not found while ${doing} (404)`, {
            cause: e,
            fix: 'check GITHUB_REPOSITORY and that the token can see the repository',
        });
    }
    if (status === undefined) {
        return new errors/* NetworkError */.Dr(`GitHub could not be reached while ${doing}: ${message}`, {
            cause: e,
            fix: 'check the network (and GITHUB_API_URL on GitHub Enterprise Server), then run the release again: it resumes',
        });
    }
    return new errors/* ReleaseError */.K2('RELEASE', `GitHub answered ${status} while ${doing}: ${message}`, {
        cause: e,
        fix: 'run the release again: it resumes from where it stopped',
    });
}

;// CONCATENATED MODULE: ./src/github/release/preflight.ts
/**
 * Checks before any build work that the release can be created: the token can write the
 * repository's contents, and the tag exists and points at the commit being released.
 */




async function preflightRelease(o) {
    const where = `${o.owner}/${o.repo}`;
    let repository;
    try {
        repository = (await o.client.rest.repos.get({ owner: o.owner, repo: o.repo })).data;
    }
    catch (e) {
        throw apiError(e, `reading ${where}`, o);
    }
    if (repository.permissions && !repository.permissions.push) {
        throw new errors/* ConfigurationError */.j1(`the token cannot write the contents of ${where}, so it cannot create the release`, {
            fix: 'grant `permissions: contents: write` to the release job (and to the job that calls the reusable workflow)',
        });
    }
    let commit;
    try {
        const ref = (await o.client.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `tags/${o.tag}` })).data;
        commit = ref.object.sha;
        if (ref.object.type === 'tag') {
            commit = (await o.client.rest.git.getTag({ owner: o.owner, repo: o.repo, tag_sha: ref.object.sha })).data.object.sha;
        }
    }
    catch (e) {
        if ((0,client/* statusOf */.c2)(e) === 404) {
            throw new errors/* ConfigurationError */.j1(`the tag ${o.tag} does not exist in ${where}`, {
                fix: `push the tag first (git tag ${o.tag} && git push origin ${o.tag}); the release is made from a pushed tag`,
            });
        }
        throw apiError(e, `reading the tag ${o.tag}`, o);
    }
    const head = o.sha ?? localHead(o.cwd);
    if (head && head !== commit) {
        throw new errors/* ConfigurationError */.j1(`the tag ${o.tag} points at ${commit.slice(0, 12)}, but the checked-out commit is ${head.slice(0, 12)}`, {
            fix: `check out the tag (actions/checkout with ref: ${o.tag}) or move the tag to the commit you mean to release`,
        });
    }
    return { commit, private: repository.private };
}
function localHead(cwd) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/github/release/index.ts
/** Creating GitHub releases: the client, the preflight, and the publish order. */





/***/ }),

/***/ 42775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   md: () => (/* binding */ createDownloader)
/* harmony export */ });
/* unused harmony export trustedCertificates */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75787);
/* harmony import */ var _oci_http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95809);
/**
 * Downloads the way Samuel's Go client makes them: through `HTTPS_PROXY`/`HTTP_PROXY` unless
 * `NO_PROXY` says otherwise, trusting the system roots plus the certificates in
 * `NODE_EXTRA_CA_CERTS` and `SSL_CERT_FILE` (read here, since Node reads the first only at
 * start-up and in-process callers pass their own environment). Bodies are bounded, transient
 * failures (connection errors, 5xx, 429) are retried, and a 404 is an answer, not an error.
 */







function envValue(env, name) {
    return env[name] ?? env[name.toLowerCase()] ?? '';
}
/** The system roots plus the PEM files named by NODE_EXTRA_CA_CERTS and SSL_CERT_FILE. */
function trustedCertificates(env) {
    const ca = [...node_tls__WEBPACK_IMPORTED_MODULE_1__.rootCertificates];
    for (const name of ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE']) {
        const file = env[name];
        if (!file)
            continue;
        try {
            ca.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${name}=${file}: cannot read the certificate file`, {
                cause: e,
                fix: `point ${name} at a readable PEM file, or unset it`,
            });
        }
    }
    return ca;
}
/** Cuts a URL to what is safe to show: no credentials, no query. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** One attempt, headers and body, at most this long (the same bound as a registry operation). */
const DOWNLOAD_TIMEOUT_MS = 120_000;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** A downloader for http(s) and file:// URLs. */
function createDownloader(options = {}) {
    const env = options.env ?? process.env;
    const attempts = Math.max(1, options.attempts ?? 3);
    const backoff = options.backoffMs ?? 250;
    let agent;
    const dispatcher = () => {
        if (!agent) {
            const ca = trustedCertificates(env);
            agent = new undici__WEBPACK_IMPORTED_MODULE_3__/* .EnvHttpProxyAgent */ .J2({
                httpProxy: envValue(env, 'HTTP_PROXY'),
                httpsProxy: envValue(env, 'HTTPS_PROXY'),
                noProxy: envValue(env, 'NO_PROXY'),
                connect: { ca },
                requestTls: { ca },
                proxyTls: { ca },
            });
        }
        return agent;
    };
    async function once(url, maxBytes, what) {
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_3__/* .fetch */ .hd)(url, {
            dispatcher: dispatcher(),
            redirect: 'follow',
            headers: { 'user-agent': 'samuel-plugin-release' },
            // A server that stops answering fails the attempt instead of holding it for minutes.
            signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw new HttpStatusError(res.status, url);
        }
        const declared = Number(res.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
            await res.body?.cancel();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${displayUrl(url)}: the ${what} is ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(declared)}, over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, { fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted` });
        }
        const chunks = [];
        let size = 0;
        if (res.body) {
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > maxBytes) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA(`${displayUrl(url)}: the ${what} is over the ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} limit`, {
                        fix: `a ${what} larger than ${(0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(maxBytes)} is not accepted`,
                    });
                }
                chunks.push(Buffer.from(chunk));
            }
        }
        return Buffer.concat(chunks);
    }
    return {
        async get(url, { maxBytes, what }) {
            if (url.startsWith('file://')) {
                const path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(url);
                try {
                    return await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(path, { maxBytes, what });
                }
                catch (e) {
                    if ((0,_util_files_js__WEBPACK_IMPORTED_MODULE_5__/* .isMissingFile */ .F6)(e))
                        return undefined;
                    throw e;
                }
            }
            let last;
            let tries = 0;
            for (let attempt = 1; attempt <= attempts; attempt++) {
                tries = attempt;
                try {
                    return await once(url, maxBytes, what);
                }
                catch (e) {
                    last = e;
                    const transient = (e instanceof HttpStatusError && (0,_oci_http_js__WEBPACK_IMPORTED_MODULE_6__/* .isTransientStatus */ .Dm)(e.status)) ||
                        !(e instanceof HttpStatusError || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA);
                    if (!transient || attempt === attempts)
                        break;
                    await sleep(backoff * 2 ** (attempt - 1));
                }
            }
            if (last instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IoError */ .dA)
                throw last;
            if (last instanceof HttpStatusError) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NetworkError */ .Dr(`${displayUrl(url)} answered HTTP ${last.status}${tries > 1 ? ` (after ${tries} attempts)` : ''}`, {
                    cause: last,
                    fix: 'try again later; if it persists, check the URL and any proxy in between',
                });
            }
            const detail = last instanceof Error ? causeText(last) : String(last);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NetworkError */ .Dr(`cannot download ${displayUrl(url)}: ${detail}`, {
                cause: last,
                fix: 'check the network, HTTPS_PROXY/NO_PROXY, and NODE_EXTRA_CA_CERTS for a corporate CA',
            });
        },
        async close() {
            await agent?.close();
        },
    };
}
function causeText(e) {
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `${e.message}${cause}`;
}
class HttpStatusError extends Error {
    status;
    constructor(status, url) {
        super(`HTTP ${status} from ${displayUrl(url)}`);
        this.status = status;
    }
}


/***/ })

};
