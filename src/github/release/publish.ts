/**
 * Creates the GitHub release so that it is never visible half-uploaded and a re-run finishes
 * the job: find the published release (a no-op when it already holds exactly our assets, a
 * failure when it differs), else the oldest draft for the tag (duplicates from a race are
 * deleted), else a new draft; reconcile its assets (keep what matches by name, size, state and
 * sha256; replace the rest; remove strays); list again to verify; publish; then download every
 * asset anonymously, as Samuel's installer does, and check its hash.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import semver from 'semver';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { ConfigurationError, IoError, NetworkError, ReleaseError } from '../../errors.js';
import type { Reporter } from '../../report/index.js';
import { fileDigest } from '../../oci/digest.js';
import { downloadAsset } from './asset.js';
import { isAlreadyExists, statusOf, type GitHubClient } from './client.js';

export interface ReleaseFile {
  /** Asset name as uploaded (what Samuel's installer asks for). */
  name: string;
  path: string;
}

export interface PublishReleaseOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  tag: string;
  /** The release title. */
  title: string;
  /** The release notes (Markdown). */
  body: string;
  files: ReleaseFile[];
  prerelease: boolean;
  /** The plugin version, to decide whether this release becomes "latest". */
  version: string;
  /** Base URL of anonymous downloads (GITHUB_SERVER_URL). */
  serverUrl: string;
  reporter?: Reporter;
  /** How long anonymous downloads may take to appear after publishing (default 60 s). */
  downloadWaitMs?: number;
}

export interface ReleasedAsset {
  name: string;
  size: number;
  sha256: string;
  url: string;
}

export interface PublishedRelease {
  id: number;
  url: string;
  /** created: a new draft was made and published; resumed: an earlier run's draft was finished; unchanged: it was already published with these assets. */
  action: 'created' | 'resumed' | 'unchanged';
  assets: ReleasedAsset[];
  /** API requests made, by kind (for the record and the benchmarks). */
  requests: Record<string, number>;
}

interface Expected {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];
type Asset = Release['assets'][number];

