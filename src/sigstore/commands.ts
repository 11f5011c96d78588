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

/** Our own `verify` with the same policy, for users without cosign. */
export function ourVerifyCommand(target: string, signer: SignerFacts, bundle?: string): string {
  const args = ['npx', 'samuel-plugin-release', 'verify', target];
  if (bundle) args.push('--bundle', bundle);
  return [...args, ...policyArgs(signer)].map(shellQuote).join(' ');
}
