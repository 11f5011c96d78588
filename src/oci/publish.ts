/**
 * Publishing, in the one order that keeps a registry consistent even when a run dies halfway:
 * content first (blobs, then child manifests), the top manifest by digest next, tags last —
 * and only after the store confirms it holds exactly that manifest (digest and size, not just
 * a 200). A tag therefore never points at something incomplete, and a re-run sends nothing the
 * store already holds.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { ConfigurationError, IoError, ReleaseError } from '../errors.js';
import { isMissingFile, readRegularFile } from '../util/files.js';
import { BODY_LIMITS } from './http.js';
import type { LoadedManifest } from '../manifest/types.js';
import { fileDigest, sha256Digest } from './digest.js';
import { isValidTag } from './reference.js';
import {
  isIndexMediaType,
  MediaTypes,
  parseJson,
  type PublishStore,
  type TransferStats,
} from './store.js';
import type { Descriptor } from './types.js';
import {
  layerTitle,
  sourceContext,
  wasmAnnotations,
  wasmConfig,
  wasmManifest,
} from './wasm-artifact.js';

/** How to tag what we publish. */
export interface PublishOptions {
  /** Explicit tags; replace the defaults (version + `latest`). */
  tags?: string[];
  /** Add `latest` to the default tags for non-prerelease versions (default true). */
  latest?: boolean;
  /** Push by digest only. */
  noTags?: boolean;
  /** Version for the default tags (publishLayout; publishWasm reads the manifest). */
  version?: string;
  /** Repository to mount blobs from (same registry). */
  mountFrom?: string;
  /** Name in the layout's index.json to publish when it holds several (`ref.name` annotation). */
  layoutRef?: string;
  /** Parallel blob uploads (default 4). */
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

/** What was published. */
export interface PublishResult {
  digest: string;
  mediaType: string;
  /** Pull reference by digest. */
  reference: string;
  tags: string[];
  stats: TransferStats;
}

/**
 * The default tags: the version (a `+build` suffix becomes `_build`, since `+` is not allowed
 * in tags) and `latest` unless the version is a prerelease or `latest` is turned off.
 */
export function defaultTags(version: string, latest = true): string[] {
  const tags = [version.replace(/\+/g, '_')];
  const parsed = semver.parse(version.replace(/^v/, ''), { loose: true });
  if (latest && parsed && parsed.prerelease.length === 0) tags.push('latest');
  return tags;
}

function chooseTags(version: string | undefined, opts: PublishOptions): string[] {
  if (opts.noTags) return [];
  const tags =
    opts.tags && opts.tags.length > 0
      ? opts.tags
      : version
        ? defaultTags(version, opts.latest ?? true)
        : [];
  for (const tag of tags) {
    if (!isValidTag(tag)) {
      throw new ConfigurationError(`"${tag}" is not a valid OCI tag`, {
        fix: 'tags use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")',
      });
    }
  }
  return [...new Set(tags)];
}

/** Pushes a wasm module as a CNCF wasm OCI artifact and tags it. */
export async function publishWasm(
  loaded: LoadedManifest,
  modulePath: string,
  store: PublishStore,
  opts: PublishOptions = {},
): Promise<PublishResult> {
  const { manifest } = loaded;
  const tags = chooseTags(manifest.version, opts);
  let layerFile: { digest: string; size: number };
  try {
    layerFile = await fileDigest(modulePath, 'wasm module');
  } catch (e) {
    // A FIFO or device already says what is wrong; a missing module says how to make it.
    if (!isMissingFile(e)) throw e;
    throw new IoError(`cannot read the wasm module ${modulePath}`, {
      cause: e,
      fix: 'build the module first (samuel-plugin-release build), or pass its path with --module',
    });
  }
  const ctx = await sourceContext(loaded.dir, modulePath, manifest, opts.env ?? process.env);
  const layer = await store.pushBlobFile(
    { path: modulePath, mediaType: MediaTypes.wasmLayer, ...layerFile },
    opts.mountFrom,
  );
  const config = await store.pushBlob(wasmConfig(layer.digest, ctx.created), MediaTypes.wasmConfig);
  const bytes = wasmManifest(config, layer, layerTitle(modulePath), wasmAnnotations(manifest, ctx));
  return finish(store, bytes, MediaTypes.ociManifest, tags, opts, manifest.version);
}

/** Pushes an OCI image layout (single image or multi-platform index) and tags it. */
export async function publishLayout(
  layoutDir: string,
  store: PublishStore,
  opts: PublishOptions = {},
): Promise<PublishResult> {
  const tags = chooseTags(opts.version, opts);
  const { bytes, mediaType } = await layoutRoot(layoutDir, opts.layoutRef);
  const concurrency = opts.concurrency ?? 4;
  const pushTree = async (data: Buffer, type: string, top: boolean): Promise<void> => {
    const parsed = parseJson<{
      manifests?: Descriptor[];
      config?: Descriptor;
      layers?: Descriptor[];
    }>(data, `a manifest in ${layoutDir}`);
    if (isIndexMediaType(type)) {
      for (const child of parsed.manifests ?? []) {
        await pushTree(await readLayoutBlob(layoutDir, child.digest), child.mediaType, false);
      }
    } else {
      const blobs = [parsed.config, ...(parsed.layers ?? [])].filter(
        (d): d is Descriptor => d !== undefined,
      );
      await pool(blobs, concurrency, async (d) =>
        store.pushBlobFile(
          {
            path: await sourceBlob(layoutDir, d),
            digest: d.digest,
            size: d.size,
            mediaType: d.mediaType,
          },
          opts.mountFrom,
        ),
      );
    }
    if (!top) await store.pushManifest(data, type);
  };
  await pushTree(bytes, mediaType, true);
  return finish(store, bytes, mediaType, tags, opts, opts.version);
}

async function finish(
  store: PublishStore,
  bytes: Buffer,
  mediaType: string,
  tags: string[],
  opts: PublishOptions,
  version: string | undefined,
): Promise<PublishResult> {
  const digest = sha256Digest(bytes);
  // A manifest the store already holds (same digest and size) is not sent again; otherwise the
  // store puts it and confirms it holds exactly it before returning. Only then do tags move.
  const pushed = (await store.hasManifest(digest, bytes.length))
    ? { mediaType, digest, size: bytes.length }
    : await store.pushManifest(bytes, mediaType);
  if (pushed.digest !== digest) {
    throw new ReleaseError('REGISTRY', `${store.location} stored ${pushed.digest} for ${digest}`, {
      fix: 're-run the step; if it persists the store is altering manifests',
    });
  }
  if (tags.includes('latest') && !(opts.tags && opts.tags.length > 0)) {
    const newer = await newerLatest(store, version);
    if (newer) {
      tags = tags.filter((t) => t !== 'latest');
      opts.log?.(`kept latest on ${newer}, which is newer than ${version}`);
    }
  }
  for (const tag of tags) {
    await store.tagManifest(bytes, mediaType, tag);
    opts.log?.(`tagged ${store.location}:${tag}`);
  }
  return {
    digest: pushed.digest,
    mediaType,
    reference: store.referenceFor(pushed.digest),
    tags,
    stats: { ...store.stats },
  };
}

/**
 * The version `latest` points at when it is newer than `version` (a patch to an older line must
 * not move `latest` backwards), read from the org.opencontainers.image.version annotation.
 */
async function newerLatest(
  store: PublishStore,
  version: string | undefined,
): Promise<string | undefined> {
  const current = version
    ? semver.valid(semver.coerce(version, { includePrerelease: true }))
    : null;
  if (!current) return undefined;
  let existing: string | undefined;
  try {
    const { bytes } = await store.getManifest('latest');
    existing = (
      JSON.parse(Buffer.from(bytes).toString('utf8')) as { annotations?: Record<string, string> }
    ).annotations?.['org.opencontainers.image.version'];
  } catch {
    return undefined; // no latest yet, or not readable: tag it
  }
  const previous = existing
    ? semver.valid(semver.coerce(existing, { includePrerelease: true }))
    : null;
  return previous && semver.gt(previous, current) ? existing : undefined;
}

/** The manifest to publish from a layout's index.json. */
/**
 * The image a layout holds: the one entry of its index.json, the one named `ref`
 * (`org.opencontainers.image.ref.name`), or several platform images joined into one index.
 */
export async function layoutRoot(
  layoutDir: string,
  ref?: string,
): Promise<{ bytes: Buffer; mediaType: string }> {
  let index: { manifests?: Descriptor[] };
  try {
    const text = await readRegularFile(join(layoutDir, 'index.json'), {
      maxBytes: BODY_LIMITS.manifest,
      what: 'layout index',
    });
    index = JSON.parse(text.toString('utf8')) as { manifests?: Descriptor[] };
  } catch (e) {
    throw new IoError(`${layoutDir} is not an OCI image layout (no readable index.json)`, {
      cause: e,
      fix: 'point --layout at the folder the image build wrote (it holds oci-layout, index.json and blobs/)',
    });
  }
  const manifests = index.manifests ?? [];
  const named = ref
    ? manifests.filter((d) => d.annotations?.['org.opencontainers.image.ref.name'] === ref)
    : manifests;
  if (named.length === 1) {
    const d = named[0]!;
    return { bytes: await readLayoutBlob(layoutDir, d.digest), mediaType: d.mediaType };
  }
  if (
    !ref &&
    named.length > 1 &&
    named.every((d) => d.platform && !isIndexMediaType(d.mediaType))
  ) {
    // Several platform images side by side: publish them as one multi-platform index.
    const list = named.map(({ annotations: _a, ...d }) => d);
    return {
      bytes: Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: list }),
      ),
      mediaType: MediaTypes.ociIndex,
    };
  }
  const names = manifests
    .map((d) => d.annotations?.['org.opencontainers.image.ref.name'])
    .filter(Boolean);
  throw new ConfigurationError(
    ref
      ? `${layoutDir}/index.json has no image named "${ref}"`
      : `${layoutDir}/index.json lists ${manifests.length} images; cannot tell which to publish`,
    {
      fix:
        names.length > 0
          ? `pass --layout-ref with one of: ${names.join(', ')}`
          : 'write a layout with exactly one image or index in index.json',
    },
  );
}

