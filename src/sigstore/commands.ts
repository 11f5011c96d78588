/**
 * The `cosign verify` / `cosign verify-blob` command lines the release notes and the job summary
 * print. The certificate identity is the workflow that ran the signing job — our reusable
 * workflow, not the caller's — so users must pin that identity and the caller's repository.
 */
import { GITHUB_ACTIONS_ISSUER } from './verify.js';

/** The reusable release workflow, as GitHub names it in `job_workflow_ref`. */
export const REUSABLE_WORKFLOW = 'samuelpkg/samuel-plugin-release/.github/workflows/release.yml';

/** The certificate identity Fulcio gives a job of the reusable workflow at `ref`. */
export function reusableWorkflowIdentity(ref = 'refs/tags/v1'): string {
  return `https://github.com/${REUSABLE_WORKFLOW}@${ref}`;
}

/** Who signed: the exact certificate identity, and the caller repository (`owner/repo`). */
export interface SignerFacts {
  identity: string;
  issuer?: string;
  repository?: string;
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function policyArgs(signer: SignerFacts): string[] {
  const args = [
    '--certificate-identity',
    signer.identity,
    '--certificate-oidc-issuer',
    signer.issuer ?? GITHUB_ACTIONS_ISSUER,
  ];
  if (signer.repository) args.push('--certificate-github-workflow-repository', signer.repository);
  return args;
}

/** `cosign verify-blob` for a file and its bundle (both as the user downloads them). */
export function cosignVerifyBlobCommand(file: string, bundle: string, signer: SignerFacts): string {
  return ['cosign', 'verify-blob', '--bundle', bundle, ...policyArgs(signer), file]
    .map(shellQuote)
    .join(' ');
}

/** `cosign verify` for an image pinned by digest (the bundle is found as a referrer). */
export function cosignVerifyImageCommand(imageWithDigest: string, signer: SignerFacts): string {
  return ['cosign', 'verify', ...policyArgs(signer), imageWithDigest].map(shellQuote).join(' ');
}

/** `cosign verify-blob-attestation` of a file against the provenance release asset. */
export function cosignVerifyProvenanceBlobCommand(
  file: string,
  bundle: string,
  signer: SignerFacts,
): string {
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
export function cosignVerifyProvenanceImageCommand(
  imageWithDigest: string,
  signer: SignerFacts,
): string {
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
export function ghVerifyProvenanceCommand(
  target: string,
  bundle: string,
  signer: SignerFacts,
): string {
  const args = ['gh', 'attestation', 'verify', target, '--bundle', bundle];
  if (signer.repository) args.push('--repo', signer.repository);
  const workflow = /^https:\/\/(github\.com\/[^@]+)@/.exec(signer.identity)?.[1];
  if (workflow) args.push('--signer-workflow', workflow);
  else args.push('--cert-identity', signer.identity);
  return args.map(shellQuote).join(' ');
}
