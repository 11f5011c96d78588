/**
 * A small front on 127.0.0.1 that behaves like GHCR in front of a real registry: 401 with
 * `WWW-Authenticate: Bearer realm=…,service=…,scope=…`, a token endpoint that checks Basic
 * credentials and grants scopes, 403 `DENIED` for writes without push rights, and — when asked —
 * the referrers API (`OCI-Subject` on manifest PUTs, `GET /v2/<name>/referrers/<digest>`) that
 * Debian's registry 2.8 lacks. Everything else is proxied unchanged.
 */
import http from 'node:http';
import { createHash, randomUUID } from 'node:crypto';

export interface FrontOptions {
  upstreamPort: number;
  /** Basic credentials the token endpoint accepts; anonymous requests get pull-only tokens. */
  username: string;
  password: string;
  /** Grant only pull, as GHCR does for a token without `packages: write`. */
  pullOnly?: boolean;
  /** Simulate a registry with the referrers API. */
  referrers?: boolean;
}

export interface Front {
  host: string;
  /** Every request line seen, e.g. `PUT /v2/acme/x/manifests/1.0.0`, for assertions. */
  requests: string[];
  /** Tokens handed out (tests check none of them appear in logs). */
  tokens: string[];
  stop(): Promise<void>;
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** Starts the front on a free port. */
export async function startFront(options: FrontOptions): Promise<Front> {
  const tokens = new Map<string, { push: boolean }>();
  const referrers = new Map<string, Descriptor[]>();
  const requests: string[] = [];
  const issued: string[] = [];
  let port = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    requests.push(`${req.method} ${url.pathname}`);
    if (url.pathname === '/token') {
      const auth = req.headers.authorization;
      const expected =
        'Basic ' + Buffer.from(`${options.username}:${options.password}`).toString('base64');
      if (auth !== undefined && auth !== expected) {
        res
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}');
        return;
      }
      const wantsPush = url.searchParams.getAll('scope').some((s) => /:.*push/.test(s));
      const token = randomUUID();
      tokens.set(token, { push: auth === expected && wantsPush && !options.pullOnly });
      issued.push(token);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    const repo = /^\/v2\/(.+?)\/(blobs|manifests|tags|referrers)\//.exec(url.pathname)?.[1] ?? '';
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = bearer ? tokens.get(bearer) : undefined;
    if (!grant) {
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="front",scope="repository:${repo}:pull"`,
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    const writing = !['GET', 'HEAD'].includes(req.method ?? 'GET');
    if (writing && !grant.push) {
      req.resume();
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}');
      return;
    }
    const refMatch = /^\/v2\/.+\/referrers\/(sha256:[a-f0-9]{64})$/.exec(url.pathname);
    if (options.referrers && refMatch && req.method === 'GET') {
      const list = referrers.get(refMatch[1]!) ?? [];
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' });
      res.end(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: list,
        }),
      );
      return;
    }
    if (options.referrers && req.method === 'PUT' && /\/manifests\//.test(url.pathname)) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const parsed = JSON.parse(body.toString()) as {
          subject?: { digest: string };
          artifactType?: string;
          mediaType: string;
          config?: { mediaType: string };
          annotations?: Record<string, string>;
        };
        forward(req, res, body, (headers) => {
          if (!parsed.subject) return headers;
          const digest = 'sha256:' + createHash('sha256').update(body).digest('hex');
          const list = referrers.get(parsed.subject.digest) ?? [];
          if (!list.some((d) => d.digest === digest)) {
            list.push({
              mediaType: parsed.mediaType,
              digest,
              size: body.length,
              artifactType: parsed.artifactType ?? parsed.config?.mediaType,
              annotations: parsed.annotations,
            });
          }
          referrers.set(parsed.subject.digest, list);
          return { ...headers, 'oci-subject': parsed.subject.digest };
        });
      });
      return;
    }
    forward(req, res);
  });

  function forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body?: Buffer,
    edit?: (h: http.OutgoingHttpHeaders) => http.OutgoingHttpHeaders,
  ): void {
    const headers = { ...req.headers };
    delete headers.authorization;
    if (body) headers['content-length'] = String(body.length);
    const up = http.request(
      { host: '127.0.0.1', port: options.upstreamPort, method: req.method, path: req.url, headers },
      (upRes) => {
        const out: http.OutgoingHttpHeaders = { ...upRes.headers };
        res.writeHead(
          upRes.statusCode ?? 502,
          edit && (upRes.statusCode ?? 0) < 300 ? edit(out) : out,
        );
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    if (body) up.end(body);
    else req.pipe(up);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    tokens: issued,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
