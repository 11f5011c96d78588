/**
 * Finds a plugin's latest published release on GitHub and reads the `samuel-plugin.toml` it
 * carries (the asset the release step uploads for wasm, oci and meta plugins). Drafts never
 * count. In a repository that releases several plugins (`<name>-v<version>` or
 * `<name>/v<version>` tags), only this plugin's releases count.
 */
import semver from 'semver';
import type { components } from '@octokit/openapi-types';
import { IoError } from '../../errors.js';
import { READ_LIMITS, formatBytes } from '../../util/files.js';
import { createDownloader } from '../../lock/download.js';
import type { GitHubClient } from '../release/client.js';

type Release = components['schemas']['release'];

/** The released manifest's asset name (what Samuel's installer downloads). */
export const MANIFEST_ASSET = 'samuel-plugin.toml';

/** A released manifest is at most this large, like one on disk. */
export const MAX_RELEASED_MANIFEST_BYTES = READ_LIMITS.manifest;

export interface ReleaseRef {
  tag: string;
  /** The release page. */
  url: string;
  prerelease: boolean;
}

export type LatestRelease =
  | { found: false }
  | { found: true; release: ReleaseRef; asset?: { id: number; size: number; url: string } };

/** The version a tag names for plugin `name`, or undefined when the tag is another plugin's. */
export function tagVersion(tag: string, name: string): string | undefined {
  for (const prefix of [`${name}-`, `${name}/`, '']) {
    if (!tag.startsWith(prefix)) continue;
    const rest = tag.slice(prefix.length);
    if (/^v?\d+\.\d+\.\d+/.test(rest)) return rest.replace(/^v/, '');
  }
  return undefined;
}

/**
 * The release to compare with: GitHub's latest when it is this plugin's, else the newest
 * published release of this plugin (stable before prerelease, highest version first).
 */
export async function findLatestRelease(
  client: GitHubClient,
  owner: string,
  repo: string,
  name: string,
): Promise<LatestRelease> {
  let chosen: Release | undefined;
  try {
    const latest = await client.rest.repos.getLatestRelease({ owner, repo });
    if (!latest.data.draft && tagVersion(latest.data.tag_name, name) !== undefined) {
      chosen = latest.data;
    }
  } catch (e) {
    // 404: no published stable release (or none visible); the list below tells which.
    if ((e as { status?: number }).status !== 404) throw e;
  }
  if (!chosen) {
    const list = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
    const mine = list.data.filter((r) => !r.draft && tagVersion(r.tag_name, name) !== undefined);
    mine.sort((a, b) => rank(b) - rank(a) || compareVersions(b, a, name));
    chosen = mine[0];
  }
  if (!chosen) return { found: false };
  const asset = chosen.assets.find((a) => a.name === MANIFEST_ASSET && a.state === 'uploaded');
  return {
    found: true,
    release: { tag: chosen.tag_name, url: chosen.html_url, prerelease: chosen.prerelease },
    ...(asset ? { asset: { id: asset.id, size: asset.size, url: asset.url } } : {}),
  };
}

/** Stable releases before prereleases. */
function rank(r: Release): number {
  return r.prerelease ? 0 : 1;
}

function compareVersions(a: Release, b: Release, name: string): number {
  const va = semver.coerce(tagVersion(a.tag_name, name), { includePrerelease: true });
  const vb = semver.coerce(tagVersion(b.tag_name, name), { includePrerelease: true });
  if (!va || !vb) return 0;
  return semver.compare(va, vb);
}

/**
 * Downloads a release asset through the API (so a token reaches a private repository), at most
 * `maxBytes`. GitHub answers with a redirect to signed storage, which is fetched without the
 * token (storage refuses a second credential, and must never see it).
 */
export async function downloadAsset(
  client: GitHubClient,
  owner: string,
  repo: string,
  assetId: number,
  options: { env: NodeJS.ProcessEnv; maxBytes: number; what: string },
): Promise<Buffer> {
  const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    owner,
    repo,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' },
    request: { redirect: 'manual', parseSuccessResponseBody: false },
  });
  const status = response.status as number;
  const body = response.data as unknown as ReadableStream<Uint8Array> | null;
  if (status >= 300 && status < 400) {
    await body?.cancel().catch(() => undefined);
    const location = (response.headers as Record<string, string | undefined>).location;
    if (!location) throw new Error(`GitHub answered HTTP ${status} without a location`);
    const downloader = createDownloader({ env: options.env, attempts: 2 });
    try {
      const data = await downloader.get(new URL(location, response.url).href, options);
      if (data === undefined) throw new Error('the asset storage answered 404');
      return data;
    } finally {
      await downloader.close();
    }
  }
  return readBounded(body, options.maxBytes, options.what);
}

async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  what: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (body) {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      // Leaving the loop by a throw cancels the stream: nothing more is read.
      if (size > maxBytes) {
        throw new IoError(`the ${what} is over the ${formatBytes(maxBytes)} limit`, {
          fix: `a ${what} larger than ${formatBytes(maxBytes)} is not accepted`,
        });
      }
      chunks.push(Buffer.from(chunk));
    }
  }
  return Buffer.concat(chunks);
}
