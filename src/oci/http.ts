/**
 * The HTTP layer under the registry client: one request over node:http/https, and a retry loop
 * with exponential backoff that honours `Retry-After`. Everything is bounded:
 *
 * - time: an idle timeout per request (nothing sent or received), a total deadline per request
 *   (headers and body, so a body trickling one byte every few seconds still ends), and a total
 *   deadline per retry loop that nested loops (a token fetch inside a blob check) share;
 * - memory: response bodies are read only up to a limit chosen by kind (manifest, tag list,
 *   token, error text), and request bodies stream from files through two reused buffers.
 *
 * node:http rather than fetch because we need exact control of streamed request bodies, socket
 * idle timeouts and connection resets.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type https from 'node:https';
import { open } from 'node:fs/promises';
import { NetworkError } from '../errors.js';
import { formatBytes } from '../util/files.js';
import { RegistryError } from './errors.js';
import { isLoopbackHost } from './reference.js';

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
  /**
   * Total time one request may take, headers and body. Requests that send a body get one more
   * second per MiB of it on top (a floor of 1 MiB/s), so a large layer is not cut off.
   */
  requestTimeoutMs: number;
  /**
   * Total time one retry loop may take, attempts and waits together. A loop started inside
   * another (a token fetch inside a blob check) ends no later than the outer one.
   */
  totalTimeoutMs: number;
}

/** Defaults that ride out GHCR's rate limits and short outages: at most two minutes per operation. */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 7,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  idleTimeoutMs: 30_000,
  requestTimeoutMs: 60_000,
  totalTimeoutMs: 120_000,
};

/** A server asking for a longer pause than this gets this long (then we try again). */
const MAX_RETRY_AFTER_MS = 60_000;

/** Largest response bodies read, by kind; anything larger is refused (errors are cut instead). */
export const BODY_LIMITS = {
  /** Image manifests and indexes (the OCI distribution spec asks registries to accept 4 MiB). */
  manifest: 4 * 1024 * 1024,
  /** Small blobs read whole: configs, signature and attestation bundles. */
  blob: 16 * 1024 * 1024,
  /** `tags/list` and `referrers` answers. */
  list: 1024 * 1024,
  /** Token endpoint answers. */
  token: 64 * 1024,
  /** Error bodies and anything else we only read for a message; longer ones are cut. */
  error: 64 * 1024,
} as const;

/** A request body streamed from part of a file, through reused buffers. */
export interface FileRange {
  path: string;
  start: number;
  /** Exclusive end. */
  end: number;
}

/** One request. `body` is a factory so a retried request gets a fresh body. */
export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: () => Buffer | FileRange;
  /** Largest 2xx body accepted (default BODY_LIMITS.error); larger ones fail the request. */
  maxBodyBytes?: number;
}

/** A response with its body read into memory (bounded by the request's limit). */
export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Bytes of an error body that were not read (non-2xx bodies are cut, not refused). */
  cut?: number;
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

const httpAgent = new http.Agent({ keepAlive: true });
/**
 * node:https (and the TLS stack under it) is loaded only for an https registry: a registry on
 * this machine over plain http does not pay its memory (about 9 MiB on Node 24).
 */
let tls: Promise<{ lib: typeof https; agent: https.Agent }> | undefined;
function loadHttps(): Promise<{ lib: typeof https; agent: https.Agent }> {
  tls ??= import('node:https').then((m) => ({
    lib: m.default,
    agent: new m.default.Agent({ keepAlive: true }),
  }));
  return tls;
}

/** The deadline of the innermost retry loop running in this async context. */
const loopDeadline = new AsyncLocalStorage<number>();

/** Milliseconds left before the current retry loop's deadline (Infinity outside any loop). */
export function remainingMs(): number {
  const at = loopDeadline.getStore();
  return at === undefined ? Infinity : at - Date.now();
}

const PROTOCOL_ERRORS = new Set([
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HPE_INVALID_CONSTANT',
  'HPE_INVALID_HEADER_TOKEN',
  'HPE_INVALID_VERSION',
]);

