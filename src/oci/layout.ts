/**
 * `LayoutStore`: an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/…`),
 * the embedded default for local runs and the format the image build hands over. Writes are
 * atomic (temp file + rename) so an interrupted run never leaves a truncated blob, and tags are
 * `org.opencontainers.image.ref.name` annotations in `index.json`, written last.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createHash, randomUUID } from 'node:crypto';
import { IoError, ReleaseError } from '../errors.js';
import { digestHex, sha256Digest } from './digest.js';
import * as S from './store.js';
import type { Descriptor } from './types.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

interface IndexFile {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
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

  async hasBlob(digest: string): Promise<boolean> {
    try {
      await stat(this.blobPath(digest));
      return true;
    } catch {
      return false;
    }
  }

  hasManifest(digest: string): Promise<boolean> {
    return this.hasBlob(digest);
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
    if (await this.hasBlob(digest)) return false;
    await this.atomicWrite(this.blobPath(digest), data);
    return true;
  }

  async pushBlobFile(blob: S.FileBlob): Promise<Descriptor> {
    const descriptor = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
    await this.init();
    const target = this.blobPath(blob.digest);
    if (await this.hasBlob(blob.digest)) {
      this.stats.skipped++;
      return descriptor;
    }
    const tmp = `${target}.${randomUUID()}.tmp`;
    const hash = createHash('sha256');
    try {
      const source = createReadStream(blob.path);
      source.on('data', (c) => hash.update(c));
      await pipeline(source, createWriteStream(tmp));
      const actual = 'sha256:' + hash.digest('hex');
      if (actual !== blob.digest) {
        throw new ReleaseError(
          'REGISTRY',
          `${blob.path} has digest ${actual}, expected ${blob.digest}`,
          {
            fix: 'the source layout is corrupt or changed while publishing; rebuild it',
          },
        );
      }
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      if (e instanceof ReleaseError) throw e;
      throw new IoError(`cannot copy ${blob.path} into ${this.dir}`, {
        cause: e,
        fix: 'check that the folder is writable and the disk has room',
      });
    }
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
      const next = S.fallbackIndexWith(
        await S.readFallbackIndex(this, subject, isNotFound),
        descriptor,
      );
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

  async getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
    if (reference.startsWith('sha256:')) {
      const bytes = await this.getBlob(reference);
      const mediaType =
        (JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: string }).mediaType ??
        S.MediaTypes.ociManifest;
      return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
    }
    const index = await this.readIndex();
    const descriptor = index.manifests.find((d) => d.annotations?.[REF_NAME] === reference);
    if (!descriptor) {
      throw new ReleaseError(
        'REGISTRY',
        `${this.location} has no manifest tagged "${reference}" (HTTP 404 equivalent)`,
        {
          fix: 'publish to this layout first, or check the tag',
        },
      );
    }
    const bytes = await this.getBlob(descriptor.digest);
    const { annotations: _annotations, ...plain } = descriptor;
    return { descriptor: plain, bytes };
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.blobPath(digest));
    } catch (e) {
      throw new ReleaseError(
        'REGISTRY',
        `${this.location} has no blob ${digest} (HTTP 404 equivalent)`,
        {
          cause: e,
          fix: 'publish the content to this layout first',
        },
      );
    }
    if (sha256Digest(bytes) !== digest) {
      throw new ReleaseError('REGISTRY', `${this.blobPath(digest)} does not match its digest`, {
        fix: 'the layout is corrupt; delete it and publish again',
      });
    }
    return bytes;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    return S.filterByType(await S.readFallbackIndex(this, digest, isNotFound), artifactType);
  }

  /** Creates the layout skeleton when missing. */
  async init(): Promise<void> {
    await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
    const marker = join(this.dir, 'oci-layout');
    try {
      await stat(marker);
    } catch {
      await this.atomicWrite(marker, Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
    }
    try {
      await stat(join(this.dir, 'index.json'));
    } catch {
      await this.writeIndex({ schemaVersion: 2, mediaType: S.MediaTypes.ociIndex, manifests: [] });
    }
  }

  /** The layout's `index.json`. */
  async readIndex(): Promise<IndexFile> {
    try {
      return JSON.parse(await readFile(join(this.dir, 'index.json'), 'utf8')) as IndexFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        return { schemaVersion: 2, mediaType: S.MediaTypes.ociIndex, manifests: [] };
      throw new IoError(`cannot read ${join(this.dir, 'index.json')}`, {
        cause: e,
        fix: 'the folder is not a valid OCI image layout; delete it or point --to elsewhere',
      });
    }
  }

  private async writeIndex(index: IndexFile): Promise<void> {
    await this.atomicWrite(
      join(this.dir, 'index.json'),
      Buffer.from(JSON.stringify(index, null, 2) + '\n'),
    );
  }

  private async atomicWrite(path: string, data: Uint8Array): Promise<void> {
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(tmp, data);
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new IoError(`cannot write ${path}`, {
        cause: e,
        fix: 'check that the folder is writable and the disk has room',
      });
    }
  }
}

function isNotFound(e: unknown): boolean {
  return e instanceof ReleaseError && /404/.test(e.message);
}
