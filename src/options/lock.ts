/**
 * The `lock` concern: where a consuming project's plugins resolve and who must have signed them.
 * Samuel's own policy is the default; every flag makes it stricter, except `--allow-unsigned`,
 * which records an unsigned release truthfully (without `signed`) instead of refusing it.
 */
import { boolOpt, defined, listOpt, stringOpt, type OptionGroup } from './spec.js';
import { identityPolicyFlags } from './policy.js';
import { sigstoreInstanceFlags } from './groups.js';
import { DEFAULT_IDENTITY_PATTERN } from '../samuel/signing.js';

export interface LockOptions {
  project?: string;
  registryIndex?: string;
  identityPatterns: string[];
  identityRegexp?: string;
  repository?: string;
  issuer?: string;
  trustedRoot?: string;
  allowUnsigned: boolean;
  allowPrerelease: boolean;
}

export const lockGroup: OptionGroup<LockOptions> = {
  slice: 'lock',
  flags: {
    project: {
      type: 'string',
      value: 'DIR',
      description:
        'The consuming project: the folder holding samuel.toml and samuel.lock (default: the working directory).',
    },
    'registry-index': {
      type: 'string',
      value: 'FILE|URL',
      description:
        "Resolve plugins through this registry index.toml instead of the registries samuel.toml names (or Samuel's default).",
    },
    'identity-pattern': {
      type: 'string',
      multiple: true,
      value: 'GLOB',
      description: `A signer identity glob in Samuel's syntax (* one path segment, ** anything), repeatable; the signer must match one (default: Samuel's own, ${DEFAULT_IDENTITY_PATTERN} and https://github.com/anthropics/skills/**).`,
    },
    'certificate-identity-regexp': identityPolicyFlags['certificate-identity-regexp'],
    'certificate-oidc-issuer': identityPolicyFlags['certificate-oidc-issuer'],
    'certificate-github-workflow-repository':
      identityPolicyFlags['certificate-github-workflow-repository'],
    ...sigstoreInstanceFlags,
    'allow-unsigned': {
      type: 'boolean',
      description:
        'Accept releases without a signature, recorded without signed = true (by default an unsigned release is an error).',
    },
    'allow-prerelease': {
      type: 'boolean',
      description: 'Let a version range resolve to a prerelease version.',
    },
  },
  read: (v) => {
    const patterns = listOpt(v, 'identity-pattern');
    return defined({
      project: stringOpt(v, 'project'),
      registryIndex: stringOpt(v, 'registry-index'),
      identityPatterns: patterns,
      identityRegexp: stringOpt(v, 'certificate-identity-regexp'),
      repository: stringOpt(v, 'certificate-github-workflow-repository'),
      issuer: stringOpt(v, 'certificate-oidc-issuer'),
      trustedRoot: stringOpt(v, 'trusted-root'),
      allowUnsigned: boolOpt(v, 'allow-unsigned'),
      allowPrerelease: boolOpt(v, 'allow-prerelease'),
    });
  },
};
