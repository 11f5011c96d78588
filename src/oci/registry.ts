/**
 * `RegistryStore`: one repository in a registry speaking the OCI distribution API. Blobs are
 * checked with HEAD and skipped when present, mounted from another repository when asked,
 * otherwise streamed from disk (one PUT, or PATCH chunks for large blobs). Every request goes
 * through the retry loop; an upload that breaks halfway starts a fresh upload session.
 */
import { createReadStream } from 'node:fs';
import { ReleaseError } from '../errors.js';
import { Authenticator } from './auth.js';
import type { Credential } from './credentials.js';
import { sha256Digest } from './digest.js';
import {
  send,
  throwIfTransient,
  TransientError,
  withRetry,
  type HttpResponse,
  type RetryPolicy,
} from './http.js';
import { formatReference, type RegistryReference } from './reference.js';
import { registryError, statusError } from './registry-errors.js';
import * as S from './store.js';
import type { Descriptor } from './types.js';

/** How to reach the registry. */
export interface RegistryOptions {
  /** Plain http instead of https (a local test registry). */
  insecure?: boolean;
  credential?: Credential;
  retry: RetryPolicy;
  /** Blobs larger than this go up in PATCH chunks of this size (default 64 MiB). */
  chunkSize?: number;
  onSecret?: (value: string) => void;
  onRetry?: (message: string) => void;
}

interface CallOptions {
  headers?: Record<string, string>;
  body?: () => Buffer | NodeJS.ReadableStream;
  scopes?: string[];
}

