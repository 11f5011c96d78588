/**
 * Decides whether to sign and with which OIDC token. Keyless signing needs GitHub Actions' OIDC
 * token (audience `sigstore`), which exists only when the job has `permissions: id-token: write`
 * and never for pull requests from forks: both cases get a clear message, not a Fulcio error.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigurationError, UsageError } from '../errors.js';
import { registerSecret } from '../report/index.js';

/** `--sign`: `auto` signs when an identity is available and we are releasing. */
export type SignMode = 'auto' | 'true' | 'false';

/** The outcome: sign with `token`, or skip for `reason` (`warn` when the user should act). */
export type IdentityDecision =
  | { sign: true; token: string; source: 'flag' | 'github-actions' }
  | { sign: false; reason: string; warn: boolean };

/** Parses `--sign`. */
export function parseSignMode(value: string | undefined): SignMode {
  const v = (value ?? 'auto').toLowerCase();
  if (v === 'auto' || v === 'true' || v === 'false') return v;
  throw new UsageError(`--sign must be auto, true or false, got "${value}"`, {
    fix: 'use --sign auto (the default), --sign true or --sign false',
  });
}

/** True when this run is a pull request whose head lives in another repository (a fork). */
export async function isForkPullRequest(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: {
        head?: { repo?: { full_name?: string; fork?: boolean } | null };
        base?: { repo?: { full_name?: string } };
      };
    };
    const head = event.pull_request?.head?.repo;
    const base = event.pull_request?.base?.repo?.full_name;
    // A deleted fork has `head.repo: null`; it is still not this repository.
    if (head === null) return true;
    return (
      head?.fork === true ||
      (head?.full_name !== undefined && base !== undefined && head.full_name !== base)
    );
  } catch {
    return false;
  }
}

export interface IdentityOptions {
  mode: SignMode;
  /** `--identity-token`: a raw OIDC JWT, used as given. */
  identityToken?: string;
  env: NodeJS.ProcessEnv;
  /** Whether this run releases (tag push, release, dispatch); `auto` signs only then. */
  releasing: boolean;
}

const PERMISSION_FIX =
  'add `permissions: id-token: write` to the job (or the calling workflow) so GitHub issues an OIDC token';

/** Resolves the identity token, or explains why signing is skipped or impossible. */
export async function resolveIdentity(options: IdentityOptions): Promise<IdentityDecision> {
  const { mode, env } = options;
  if (mode === 'false')
    return { sign: false, reason: 'signing is turned off (--sign false)', warn: false };
  if (options.identityToken) {
    registerSecret(options.identityToken);
    return { sign: true, token: options.identityToken, source: 'flag' };
  }
  if (mode === 'auto' && !options.releasing) {
    return {
      sign: false,
      reason: 'signing is skipped: this run does not release (--sign auto)',
      warn: false,
    };
  }
  if (await isForkPullRequest(env)) {
    return {
      sign: false,
      reason:
        'signing is skipped on fork PRs: GitHub gives pull requests from forks no OIDC token, so there is no identity to sign with; the release from the base repository signs',
      warn: mode === 'true',
    };
  }
  const inActions = env.GITHUB_ACTIONS === 'true';
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    if (mode === 'auto' && !inActions) {
      return {
        sign: false,
        reason: 'signing is skipped: no identity (not in GitHub Actions and no --identity-token)',
        warn: false,
      };
    }
    if (mode === 'auto') {
      // The caller decides the permissions: without id-token: write, auto releases unsigned and
      // says how to sign; --sign true makes the missing permission an error.
      return {
        sign: false,
        reason: `signing is skipped: this job cannot request an OIDC token (sign: auto); to sign, ${PERMISSION_FIX.replace(/^add/, 'grant')}`,
        warn: true,
      };
    }
    throw inActions
      ? new ConfigurationError(
          'keyless signing needs an OIDC token, and this job cannot request one',
          { fix: PERMISSION_FIX },
        )
      : new ConfigurationError('keyless signing needs an OIDC identity token', {
          fix: 'pass --identity-token, run in GitHub Actions with `permissions: id-token: write`, or use --sign false',
        });
  }
  try {
    // @actions/core reads the request URL and token from process.env.
    const token = await core.getIDToken('sigstore');
    registerSecret(token);
    return { sign: true, token, source: 'github-actions' };
  } catch (e) {
    throw new ConfigurationError(`GitHub refused the OIDC token request: ${(e as Error).message}`, {
      cause: e,
      fix: PERMISSION_FIX,
    });
  }
}

/** True for events that publish a release (`auto` signs on these). */
export function isReleaseEvent(env: NodeJS.ProcessEnv): boolean {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (event === 'release' || event === 'workflow_dispatch') return true;
  return event === 'push' && (env.GITHUB_REF ?? '').startsWith('refs/tags/');
}
