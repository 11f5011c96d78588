/**
 * Registry authentication: answers `401` challenges. `Basic` sends the credential directly;
 * `Bearer` (GHCR, Docker Hub, distribution's token auth) exchanges it at the realm for a
 * token scoped to the repositories and actions we need, cached per scope. The credential (raw,
 * `user:password` and its base64) and every token are registered as secrets the moment they are
 * known, so no output path can show them; credentials never go to a realm over plain http
 * unless the user allowed plain http to that host.
 */
import { registerSecret } from '../report/index.js';
import type { Credential } from './credentials.js';
import { RegistryError } from './errors.js';
import { BODY_LIMITS, send, throwIfTransient, withRetry, type RetryPolicy } from './http.js';

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
    /** Whether plain http to this URL's host was allowed by the user. */
    private readonly httpAllowed: (url: URL) => boolean = () => false,
  ) {
    if (credential) registerSecret(credential.password, credential.username);
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
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new RegistryError(`${this.registry} names a token service at ${url.protocol} URL`, {
        fix: 'check the registry address; its token service must be an https URL',
      });
    }
    if (this.credential && url.protocol !== 'https:' && !this.httpAllowed(url)) {
      // The realm comes from the registry's answer: never hand credentials over plain http on
      // the registry's word alone.
      throw new RegistryError(
        `${this.registry} asks for credentials at ${url.origin}, which is not https`,
        {
          fix: `use a registry whose token service is served over https (credentials would travel unencrypted); if ${url.host} is on a network you trust, add --insecure-host ${url.host}`,
        },
      );
    }
    if (this.credential) headers.authorization = 'Basic ' + basic(this.credential);
    const res = await withRetry(`token request to ${url.host}`, this.policy, async () =>
      throwIfTransient(
        await send(
          { method: 'GET', url: url.toString(), headers, maxBodyBytes: BODY_LIMITS.token },
          this.policy,
        ),
        `GET ${url.host}${url.pathname}`,
      ),
    );
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError(
        `${this.registry} refused a token for ${scopes.join(' ')} (HTTP ${res.status})`,
        {
          status: res.status,
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
    if (res.status !== 200 || typeof token !== 'string' || token === '') {
      throw new RegistryError(
        `the token endpoint ${url.host}${url.pathname} answered HTTP ${res.status} without a token`,
        {
          status: res.status,
          fix: "check that the registry host is right; this is the registry's token service misbehaving",
        },
      );
    }
    registerSecret(token);
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
