/**
 * Registry authentication: answers `401` challenges. `Basic` sends the credential directly;
 * `Bearer` (GHCR, Docker Hub, distribution's token auth) exchanges it at the realm for a
 * token scoped to the repositories and actions we need, cached per scope. Tokens are handed
 * to `onSecret` (masked in Actions logs) and never appear in messages.
 */
import { ReleaseError } from '../errors.js';
import type { Credential } from './credentials.js';
import { send, throwIfTransient, withRetry, type RetryPolicy } from './http.js';

/** One parsed `WWW-Authenticate` challenge. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` (quoted values may contain commas). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2] ?? '')) !== null) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: m[1]!.toLowerCase(), params };
}

/** Keeps what a registry asked for and the tokens it gave, for one registry host. */
export class Authenticator {
  private scheme: 'none' | 'basic' | 'bearer' = 'none';
  private bearer?: Challenge;
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly registry: string,
    readonly credential: Credential | undefined,
    private readonly policy: RetryPolicy,
    private readonly onSecret: (value: string) => void = () => {},
  ) {
    if (credential) onSecret(credential.password);
  }

  /** The `Authorization` header for a request needing `scopes`, if we know one. */
  header(scopes: string[]): string | undefined {
    if (this.scheme === 'basic' && this.credential) return 'Basic ' + basic(this.credential);
    if (this.scheme === 'bearer') {
      const token = this.tokens.get(scopeKey(scopes));
      return token ? 'Bearer ' + token : undefined;
    }
    return undefined;
  }

  /**
   * Answers a 401: remembers the scheme and, for Bearer, fetches a token for `scopes` plus the
   * scope the registry named. Returns false when there is nothing new to try.
   */
  async answer(wwwAuthenticate: string | undefined, scopes: string[]): Promise<boolean> {
    const challenge = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
    if (!challenge) return false;
    if (challenge.scheme === 'basic') {
      if (!this.credential || this.scheme === 'basic') return false;
      this.scheme = 'basic';
      return true;
    }
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) return false;
    const key = scopeKey(scopes);
    const hadToken = this.scheme === 'bearer' && this.tokens.has(key);
    this.scheme = 'bearer';
    this.bearer = challenge;
    if (hadToken) return false;
    const wanted = [
      ...new Set([...scopes, ...(challenge.params.scope ? challenge.params.scope.split(' ') : [])]),
    ];
    this.tokens.set(key, await this.fetchToken(challenge, wanted));
    return true;
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<string> {
    const url = new URL(challenge.params.realm!);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (
      this.credential &&
      url.protocol !== 'https:' &&
      !/^(127\.|localhost$|\[::1\]$)/.test(url.hostname)
    ) {
      // The realm comes from the registry's answer: never hand credentials over plain http.
      throw new ReleaseError(
        'REGISTRY',
        `${this.registry} asks for credentials at ${url.origin}, which is not https`,
        {
          fix: 'use a registry whose token service is served over https (credentials would travel unencrypted)',
        },
      );
    }
    if (this.credential) headers.authorization = 'Basic ' + basic(this.credential);
    const res = await withRetry(`token request to ${url.host}`, this.policy, async () =>
      throwIfTransient(
        await send({ method: 'GET', url: url.toString(), headers }, this.policy.idleTimeoutMs),
        `GET ${url.host}${url.pathname}`,
      ),
    );
    if (res.status === 401 || res.status === 403) {
      throw new ReleaseError(
        'REGISTRY',
        `${this.registry} refused a token for ${scopes.join(' ')} (HTTP ${res.status})`,
        {
          fix: this.credential
            ? `the credential from ${this.credential.source} is wrong or lacks access; check it (in GitHub Actions add \`permissions: packages: write\` to the job)`
            : credentialFix(this.registry),
        },
      );
    }
    let token: string | undefined;
    try {
      const parsed = JSON.parse(res.body.toString('utf8')) as {
        token?: string;
        access_token?: string;
      };
      token = parsed.token || parsed.access_token;
    } catch {
      token = undefined;
    }
    if (res.status !== 200 || !token) {
      throw new ReleaseError(
        'REGISTRY',
        `the token endpoint ${url.host}${url.pathname} answered HTTP ${res.status} without a token`,
        {
          fix: "check that the registry host is right; this is the registry's token service misbehaving",
        },
      );
    }
    this.onSecret(token);
    return token;
  }

  /** The service named by the last Bearer challenge (for diagnostics). */
  get service(): string | undefined {
    return this.bearer?.params.service;
  }
}

/** How to provide credentials for `registry`. */
export function credentialFix(registry: string): string {
  const ghcr =
    registry === 'ghcr.io'
      ? 'in GitHub Actions set `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` (or the `token` input); '
      : '';
  return `${ghcr}log in with \`docker login ${registry}\`, or set REGISTRY_USERNAME and REGISTRY_PASSWORD`;
}

function basic(c: Credential): string {
  return Buffer.from(`${c.username}:${c.password}`).toString('base64');
}

function scopeKey(scopes: string[]): string {
  return [...scopes].sort().join(' ');
}
