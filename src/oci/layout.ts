/**
 * `LayoutStore`: an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/…`),
 * the embedded default for local runs and the format the image build hands over.
 *
 * - Blobs are trusted by content: a blob is "present" only when its file is a regular file that
 *   hashes to its digest, so a corrupted or truncated blob is written again, never reused.
 * - Writes go to a temp name (`<name>.<random>.spr-tmp`) in the same folder (created O_EXCL|O_NOFOLLOW) and are
 *   renamed into place, so an interrupted run never leaves a truncated blob. Temp files of an
 *   interrupted run are removed when the layout is next opened, and on exit of this process.
 * - Nothing is written through a symlink: a layout whose `blobs/`, `blobs/sha256/`, `index.json`
 *   or `oci-layout` is a link is refused.
 * - Tags are `org.opencontainers.image.ref.name` annotations in `index.json`, written last.
 */
import { constants, rmSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { IoError } from '../errors.js';
import { readRegularFile } from '../util/files.js';
import { digestHex, sha256Digest } from './digest.js';
import { RegistryError } from './errors.js';
import { BODY_LIMITS } from './http.js';
import * as S from './store.js';
import type { Descriptor } from './types.js';

const REF_NAME = 'org.opencontainers.image.ref.name';
/** Temp files end with this; older ones than STALE_MS are leftovers of an interrupted run. */
const TMP_SUFFIX = '.spr-tmp';
const STALE_MS = 60_000;
const COPY_BUFFER = 256 * 1024;

interface IndexFile {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
}

/** Temp files this process is writing, removed if it exits before renaming them. */
const liveTemps = new Set<string>();
let exitHook = false;
function trackTemp(path: string): void {
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const p of liveTemps) rmSync(p, { force: true });
    });
  }
  liveTemps.add(path);
}

