/**
 * Decides whether to sign and with which OIDC token. Keyless signing needs GitHub Actions' OIDC
 * token (audience `sigstore`), which exists only when the job has `permissions: id-token: write`
 * and never for pull requests from forks: both cases get a clear message, not a Fulcio error.
 *
 * A private (or internal) repository is not signed by `--sign auto` on the public Sigstore
 * instance: its certificate and Rekor entry would publish the repository's name, workflow and
 * commit. `--sign true`, an explicit `--identity-token`, or a private instance (both
 * `--fulcio-url` and `--rekor-url`) sign anyway — the same split by visibility as actions/attest.
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
  | {
      sign: false;
      reason: string;
      /** The user should act (a warning). */
      warn: boolean;
      /** Worth a notice annotation though nothing is wrong (a private repository, say). */
      notice?: boolean;
    };

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

/**
 * Whether the repository this run belongs to is not public, from the event payload at
 * `GITHUB_EVENT_PATH` (`repository.visibility`, else `repository.private`): `true` for a private
 * or internal repository, `false` for a public one or outside GitHub Actions (no payload), and
 * `'unknown'` when the payload is named but cannot be read or names no repository.
 */
export async function repositoryIsPrivate(env: NodeJS.ProcessEnv): Promise<boolean | 'unknown'> {
  if (!env.GITHUB_EVENT_PATH) return false;
  let repository: { private?: unknown; visibility?: unknown } | undefined;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
      repository?: { private?: unknown; visibility?: unknown };
    } | null;
    repository = event?.repository ?? undefined;
  } catch {
    return 'unknown';
  }
  if (typeof repository?.visibility === 'string') return repository.visibility !== 'public';
  if (typeof repository?.private === 'boolean') return repository.private;
  return 'unknown';
}

export interface IdentityOptions {
  mode: SignMode;
  /** `--identity-token`: a raw OIDC JWT, used as given. */
  identityToken?: string;
  env: NodeJS.ProcessEnv;
  /** Whether this run releases (tag push, release, dispatch); `auto` signs only then. */
  releasing: boolean;
  /**
   * The Sigstore instance that will sign (`--fulcio-url`, `--rekor-url`). With both, it is a
   * private instance and `auto` signs a private repository too; otherwise the public log would
   * record it.
   */
  fulcioUrl?: string;
  rekorUrl?: string;
}

const TURN_ON_PUBLIC =
  'set sign: true (--sign true) to sign on the public instance anyway, or name a private Sigstore with fulcio-url, rekor-url and trusted-root';

/** `auto` in a repository that is not public, on the public instance: skip, with a notice. */
async function publicLogRefusal(
  options: IdentityOptions,
): Promise<Extract<IdentityDecision, { sign: false }> | undefined> {
  if (options.mode !== 'auto' || (options.fulcioUrl && options.rekorUrl)) return undefined;
  const priv = await repositoryIsPrivate(options.env);
  if (priv === false) return undefined;
  const why =
    priv === true
      ? 'this repository is private, so sign: auto does not record its name and commit in the public Sigstore log'
      : 'the event payload (GITHUB_EVENT_PATH) does not say whether this repository is public, so sign: auto does not record it in the public Sigstore log';
  return { sign: false, reason: `${why}; ${TURN_ON_PUBLIC}`, warn: false, notice: true };
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
  const refusal = await publicLogRefusal(options);
  if (refusal) return refusal;
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
