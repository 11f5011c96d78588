/**
 * Downloads the way Samuel's Go client makes them: through `HTTPS_PROXY`/`HTTP_PROXY` unless
 * `NO_PROXY` says otherwise, trusting the system roots plus the certificates in
 * `NODE_EXTRA_CA_CERTS` and `SSL_CERT_FILE` (read here, since Node reads the first only at
 * start-up and in-process callers pass their own environment). Bodies are bounded, transient
 * failures (connection errors, 5xx, 429) are retried, and a 404 is an answer, not an error.
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { IoError, NetworkError } from '../errors.js';
import { formatBytes, isMissingFile, readRegularFile } from '../util/files.js';
import { isTransientStatus } from '../oci/http.js';

export interface Downloader {
  /** The body, or undefined on 404 (file://: a missing file). */
  get(url: string, limit: { maxBytes: number; what: string }): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

export interface DownloaderOptions {
  env?: NodeJS.ProcessEnv;
  /** Attempts per request for transient failures (default 3). */
  attempts?: number;
  /** First back-off in ms, doubled per attempt (default 250). */
  backoffMs?: number;
}

function envValue(env: NodeJS.ProcessEnv, name: string): string {
  return env[name] ?? env[name.toLowerCase()] ?? '';
}

/** The system roots plus the PEM files named by NODE_EXTRA_CA_CERTS and SSL_CERT_FILE. */
export function trustedCertificates(env: NodeJS.ProcessEnv): string[] {
  const ca = [...rootCertificates];
  for (const name of ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE']) {
    const file = env[name];
    if (!file) continue;
    try {
      ca.push(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new IoError(`${name}=${file}: cannot read the certificate file`, {
        cause: e,
        fix: `point ${name} at a readable PEM file, or unset it`,
      });
    }
  }
  return ca;
}

/** Cuts a URL to what is safe to show: no credentials, no query. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

/** One attempt, headers and body, at most this long (the same bound as a registry operation). */
const DOWNLOAD_TIMEOUT_MS = 120_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A downloader for http(s) and file:// URLs. */
export function createDownloader(options: DownloaderOptions = {}): Downloader {
  const env = options.env ?? process.env;
  const attempts = Math.max(1, options.attempts ?? 3);
  const backoff = options.backoffMs ?? 250;
  let agent: EnvHttpProxyAgent | undefined;
  const dispatcher = (): EnvHttpProxyAgent => {
    if (!agent) {
      const ca = trustedCertificates(env);
      agent = new EnvHttpProxyAgent({
        httpProxy: envValue(env, 'HTTP_PROXY'),
        httpsProxy: envValue(env, 'HTTPS_PROXY'),
        noProxy: envValue(env, 'NO_PROXY'),
        connect: { ca },
        requestTls: { ca },
        proxyTls: { ca },
      });
    }
    return agent;
  };

  async function once(url: string, maxBytes: number, what: string): Promise<Buffer | undefined> {
    const res = await fetch(url, {
      dispatcher: dispatcher(),
      redirect: 'follow',
      headers: { 'user-agent': 'samuel-plugin-release' },
      // A server that stops answering fails the attempt instead of holding it for minutes.
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new HttpStatusError(res.status, url);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new IoError(
        `${displayUrl(url)}: the ${what} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`,
        { fix: `a ${what} larger than ${formatBytes(maxBytes)} is not accepted` },
      );
    }
    const chunks: Buffer[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          throw new IoError(
            `${displayUrl(url)}: the ${what} is over the ${formatBytes(maxBytes)} limit`,
            {
              fix: `a ${what} larger than ${formatBytes(maxBytes)} is not accepted`,
            },
          );
        }
        chunks.push(Buffer.from(chunk));
      }
    }
    return Buffer.concat(chunks);
  }

  return {
    async get(url, { maxBytes, what }) {
      if (url.startsWith('file://')) {
        const path = fileURLToPath(url);
        try {
          return await readRegularFile(path, { maxBytes, what });
        } catch (e) {
          if (isMissingFile(e)) return undefined;
          throw e;
        }
      }
      let last: unknown;
      let tries = 0;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        tries = attempt;
        try {
          return await once(url, maxBytes, what);
        } catch (e) {
          last = e;
          const transient =
            (e instanceof HttpStatusError && isTransientStatus(e.status)) ||
            !(e instanceof HttpStatusError || e instanceof IoError);
          if (!transient || attempt === attempts) break;
          await sleep(backoff * 2 ** (attempt - 1));
        }
      }
      if (last instanceof IoError) throw last;
      if (last instanceof HttpStatusError) {
        throw new NetworkError(
          `${displayUrl(url)} answered HTTP ${last.status}${tries > 1 ? ` (after ${tries} attempts)` : ''}`,
          {
            cause: last,
            fix: 'try again later; if it persists, check the URL and any proxy in between',
          },
        );
      }
      const detail = last instanceof Error ? causeText(last) : String(last);
      throw new NetworkError(`cannot download ${displayUrl(url)}: ${detail}`, {
        cause: last,
        fix: 'check the network, HTTPS_PROXY/NO_PROXY, and NODE_EXTRA_CA_CERTS for a corporate CA',
      });
    },
    async close() {
      await agent?.close();
    },
  };
}

function causeText(e: Error): string {
  const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e.message}${cause}`;
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`HTTP ${status} from ${displayUrl(url)}`);
  }
}
