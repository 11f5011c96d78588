/**
 * Compares a plugin's manifest with the one its latest GitHub release carries and says which
 * capabilities the change asks for that the release did not. Whatever goes wrong on the way
 * (GitHub unreachable, a used-up rate limit, a read-only fork token, a release without the
 * manifest) is an `unavailable` result with the reason and a fix, never an exception: the
 * comparison informs a review, it never fails a pull request.
 */
import type { Capabilities, LoadedManifest } from '../../manifest/types.js';
import { parseTomlTree, TomlSyntaxError } from '../../manifest/toml.js';
import { foldKeyCase } from '../../manifest/key-case.js';
import { toPluginManifest } from '../../manifest/typed.js';
import { IoError } from '../../errors.js';
import { parseRepository } from './repository.js';
import { formatBytes } from '../../util/files.js';
import { inertLog, type Reporter } from '../../report/index.js';
import { apiUrl } from '../release/client.js';
import { readClient } from './client.js';
import { diffCapabilities, type CapabilityDiff } from './diff.js';
import { downloadAsset } from '../release/asset.js';
import {
  findLatestRelease,
  MANIFEST_ASSET,
  MAX_RELEASED_MANIFEST_BYTES,
  type ReleaseRef,
} from './released.js';

export interface CompareOptions {
  /** `owner/repo` of the plugin's GitHub repository. */
  repository: string;
  env: NodeJS.ProcessEnv;
  /** A token that can read the repository (anonymous when absent: enough for public ones). */
  token?: string;
  reporter?: Reporter;
  /** Retries per request (default 1) and the back-off scale (ms per second, default 1000). */
  retries?: number;
  timeScale?: number;
}

export type CompareResult =
  | {
      status: 'compared';
      repository: string;
      release: ReleaseRef;
      diff: CapabilityDiff;
    }
  | {
      /** No published release of this plugin yet: every declared capability is new. */
      status: 'first-release';
      repository: string;
      diff: CapabilityDiff;
    }
  | {
      status: 'unavailable';
      repository: string;
      release?: ReleaseRef;
      reason: string;
      fix: string;
    };

