/**
 * A plugin's `samuel.lock` entry from what its release holds, exactly as `samuel install` of
 * that release writes it (service.go recordLockfile), plus this toolkit's one addition for oci
 * plugins: `platform_digests`, every platform's manifest and config digest beside the pinned
 * digest, the way `.terraform.lock.hcl` keeps several hashes (Samuel's reader ignores the key).
 */
import type { PluginManifest } from '../manifest/types.js';
import {
  grantedCapabilities,
  renderLockedPlugin,
  type LockedPlugin,
} from '../samuel/lock-format.js';
import { parseReleasedManifest } from './fetch-release.js';
import { pinnedDigest } from './image.js';

/** The extra key an oci entry carries. */
export const PLATFORM_DIGESTS_KEY = 'platform_digests';

/** The lock fields for a released manifest. */
export function lockedPluginFor(
  manifest: PluginManifest,
  options: { source: string; signed: boolean; digest?: string },
): LockedPlugin {
  const plugin: LockedPlugin = {
    name: manifest.name,
    version: manifest.version,
    kind: manifest.kind,
    source: options.source,
    capabilities: grantedCapabilities(manifest),
    signed: options.signed,
  };
  if (options.digest) plugin.digest = options.digest;
  return plugin;
}

/** The rendered entry, with `platform_digests` for oci when known. */
export function renderEntry(plugin: LockedPlugin, platformDigests: string[] = []): string {
  return renderLockedPlugin(
    plugin,
    platformDigests.length ? [[PLATFORM_DIGESTS_KEY, platformDigests]] : [],
  );
}

/** What a plugin's own release knows about itself. */
export interface ReleaseFacts {
  /** The released `samuel-plugin.toml` (oci: already pinned). */
  manifestText: string;
  /** `owner/name` or `github.com/owner/name` of the GitHub repository. */
  repo: string;
  tag: string;
  kind?: string;
  /** oci: the pinned index or manifest digest (default: the one in `[oci].image`). */
  digest?: string;
  /** oci: per-platform digests (`{ platform, digest, config? }`). */
  platforms?: { platform: string; digest: string; config?: string }[];
  /** True when the release carries a signature that verifies (default false). */
  signed?: boolean;
  /** Registry entry description (default: the manifest's summary). */
  description?: string;
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

/**
 * The lock entry consumers get by installing this release, and the `[[plugins]]` entry of a
 * registry `index.toml` that makes it installable — for release notes and step outputs.
 */
export function lockEntryFor(release: ReleaseFacts): { lockToml: string; indexToml: string } {
  const manifest = parseReleasedManifest(release.manifestText, `release ${release.tag}`);
  const repo = release.repo.replace(/^https:\/\//, '').replace(/^github\.com\//, '');
  const source = `github.com/${repo}`;
  let digest: string | undefined;
  let platformDigests: string[] = [];
  if (manifest.kind === 'oci') {
    digest =
      release.digest ?? pinnedDigest(manifest.oci?.image ?? '', `release ${release.tag}`).digest;
    platformDigests = (release.platforms ?? []).map((p) =>
      [p.platform, p.digest, p.config].filter(Boolean).join(' '),
    );
  }
  const plugin = lockedPluginFor(manifest, {
    source,
    signed: release.signed ?? false,
    ...(digest ? { digest } : {}),
  });
  const lockToml = renderEntry(plugin, platformDigests);
  const description = release.description ?? manifest.summary;
  const index = [
    '[[plugins]]',
    `name = ${quoted(manifest.name)}`,
    `repo = ${quoted(source)}`,
    `latest = ${quoted(manifest.version)}`,
    `versions = [${quoted(manifest.version)}]`,
    ...(description ? [`description = ${quoted(description)}`] : []),
    `kind = ${quoted(release.kind ?? manifest.kind)}`,
  ];
  return { lockToml, indexToml: `${index.join('\n')}\n` };
}