function blobPath(layoutDir: string, digest: string): string {
  // Digests come from the layout's own JSON: never let one name a path outside blobs/.
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new ConfigurationError(
      `${layoutDir} refers to a blob "${digest}", which is not a sha256 digest`,
      {
        fix: 'rebuild the OCI layout; its index.json or a manifest is corrupt',
      },
    );
  }
  return join(layoutDir, 'blobs', ...digest.split(':'));
}

/**
 * A blob of the layout read whole, checked against its digest (which must be sha256, so it names
 * no path outside blobs/): manifests by default, or up to `maxBytes` for layers read whole.
 */
export async function readLayoutBlob(
  layoutDir: string,
  digest: string,
  maxBytes: number = BODY_LIMITS.manifest,
): Promise<Buffer> {
  const path = blobPath(layoutDir, digest);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, {
      maxBytes,
      what: maxBytes === BODY_LIMITS.manifest ? 'manifest blob' : 'layout blob',
    });
  } catch (e) {
    if (!isMissingFile(e)) throw e;
    throw new IoError(`${layoutDir} is missing blob ${digest}`, {
      cause: e,
      fix: 'the layout is incomplete; rebuild the image',
    });
  }
  if (sha256Digest(bytes) !== digest) {
    throw new IoError(`${path} does not match its digest`, {
      fix: 'the layout is corrupt; rebuild the image',
    });
  }
  return bytes;
}

/**
 * The path of a layer or config in the source layout, after checking it is a regular file of the
 * size its descriptor states (a FIFO would block the upload; a short file would fail it late).
 */
async function sourceBlob(layoutDir: string, d: Descriptor): Promise<string> {
  const path = blobPath(layoutDir, d.digest);
  const info = await lstat(path).catch((e: unknown) => {
    throw new IoError(`${layoutDir} is missing blob ${d.digest}`, {
      cause: e,
      fix: 'the layout is incomplete; rebuild the image',
    });
  });
  if (!info.isFile()) {
    throw new IoError(`${path} is not a regular file`, {
      fix: 'the layout is corrupt (a blob must be a plain file, not a link, FIFO or device); rebuild the image',
    });
  }
  if (!Number.isSafeInteger(d.size) || info.size !== d.size) {
    throw new IoError(`${path} is ${info.size} bytes, but the manifest says ${d.size}`, {
      fix: 'the layout is corrupt; rebuild the image',
    });
  }
  return path;
}

async function pool<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}
