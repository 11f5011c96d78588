/** A minimal in-memory `OciStore` for unit tests of signing (referrers kept by subject). */
import { createHash } from 'node:crypto';
import type { Descriptor, OciStore } from '../../src/oci/types.js';

function digestOf(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export class MemoryStore implements OciStore {
  readonly location = 'memory://test/plugin';
  readonly blobs = new Map<string, Uint8Array>();
  readonly manifests = new Map<string, { descriptor: Descriptor; bytes: Uint8Array }>();

  async pushBlob(data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const digest = digestOf(data);
    this.blobs.set(digest, data);
    return { mediaType, digest, size: data.length };
  }

  async pushManifest(data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as {
      artifactType?: string;
      annotations?: Record<string, string>;
    };
    const descriptor: Descriptor = { mediaType, digest: digestOf(data), size: data.length };
    if (parsed.artifactType) descriptor.artifactType = parsed.artifactType;
    if (parsed.annotations) descriptor.annotations = parsed.annotations;
    this.manifests.set(descriptor.digest, { descriptor, bytes: data });
    return descriptor;
  }

  async getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }> {
    const m = this.manifests.get(reference);
    if (!m) throw new Error(`manifest ${reference} not found`);
    return m;
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`blob ${digest} not found`);
    return b;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    return [...this.manifests.values()]
      .filter(
        ({ bytes }) =>
          (JSON.parse(Buffer.from(bytes).toString('utf8')) as { subject?: Descriptor }).subject
            ?.digest === digest,
      )
      .map(({ descriptor }) => descriptor)
      .filter((d) => !artifactType || d.artifactType === artifactType);
  }
}

/** Pushes a small image (config + one layer) and returns its manifest descriptor. */
export async function pushImage(store: OciStore, marker: string): Promise<Descriptor> {
  const config = await store.pushBlob(
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [] },
        marker,
      }),
    ),
    'application/vnd.oci.image.config.v1+json',
  );
  const layer = await store.pushBlob(
    Buffer.from(`layer ${marker}`),
    'application/vnd.oci.image.layer.v1.tar',
  );
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
  };
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), manifest.mediaType);
}

/** Pushes a two-platform index over two small images. */
export async function pushIndex(
  store: OciStore,
): Promise<{ index: Descriptor; children: Descriptor[] }> {
  const amd = {
    ...(await pushImage(store, 'amd64')),
    platform: { os: 'linux', architecture: 'amd64' },
  };
  const arm = {
    ...(await pushImage(store, 'arm64')),
    platform: { os: 'linux', architecture: 'arm64' },
  };
  const children = [amd, arm].map(({ mediaType, digest, size, platform }) => ({
    mediaType,
    digest,
    size,
    platform,
  }));
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: children,
  };
  return {
    index: await store.pushManifest(Buffer.from(JSON.stringify(index)), index.mediaType),
    children,
  };
}