export async function publishRelease(o: PublishReleaseOptions): Promise<PublishedRelease> {
  const requests: Record<string, number> = {};
  const count = (k: string) => (requests[k] = (requests[k] ?? 0) + 1);
  const say = (m: string) => o.reporter?.info(m);
  const repo = { owner: o.owner, repo: o.repo };
  const gh = o.client.rest.repos;
  const expected = await describeFiles(o.files);

  // 1. A published release for the tag is never modified.
  let published: Release | undefined;
  try {
    count('get-by-tag');
    published = (await gh.getReleaseByTag({ ...repo, tag: o.tag })).data;
  } catch (e) {
    if (statusOf(e) !== 404) throw apiError(e, `looking up the release ${o.tag}`, o);
  }
  if (published) {
    const current = await listAssets(o, published.id, count);
    const diff = await difference(o, expected, current, count);
    if (diff.length > 0) {
      throw new ConfigurationError(
        `the release ${o.tag} of ${o.owner}/${o.repo} is already published with other assets (${diff.join('; ')})${published.immutable ? ', and it is immutable' : ''}`,
        {
          fix: 'a published release is never changed: bump version in samuel-plugin.toml and push a new tag',
        },
      );
    }
    say(`the release ${o.tag} is already published with exactly these assets: nothing to do`);
    const assets = await verifyDownloads(o, expected, say);
    return { id: published.id, url: published.html_url, action: 'unchanged', assets, requests };
  }

  // 2. Our draft: the oldest one for the tag; duplicates left by a race are deleted.
  let draft = await oldestDraft(o, count);
  let action: PublishedRelease['action'] = 'resumed';
  if (!draft) {
    count('create');
    try {
      await gh.createRelease({
        ...repo,
        tag_name: o.tag,
        name: o.title,
        body: o.body,
        draft: true,
        prerelease: o.prerelease,
      });
    } catch (e) {
      throw apiError(e, `creating the draft release ${o.tag}`, o);
    }
    // Another job may have created one at the same moment: keep the oldest, drop the rest.
    draft = await oldestDraft(o, count);
    if (!draft)
      throw new ReleaseError('RELEASE', `the draft release ${o.tag} vanished after it was created`);
    action = 'created';
    say(`created the draft release ${o.tag}`);
  } else {
    say(`finishing the draft release ${o.tag} an earlier run left`);
    if (draft.body !== o.body || draft.prerelease !== o.prerelease) {
      count('update');
      await gh
        .updateRelease({
          ...repo,
          release_id: draft.id,
          body: o.body,
          name: o.title,
          prerelease: o.prerelease,
        })
        .catch((e: unknown) => {
          throw apiError(e, `updating the notes of the draft release ${o.tag}`, o);
        });
    }
  }

  // 3. Reconcile the draft's assets.
  const current = await listAssets(o, draft.id, count);
  for (const asset of current) {
    const want = expected.find((e) => e.name === asset.name);
    if (want && (await matches(o, asset, want, count))) continue;
    say(
      want
        ? `replacing ${asset.name} (${asset.state}, ${asset.size} bytes)`
        : `removing ${asset.name}, which this release does not ship`,
    );
    await deleteAsset(o, asset.id, count);
  }
  const kept = new Set((await listAssets(o, draft.id, count)).map((a) => a.name));
  for (const file of expected.filter((e) => !kept.has(e.name))) {
    await upload(o, draft, file, count);
  }

  // 4. Verify by listing again: exactly the expected names, sizes and digests.
  const diff = await difference(o, expected, await listAssets(o, draft.id, count), count);
  if (diff.length > 0) {
    throw new ReleaseError(
      'RELEASE',
      `the draft release ${o.tag} does not hold the expected assets: ${diff.join('; ')}`,
      {
        fix: 'run the release again: it resumes from the draft',
      },
    );
  }

  // 5. Publish; "latest" only for a stable version not older than the current latest.
  const makeLatest = await shouldBeLatest(o, count);
  count('publish');
  let final: Release;
  try {
    final = (
      await gh.updateRelease({
        ...repo,
        release_id: draft.id,
        draft: false,
        make_latest: makeLatest ? 'true' : 'false',
      })
    ).data;
  } catch (e) {
    throw apiError(e, `publishing the release ${o.tag}`, o);
  }
  say(`published ${final.html_url}`);

  // 6. What Samuel downloads: anonymous, by tag and name.
  const assets = await verifyDownloads(o, expected, say);
  return { id: final.id, url: final.html_url, action, assets, requests };
}

async function describeFiles(files: ReleaseFile[]): Promise<Expected[]> {
  const out: Expected[] = [];
  for (const f of files) {
    // Hashed as a stream: a large asset never sits in memory whole.
    const { digest, size } = await fileDigest(f.path, 'release asset');
    out.push({ name: f.name, path: f.path, size, sha256: digest.slice('sha256:'.length) });
  }
  return out;
}

async function oldestDraft(
  o: PublishReleaseOptions,
  count: (k: string) => void,
): Promise<Release | undefined> {
  const drafts: Release[] = [];
  try {
    for await (const page of o.client.paginate.iterator(o.client.rest.repos.listReleases, {
      owner: o.owner,
      repo: o.repo,
      per_page: 100,
    })) {
      count('list-releases');
      drafts.push(...page.data.filter((r) => r.draft && r.tag_name === o.tag));
    }
  } catch (e) {
    throw apiError(e, 'listing releases', o);
  }
  drafts.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const [oldest, ...extra] = drafts;
  for (const d of extra) {
    o.reporter?.info(
      `deleting a duplicate draft of ${o.tag} (id ${d.id}) left by a concurrent run`,
    );
    count('delete-release');
    try {
      await o.client.rest.repos.deleteRelease({ owner: o.owner, repo: o.repo, release_id: d.id });
    } catch (e) {
      if (statusOf(e) !== 404) throw apiError(e, 'deleting a duplicate draft', o);
    }
  }
  return oldest;
}

async function listAssets(
  o: PublishReleaseOptions,
  id: number,
  count: (k: string) => void,
): Promise<Asset[]> {
  count('list-assets');
  try {
    return await o.client.paginate(o.client.rest.repos.listReleaseAssets, {
      owner: o.owner,
      repo: o.repo,
      release_id: id,
      per_page: 100,
    });
  } catch (e) {
    throw apiError(e, 'listing release assets', o);
  }
}

