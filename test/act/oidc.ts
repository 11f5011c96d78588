/**
 * GitHub Actions' OIDC token endpoint on 127.0.0.1, for act runs: GitHub sets
 * `ACTIONS_ID_TOKEN_REQUEST_URL` and `ACTIONS_ID_TOKEN_REQUEST_TOKEN` only in jobs granted
 * `id-token: write`, and the toolkit (through @actions/core) asks `<url>&audience=sigstore` with
 * the request token as a bearer. The answer is a token with GitHub's claims that the local
 * Sigstore stack's mock Fulcio accepts (it takes the certificate's SAN from `sub`).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubToken } from '../sigstore/stack.js';

export interface OidcEndpoint {
  /** The two variables GitHub sets in a job with `id-token: write`. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Audiences requested, in order (one per token handed out). */
  audiences: string[];
  close(): Promise<void>;
}

/** Starts the endpoint; `claims` are merged over GitHub's (e.g. `sub`, `repository`). */
export async function startOidcEndpoint(claims: Record<string, unknown>): Promise<OidcEndpoint> {
  const requestToken = randomBytes(16).toString('hex');
  const audiences: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization !== `Bearer ${requestToken}` || url.pathname !== '/token') {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    const audience = url.searchParams.get('audience') ?? '';
    audiences.push(audience);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ value: githubToken({ ...claims, aud: audience || 'sigstore' }) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      // GitHub's URL already carries a query string; the client appends `&audience=…`.
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    audiences,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
