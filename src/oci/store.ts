/**
 * What publishing needs from a store beyond the shared `OciStore` contract: blobs streamed from
 * files, existence checks (to skip what is already there), tagging as a separate last step, and
 * counters that show what was actually uploaded. Plus the referrers tag-schema fallback that
 * both stores use when no referrers API exists.
 */
import type { Descriptor, OciStore } from './types.js';
import { digestHex } from './digest.js';
import { isNotFound, RegistryError } from './errors.js';

/** Parses manifest or index JSON from a store; anything else is a RegistryError naming `what`. */
export function parseJson<T>(bytes: Uint8Array, what: string): T {
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new Error('not a JSON object');
    return value as T;
  } catch (e) {
    throw new RegistryError(`${what} is not a JSON manifest or index`, {
      cause: e,
      fix: 'the content is corrupt or not OCI content; rebuild or re-publish it',
    });
  }
}

/** Media types we read and write. */
export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  wasmConfig: 'application/vnd.wasm.config.v0+json',
  wasmLayer: 'application/wasm',
  empty: 'application/vnd.oci.empty.v1+json',
} as const;

/** True for the media types of a multi-platform index. */
export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaTypes.ociIndex || mediaType === MediaTypes.dockerList;
}

/** What a store did, so callers and tests can tell an upload from a skip. */
export interface TransferStats {
  uploaded: number;
  skipped: number;
  mounted: number;
  uploadedBytes: number;
}

/** A blob on disk with its known digest and size. */
export interface FileBlob {
  path: string;
  digest: string;
  size: number;
  mediaType: string;
}

/** An `OciStore` that publishing can stream files into. Both stores implement it. */
export interface PublishStore extends OciStore {
  readonly stats: TransferStats;
  /**
   * True when the store holds the blob with exactly this digest (and size, when given): a
   * registry's HEAD must report both, a layout's file must hash to it.
   */
  hasBlob(digest: string, size?: number): Promise<boolean>;
  /** True when the store holds the manifest with exactly this digest (and size, when given). */
  hasManifest(digest: string, size?: number): Promise<boolean>;
  /** Streams a blob from disk unless the store has it (or can mount it from `mountFrom`). */
  pushBlobFile(blob: FileBlob, mountFrom?: string): Promise<Descriptor>;
  /** Points `tag` at a manifest that is already stored by digest. */
  tagManifest(data: Uint8Array, mediaType: string, tag: string): Promise<void>;
  /** The reference a user can pull, e.g. `ghcr.io/o/n@sha256:…` or `oci-layout:/dir@sha256:…`. */
  referenceFor(digest: string): string;
}

/** New zeroed counters. */
export function emptyStats(): TransferStats {
  return { uploaded: 0, skipped: 0, mounted: 0, uploadedBytes: 0 };
}

/** The tag under which the referrers of `digest` are listed when there is no referrers API. */
export function fallbackTag(digest: string): string {
  return `sha256-${digestHex(digest)}`;
}

/** A manifest's subject digest and the descriptor its referrers list should carry. */
export function referrerOf(
  data: Uint8Array,
  mediaType: string,
  digest: string,
): { subject?: string; descriptor: Descriptor } {
  const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as {
    mediaType?: string;
    artifactType?: string;
    config?: { mediaType?: string };
    subject?: { digest?: string };
    annotations?: Record<string, string>;
  };
  const descriptor: Descriptor = {
    mediaType: parsed.mediaType ?? mediaType,
    digest,
    size: data.length,
  };
  const artifactType = parsed.artifactType ?? parsed.config?.mediaType;
  if (artifactType) descriptor.artifactType = artifactType;
  if (parsed.annotations && Object.keys(parsed.annotations).length > 0)
    descriptor.annotations = parsed.annotations;
  return parsed.subject?.digest ? { subject: parsed.subject.digest, descriptor } : { descriptor };
}

/** Reads the fallback index of `subject` (empty when absent). */
export async function readFallbackIndex(
  store: Pick<OciStore, 'getManifest'>,
  subject: string,
): Promise<Descriptor[]> {
  try {
    const { bytes } = await store.getManifest(fallbackTag(subject));
    const index = parseJson<{ manifests?: Descriptor[] }>(bytes, `referrers index of ${subject}`);
    return Array.isArray(index.manifests) ? index.manifests : [];
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}

/** The fallback index bytes with `descriptor` added (same order, no duplicates). */
export function fallbackIndexWith(
  existing: Descriptor[],
  descriptor: Descriptor,
): Uint8Array | undefined {
  if (existing.some((d) => d.digest === descriptor.digest)) return undefined;
  const index = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: [...existing, descriptor],
  };
  return Buffer.from(JSON.stringify(index));
}

/** Keeps referrers of the wanted artifact type. */
export function filterByType(list: Descriptor[], artifactType?: string): Descriptor[] {
  return artifactType ? list.filter((d) => d.artifactType === artifactType) : list;
}