async function matches(
  o: PublishReleaseOptions,
  asset: Asset,
  want: Expected,
  count: (k: string) => void,
): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== want.size) return false;
  if (asset.digest) return asset.digest === `sha256:${want.sha256}`;
  // An API without digests: download the asset (at most its listed size) and hash it.
  count('download-asset');
  return (await hashDownload(o, asset, want.size)) === want.sha256;
}

/**
 * The sha256 of a release asset read back through the API (see downloadAsset), at most `limit`
 * bytes (the listed size, already checked: more is an error that says so).
 */
async function hashDownload(
  o: PublishReleaseOptions,
  asset: Asset,
  limit: number,
): Promise<string> {
  try {
    const bytes = await downloadAsset(o.client, o.owner, o.repo, asset.id, {
      env: process.env,
      maxBytes: limit,
      what: `release asset ${asset.name}`,
    });
    return createHash('sha256').update(bytes).digest('hex');
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw apiError(e, 'downloading a release asset to hash it', o);
  }
}

async function difference(
  o: PublishReleaseOptions,
  expected: Expected[],
  current: Asset[],
  count: (k: string) => void,
): Promise<string[]> {
  const out: string[] = [];
  for (const e of expected) {
    const a = current.find((x) => x.name === e.name);
    if (!a) out.push(`${e.name} is missing`);
    else if (!(await matches(o, a, e, count))) out.push(`${e.name} differs`);
  }
  for (const a of current)
    if (!expected.some((e) => e.name === a.name)) out.push(`${a.name} is not ours`);
  return out;
}

async function deleteAsset(
  o: PublishReleaseOptions,
  id: number,
  count: (k: string) => void,
): Promise<void> {
  count('delete-asset');
  try {
    await o.client.rest.repos.deleteReleaseAsset({ owner: o.owner, repo: o.repo, asset_id: id });
  } catch (e) {
    if (statusOf(e) !== 404) throw apiError(e, 'deleting a release asset', o);
  }
}

const UPLOAD_ATTEMPTS = 4;

async function upload(
  o: PublishReleaseOptions,
  draft: Release,
  file: Expected,
  count: (k: string) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    count('upload');
    // Retried here, not by the client: a failed upload can leave a "starter" asset that makes a
    // blind retry fail with 422 already_exists.
    try {
      const size = (await stat(file.path)).size;
      if (size !== file.size) {
        throw new ReleaseError('RELEASE', `${file.path} changed while the release was running`, {
          fix: 'let the build finish before releasing, then run the release again',
        });
      }
      // Streamed from disk with its length declared: memory stays bounded for any size.
      // upload_url is uploads.github.com on github.com and <host>/api/uploads on GHES.
      await o.client.request({
        method: 'POST',
        url: draft.upload_url,
        name: file.name,
        data: createReadStream(file.path),
        headers: { 'content-type': 'application/octet-stream', 'content-length': size },
        request: { retries: 0 },
      });
      o.reporter?.info(`uploaded ${file.name} (${size} bytes)`);
      return;
    } catch (e) {
      if (e instanceof ReleaseError) throw e;
      // 422 already_exists (a lost response, a concurrent upload) or a failed upload that left a
      // "starter" asset behind: delete what is there under that name and try again.
      const transient = statusOf(e) === undefined || (statusOf(e) ?? 0) >= 500;
      if (attempt >= UPLOAD_ATTEMPTS || !(isAlreadyExists(e) || transient)) {
        throw apiError(e, `uploading ${file.name}`, o);
      }
      if (transient) await new Promise((r) => setTimeout(r, attempt * 500));
      const stale = (await listAssets(o, draft.id, count)).find((a) => a.name === file.name);
      if (stale) {
        if (stale.state === 'uploaded' && (await matches(o, stale, file, count))) return;
        await deleteAsset(o, stale.id, count);
      }
    }
  }
}

