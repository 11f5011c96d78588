/**
 * `RegistryStore`: one repository in a registry speaking the OCI distribution API. Nothing the
 * registry says is taken on its word: a blob or manifest counts as present only when a HEAD
 * reports the digest and size we expect, every upload (201) is checked the same way, and a tag
 * moves only after the manifest it names is confirmed. Blobs are mounted from another repository
 * when asked, otherwise streamed from disk through two reused buffers (one PUT, or PATCH chunks
 * for large blobs). Every request goes through the bounded retry loop; an upload that breaks
 * halfway starts a fresh upload session.
 */
import { Authenticator } from './auth.js';
import type { Credential } from './credentials.js';
import { sha256Digest } from './digest.js';
import { RegistryError } from './errors.js';
import {
  BODY_LIMITS,
  DEFAULT_RETRY,
  send,
  throwIfTransient,
  TransientError,
  withRetry,
  type FileRange,
  type HttpResponse,
  type RetryPolicy,
} from './http.js';
import { formatReference, isLoopbackHost, type RegistryReference } from './reference.js';
import { registryError, statusError } from './registry-errors.js';
import * as S from './store.js';
import type { Descriptor } from './types.js';

/** Which registries may be spoken to over plain http (credentials included). */
export interface AllowHttp {
  /** Registries on this machine: 127.0.0.0/8, localhost, [::1] (`--insecure`). */
  loopback: boolean;
  /** Hosts (`host[:port]`) off this machine the user named explicitly (`--insecure-host`). */
  hosts: string[];
}

/** How to reach the registry. */
export interface RegistryOptions {
  /** Where plain http is allowed; the registry itself is spoken to over http when it is. */
  allowHttp?: AllowHttp;
  credential?: Credential;
  /** Missing fields take DEFAULT_RETRY's. */
  retry?: Partial<RetryPolicy>;
  /** Blobs larger than this go up in PATCH chunks of this size (default 64 MiB). */
  chunkSize?: number;
  onRetry?: (message: string) => void;
  /** Things worth a line in the log: a registry answer we did not trust, say. */
  onNotice?: (message: string) => void;
}

interface CallOptions {
  headers?: Record<string, string>;
  body?: () => Buffer | FileRange;
  scopes?: string[];
  /** Largest 2xx body accepted. */
  maxBodyBytes?: number;
}

