/**
 * The digests of a pinned oci plugin image that Samuel could record as the lock's `digest`
 * (contract §3): the pinned index or manifest digest (docker with the containerd store), each
 * platform's manifest digest, and each platform's config digest — the image ID podman prints as
 * bare hex and docker as `sha256:<hex>`.
 */
import { parseSamuelImage } from '../manifest/image.js';
import { openStore } from '../oci/index.js';
import { parseJson } from '../oci/store.js';
import type { OciStore } from '../oci/types.js';
import { ConfigurationError } from '../errors.js';

export interface ImageDigests {
  /** The digest pinned in `[oci].image` (what the signature covers). */
  pinned: string;
  /** Per platform (`os/arch[/variant]`): manifest and config digests. */
  platforms: { platform: string; manifest: string; config: string }[];
}

export interface ImageReadOptions {
  env?: NodeJS.ProcessEnv;
  /** Plain http to registries on this machine (tests, local mirrors). */
  insecure?: boolean;
}

/** The pinned digest of `[oci].image`, or a ConfigurationError saying the release is unpinned. */
export function pinnedDigest(image: string, where: string): { repository: string; digest: string } {
  const parts = parseSamuelImage(image);
  if (!parts?.digest || /^sha256:0{64}$/.test(parts.digest)) {
    throw new ConfigurationError(
      `${where}: [oci].image "${image}" is not pinned to a digest, which Samuel requires`,
      { fix: 'the plugin needs a release whose manifest pins registry/owner/name@sha256:<digest>' },
    );
  }
  return { repository: `${parts.registry}/${parts.owner}/${parts.name}`, digest: parts.digest };
}

interface ManifestJson {
  mediaType?: string;
  manifests?: { digest: string; mediaType?: string; platform?: Record<string, string> }[];
  config?: { digest: string };
}

/** Reads the image's index (or single manifest) and each platform's config digest. */
export async function readImageDigests(
  image: string,
  where: string,
  options: ImageReadOptions = {},
): Promise<ImageDigests> {
  const { repository, digest } = pinnedDigest(image, where);
  const store = await openStore(repository, {
    insecure: options.insecure ?? false,
    ...(options.env ? { env: options.env } : {}),
    retry: { retries: 2 },
  });
  return imageDigestsIn(store, digest);
}

/** The same digests, read from a store already open (a registry or a local layout). */
export async function imageDigestsIn(store: OciStore, digest: string): Promise<ImageDigests> {
  const read = async (d: string): Promise<ManifestJson> =>
    parseJson<ManifestJson>((await store.getManifest(d)).bytes, `${store.location}@${d}`);
  const top = await read(digest);
  const out: ImageDigests = { pinned: digest, platforms: [] };
  if (top.config) {
    // One image without an index: its platform is in its config.
    const config = parseJson<{ os?: string; architecture?: string; variant?: string }>(
      await store.getBlob(top.config.digest),
      `${store.location}@${top.config.digest}`,
    );
    const platform =
      config.os && config.architecture
        ? [config.os, config.architecture, config.variant].filter(Boolean).join('/')
        : 'single';
    out.platforms.push({ platform, manifest: digest, config: top.config.digest });
    return out;
  }
  for (const m of Array.isArray(top.manifests) ? top.manifests : []) {
    const p = m.platform;
    if (!p?.os || !p.architecture || p.os === 'unknown') continue; // attestation manifests
    const child = await read(m.digest);
    if (!child.config) continue;
    const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
    out.platforms.push({ platform, manifest: m.digest, config: child.config.digest });
  }
  return out;
}

/** Every form of every digest Samuel could have written for this image. */
export function acceptableDigests(d: ImageDigests): Set<string> {
  const set = new Set<string>([d.pinned]);
  for (const p of d.platforms) {
    set.add(p.manifest);
    set.add(p.config);
    set.add(p.config.replace(/^sha256:/, ''));
  }
  return set;
}

/** The lock's extra `platform_digests` values: `os/arch manifest-digest config-digest`. */
export function platformDigestLines(d: ImageDigests): string[] {
  return d.platforms.map((p) => `${p.platform} ${p.manifest} ${p.config}`);
}
