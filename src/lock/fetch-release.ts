/**
 * Fetches what `samuel install` reads for one resolved plugin version (contract §5,
 * source.go and github_release.go): from a `file://` repo, the folder itself; from
 * `github.com/<owner>/<repo>`, the release assets of tag `<version>`, then `v<version>` (wasm
 * and oci), or a `git clone --depth 1` of that tag (skills). Everything stays in memory, bounded.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, ReleaseError } from '../errors.js';
import { parseTomlTree, TomlSyntaxError } from '../manifest/toml.js';
import { toPluginManifest } from '../manifest/typed.js';
import type { PluginManifest } from '../manifest/types.js';
import { inertLog } from '../report/index.js';
import { INSTALLED_MODULE } from '../samuel/installer.js';
import { run, tail } from '../util/exec.js';
import { READ_LIMITS } from '../util/files.js';
import type { Downloader } from './download.js';

/** What a release offers for the lock: the manifest, the signed artifact and its bundle. */
export interface FetchedRelease {
  /** Where it came from, for messages (`github.com/o/r@v1.2.3`, `file:///…`). */
  location: string;
  /** The tag whose assets were used (github.com releases). */
  tag?: string;
  manifestText: string;
  manifest: PluginManifest;
  /** The bytes the signature covers: the wasm module or SKILL.md (none for oci). */
  artifact?: { name: string; data: Buffer };
  bundle?: { name: string; data: Buffer };
}

/** The ways a release can be missing, so check can name the rule. */
export class ReleaseMissing extends ReleaseError {
  constructor(message: string, fix: string) {
    super('RELEASE', message, { fix });
  }
}

export interface FetchRequest {
  name: string;
  repo: string;
  version: string;
  kind: string;
  subpath?: string;
}

/** Tags Samuel tries for a version: as given, then `v`-prefixed when it looks like semver. */
export function releaseTags(version: string): string[] {
  const tags = [version];
  if (/^[0-9]/.test(version) && version.includes('.')) tags.push(`v${version}`);
  return tags;
}

/** Parses a released manifest's text into the typed fields the lock needs. */
export function parseReleasedManifest(text: string, where: string): PluginManifest {
  let manifest: PluginManifest;
  try {
    manifest = toPluginManifest(parseTomlTree(text));
  } catch (e) {
    const detail = e instanceof TomlSyntaxError ? e.message : (e as Error).message;
    throw new ConfigurationError(
      `${where}: the released samuel-plugin.toml is not valid TOML: ${detail}`,
      {
        cause: e,
        fix: 'the plugin needs a new release with a valid manifest',
      },
    );
  }
  for (const key of ['name', 'version', 'kind'] as const) {
    if (
      typeof manifest[key] !== 'string' ||
      manifest[key] === '' ||
      manifest[key] === 'undefined'
    ) {
      throw new ConfigurationError(`${where}: the released samuel-plugin.toml has no ${key}`, {
        fix: 'the plugin needs a new release whose manifest has name, version and kind',
      });
    }
  }
  return manifest;
}

function githubRepo(repo: string): { owner: string; name: string } | undefined {
  const m = /^github\.com\/([^/]+)\/([^/]+)/.exec(repo);
  return m ? { owner: m[1]!, name: m[2]!.replace(/\.git$/, '') } : undefined;
}

/** Names of the signed artifact and its bundle for a manifest found in `root` (or released). */
function artifactNames(manifest: PluginManifest): { artifact?: string; bundle?: string } {
  if (manifest.kind === 'wasm') {
    const module = manifest.wasm?.module || INSTALLED_MODULE;
    return { artifact: module, bundle: `${module}.bundle` };
  }
  if (manifest.kind === 'skill') return { artifact: 'SKILL.md', bundle: 'SKILL.md.bundle' };
  return {};
}

function limitFor(name: string): { maxBytes: number; what: string } {
  if (name.endsWith('.bundle')) return { maxBytes: READ_LIMITS.bundle, what: 'signature bundle' };
  if (name === 'samuel-plugin.toml') return { maxBytes: READ_LIMITS.manifest, what: 'manifest' };
  if (name === 'SKILL.md') return { maxBytes: READ_LIMITS.skill, what: 'SKILL.md' };
  return { maxBytes: READ_LIMITS.module, what: 'module' };
}

/** Reads a plugin tree the way Samuel reads a fetched root (file:// source or a clone). */
async function fromTree(
  root: string,
  location: string,
  downloader: Downloader,
): Promise<FetchedRelease> {
  const url = (name: string) => pathToFileURL(join(root, name)).href;
  const manifestBytes = await downloader.get(
    url('samuel-plugin.toml'),
    limitFor('samuel-plugin.toml'),
  );
  if (!manifestBytes) {
    throw new ReleaseMissing(
      `${location} has no samuel-plugin.toml`,
      'point the registry entry at the folder of a released plugin',
    );
  }
  const manifestText = manifestBytes.toString('utf8');
  const manifest = parseReleasedManifest(manifestText, location);
  const out: FetchedRelease = { location, manifestText, manifest };
  const names = artifactNames(manifest);
  if (names.artifact) {
    const data = await downloader.get(url(names.artifact), limitFor(names.artifact));
    if (data) out.artifact = { name: names.artifact, data };
  }
  let bundleName = names.bundle;
  if (manifest.kind === 'oci') bundleName = await ociBundleIn(root, manifest.name);
  if (bundleName) {
    const data = await downloader.get(url(bundleName), limitFor(bundleName));
    if (data) out.bundle = { name: bundleName, data };
  }
  return out;
}