async function shouldBeLatest(
  o: PublishReleaseOptions,
  count: (k: string) => void,
): Promise<boolean> {
  const version = semver.parse(o.version, { loose: true });
  if (!version || o.prerelease || version.prerelease.length > 0) return false;
  try {
    count('get-latest');
    const latest = (await o.client.rest.repos.getLatestRelease({ owner: o.owner, repo: o.repo }))
      .data;
    const current = semver.parse(latest.tag_name.replace(/^.*?v?(\d+\.\d+\.\d+.*)$/, '$1'), {
      loose: true,
    });
    return !current || semver.gte(version, current);
  } catch (e) {
    if (statusOf(e) === 404) return true;
    throw apiError(e, 'reading the latest release', o);
  }
}

async function verifyDownloads(
  o: PublishReleaseOptions,
  expected: Expected[],
  say: (m: string) => void,
): Promise<ReleasedAsset[]> {
  const dispatcher = new EnvHttpProxyAgent();
  const out: ReleasedAsset[] = [];
  const deadline = Date.now() + (o.downloadWaitMs ?? 60_000);
  try {
    for (const e of expected) {
      const url = `${o.serverUrl}/${o.owner}/${o.repo}/releases/download/${encodeURIComponent(o.tag)}/${encodeURIComponent(e.name)}`;
      for (let wait = 500; ; wait = Math.min(wait * 2, 8000)) {
        let status = 0;
        let hash = '';
        try {
          const res = await fetch(url, {
            dispatcher,
            redirect: 'follow',
            signal: AbortSignal.timeout(60_000),
          });
          status = res.status;
          if (res.ok && res.body) {
            const h = createHash('sha256');
            let size = 0;
            for await (const chunk of res.body) {
              size += (chunk as Uint8Array).length;
              if (size > e.size) break;
              h.update(chunk as Uint8Array);
            }
            hash = size === e.size ? h.digest('hex') : `size ${size}`;
          } else await res.body?.cancel();
        } catch (err) {
          status = -1;
          hash = (err as Error).message;
        }
        if (hash === e.sha256) {
          out.push({ name: e.name, size: e.size, sha256: e.sha256, url });
          break;
        }
        if (Date.now() + wait > deadline) {
          throw new NetworkError(
            `the published asset ${e.name} does not download as Samuel will fetch it (${url}: ${status > 0 ? `HTTP ${status}` : hash}${hash && status === 200 ? `, got ${hash}` : ''})`,
            {
              fix: 'check that the repository is public (Samuel downloads anonymously) and run the release again',
            },
          );
        }
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    say(`verified ${out.length} asset(s) download anonymously with the right sha256`);
    return out;
  } finally {
    await dispatcher.close();
  }
}

/** An API failure, with what to do about it. */
export function apiError(
  e: unknown,
  doing: string,
  o: { owner: string; repo: string },
): ReleaseError {
  if (e instanceof ReleaseError) return e;
  const status = statusOf(e);
  const message =
    (e as { response?: { data?: { message?: string } } })?.response?.data?.message ??
    (e as Error)?.message ??
    String(e);
  const where = `${o.owner}/${o.repo}`;
  if (status === 401) {
    return new ConfigurationError(`GitHub rejected the token while ${doing} (401: ${message})`, {
      cause: e,
      fix: 'pass a valid token (github-token input, GITHUB_TOKEN or GH_TOKEN)',
    });
  }
  if (status === 403) {
    return new ConfigurationError(
      `the token may not write releases of ${where} (${doing}: 403 ${message})`,
      {
        cause: e,
        fix: 'grant `permissions: contents: write` to the job that runs the release (and to the calling job when it uses the reusable workflow)',
      },
    );
  }
  if (status === 404) {
    return new ConfigurationError(`${where} was not found while ${doing} (404)`, {
      cause: e,
      fix: 'check GITHUB_REPOSITORY and that the token can see the repository',
    });
  }
  if (status === undefined) {
    return new NetworkError(`GitHub could not be reached while ${doing}: ${message}`, {
      cause: e,
      fix: 'check the network (and GITHUB_API_URL on GitHub Enterprise Server), then run the release again: it resumes',
    });
  }
  return new ReleaseError('RELEASE', `GitHub answered ${status} while ${doing}: ${message}`, {
    cause: e,
    fix: 'run the release again: it resumes from where it stopped',
  });
}
