export const id = 825;
export const ids = [825,206];
export const modules = {

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestHex: () => (/* binding */ digestHex),
/* harmony export */   fileDigest: () => (/* binding */ fileDigest),
/* harmony export */   isDigest: () => (/* binding */ isDigest),
/* harmony export */   sha256Digest: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);
/**
 * Content digests: every blob and manifest is addressed by `sha256:<hex>`, computed while
 * streaming so a large layer never sits in memory.
 */



const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** The `sha256:<hex>` digest of some bytes. */
function sha256Digest(data) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * Digest and size of a regular file, read through one reused buffer (memory stays flat whatever
 * its size). A FIFO or device is refused before a byte is read.
 */
async function fileDigest(path, what = 'file') {
    const { handle } = await (0,_util_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegularFile */ .ZU)(path, { what });
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(256 * 1024);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { digest: 'sha256:' + hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** True for a well-formed sha256 digest. */
function isDigest(value) {
    return DIGEST_RE.test(value);
}
/** The hex part of a digest, after checking its form (we only ever write sha256). */
function digestHex(digest) {
    if (!isDigest(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${digest}" is not a sha256 digest`, {
            code: 'REGISTRY',
            fix: 'use a digest of the form sha256:<64 lowercase hex characters>',
        });
    }
    return digest.slice('sha256:'.length);
}


/***/ })

};