/** `<plugin-name>.bundle`, else the first `*.bundle` in the folder (service.go resolveOciBundle). */
async function ociBundleIn(root: string, pluginName: string): Promise<string | undefined> {
  const preferred = `${pluginName}.bundle`;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && e.name === preferred)) return preferred;
  return entries.find((e) => e.isFile() && e.name.endsWith('.bundle'))?.name;
}

async function fromGitHubRelease(
  req: FetchRequest,
  gh: { owner: string; name: string },
  downloader: Downloader,
): Promise<FetchedRelease> {
  const tried: string[] = [];
  for (const tag of releaseTags(req.version)) {
    const base = `https://github.com/${gh.owner}/${gh.name}/releases/download/${tag}`;
    const get = (name: string) => downloader.get(`${base}/${name}`, limitFor(name));
    const manifestBytes = await get('samuel-plugin.toml');
    tried.push(tag);
    if (!manifestBytes) continue;
    const location = `github.com/${gh.owner}/${gh.name}@${tag}`;
    const manifestText = manifestBytes.toString('utf8');
    const manifest = parseReleasedManifest(manifestText, location);
    const out: FetchedRelease = { location, tag, manifestText, manifest };
    if (req.kind === 'wasm' || manifest.kind === 'wasm') {
      // The installer downloads the module as plugin.wasm and verifies [wasm].module beside it.
      const module = await get(INSTALLED_MODULE);
      if (!module) {
        throw new ReleaseMissing(
          `${location} has no ${INSTALLED_MODULE} asset`,
          `upload ${INSTALLED_MODULE} to the release (samuel install falls back to a git clone without it)`,
        );
      }
      const names = artifactNames(manifest);
      if (names.artifact === INSTALLED_MODULE)
        out.artifact = { name: INSTALLED_MODULE, data: module };
      const bundle = await get(`${INSTALLED_MODULE}.bundle`);
      if (bundle && names.bundle === `${INSTALLED_MODULE}.bundle`) {
        out.bundle = { name: `${INSTALLED_MODULE}.bundle`, data: bundle };
      }
    } else {
      // oci: the installer asks for <repo-name>.bundle (ociReleaseAssetSet(repoName)).
      const bundleName = `${gh.name}.bundle`;
      const bundle = await get(bundleName);
      if (bundle) out.bundle = { name: bundleName, data: bundle };
    }
    return out;
  }
  throw new ReleaseMissing(
    `no release of ${req.name} ${req.version} in github.com/${gh.owner}/${gh.name}: samuel-plugin.toml is not an asset of tag ${tried.join(' or ')}`,
    `publish the release for tag ${tried.at(-1)} with its assets, or lock a version that was released`,
  );
}

async function fromGitClone(
  req: FetchRequest,
  cloneUrl: string,
  downloader: Downloader,
  env: NodeJS.ProcessEnv,
): Promise<FetchedRelease> {
  const dir = await mkdtemp(join(tmpdir(), 'spr-lock-clone-'));
  try {
    let lastError = '';
    for (const tag of releaseTags(req.version)) {
      const dest = join(dir, tag);
      const r = await run(
        'git',
        ['clone', '--quiet', '--depth=1', '--branch', tag, cloneUrl, dest],
        {
          env: {
            PATH: env.PATH ?? process.env.PATH,
            HOME: env.HOME ?? process.env.HOME,
            ...env,
            GIT_TERMINAL_PROMPT: '0',
          },
        },
      );
      if (r.code === 0) {
        const root = req.subpath ? join(dest, req.subpath) : dest;
        const fetched = await fromTree(root, `${cloneUrl}@${tag}`, downloader);
        return { ...fetched, tag };
      }
      lastError = tail(r.stderr, 3);
    }
    throw new ReleaseMissing(
      `cannot clone tag ${releaseTags(req.version).join(' or ')} of ${cloneUrl}: ${inertLog(lastError)}`,
      'push the tag for this version, or lock a version that was released',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Fetches the release `req` names, as Samuel's installer would. */
export async function fetchRelease(
  req: FetchRequest,
  downloader: Downloader,
  env: NodeJS.ProcessEnv,
): Promise<FetchedRelease> {
  const repo = req.repo.trim();
  if (repo.startsWith('file://')) {
    let root = new URL(repo).pathname;
    const info = await stat(root).catch(() => undefined);
    if (!info) {
      throw new ReleaseMissing(
        `${repo} does not exist`,
        'point the registry entry at the folder of a released plugin',
      );
    }
    if (!info.isDirectory()) root = dirname(root);
    if (req.subpath) root = join(root, req.subpath);
    return fromTree(root, repo, downloader);
  }
  const gh = githubRepo(repo);
  if (gh && (req.kind === 'wasm' || req.kind === 'oci')) {
    return fromGitHubRelease(req, gh, downloader);
  }
  if (gh) return fromGitClone(req, `https://${repo.replace(/\.git$/, '')}.git`, downloader, env);
  if (/^https?:\/\//.test(repo)) return fromGitClone(req, repo, downloader, env);
  throw new ConfigurationError(`unsupported plugin source "${inertLog(repo)}"`, {
    fix: 'the registry entry repo must be github.com/<owner>/<repo>, https://… or file:///…',
  });
}
