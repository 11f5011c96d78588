/**
 * The GitHub REST client: `@actions/github`'s Octokit with retries (5xx, resets) and throttling
 * (`retry-after`, `x-ratelimit-reset`, secondary limits), pointed at `GITHUB_API_URL` (GHES) and
 * authenticated with the token the caller gives (the `github-token` input, else GITHUB_TOKEN or
 * GH_TOKEN). The token is registered as a secret before the first request.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { UsageError } from '../../errors.js';
import { registerSecret, type Reporter } from '../../report/index.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token?: string;
  env: NodeJS.ProcessEnv;
  reporter?: Reporter;
  /** Retries of a failed request (default 4). */
  retries?: number;
  /** Rate-limit waits longer than this many seconds fail instead (default 120). */
  maxWaitSeconds?: number;
  /** Milliseconds per second of back-off and `retry-after` (default 1000); tests shrink it. */
  timeScale?: number;
  /**
   * Spacing of mutating requests, which always go one at a time. Default 0: a release makes a
   * dozen writes at most, far below GitHub's secondary limit (80 content-creating requests a
   * minute), where the one-second spacing GitHub asks of clients making many writes would add a
   * second per asset; a secondary-limit answer is still waited out.
   */
  writeSpacingMs?: number;
}

/** The API base URL: GITHUB_API_URL (GitHub Enterprise Server sets it), else api.github.com. */
export function apiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** The web base URL anonymous downloads use: GITHUB_SERVER_URL, else https://github.com. */
export function serverUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

let clients = 0;

export function githubClient(options: ClientOptions): GitHubClient {
  const token = options.token || options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
  if (!token) {
    throw new UsageError('creating the GitHub release needs a token', {
      fix: 'in a workflow the github-token input defaults to github.token (grant permissions: contents: write); on a laptop set GITHUB_TOKEN or GH_TOKEN',
    });
  }
  registerSecret(token);
  const maxWait = options.maxWaitSeconds ?? 120;
  const say = (m: string) => options.reporter?.info(m);
  /** Waits out a limit GitHub reports (up to maxWait seconds, three times), saying so. */
  const wait =
    (kind: string) =>
    (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
      say(`GitHub ${kind} on ${req.method} ${req.url}: waiting ${after} s (attempt ${count + 1})`);
      return after <= maxWait && count < 3;
    };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl(options.env),
      // Retries go in the plugin's own options: a `request.retries` default would make the
      // plugin retry every failure, 403 and 422 included.
      retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.timeScale ?? 1000 },
      throttle: {
        id: `samuel-plugin-release-${process.pid}-${++clients}`,
        retryAfterBaseValue: options.timeScale ?? 1000,
        write: new Bottleneck.Group({
          id: 'samuel-plugin-release-write',
          maxConcurrent: 1,
          minTime: options.writeSpacingMs ?? 0,
        }),
        onRateLimit: wait('rate limit'),
        onSecondaryRateLimit: wait('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error (undefined for a network failure). */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' && s > 0 ? s : undefined;
}

/** True when a 422 says a release asset with that name exists already. */
export function isAlreadyExists(e: unknown): boolean {
  const data = (e as { response?: { data?: { errors?: { code?: string }[] } } })?.response?.data;
  return statusOf(e) === 422 && (data?.errors ?? []).some((x) => x.code === 'already_exists');
}
