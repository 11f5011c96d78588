/**
 * A read-only GitHub REST client for looking at releases: `@actions/github`'s Octokit pointed at
 * `GITHUB_API_URL`, authenticated when a token is given and anonymous otherwise (public
 * repositories need none). It never waits out a rate limit: the comparison is advice on a pull
 * request, so a used-up limit is reported at once instead of holding the job.
 */
import { getOctokit } from '@actions/github';
import { GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { registerSecret } from '../../report/index.js';
import { apiUrl, type GitHubClient } from '../release/client.js';

export interface ReadClientOptions {
  /** A token that can read the repository; anonymous when absent. */
  token?: string;
  env: NodeJS.ProcessEnv;
  /** Retries of a failed request (default 1: the comparison must not hold a pull request up). */
  retries?: number;
  /** Milliseconds per second of back-off (default 1000); tests against a local fake shrink it. */
  timeScale?: number;
  /** Give up on one request after this many milliseconds (default 20 000). */
  timeoutMs?: number;
}

let clients = 0;

/** An Octokit for reading releases, anonymous unless a token is given. */
export function readClient(options: ReadClientOptions): GitHubClient {
  const token = options.token?.trim() || undefined;
  if (token) registerSecret(token);
  const timeout = options.timeoutMs ?? 20_000;
  const settings = {
    baseUrl: apiUrl(options.env),
    retry: { retries: options.retries ?? 1, retryAfterBaseValue: options.timeScale ?? 1000 },
    throttle: {
      id: `samuel-plugin-release-read-${process.pid}-${++clients}`,
      retryAfterBaseValue: options.timeScale ?? 1000,
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  };
  const client = token
    ? getOctokit(token, settings, retry, throttling)
    : (new (GitHub.plugin(retry, throttling))(settings) as unknown as GitHubClient);
  // A deadline per request (a fresh signal each time: one shared signal would expire for the
  // requests after it), keeping the proxy-aware fetch @actions/github sets up.
  client.hook.wrap('request', (request, opts) =>
    request({
      ...opts,
      request: { ...opts.request, signal: opts.request?.signal ?? AbortSignal.timeout(timeout) },
    }),
  );
  return client;
}
