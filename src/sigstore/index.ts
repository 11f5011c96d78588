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
  reusableWorkflowIdentity,
  REUSABLE_WORKFLOW,
} from './commands.js';
export {
  readBuildContext,
  tokenClaims,
  LOCAL_BUILDER_ID,
  type BuildContext,
} from './build-context.js';
export {
  provenanceStatement,
  fileSubject,
  toolDependency,
  imageDependency,
  sourceDependency,
  SLSA_PROVENANCE_V1,
  RELEASE_BUILD_TYPE,
  type ProvenanceInput,
  type ProvenanceSubject,
  type ResourceDescriptor,
  type SlsaProvenanceV1,
} from './provenance.js';
export {
  attestProvenance,
  imageProvenanceSubjects,
  provenanceAssetName,
  type AttestProvenanceOptions,
  type AttestProvenanceResult,
  type AttestedManifest,
} from './attest.js';
export { recordAttestation, type AttestationUpload } from './github-attestations.js';
export {
  verifyProvenance,
  checkProvenancePolicy,
  type ProvenancePolicy,
  type VerifyProvenanceOptions,
  type VerifiedProvenance,
} from './verify-provenance.js';
export { statementOf, subjectDigests, type Statement } from './statement.js';
export {
  cosignVerifyProvenanceBlobCommand,
  cosignVerifyProvenanceImageCommand,
  ghVerifyProvenanceCommand,
} from './commands.js';
export {
  attachedBundles,
  attachBundle,
  imageSubjects,
  PREDICATE_TYPE_ANNOTATION,
  type AttachedBundle,
  type ImageSubject,
} from './referrers.js';