/** An OCI image layout directory used as a store. */
export class LayoutStore implements S.PublishStore {
  readonly location: string;
  readonly stats = S.emptyStats();
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
    this.location = `oci-layout:${this.dir}`;
  }

  referenceFor(digest: string): string {
    return `${this.location}@${digest}`;
  }

  /** Path of a blob inside the layout. */
  blobPath(digest: string): string {
    return join(this.dir, 'blobs', 'sha256', digestHex(digest));
  }

  /** True when the blob's file is a regular file whose content hashes to `digest`. */
  async hasBlob(digest: string, size?: number): Promise<boolean> {
    const path = this.blobPath(digest);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile() || (size !== undefined && info.size !== size)) return false;
    return (await hashFile(path)) === digest;
  }

  hasManifest(digest: string, size?: number): Promise<boolean> {
    return this.hasBlob(digest, size);
  }

  async pushBlob(data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const digest = sha256Digest(data);
    if (await this.storeBytes(digest, data)) {
      this.stats.uploaded++;
      this.stats.uploadedBytes += data.length;
    } else this.stats.skipped++;
    return { mediaType, digest, size: data.length };
  }

  /** Writes bytes as a blob unless present; true when written. Manifests use it uncounted. */
  private async storeBytes(digest: string, data: Uint8Array): Promise<boolean> {
    await this.init();
    if (await this.hasBlob(digest, data.length)) return false;
    await this.atomicWrite(this.blobPath(digest), async (handle) => {
      await handle.writeFile(data);
    });
    return true;
  }

  async pushBlobFile(blob: S.FileBlob): Promise<Descriptor> {
    const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
    await this.init();
    if (await this.hasBlob(blob.digest, blob.size)) {
      this.stats.skipped++;
      return descriptor;
    }
    await this.atomicWrite(this.blobPath(blob.digest), async (out) => {
      const actual = await copyHashing(blob.path, out);
      if (actual !== blob.digest) {
        throw new RegistryError(`${blob.path} has digest ${actual}, expected ${blob.digest}`, {
          fix: 'the source layout is corrupt or changed while publishing; rebuild it',
        });
      }
    });
    this.stats.uploaded++;
    this.stats.uploadedBytes += blob.size;
    return descriptor;
  }

  async pushManifest(data: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    const digest = sha256Digest(data);
    await this.storeBytes(digest, data);
    if (tag) await this.tagManifest(data, mediaType, tag);
    const { subject, descriptor } = S.referrerOf(data, mediaType, digest);
    if (subject) {
      const next = S.fallbackIndexWith(await S.readFallbackIndex(this, subject), descriptor);
      if (next) {
        await this.tagManifest(next, S.MediaTypes.ociIndex, S.fallbackTag(subject));
      }
    }
    return { mediaType, digest, size: data.length };
  }

  async tagManifest(data: Uint8Array, mediaType: string, tag: string): Promise<void> {
    const digest = sha256Digest(data);
    await this.storeBytes(digest, data);
    const index = await this.readIndex();
    const manifests = index.manifests.filter((d) => d.annotations?.[REF_NAME] !== tag);
    manifests.push({ mediaType, digest, size: data.length, annotations: { [REF_NAME]: tag } });
    await this.writeIndex({ ...index, manifests });
  }

  /**
   * Puts manifest `data` where manifest `old` was in index.json (its annotations kept) and
   * removes the old blob: how a builder's image index is rewritten in a fixed order.
   */
  async replaceManifest(old: string, data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const descriptor = { mediaType, digest: sha256Digest(data), size: data.length };
    await this.storeBytes(descriptor.digest, data);
    const index = await this.readIndex();
    const manifests = index.manifests.map((d) => (d.digest === old ? { ...d, ...descriptor } : d));
    await this.writeIndex({ ...index, manifests });
    if (descriptor.digest !== old) await rm(this.blobPath(old), { force: true });
    return descriptor;
  }

  async getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
    if (reference.startsWith('sha256:')) {
      const bytes = await this.readBlob(reference, BODY_LIMITS.manifest);
      const mediaType =
        S.parseJson<{ mediaType?: string }>(bytes, `${this.location}@${reference}`).mediaType ??
        S.MediaTypes.ociManifest;
      return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
    }
    const index = await this.readIndex();
    const descriptor = index.manifests.find((d) => d.annotations?.[REF_NAME] === reference);
    if (!descriptor) {
      throw new RegistryError(`${this.location} has no manifest tagged "${reference}"`, {
        status: 404,
        fix: 'publish to this layout first, or check the tag',
      });
    }
    const bytes = await this.readBlob(descriptor.digest, BODY_LIMITS.manifest);
    const { annotations: _annotations, ...plain } = descriptor;
    return { descriptor: plain, bytes };
  }

  getBlob(digest: string): Promise<Uint8Array> {
    return this.readBlob(digest, BODY_LIMITS.blob);
  }

  /** A blob read whole (at most `maxBytes`) and checked against its digest. */
  private async readBlob(digest: string, maxBytes: number): Promise<Buffer> {
    const path = this.blobPath(digest);
    const info = await lstat(path).catch(() => undefined);
    if (!info) {
      throw new RegistryError(`${this.location} has no blob ${digest}`, {
        status: 404,
        fix: 'publish the content to this layout first',
      });
    }
    if (!info.isFile()) {
      throw new IoError(`${path} is not a regular file`, {
        fix: 'the layout is corrupt; delete it and publish again',
      });
    }
    const bytes = await readRegularFile(path, { maxBytes, what: 'blob' });
    if (sha256Digest(bytes) !== digest) {
      throw new RegistryError(`${path} does not match its digest`, {
        fix: 'the layout is corrupt; delete it and publish again',
      });
    }
    return bytes;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    return S.filterByType(await S.readFallbackIndex(this, digest), artifactType);
  }

  private ready: Promise<void> | undefined;

  /**
   * Creates the layout skeleton when missing, refuses links, and clears stale temp files — once
   * per store: every blob written calls it, and a publish writes many.
   */
  init(): Promise<void> {
    this.ready ??= this.prepare().catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    });
    return this.ready;
  }

  private async prepare(): Promise<void> {
    // Checked before anything is created: mkdir would follow a planted link.
    for (const part of ['blobs', join('blobs', 'sha256'), 'index.json', 'oci-layout']) {
      const info = await lstat(join(this.dir, part)).catch(() => undefined);
      if (info?.isSymbolicLink()) {
        throw new IoError(
          `${join(this.dir, part)} is a symbolic link; refusing to write through it`,
          {
            fix: `remove the link or choose another layout folder than ${this.dir}`,
          },
        );
      }
    }
    await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
    await this.removeStaleTemps();
    if (!(await lstat(join(this.dir, 'oci-layout')).catch(() => undefined))) {
      await this.atomicWrite(join(this.dir, 'oci-layout'), (h) =>
        h.writeFile(JSON.stringify({ imageLayoutVersion: '1.0.0' })),
      );
    }
    if (!(await lstat(join(this.dir, 'index.json')).catch(() => undefined))) {
      await this.writeIndex({ schemaVersion: 2, mediaType: S.MediaTypes.ociIndex, manifests: [] });
    }
  }

  /** Removes temp files an interrupted run left (not touched for a minute). */
  private async removeStaleTemps(): Promise<void> {
    for (const dir of [this.dir, join(this.dir, 'blobs', 'sha256')]) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        if (!name.endsWith(TMP_SUFFIX)) continue;
        const path = join(dir, name);
        const info = await lstat(path).catch(() => undefined);
        if (info && !liveTemps.has(path) && Date.now() - info.mtimeMs > STALE_MS)
          await rm(path, { force: true });
      }
    }
  }

  /** The layout's `index.json`. */
  async readIndex(): Promise<IndexFile> {
    const path = join(this.dir, 'index.json');
    if (!(await lstat(path).catch(() => undefined)))
      return { schemaVersion: 2, mediaType: S.MediaTypes.ociIndex, manifests: [] };
    try {
      const text = await readRegularFile(path, { maxBytes: BODY_LIMITS.manifest, what: 'index' });
      const parsed = JSON.parse(text.toString('utf8')) as IndexFile;
      if (!Array.isArray(parsed.manifests)) throw new Error('no "manifests" list');
      return parsed;
    } catch (e) {
      throw new IoError(`cannot read ${path}`, {
        cause: e,
        fix: 'the folder is not a valid OCI image layout; delete it or point --to elsewhere',
      });
    }
  }

  private async writeIndex(index: IndexFile): Promise<void> {
    await this.atomicWrite(join(this.dir, 'index.json'), (h) =>
      h.writeFile(JSON.stringify(index, null, 2) + '\n'),
    );
  }

  /**
   * Writes `path` through a new temp file beside it (never following a link), then
   * renames it over `path`; on any failure the temp file is removed.
   */
  private async atomicWrite(
    path: string,
    write: (handle: import('node:fs/promises').FileHandle) => Promise<void>,
  ): Promise<void> {
    const tmp = `${path}.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`;
    trackTemp(tmp);
    try {
      const handle = await open(
        tmp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o644,
      );
      try {
        await write(handle);
      } finally {
        await handle.close();
      }
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      if (e instanceof RegistryError || e instanceof IoError) throw e;
      throw new IoError(`cannot write ${path}`, {
        cause: e,
        fix: 'check that the folder is writable and the disk has room',
      });
    } finally {
      liveTemps.delete(tmp);
    }
  }
}

/** sha256 of a file through one reused buffer. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.allocUnsafe(COPY_BUFFER);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return 'sha256:' + hash.digest('hex');
}

/** Copies a regular file into `out` through one reused buffer; returns the content's digest. */
async function copyHashing(
  source: string,
  out: import('node:fs/promises').FileHandle,
): Promise<string> {
  const hash = createHash('sha256');
  let input;
  try {
    input = await open(source, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new IoError(`cannot read ${source}`, { cause: e, fix: 'check the source layout' });
  }
  try {
    if (!(await input.stat()).isFile()) {
      throw new IoError(`${source} is not a regular file`, {
        fix: 'the source layout is corrupt (a blob must be a plain file); rebuild it',
      });
    }
    const buf = Buffer.allocUnsafe(COPY_BUFFER);
    for (;;) {
      const { bytesRead } = await input.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      hash.update(chunk);
      for (let done = 0; done < chunk.length;) {
        done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
      }
    }
  } finally {
    await input.close();
  }
  return 'sha256:' + hash.digest('hex');
}
