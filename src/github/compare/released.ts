/**
 * Finds a plugin's latest published release on GitHub and reads the `samuel-plugin.toml` it
 * carries (the asset the release step uploads for wasm, oci and meta plugins). Drafts never
 * count. In a repository that releases several plugins (`<name>-v<version>` or
 * `<name>/v<version>` tags), only this plugin's releases count.
 */
import semver from 'semver';
import type { components } from '@octokit/openapi-types';
import { READ_LIMITS } from '../../util/files.js';
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