function isProtocolError(err: NodeJS.ErrnoException): boolean {
  return PROTOCOL_ERRORS.has(err.code ?? '') || /ssl|tls|cert/i.test(err.code ?? '');
}

/** The fix for a protocol failure: plain http where TLS was expected, an old TLS, a certificate. */
function protocolFix(url: URL, err: NodeJS.ErrnoException): string {
  if (url.protocol !== 'https:') return 'check the registry address: it does not speak plain http';
  const text = `${err.code ?? ''} ${err.message}`;
  const local = isLoopbackHost(url.host);
  if (
    /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|wrong version number|packet length too long/i.test(
      text,
    )
  )
    return local
      ? 'this registry on your machine speaks plain http: add --insecure'
      : `${url.host} speaks plain http: if it is on a network you trust, add --insecure-host ${url.host}; otherwise check the address`;
  if (/protocol version|unsupported protocol|no protocols available/i.test(text))
    return `${url.host} offers only TLS versions older than 1.2, which are refused: update the registry's TLS configuration`;
  return `fix the registry's TLS (a current certificate for ${url.hostname}), or trust its CA with NODE_EXTRA_CA_CERTS`;
}

/** Two reused buffers per streaming upload, shared between uploads through a free list. */
const BUFFER_SIZE = 256 * 1024;
const freeBuffers: Buffer[] = [];
function takeBuffer(): Buffer {
  return freeBuffers.pop() ?? Buffer.allocUnsafeSlow(BUFFER_SIZE);
}
function giveBuffer(b: Buffer): void {
  if (freeBuffers.length < 16) freeBuffers.push(b);
}

/**
 * Streams `range` of a file into `req` with two buffers: one is being read while the other is
 * on its way to the socket, and a buffer is read into again only once the socket has taken it.
 * Memory stays at two buffers per upload whatever the size, and nothing waits for the GC.
 */
async function pumpFile(range: FileRange, req: http.ClientRequest): Promise<void> {
  const handle = await open(range.path, 'r');
  const buffers = [takeBuffer(), takeBuffer()];
  const inFlight: (Promise<void> | undefined)[] = [undefined, undefined];
  try {
    let position = range.start;
    for (let turn = 0; position < range.end; turn ^= 1) {
      if (req.destroyed) return;
      await inFlight[turn];
      const buf = buffers[turn]!;
      const want = Math.min(buf.length, range.end - position);
      const { bytesRead } = await handle.read(buf, 0, want, position);
      if (bytesRead === 0) throw new Error(`${range.path} ended early (changed while uploading?)`);
      position += bytesRead;
      inFlight[turn] = new Promise<void>((resolve, reject) =>
        req.write(buf.subarray(0, bytesRead), (e) => (e ? reject(e) : resolve())),
      );
    }
    await Promise.all(inFlight);
    req.end();
  } finally {
    // Buffers go back only once the socket is done with them (or the request is gone).
    await Promise.allSettled(inFlight);
    for (const b of buffers) giveBuffer(b);
    await handle.close();
  }
}

/**
 * Sends one request and reads the response body up to its limit. Connection problems and a
 * request past its deadline become `TransientError`s; an unreachable host or a protocol
 * mismatch is a `NetworkError` at once (exit 2), since trying again cannot help.
 */