const MANIFEST_ACCEPT = [
  S.MediaTypes.ociManifest,
  S.MediaTypes.ociIndex,
  S.MediaTypes.dockerManifest,
  S.MediaTypes.dockerList,
].join(', ');
/** Right after a push some registries have not indexed the content yet: worth a few looks. */
const NOT_YET_VISIBLE = new Set(['MANIFEST_UNKNOWN', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const VISIBILITY_LOOKS = 5;

/** What a HEAD says the registry holds, compared with what we expect. */
type Held = 'yes' | 'no' | { mismatch: string };

/** A repository in a remote registry. */
export class RegistryStore implements S.PublishStore {
  readonly location: string;
  readonly stats = S.emptyStats();
  private readonly base: string;
  private readonly origin: string;
  private readonly auth: Authenticator;
  private readonly chunkSize: number;
  private readonly policy: RetryPolicy;
  private readonly allowHttp: AllowHttp;

  constructor(
    readonly ref: RegistryReference,
    private readonly options: RegistryOptions = {},
  ) {
    this.location = `${ref.registry}/${ref.repository}`;
    this.allowHttp = {
      loopback: options.allowHttp?.loopback ?? false,
      hosts: (options.allowHttp?.hosts ?? []).map((h) => h.toLowerCase()),
    };
    const plain = this.httpAllowed(ref.registry);
    this.base = `${plain ? 'http' : 'https'}://${ref.registry}/v2/${ref.repository}`;
    this.origin = new URL(this.base).origin;
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.auth = new Authenticator(
      ref.registry,
      options.credential,
      this.policy,
      (url) => url.protocol === 'https:' || this.httpAllowed(url.host),
    );
    this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
  }

  /** True when the user allowed plain http to `host` (`host[:port]`). */
  private httpAllowed(host: string): boolean {
    const h = host.toLowerCase();
    return (this.allowHttp.loopback && isLoopbackHost(h)) || this.allowHttp.hosts.includes(h);
  }

  referenceFor(digest: string): string {
    return formatReference(this.ref, { digest });
  }

  /** False when the repository does not exist yet (a first push creates it). */
  async repositoryExists(): Promise<boolean> {
    const res = await this.retrying('list tags', () =>
      this.call('GET', `${this.base}/tags/list?n=1`, {
        scopes: [this.scope('pull')],
        maxBodyBytes: BODY_LIMITS.list,
      }),
    );
    if (res.status === 404) return false;
    if (res.status === 401 || res.status === 403) return true; // push access is checked where it matters
    return res.status === 200;
  }

  async hasBlob(digest: string, size?: number): Promise<boolean> {
    return this.trusted(await this.held('blobs', digest, size), 'blob', digest);
  }

  async hasManifest(digest: string, size?: number): Promise<boolean> {
    return this.trusted(await this.held('manifests', digest, size), 'manifest', digest);
  }

  async pushBlob(data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const buf = Buffer.from(data);
    const digest = sha256Digest(buf);
    const descriptor = { mediaType, digest, size: buf.length };
    if (await this.hasBlob(digest, buf.length)) {
      this.stats.skipped++;
      return descriptor;
    }
    await this.upload(digest, buf.length, (start, end) => buf.subarray(start, end));
    return descriptor;
  }

  async pushBlobFile(blob: S.FileBlob, mountFrom?: string): Promise<Descriptor> {
    const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
    if (await this.hasBlob(blob.digest, blob.size)) {
      this.stats.skipped++;
      return descriptor;
    }
    if (
      mountFrom &&
      mountFrom !== this.ref.repository &&
      (await this.mount(blob.digest, blob.size, mountFrom))
    )
      return descriptor;
    await this.upload(blob.digest, blob.size, (start, end) =>
      end > start ? { path: blob.path, start, end } : Buffer.alloc(0),
    );
    return descriptor;
  }

  /**
   * Puts a manifest by digest and confirms the registry holds exactly it before returning (and
   * before `tag`, when given, is moved onto it).
   */
  async pushManifest(data: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    const buf = Buffer.from(data);
    const digest = sha256Digest(buf);
    const res = await this.putManifest(buf, mediaType, digest);
    await this.confirm('manifests', digest, buf.length);
    if (tag) await this.tagManifest(buf, mediaType, tag);
    const { subject, descriptor } = S.referrerOf(buf, mediaType, digest);
    // A registry with the referrers API says so with OCI-Subject; otherwise keep the tag index.
    if (subject && !res.headers['oci-subject']) {
      const existing = await S.readFallbackIndex(this, subject);
      const next = S.fallbackIndexWith(existing, descriptor);
      if (next)
        await this.putManifest(Buffer.from(next), S.MediaTypes.ociIndex, S.fallbackTag(subject));
    }
    return { mediaType, digest, size: buf.length };
  }

  /**
   * Points `tag` at a manifest, then checks that the tag resolves to exactly that digest. A tag
   * that already resolves to it is left as it is (a re-run sends nothing).
   */
  async tagManifest(data: Uint8Array, mediaType: string, tag: string): Promise<void> {
    const buf = Buffer.from(data);
    const digest = sha256Digest(buf);
    if ((await this.tagTarget(tag)).digest === digest) return;
    await this.putManifest(buf, mediaType, tag);
    const after = await this.tagTarget(tag);
    if (after.status !== 200 || (after.digest !== undefined && after.digest !== digest)) {
      throw new RegistryError(
        `${this.location}:${tag} does not point at ${digest} after tagging (HTTP ${after.status}${after.digest ? `, digest ${after.digest}` : ''})`,
        {
          status: after.status,
          fix: 're-run the step; if it persists the registry is not storing tags as asked (or another push moved the tag at the same moment)',
        },
      );
    }
  }

  /** What `tag` resolves to now, by HEAD. */
  private async tagTarget(tag: string): Promise<{ status: number; digest?: string }> {
    const res = await this.retrying(`check tag ${tag}`, () =>
      this.call('HEAD', `${this.base}/manifests/${tag}`, {
        headers: { accept: MANIFEST_ACCEPT },
        scopes: [this.scope('pull')],
      }),
    );
    const digest = res.status === 200 ? headerValue(res, 'docker-content-digest') : undefined;
    return { status: res.status, ...(digest ? { digest } : {}) };
  }

  async getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
    const res = await this.retrying(`get manifest ${reference}`, () =>
      this.call('GET', `${this.base}/manifests/${reference}`, {
        headers: { accept: MANIFEST_ACCEPT },
        scopes: [this.scope('pull')],
        maxBodyBytes: BODY_LIMITS.manifest,
      }),
    );
    if (res.status !== 200) throw this.fail(res, `get manifest ${this.location}:${reference}`);
    const digest = sha256Digest(res.body);
    if (reference.startsWith('sha256:') && digest !== reference)
      throw integrityError(`manifest ${reference}`, digest);
    let declared: string | undefined;
    try {
      const parsed = JSON.parse(res.body.toString('utf8')) as { mediaType?: unknown };
      if (typeof parsed.mediaType === 'string') declared = parsed.mediaType;
    } catch (e) {
      throw new RegistryError(`${this.location}:${reference} is not a JSON manifest`, {
        cause: e,
        fix: 'check that --to names an OCI registry; the answer was not a manifest',
      });
    }
    const mediaType =
      declared ?? String(res.headers['content-type'] ?? S.MediaTypes.ociManifest).split(';')[0]!;
    return { descriptor: { mediaType, digest, size: res.body.length }, bytes: res.body };
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    const res = await this.retrying(`get blob ${digest}`, () =>
      this.call('GET', `${this.base}/blobs/${digest}`, {
        scopes: [this.scope('pull')],
        maxBodyBytes: BODY_LIMITS.blob,
      }),
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
        maxBodyBytes: BODY_LIMITS.manifest,
      }),
    );
    const isIndex = String(res.headers['content-type'] ?? '').startsWith(S.MediaTypes.ociIndex);
    if (res.status === 200 && isIndex) {
      const index = S.parseJson<{ manifests?: Descriptor[] }>(res.body, `referrers of ${digest}`);
      return S.filterByType(Array.isArray(index.manifests) ? index.manifests : [], artifactType);
    }
    if (res.status !== 404 && res.status !== 200) throw this.fail(res, 'list referrers');
    return S.filterByType(await S.readFallbackIndex(this, digest), artifactType);
  }

  private scope(actions: string, repository = this.ref.repository): string {
    return `repository:${repository}:${actions}`;
  }

  /** HEAD of a blob or manifest, compared with the digest (and size, when known) we expect. */
  private async held(kind: 'blobs' | 'manifests', digest: string, size?: number): Promise<Held> {
    const headers = kind === 'manifests' ? { accept: MANIFEST_ACCEPT } : undefined;
    const what = `check ${kind === 'blobs' ? 'blob' : 'manifest'} ${digest}`;
    const res = await this.retrying(what, () =>
      this.call('HEAD', `${this.base}/${kind}/${digest}`, {
        headers,
        scopes: [this.scope('pull,push')],
      }),
    );
    if (res.status === 404) return 'no';
    if (res.status !== 200) throw this.fail(res, what);
    const reportedDigest = headerValue(res, 'docker-content-digest');
    if (reportedDigest !== undefined && reportedDigest !== digest)
      return { mismatch: `digest ${reportedDigest}` };
    const length = Number(headerValue(res, 'content-length'));
    if (size !== undefined && Number.isFinite(length) && length !== size)
      return { mismatch: `${length} bytes instead of ${size}` };
    return 'yes';
  }

  private trusted(held: Held, what: string, digest: string): boolean {
    if (held === 'yes') return true;
    if (held === 'no') return false;
    this.options.onNotice?.(
      `${this.location} says it has ${what} ${digest} but reports ${held.mismatch}; not trusting it, sending it again`,
    );
    return false;
  }

  /**
   * After a 201: the registry must now report exactly this content. A registry that indexes a
   * moment late gets a few looks; one that reports other content fails, and no tag moves.
   */
  private async confirm(kind: 'blobs' | 'manifests', digest: string, size: number): Promise<void> {
    let held: Held = 'no';
    for (let look = 0; look < VISIBILITY_LOOKS; look++) {
      if (look > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** look));
      held = await this.held(kind, digest, size);
      if (held !== 'no') break;
    }
    if (held === 'yes') return;
    const what = kind === 'blobs' ? 'blob' : 'manifest';
    throw new RegistryError(
      held === 'no'
        ? `${this.location} accepted ${what} ${digest} but does not show it; no tag was moved`
        : `${this.location} accepted ${what} ${digest} but reports ${held.mismatch}; no tag was moved`,
      {
        status: held === 'no' ? 404 : 200,
        fix: 're-run the step; if it persists the registry (or a proxy in front of it) is not storing what it is sent',
      },
    );
  }

  private async mount(digest: string, size: number, from: string): Promise<boolean> {
    const url = `${this.base}/blobs/uploads/?mount=${digest}&from=${encodeURIComponent(from)}`;
    const scopes = [this.scope('pull,push'), this.scope('pull', from)];
    const res = await this.retrying('mount blob', () =>
      this.call('POST', url, { scopes, headers: { 'content-length': '0' } }),
    );
    if (res.status === 201) {
      await this.confirm('blobs', digest, size);
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
    slice: (start: number, end: number) => Buffer | FileRange,
  ): Promise<void> {
    const scopes = [this.scope('pull,push')];
    // The loop's deadline grows with the blob, at the same 1 MiB/s floor as one request's.
    const extraMs = Math.ceil(size / (1024 * 1024)) * 1000;
    await withRetry(
      `upload of ${digest} to ${this.location}`,
      this.policy,
      async () => {
        const startUrl = `${this.base}/blobs/uploads/`;
        const start = await this.call('POST', startUrl, {
          scopes,
          headers: { 'content-length': '0' },
        });
        if (start.status !== 202) throw this.fail(start, 'start blob upload');
        let location = resolveLocation(start, startUrl, this.location);
        if (size > this.chunkSize) {
          for (let offset = 0; offset < size; offset += this.chunkSize) {
            const end = Math.min(size, offset + this.chunkSize);
            const headers = {
              'content-type': 'application/octet-stream',
              'content-range': `${offset}-${end - 1}`,
            };
            const res = await this.call('PATCH', location, {
              scopes,
              headers,
              body: () => slice(offset, end),
            });
            if (res.status !== 202) throw this.fail(res, 'upload blob chunk');
            location = resolveLocation(res, location, this.location);
          }
        }
        const whole = size <= this.chunkSize;
        const res = await this.call('PUT', withQuery(location, 'digest', digest), {
          scopes,
          headers: { 'content-type': 'application/octet-stream' },
          body: () => (whole ? slice(0, size) : Buffer.alloc(0)),
        });
        if (res.status !== 201) throw this.fail(res, 'finish blob upload');
      },
      this.options.onRetry,
      extraMs,
    );
    await this.confirm('blobs', digest, size);
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
    return withRetry(what, this.policy, fn, this.options.onRetry);
  }

  /**
   * Sends with auth (answering one 401 challenge) and follows redirects; 429/5xx throw transient
   * errors. The Authorization header goes only to the registry's own origin (same scheme, host
   * and port), so a redirect can never carry it elsewhere or down to plain http.
   */
  private async call(
    method: string,
    url: string,
    options: CallOptions = {},
  ): Promise<HttpResponse> {
    const scopes = options.scopes ?? [this.scope('pull')];
    let target = url;
    for (let hop = 0; hop < 6; hop++) {
      const own = new URL(target).origin === this.origin;
      const authorization = own ? this.auth.header(scopes) : undefined;
      const headers = { ...options.headers, ...(authorization ? { authorization } : {}) };
      const res = throwIfTransient(
        await send(
          {
            method,
            url: target,
            headers,
            ...(options.body ? { body: options.body } : {}),
            ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
          },
          this.policy,
        ),
        `${method} ${new URL(target).pathname}`,
      );
      if (
        res.status === 401 &&
        own &&
        (await this.auth.answer(headerValue(res, 'www-authenticate'), scopes))
      )
        continue;
      if (
        (method === 'GET' || method === 'HEAD') &&
        [301, 302, 303, 307, 308].includes(res.status) &&
        res.headers.location
      ) {
        target = new URL(headerValue(res, 'location')!, target).toString();
        continue;
      }
      return res;
    }
    throw new RegistryError(
      `${method} ${new URL(url).pathname}: too many redirects or authentication rounds`,
      { fix: 'check the registry address; the registry keeps redirecting or re-challenging' },
    );
  }

  private fail(res: HttpResponse, what: string): RegistryError {
    return statusError(res, what, {
      registry: this.ref.registry,
      repository: this.ref.repository,
      credential: this.options.credential,
    });
  }
}

/**
 * The next upload URL: the `Location` header resolved (RFC 3986, section 5) against the URL of
 * the request that returned it.
 */
export function resolveLocation(res: HttpResponse, requestUrl: string, where: string): string {
  const location = headerValue(res, 'location');
  if (!location)
    throw new RegistryError(`${where}: upload response without a Location header`, {
      status: res.status,
      fix: 'the registry does not follow the OCI distribution API; check the address',
    });
  let resolved: URL;
  try {
    resolved = new URL(location, requestUrl);
  } catch (e) {
    throw new RegistryError(`${where}: upload response with an unusable Location header`, {
      cause: e,
      status: res.status,
      fix: 'the registry does not follow the OCI distribution API; check the address',
    });
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')
    throw new RegistryError(`${where}: upload Location is not an http(s) URL`, {
      status: res.status,
      fix: 'the registry does not follow the OCI distribution API; check the address',
    });
  return resolved.toString();
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

function integrityError(what: string, actual: string): RegistryError {
  return new RegistryError(`${what} came back with digest ${actual}`, {
    fix: 'the registry (or a proxy in between) altered the content; do not trust this registry response',
  });
}
