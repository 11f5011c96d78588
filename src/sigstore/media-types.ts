/** The media and predicate types of cosign v3 signatures, shared by signing and verification. */

/** The predicate type `cosign sign` v3 puts in its statement. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** Media type of a v0.3 bundle: the referrer's artifactType and its single layer. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