/** Compares `loaded` with the manifest of the latest release in `options.repository`. */
export async function compareWithLatestRelease(
  loaded: LoadedManifest,
  options: CompareOptions,
): Promise<CompareResult> {
  const { owner, repo } = parseRepository(options.repository);
  const repository = `${owner}/${repo}`;
  const name = loaded.manifest.name;
  const client = readClient({
    env: options.env,
    ...(options.token ? { token: options.token } : {}),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
  });
  const unavailable = (reason: string, fix: string, release?: ReleaseRef): CompareResult => ({
    status: 'unavailable',
    repository,
    reason,
    fix,
    ...(release ? { release } : {}),
  });

  let latest;
  try {
    latest = await findLatestRelease(client, owner, repo, name);
  } catch (e) {
    const { reason, fix } = explainApiFailure(e, repository, options);
    return unavailable(reason, fix);
  }
  if (!latest.found) {
    const none: Capabilities = {
      exec: false,
      env: [],
      filesystem: { read: [], write: [] },
      network: { outbound: [], hosts: [], allowedHosts: [] },
      samuelApi: false,
      assistantInvoke: false,
    };
    options.reporter?.info(
      `${repository} has no published release of ${name} yet: this is the first release, every capability is new`,
    );
    return { status: 'first-release', repository, diff: diffCapabilities(none, loaded) };
  }
  const { release, asset } = latest;
  if (!asset) {
    return unavailable(
      `the latest release ${release.tag} of ${repository} has no ${MANIFEST_ASSET} asset, so its capabilities are unknown`,
      loaded.manifest.kind === 'skill'
        ? `a skill release carries no ${MANIFEST_ASSET} asset; review the capabilities by hand against the manifest at tag ${release.tag}`
        : `release with samuel-plugin-release (it uploads ${MANIFEST_ASSET}, which Samuel's installer needs), or upload the released manifest to ${release.tag} by hand`,
      release,
    );
  }
  if (asset.size > MAX_RELEASED_MANIFEST_BYTES) {
    return unavailable(
      `the ${MANIFEST_ASSET} asset of ${release.tag} is ${formatBytes(asset.size)}, over the ${formatBytes(MAX_RELEASED_MANIFEST_BYTES)} limit for a manifest; it was not downloaded`,
      `replace the asset with the real released manifest (a few hundred bytes of TOML)`,
      release,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await downloadAsset(client, owner, repo, asset.id, {
      env: options.env,
      maxBytes: MAX_RELEASED_MANIFEST_BYTES,
      what: `${MANIFEST_ASSET} asset of ${release.tag}`,
    });
  } catch (e) {
    const { reason, fix } = explainApiFailure(e, repository, options);
    return unavailable(reason, fix, release);
  }
  const released = parseReleased(bytes, release.tag);
  if ('problem' in released) return unavailable(released.problem, released.fix, release);
  if (released.name !== name) {
    return unavailable(
      `the latest release ${release.tag} of ${repository} is of plugin ${JSON.stringify(released.name)}, not ${JSON.stringify(name)}`,
      `name this plugin's repository: --compare-release=OWNER/REPO (a repository with several plugins tags them <name>-v<version>)`,
      release,
    );
  }
  return {
    status: 'compared',
    repository,
    release,
    diff: diffCapabilities(released.capabilities, loaded),
  };
}

/** Reads the released manifest's name and capabilities with the manifest loader's own parser. */
function parseReleased(
  bytes: Buffer,
  tag: string,
): { name: string; capabilities: Capabilities } | { problem: string; fix: string } {
  const fix = `re-upload a valid ${MANIFEST_ASSET} to ${tag}, or review the capabilities by hand`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `the ${MANIFEST_ASSET} asset of ${tag} is not UTF-8 text`, fix };
  }
  try {
    const root = parseTomlTree(text.replace(/^\uFEFF/, ''));
    foldKeyCase(root, MANIFEST_ASSET, []);
    const m = toPluginManifest(root);
    return { name: m.name, capabilities: m.capabilities };
  } catch (e) {
    const detail = e instanceof TomlSyntaxError ? `: ${e.message} (line ${e.line})` : '';
    return {
      problem: `the ${MANIFEST_ASSET} asset of ${tag} is not valid TOML${inertLog(detail)}`,
      fix,
    };
  }
}

/** Why a GitHub request failed, in words, with what to do. */
function explainApiFailure(
  e: unknown,
  repository: string,
  options: CompareOptions,
): { reason: string; fix: string } {
  const err = e as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  // Octokit reports a request that got no answer at all as status 500 without a response.
  const status =
    typeof err.status === 'number' && err.response !== undefined ? err.status : undefined;
  const headers = err.response?.headers ?? {};
  const tokenFix =
    'give the job a token that can read the repository (GITHUB_TOKEN; permissions: contents: read is enough)';
  if (
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'])
  ) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0
        ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`
        : headers['retry-after']
          ? ` for ${headers['retry-after']} s`
          : '';
    return {
      reason: `GitHub's API rate limit is used up${when}, so the latest release of ${repository} could not be read`,
      fix: options.token
        ? 'run the job again once the limit resets'
        : `${tokenFix}: anonymous requests get 60 an hour per address, shared on hosted runners`,
    };
  }
  if (status === 401) {
    return {
      reason: `GitHub refused the token (HTTP 401) when reading the releases of ${repository}`,
      fix: 'check GITHUB_TOKEN (or GH_TOKEN); a public repository needs no token at all',
    };
  }
  if (status === 403 || status === 404) {
    return {
      reason: `the releases of ${repository} are not visible (HTTP ${status}): the repository does not exist, or it is private and ${options.token ? 'the token cannot read it' : 'no token was given'}`,
      fix: `check --compare-release=OWNER/REPO; for a private repository, ${tokenFix}`,
    };
  }
  if (e instanceof IoError)
    return { reason: e.message, fix: e.fix ?? 'review the capabilities by hand' };
  const what = status
    ? `answered HTTP ${status}`
    : `is unreachable (${inertLog(String(err.message ?? e)).slice(0, 200)})`;
  return {
    reason: `GitHub's API at ${apiUrl(options.env)} ${what}, so the latest release of ${repository} could not be read`,
    fix: 'check the network and GITHUB_API_URL; the comparison runs again on the next push',
  };
}
