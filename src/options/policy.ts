/**
 * Who must have signed: the identity-policy flags, with cosign's names, shared by `verify` and
 * `lock` so each means the same everywhere.
 */
import { GITHUB_ACTIONS_ISSUER } from '../samuel/signing.js';
import type { OptionSpec } from './spec.js';

export const identityPolicyFlags = {
  'certificate-identity': {
    type: 'string',
    value: 'ID',
    description: 'The exact signer identity (certificate SAN).',
  },
  'certificate-identity-regexp': {
    type: 'string',
    value: 'RE',
    description: 'A regular expression the whole signer identity must match.',
  },
  'certificate-oidc-issuer': {
    type: 'string',
    value: 'URL',
    description: `The OIDC issuer (default ${GITHUB_ACTIONS_ISSUER}).`,
  },
  'certificate-github-workflow-repository': {
    type: 'string',
    value: 'OWNER/REPO',
    description: 'The repository the signing workflow ran for (from the certificate).',
  },
} as const satisfies Record<string, OptionSpec>;
