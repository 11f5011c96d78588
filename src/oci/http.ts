/**
 * The HTTP layer under the registry client: one request over node:http/https (bodies streamed,
 * an idle timeout that turns a stalled connection into an error), and a retry loop with
 * exponential backoff that honours `Retry-After`. node:http rather than fetch because we need
 * exact control of streamed request bodies, socket idle timeouts and connection resets.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { NetworkError, ReleaseError } from '../errors.js';

/** How hard to try before giving up. */
export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** First backoff delay; doubles on every attempt (with jitter). */
  baseDelayMs: number;
  /** Upper bound for one backoff delay (a server's `Retry-After` may ask for longer, up to a minute). */
  maxDelayMs: number;
  /** A request that sends or receives nothing for this long is abandoned and retried. */
  idleTimeoutMs: number;
}

/** Defaults that ride out GHCR's rate limits and short outages (about two minutes in total). */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 7,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  idleTimeoutMs: 60_000,
};

/** A server asking for a longer pause than this gets this long (then we try again). */
const MAX_RETRY_AFTER_MS = 60_000;

/** One request. `body` is a factory so a retried request gets a fresh stream. */
export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: () => Buffer | Readable;
}

/** A response with its body read into memory (manifests, errors and small blobs only). */
export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A failure worth another try: a connection problem, a 429 or a 5xx. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransientError';
  }
}

const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
};

/** The largest response body read into memory (manifests, indexes, tag lists, errors, bundles). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const PROTOCOL_ERRORS = new Set([
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HPE_INVALID_CONSTANT',
  'HPE_INVALID_HEADER_TOKEN',
]);

function isProtocolError(err: NodeJS.ErrnoException): boolean {
  return PROTOCOL_ERRORS.has(err.code ?? '') || /ssl|tls|certificate/i.test(err.code ?? '');
}

/** Sends one request and reads the whole response; network failures become `TransientError`s. */
export function send(req: HttpRequest, idleTimeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const isHttps = url.protocol === 'https:';
    const lib = isHttps ? https : http;
    const body = req.body?.();
    const headers: Record<string, string> = {
      'user-agent': 'samuel-plugin-release',
      ...req.headers,
    };
    if (Buffer.isBuffer(body)) headers['content-length'] = String(body.length);
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      if (body && !Buffer.isBuffer(body)) body.destroy();
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
        // Nothing listens there, or the name does not resolve: retrying for a minute cannot help.
        reject(
          new NetworkError(
            `cannot reach ${url.host}: ${err.code === 'ECONNREFUSED' ? 'connection refused' : 'the host name does not resolve'}`,
            {
              cause: e,
              fix: 'check the registry host and port in --to (and that the registry is running)',
            },
          ),
        );
        return;
      }
      if (isProtocolError(err)) {
        // TLS against a plain-http server, a bad certificate: the same answer every time.
        reject(
          new NetworkError(
            `cannot talk to ${url.host} over ${url.protocol.slice(0, -1)}: ${err.code ?? err.message}`,
            {
              cause: e,
              fix: isHttps
                ? 'if the registry speaks plain http on this machine, add --insecure; otherwise fix its TLS certificate (or trust its CA with NODE_EXTRA_CA_CERTS)'
                : 'check the registry address',
            },
          ),
        );
        return;
      }
      reject(
        new TransientError(
          `${req.method} ${url.host}${url.pathname}: ${err.code ?? err.message}`,
          undefined,
          { cause: e },
        ),
      );
    };
    const request = lib.request(
      url,
      { method: req.method, headers, agent: isHttps ? agents.https : agents.http },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) {
            res.destroy();
            if (settled) return;
            settled = true;
            reject(
              new NetworkError(
                `${req.method} ${url.host}${url.pathname} answered with more than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB; refusing to read on`,
                { fix: 'check that --to names an OCI registry' },
              ),
            );
            return;
          }
          chunks.push(c);
        });
        res.on('error', fail);
        res.on('aborted', () => fail(new Error('response aborted')));
        res.on('end', () => {
          if (settled) return;
          settled = true;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    request.setTimeout(idleTimeoutMs, () =>
      request.destroy(
        Object.assign(new Error(`no progress for ${idleTimeoutMs} ms`), { code: 'ESTALLED' }),
      ),
    );
    request.on('error', fail);
    if (body === undefined) request.end();
    else if (Buffer.isBuffer(body)) request.end(body);
    else {
      body.on('error', (e) => request.destroy(e));
      body.pipe(request);
    }
  });
}

/** Parses `Retry-After` (seconds, fractions tolerated, or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now = Date.now(),
): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(parseFloat(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** True for statuses that mean "try again later". */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 504);
}

/** Throws a `TransientError` for 429/5xx responses so `withRetry` tries again. */
export function throwIfTransient(res: HttpResponse, what: string): HttpResponse {
  if (isTransientStatus(res.status)) {
    throw new TransientError(
      `${what}: HTTP ${res.status}`,
      parseRetryAfter(res.headers['retry-after']),
    );
  }
  return res;
}

/**
 * Runs `fn` until it succeeds, retrying `TransientError`s with exponential backoff (or the
 * server's `Retry-After`). When the budget is spent it throws a REGISTRY error that says so.
 */
export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  fn: (attempt: number) => Promise<T>,
  onRetry?: (message: string) => void,
): Promise<T> {
  let last: TransientError | undefined;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!(e instanceof TransientError)) throw e;
      last = e;
      if (attempt === policy.retries) break;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      const delay =
        e.retryAfterMs !== undefined ? Math.min(MAX_RETRY_AFTER_MS, e.retryAfterMs) : jittered;
      onRetry?.(
        `${e.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 2} of ${policy.retries + 1})`,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw new ReleaseError(
    'REGISTRY',
    `${what} failed after ${policy.retries + 1} attempts: ${last?.message}`,
    {
      cause: last,
      fix: 'the registry is unavailable or rate-limiting this client; re-run the step later (publishing is idempotent and skips what is already there)',
    },
  );
}
