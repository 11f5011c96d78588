/**
 * Sigstore bundles attached to OCI manifests as referrers, the way cosign v3 and actions/attest
 * attach them: an artifact manifest whose `subject` is the signed manifest, whose single layer is
 * the bundle, annotated with the statement's predicate type so a reader can pick signatures and
 * provenance apart without downloading every bundle.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { Descriptor, OciStore } from '../oci/types.js';
import { ReleaseError } from '../errors.js';
import { BUNDLE_MEDIA_TYPE } from './media-types.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

/** The annotation naming the predicate type of the statement in an attached bundle. */
export const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';

/** A manifest to sign or attest: the image (or index) itself, or one platform of an index. */
export interface ImageSubject {
  descriptor: Descriptor;
  /** `os/arch[/variant]` of a platform manifest inside an index. */
  platform?: string;
}

/** `os/arch[/variant]`. */
export function platformName(p: NonNullable<Descriptor['platform']>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/**
 * The manifest at `digest` and, for an index, each platform manifest in it: whichever digest a
 * user pins is covered. The first entry is always `digest` itself.
 */
export async function imageSubjects(
  store: OciStore,
  digest: string,
  purpose: string,
): Promise<ImageSubject[]> {
  let top: { descriptor: Descriptor; bytes: Uint8Array };
  try {
    top = await store.getManifest(digest);
  } catch (e) {
    throw new ReleaseError('REGISTRY', `cannot read ${store.location}@${digest} to ${purpose} it`, {
      cause: e,
      fix: 'publish the image first and pass the digest that publish printed',
    });
  }
  const subjects: ImageSubject[] = [{ descriptor: top.descriptor }];
  if (!INDEX_TYPES.has(top.descriptor.mediaType)) return subjects;
  const index = JSON.parse(Buffer.from(top.bytes).toString('utf8')) as {
    manifests?: Descriptor[];
  };
  for (const child of index.manifests ?? []) {
    // Attestation manifests some builders put in an index (platform unknown/unknown) are not images.
    if (child.platform?.os === 'unknown') continue;
    const subject: ImageSubject = { descriptor: child };
    if (child.platform) subject.platform = platformName(child.platform);
    subjects.push(subject);
  }
  return subjects;
}

/** Pushes a referrer manifest carrying `bundle` for `subject`, and returns its descriptor. */
export async function attachBundle(
  store: OciStore,
  subject: Descriptor,
  bundle: SerializedBundle,
  predicateType: string,
): Promise<Descriptor> {
  const config = await store.pushBlob(Buffer.from('{}'), OCI_EMPTY);
  const layer = await store.pushBlob(Buffer.from(JSON.stringify(bundle)), BUNDLE_MEDIA_TYPE);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: { mediaType: OCI_EMPTY, digest: config.digest, size: config.size },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      'org.opencontainers.image.created': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'dev.sigstore.bundle.content': 'dsse-envelope',
      [PREDICATE_TYPE_ANNOTATION]: predicateType,
    },
  };
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}

/** One bundle found attached to a manifest. */
export interface AttachedBundle {
  referrer: Descriptor;
  bundle: unknown;
}

/**
 * The bundles attached to `digest`. With `predicateType`, only referrers annotated with it, or
 * not annotated at all (older writers), are read; a caller still checks the statement inside.
 * Referrers that cannot be read are skipped: they are someone else's, or broken, and not ours.
 */
export async function attachedBundles(
  store: OciStore,
  digest: string,
  predicateType?: string,
): Promise<AttachedBundle[]> {
  const referrers = await store.referrers(digest, BUNDLE_MEDIA_TYPE);
  const found: AttachedBundle[] = [];
  for (const referrer of referrers) {
    const annotated = referrer.annotations?.[PREDICATE_TYPE_ANNOTATION];
    if (predicateType && annotated !== undefined && annotated !== predicateType) continue;
    try {
      const manifest = JSON.parse(
        Buffer.from((await store.getManifest(referrer.digest)).bytes).toString('utf8'),
      ) as { layers?: Descriptor[] };
      const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE);
      if (!layer) continue;
      const bundle: unknown = JSON.parse(
        Buffer.from(await store.getBlob(layer.digest)).toString('utf8'),
      );
      found.push({ referrer, bundle });
    } catch {
      // Not readable as a bundle: skip it.
    }
  }
  return found;
}
