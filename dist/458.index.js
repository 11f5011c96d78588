export const id = 458;
export const ids = [458];
export const modules = {

/***/ 71458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ acceptableDigests),
/* harmony export */   Ft: () => (/* binding */ readImageDigests),
/* harmony export */   imageDigestsIn: () => (/* binding */ imageDigestsIn),
/* harmony export */   tN: () => (/* binding */ pinnedDigest),
/* harmony export */   tu: () => (/* binding */ platformDigestLines)
/* harmony export */ });
/* harmony import */ var _manifest_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28472);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21907);
/* harmony import */ var _oci_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The digests of a pinned oci plugin image that Samuel could record as the lock's `digest`
 * (contract §3): the pinned index or manifest digest (docker with the containerd store), each
 * platform's manifest digest, and each platform's config digest — the image ID podman prints as
 * bare hex and docker as `sha256:<hex>`.
 */




/** The pinned digest of `[oci].image`, or a ConfigurationError saying the release is unpinned. */
function pinnedDigest(image, where) {
    const parts = (0,_manifest_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSamuelImage */ .gZ)(image);
    if (!parts?.digest || /^sha256:0{64}$/.test(parts.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: [oci].image "${image}" is not pinned to a digest, which Samuel requires`, { fix: 'the plugin needs a release whose manifest pins registry/owner/name@sha256:<digest>' });
    }
    return { repository: `${parts.registry}/${parts.owner}/${parts.name}`, digest: parts.digest };
}
/** Reads the image's index (or single manifest) and each platform's config digest. */
async function readImageDigests(image, where, options = {}) {
    const { repository, digest } = pinnedDigest(image, where);
    const store = await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__.openStore)(repository, {
        insecure: options.insecure ?? false,
        ...(options.env ? { env: options.env } : {}),
        retry: { retries: 2 },
    });
    return imageDigestsIn(store, digest);
}
/** The same digests, read from a store already open (a registry or a local layout). */
async function imageDigestsIn(store, digest) {
    const read = async (d) => (0,_oci_store_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)((await store.getManifest(d)).bytes, `${store.location}@${d}`);
    const top = await read(digest);
    const out = { pinned: digest, platforms: [] };
    if (top.config) {
        // One image without an index: its platform is in its config.
        const config = (0,_oci_store_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(await store.getBlob(top.config.digest), `${store.location}@${top.config.digest}`);
        const platform = config.os && config.architecture
            ? [config.os, config.architecture, config.variant].filter(Boolean).join('/')
            : 'single';
        out.platforms.push({ platform, manifest: digest, config: top.config.digest });
        return out;
    }
    for (const m of Array.isArray(top.manifests) ? top.manifests : []) {
        const p = m.platform;
        if (!p?.os || !p.architecture || p.os === 'unknown')
            continue; // attestation manifests
        const child = await read(m.digest);
        if (!child.config)
            continue;
        const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
        out.platforms.push({ platform, manifest: m.digest, config: child.config.digest });
    }
    return out;
}
/** Every form of every digest Samuel could have written for this image. */
function acceptableDigests(d) {
    const set = new Set([d.pinned]);
    for (const p of d.platforms) {
        set.add(p.manifest);
        set.add(p.config);
        set.add(p.config.replace(/^sha256:/, ''));
    }
    return set;
}
/** The lock's extra `platform_digests` values: `os/arch manifest-digest config-digest`. */
function platformDigestLines(d) {
    return d.platforms.map((p) => `${p.platform} ${p.manifest} ${p.config}`);
}


/***/ })

};
