/** Keyless Sigstore signing and verification in the formats Samuel and cosign read. */
export { signBlob, type SignedBlob } from './sign-blob.js';
export {
  signImage,
  cosignStatement,
  BUNDLE_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE,
  type SignedManifest,
} from './sign-image.js';
export {
  verifyBlob,
  verifyImage,
  checkPolicy,
  certificateIdentity,
  VerificationFailure,
  GITHUB_ACTIONS_ISSUER,
  type IdentityPolicy,
  type VerifiedSignature,
} from './verify.js';
export { loadTrustMaterial } from './trust.js';
export {
  signPlugin,
  blobsToSign,
  type SignPluginOptions,
  type SignPluginResult,
} from './plugin.js';
export {
  resolveIdentity,
  parseSignMode,
  isForkPullRequest,
  isReleaseEvent,
  type SignMode,
} from './identity.js';
export { PUBLIC_GOOD, DEFAULT_RETRY, type SignOptions, type RetryPolicy } from './signer.js';
export {
  cosignVerifyBlobCommand,
  cosignVerifyImageCommand,
  ourVerifyCommand,
  reusableWorkflowIdentity,
  REUSABLE_WORKFLOW,
} from './commands.js';
