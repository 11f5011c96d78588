/**
 * One plugin from name to lock entry: registry → version → release → signature → fields, the
 * resolution path of `samuel install` (service.go Install), minus the install itself.
 */
import { ConfigurationError, ReleaseError } from '../errors.js';
import type { Reporter } from '../report/index.js';
import type { LockedPlugin } from '../samuel/lock-format.js';
import type { Downloader } from './download.js';
import { lockedPluginFor } from './entry.js';
import { fetchRelease, type FetchedRelease } from './fetch-release.js';
import { acceptableDigests, platformDigestLines, readImageDigests, pinnedDigest } from './image.js';
import { resolveVersion, type IndexEntry, type RegistryResolver } from './registry.js';
import type { ReleaseVerifier, SignatureVerdict } from './verify.js';

export interface ResolveContext {
  resolver: RegistryResolver;
  downloader: Downloader;
  verifier: ReleaseVerifier;
  env: NodeJS.ProcessEnv;
  /** Plain http to image registries on this machine. */
  insecureRegistry?: boolean;
  allowPrerelease?: boolean;
  reporter?: Reporter;
}

export interface ResolvedPlugin {
  index: IndexEntry;
  version: string;
  release: FetchedRelease;
  verdict: SignatureVerdict;
  plugin: LockedPlugin;
  /** oci: `platform manifest config` lines, and every digest Samuel could record. */
  platformDigests: string[];
  acceptable?: Set<string>;
}

/** Splits `NAME[@RANGE]` the way Samuel's CLI does (at the first `@` after the first character). */
export function splitNameVersion(arg: string): { name: string; constraint: string } {
  const at = arg.indexOf('@');
  return at > 0
    ? { name: arg.slice(0, at), constraint: arg.slice(at + 1) }
    : { name: arg, constraint: '' };
}

/** The registry entry for `name`, or an error naming the registries searched. */
export async function findInRegistries(name: string, ctx: ResolveContext): Promise<IndexEntry> {
  const entry = await ctx.resolver.find(name);
  if (entry) return entry;
  const names = ctx.resolver.sources.map((s) => `"${s.name}"`).join(', ');
  const unreadable = ctx.resolver.unreadable.length
    ? ` (${ctx.resolver.unreadable.join('; ')})`
    : '';
  throw new ConfigurationError(
    `${name} is in none of the project's registries (${names})${unreadable}`,
    {
      fix: 'check the plugin name, the [[registries]] of samuel.toml, or pass --registry-index FILE',
    },
  );
}

/** Fetches and verifies `version` of `index`'s plugin; `version` must already be resolved. */
export async function resolveRelease(
  index: IndexEntry,
  version: string,
  ctx: ResolveContext,
): Promise<ResolvedPlugin> {
  const kindHint = index.kind ?? '';
  if (index.subpath && (kindHint === 'wasm' || kindHint === 'oci')) {
    throw new ConfigurationError(
      `${index.name}: Samuel v2.3 cannot install a ${kindHint} plugin from a registry entry with subpath`,
      {
        fix: 'publish the plugin from its own repository, or drop subpath (the release assets land flat)',
        position: { file: index.indexUrl, line: index.line },
      },
    );
  }
  ctx.reporter?.info(`${index.name} ${version}: fetching from ${index.repo}`);
  const release = await fetchRelease(
    {
      name: index.name,
      repo: index.repo,
      version,
      kind: kindHint,
      ...(index.subpath ? { subpath: index.subpath } : {}),
    },
    ctx.downloader,
    ctx.env,
  );
  const manifest = release.manifest;
  if (!manifest.kind && index.kind) manifest.kind = index.kind as typeof manifest.kind;
  let digest: string | undefined;
  let platformDigests: string[] = [];
  let acceptable: Set<string> | undefined;
  if (manifest.kind === 'oci') {
    digest = pinnedDigest(manifest.oci?.image ?? '', release.location).digest;
    const image = await readImageDigests(manifest.oci!.image, release.location, {
      env: ctx.env,
      insecure: ctx.insecureRegistry ?? false,
    });
    platformDigests = platformDigestLines(image);
    acceptable = acceptableDigests(image);
  }
  const verdict = await ctx.verifier.verify(release, digest);
  const plugin = lockedPluginFor(manifest, {
    source: index.repo,
    signed: verdict.signed,
    ...(digest ? { digest } : {}),
  });
  return {
    index,
    version,
    release,
    verdict,
    plugin,
    platformDigests,
    ...(acceptable ? { acceptable } : {}),
  };
}

/** Resolves `name@constraint` for `lock update`: every refusal is an error with a fix. */
export async function resolveForUpdate(
  name: string,
  constraint: string,
  ctx: ResolveContext,
): Promise<ResolvedPlugin> {
  const index = await findInRegistries(name, ctx);
  const version = resolveVersion(index, constraint, ctx.allowPrerelease ?? false);
  if (!version) {
    const offered = [...new Set([...index.versions, index.latest].filter(Boolean))].join(', ');
    throw new ConfigurationError(
      `${name}: no version ${constraint ? `matching "${constraint}" ` : ''}in registry "${index.registry.name}" (it lists ${offered || 'none'})`,
      { fix: 'pick a listed version, or ask the registry to list the release (versions = [...])' },
    );
  }
  const resolved = await resolveRelease(index, version, ctx);
  const m = resolved.release.manifest;
  if (m.name !== name) {
    throw new ReleaseError(
      'RELEASE',
      `${resolved.release.location} is a release of "${m.name}", not "${name}"`,
      {
        fix: "the registry entry's repo points at another plugin; fix the registry entry",
      },
    );
  }
  if (m.version !== version) {
    throw new ReleaseError(
      'RELEASE',
      `${resolved.release.location}: the release of ${name} ${version} carries a manifest of version ${m.version}`,
      { fix: 'the tag and the manifest version must agree; the plugin needs a corrected release' },
    );
  }
  const v = resolved.verdict;
  if (!v.signed && (v.reason === 'invalid' || !ctx.verifier.policy.allowUnsigned)) {
    throw new ReleaseError('VERIFY', v.message, {
      fix:
        v.reason === 'unsigned' ? `${v.fix}, or pass --allow-unsigned to lock it unsigned` : v.fix,
    });
  }
  return resolved;
}