export async function send(req: HttpRequest, policy: RetryPolicy): Promise<HttpResponse> {
  const url = new URL(req.url);
  const isHttps = url.protocol === 'https:';
  const secure = isHttps ? await loadHttps() : undefined;
  return new Promise((resolve, reject) => {
    const lib = secure?.lib ?? http;
    const body = req.body?.();
    const headers: Record<string, string> = {
      'user-agent': 'samuel-plugin-release',
      ...req.headers,
    };
    const bodyBytes = Buffer.isBuffer(body) ? body.length : body ? body.end - body.start : 0;
    if (body) headers['content-length'] = String(bodyBytes);
    const what = `${req.method} ${url.host}${url.pathname}`;
    const ownLimit = policy.requestTimeoutMs + Math.ceil(bodyBytes / (1024 * 1024)) * 1000;
    const limitMs = Math.max(1, Math.min(ownLimit, remainingMs()));
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const err = e as NodeJS.ErrnoException;
      if (e instanceof RegistryError || e instanceof NetworkError) {
        reject(e);
        return;
      }
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
        // TLS against a plain-http server, a bad certificate, no common TLS version: the same
        // answer every time.
        reject(
          new NetworkError(
            `cannot talk to ${url.host} over ${url.protocol.slice(0, -1)}: ${err.code ?? err.message}`,
            { cause: e, fix: protocolFix(url, err) },
          ),
        );
        return;
      }
      reject(new TransientError(`${what}: ${err.code ?? err.message}`, undefined, { cause: e }));
    };
    const request = lib.request(
      url,
      { method: req.method, headers, agent: secure?.agent ?? httpAgent },
      (res) => {
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const max = ok ? (req.maxBodyBytes ?? BODY_LIMITS.error) : BODY_LIMITS.error;
        // A HEAD has no body: its Content-Length is the size of what it describes.
        const declared = req.method === 'HEAD' ? NaN : Number(res.headers['content-length']);
        if (ok && Number.isFinite(declared) && declared > max) {
          fail(tooLarge(what, max));
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let cut = 0;
        const finish = (): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({
            status,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ...(cut > 0 ? { cut } : {}),
          });
        };
        res.on('data', (c: Buffer) => {
          if (settled) return;
          if (size + c.length > max) {
            if (ok) {
              fail(tooLarge(what, max));
              res.destroy();
              return;
            }
            // An error body only feeds a message: keep its start, drop the rest of the connection.
            chunks.push(c.subarray(0, max - size));
            cut = Number.isFinite(declared) ? declared - max : c.length - (max - size);
            size = max;
            finish();
            res.destroy();
            return;
          }
          size += c.length;
          chunks.push(c);
        });
        res.on('error', fail);
        res.on('aborted', () => fail(new Error('response aborted')));
        res.on('end', finish);
      },
    );
    // Idle: no byte either way for a while. Deadline: the whole exchange, however it trickles.
    request.setTimeout(policy.idleTimeoutMs, () =>
      request.destroy(
        Object.assign(new Error(`no progress for ${policy.idleTimeoutMs} ms`), {
          code: 'ESTALLED',
        }),
      ),
    );
    const timer = setTimeout(
      () =>
        request.destroy(
          Object.assign(new Error(`not finished within ${Math.round(limitMs)} ms`), {
            code: 'EDEADLINE',
          }),
        ),
      limitMs,
    );
    request.on('error', fail);
    if (body === undefined) request.end();
    else if (Buffer.isBuffer(body)) request.end(body);
    else pumpFile(body, request).catch((e: unknown) => request.destroy(e as Error));
  });
}

function tooLarge(what: string, max: number): RegistryError {
  return new RegistryError(
    `${what} answered with more than ${formatBytes(max)}; refusing to read on`,
    {
      fix: 'check that --to names an OCI registry; no registry answer of this kind is that large',
    },
  );
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
 * server's `Retry-After`), within the policy's attempt count and total deadline (and within any
 * enclosing loop's deadline). When either is spent it throws a REGISTRY error that says so.
 */
export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  fn: (attempt: number) => Promise<T>,
  onRetry?: (message: string) => void,
  extraMs = 0,
): Promise<T> {
  const started = Date.now();
  const deadline = Math.min(started + policy.totalTimeoutMs + extraMs, Date.now() + remainingMs());
  return loopDeadline.run(deadline, async () => {
    let last: TransientError | undefined;
    let attempts = 0;
    for (let attempt = 0; attempt <= policy.retries; attempt++) {
      attempts = attempt + 1;
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
        if (Date.now() + delay >= deadline) break;
        onRetry?.(
          `${e.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 2} of ${policy.retries + 1})`,
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    throw new RegistryError(
      `${what} failed after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${seconds} s: ${last?.message}`,
      {
        cause: last,
        fix: 'the registry is unavailable, too slow or rate-limiting this client; re-run the step later (publishing is idempotent and skips what is already there)',
      },
    );
  });
}