const MANIFEST_ACCEPT = [
  S.MediaTypes.ociManifest,
  S.MediaTypes.ociIndex,
  S.MediaTypes.dockerManifest,
  S.MediaTypes.dockerList,
].join(', ');
/** Right after a push some registries have not indexed the children yet: worth a few retries. */
const NOT_YET_VISIBLE = new Set(['MANIFEST_UNKNOWN', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);

/** A repository in a remote registry. */
export class RegistryStore implements S.PublishStore {
  readonly location: string;
  readonly stats = S.emptyStats();
  private readonly base: string;
  private readonly auth: Authenticator;
  private readonly chunkSize: number;

  constructor(
    readonly ref: RegistryReference,
    private readonly options: RegistryOptions,
  ) {
    this.location = `${ref.registry}/${ref.repository}`;
    this.base = `${options.insecure ? 'http' : 'https'}://${ref.registry}/v2/${ref.repository}`;
    this.auth = new Authenticator(
      ref.registry,
      options.credential,
      options.retry,
      options.onSecret,
    );
    this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
  }

  referenceFor(digest: string): string {
    return formatReference(this.ref, { digest });
  }

  /** False when the repository does not exist yet (a first push creates it). */
  async repositoryExists(): Promise<boolean> {
    const res = await this.retrying('list tags', () =>
      this.call('GET', `${this.base}/tags/list?n=1`, { scopes: [this.scope('pull')] }),
    );
    if (res.status === 404) return false;
    if (res.status === 401 || res.status === 403) return true; // push access is checked where it matters
    return res.status === 200;
  }

  async hasBlob(digest: string): Promise<boolean> {
    return this.exists(`${this.base}/blobs/${digest}`, 'check blob');
  }

  async hasManifest(digest: string): Promise<boolean> {
    return this.exists(`${this.base}/manifests/${digest}`, 'check manifest', {
      accept: MANIFEST_ACCEPT,
    });
  }

  async pushBlob(data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const buf = Buffer.from(data);
    const digest = sha256Digest(buf);
    if (await this.hasBlob(digest)) {
      this.stats.skipped++;
      return { mediaType, digest, size: buf.length };
    }
    await this.upload(digest, buf.length, (start, end) => buf.subarray(start, end));
    return { mediaType, digest, size: buf.length };
  }

  async pushBlobFile(blob: S.FileBlob, mountFrom?: string): Promise<Descriptor> {
    const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
    if (await this.hasBlob(blob.digest)) {
      this.stats.skipped++;
      return descriptor;
    }
    if (
      mountFrom &&
      mountFrom !== this.ref.repository &&
      (await this.mount(blob.digest, mountFrom))
    )
      return descriptor;
    await this.upload(blob.digest, blob.size, (start, end) =>
      end > start
        ? createReadStream(blob.path, { start, end: end - 1, highWaterMark: 1 << 20 })
        : Buffer.alloc(0),
    );
    return descriptor;
  }

  async pushManifest(data: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    const buf = Buffer.from(data);
    const digest = sha256Digest(buf);
    const res = await this.putManifest(buf, mediaType, digest);
    if (tag) await this.tagManifest(buf, mediaType, tag);
    const { subject, descriptor } = S.referrerOf(buf, mediaType, digest);
    // A registry with the referrers API says so with OCI-Subject; otherwise keep the tag index.
    if (subject && !res.headers['oci-subject']) {
      const existing = await S.readFallbackIndex(this, subject, isNotFound);
      const next = S.fallbackIndexWith(existing, descriptor);
      if (next)
        await this.putManifest(Buffer.from(next), S.MediaTypes.ociIndex, S.fallbackTag(subject));
    }
    return { mediaType, digest, size: buf.length };
  }

  async tagManifest(data: Uint8Array, mediaType: string, tag: string): Promise<void> {
    await this.putManifest(Buffer.from(data), mediaType, tag);
  }

  async getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
    const res = await this.retrying(`get manifest ${reference}`, () =>
      this.call('GET', `${this.base}/manifests/${reference}`, {
        headers: { accept: MANIFEST_ACCEPT },
        scopes: [this.scope('pull')],
      }),
    );
    if (res.status !== 200) throw this.fail(res, `get manifest ${this.location}:${reference}`);
    const digest = sha256Digest(res.body);
    if (reference.startsWith('sha256:') && digest !== reference)
      throw integrityError(`manifest ${reference}`, digest);
    const declared = (JSON.parse(res.body.toString('utf8')) as { mediaType?: string }).mediaType;
    const mediaType =
      declared ?? String(res.headers['content-type'] ?? S.MediaTypes.ociManifest).split(';')[0]!;
    return { descriptor: { mediaType, digest, size: res.body.length }, bytes: res.body };
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    const res = await this.retrying(`get blob ${digest}`, () =>
      this.call('GET', `${this.base}/blobs/${digest}`, { scopes: [this.scope('pull')] }),
    );
    if (res.status !== 200) throw this.fail(res, `get blob ${digest}`);
    const actual = sha256Digest(res.body);
    if (actual !== digest) throw integrityError(`blob ${digest}`, actual);
    return res.body;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const res = await this.retrying('list referrers', () =>
      this.call('GET', `${this.base}/referrers/${digest}${query}`, {
        headers: { accept: S.MediaTypes.ociIndex },
        scopes: [this.scope('pull')],
      }),
    );
    const isIndex = String(res.headers['content-type'] ?? '').startsWith(S.MediaTypes.ociIndex);
    if (res.status === 200 && isIndex) {
      const index = JSON.parse(res.body.toString('utf8')) as { manifests?: Descriptor[] };
      return S.filterByType(index.manifests ?? [], artifactType);
    }
    if (res.status !== 404 && res.status !== 200) throw this.fail(res, 'list referrers');
    return S.filterByType(await S.readFallbackIndex(this, digest, isNotFound), artifactType);
  }

  private scope(actions: string, repository = this.ref.repository): string {
    return `repository:${repository}:${actions}`;
  }

  private async exists(
    url: string,
    what: string,
    extra: { accept?: string } = {},
  ): Promise<boolean> {
    const headers = extra.accept ? { accept: extra.accept } : undefined;
    const res = await this.retrying(what, () =>
      this.call('HEAD', url, { headers, scopes: [this.scope('pull,push')] }),
    );
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw this.fail(res, what);
  }

  private async mount(digest: string, from: string): Promise<boolean> {
    const url = `${this.base}/blobs/uploads/?mount=${digest}&from=${encodeURIComponent(from)}`;
    const scopes = [this.scope('pull,push'), this.scope('pull', from)];
    const res = await this.retrying('mount blob', () =>
      this.call('POST', url, { scopes, headers: { 'content-length': '0' } }),
    );
    if (res.status === 201) {
      this.stats.mounted++;
      return true;
    }
    // 202 means the registry opened an ordinary upload instead; we start our own below.
    return false;
  }

  /** One upload session; any failure inside it restarts the whole session. */
  private async upload(
    digest: string,
    size: number,
    slice: (start: number, end: number) => Buffer | NodeJS.ReadableStream,
  ): Promise<void> {
    const scopes = [this.scope('pull,push')];
    await withRetry(
      `upload of ${digest} to ${this.location}`,
      this.options.retry,
      async () => {
        const start = await this.call('POST', `${this.base}/blobs/uploads/`, {
          scopes,
          headers: { 'content-length': '0' },
        });
        if (start.status !== 202) throw this.fail(start, 'start blob upload');
        let location = this.resolve(start);
        if (size > this.chunkSize) {
          for (let offset = 0; offset < size; offset += this.chunkSize) {
            const end = Math.min(size, offset + this.chunkSize);
            const headers = {
              'content-type': 'application/octet-stream',
              'content-length': String(end - offset),
              'content-range': `${offset}-${end - 1}`,
            };
            const res = await this.call('PATCH', location, {
              scopes,
              headers,
              body: () => slice(offset, end),
            });
            if (res.status !== 202) throw this.fail(res, 'upload blob chunk');
            location = this.resolve(res);
          }
        }
        const whole = size <= this.chunkSize;
        const headers = {
          'content-type': 'application/octet-stream',
          'content-length': String(whole ? size : 0),
        };
        const res = await this.call('PUT', withQuery(location, 'digest', digest), {
          scopes,
          headers,
          body: () => (whole ? slice(0, size) : Buffer.alloc(0)),
        });
        if (res.status !== 201) throw this.fail(res, 'finish blob upload');
      },
      this.options.onRetry,
    );
    this.stats.uploaded++;
    this.stats.uploadedBytes += size;
  }

  private async putManifest(
    buf: Buffer,
    mediaType: string,
    reference: string,
  ): Promise<HttpResponse> {
    return this.retrying(`push manifest ${this.location}:${reference}`, async (attempt) => {
      const res = await this.call('PUT', `${this.base}/manifests/${reference}`, {
        scopes: [this.scope('pull,push')],
        headers: { 'content-type': mediaType },
        body: () => buf,
      });
      if (res.status === 201 || res.status === 200) return res;
      const { code } = registryError(res);
      if (code && NOT_YET_VISIBLE.has(code) && attempt < 3)
        throw new TransientError(`push manifest: ${code}`);
      throw this.fail(res, `push manifest ${this.location}:${reference}`);
    });
  }

  private retrying<T>(what: string, fn: (attempt: number) => Promise<T>): Promise<T> {
    return withRetry(what, this.options.retry, fn, this.options.onRetry);
  }

  /** Sends with auth (answering one 401 challenge) and follows redirects; 429/5xx throw transient errors. */
  private async call(
    method: string,
    url: string,
    options: CallOptions = {},
  ): Promise<HttpResponse> {
    const scopes = options.scopes ?? [this.scope('pull')];
    let target = url;
    for (let hop = 0; hop < 6; hop++) {
      const sameHost = new URL(target).host === new URL(this.base).host;
      const authorization = sameHost ? this.auth.header(scopes) : undefined;
      const headers = { ...options.headers, ...(authorization ? { authorization } : {}) };
      const body = options.body as (() => Buffer | import('node:stream').Readable) | undefined;
      const res = throwIfTransient(
        await send({ method, url: target, headers, body }, this.options.retry.idleTimeoutMs),
        `${method} ${new URL(target).pathname}`,
      );
      if (
        res.status === 401 &&
        sameHost &&
        (await this.auth.answer(headerValue(res, 'www-authenticate'), scopes))
      )
        continue;
      if (
        (method === 'GET' || method === 'HEAD') &&
        [301, 302, 303, 307, 308].includes(res.status) &&
        res.headers.location
      ) {
        target = new URL(res.headers.location, target).toString();
        continue;
      }
      return res;
    }
    throw new ReleaseError(
      'REGISTRY',
      `${method} ${url}: too many redirects or authentication rounds`,
      {
        fix: 'check the registry address; the registry keeps redirecting or re-challenging',
      },
    );
  }

  private resolve(res: HttpResponse): string {
    const location = headerValue(res, 'location');
    if (!location)
      throw new ReleaseError(
        'REGISTRY',
        `${this.location}: upload response without a Location header`,
        { fix: 'the registry does not follow the OCI distribution API; check the address' },
      );
    return new URL(location, this.base).toString();
  }

  private fail(res: HttpResponse, what: string): ReleaseError {
    return statusError(res, what, {
      registry: this.ref.registry,
      repository: this.ref.repository,
      credential: this.options.credential,
    });
  }
}

/** True for a "not found" registry error (missing tag or manifest). */
export function isNotFound(e: unknown): boolean {
  return e instanceof ReleaseError && /HTTP 404/.test(e.message);
}

function headerValue(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function withQuery(url: string, key: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(key, value);
  return u.toString();
}

function integrityError(what: string, actual: string): ReleaseError {
  return new ReleaseError('REGISTRY', `${what} came back with digest ${actual}`, {
    fix: 'the registry (or a proxy in between) altered the content; do not trust this registry response',
  });
}
