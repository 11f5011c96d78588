/**
 * A stand-in for GitHub's REST API (releases, release assets, git refs, repository permissions)
 * and for the anonymous `/<owner>/<repo>/releases/download/<tag>/<asset>` URLs, on node:http at
 * 127.0.0.1. Responses take the shapes recorded in @octokit/fixtures (`release-assets`,
 * `release-assets-conflict`) and are typed with @octokit/openapi-types, so a shape drift fails
 * the type check. As on GitHub: drafts are invisible to get-by-tag, to `latest` and to anonymous
 * downloads; an upload of an existing name is a 422 `already_exists`; immutable releases refuse
 * changes once published; an asset fetched through the API as octet-stream redirects to signed
 * storage (`/_storage/…`), which refuses requests that still carry the token.
 *
 * Faults are injected per request (`fail(match, fault)`): a status with a body, a
 * `retry-after` 403 (secondary rate limit), a 502 that leaves a `starter` asset behind, a
 * connection reset mid-upload, or a hook that runs before the request (to simulate a race).
 *
 * With `anonymousReads`, GET requests need no token, as on a public repository.
 *
 * Usage:
 *   const gh = await startGitHubFake({ owner: 'acme', repo: 'hello', tags: { 'v1.0.0': sha } });
 *   env.GITHUB_API_URL = gh.apiUrl; env.GITHUB_SERVER_URL = gh.serverUrl;
 *   gh.releases() — every release with its assets (drafts included); gh.calls — the request log.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type Release = components['schemas']['release'];
type Asset = components['schemas']['release-asset'];

export interface StoredAsset {
  meta: Asset;
  data: Buffer;
}

export interface StoredRelease {
  meta: Release;
  assets: StoredAsset[];
}

export interface Fault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** For an upload: store a `starter` asset (state "open") before answering. */
  leaveStarter?: boolean;
  /** Destroy the connection (after reading part of the body for uploads). */
  reset?: boolean;
  /** Runs before the request is handled (e.g. create a competing draft). */
  before?: (fake: GitHubFake) => void;
  /** Handle the request normally, then fail the response (the change happened). */
  after?: boolean;
  /** How many matching requests this fault hits (default 1). */
  times?: number;
  /** Let this many matching requests through before the fault hits. */
  skip?: number;
  /** Handle the request fully, then drop the connection instead of answering (a lost response). */
  lose?: boolean;
}

export interface GitHubFake {
  apiUrl: string;
  serverUrl: string;
  token: string;
  owner: string;
  repo: string;
  calls: { method: string; path: string; status: number }[];
  /** Every release (drafts included), oldest first. */
  releases(): StoredRelease[];
  /** Adds a release directly (published unless `draft`). */
  addRelease(
    tag: string,
    options?: { draft?: boolean; immutable?: boolean; prerelease?: boolean },
  ): StoredRelease;
  addAsset(release: StoredRelease, name: string, data: Buffer, state?: 'uploaded' | 'open'): void;
  /** Makes requests whose `METHOD path` matches the pattern fail as `fault` says. */
  fail(match: RegExp, fault: Fault): void;
  /** Sets the repository permissions preflight sees. */
  setPermissions(p: { push: boolean }): void;
  close(): Promise<void>;
}

const USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: '',
  following_url: '',
  gists_url: '',
  starred_url: '',
  subscriptions_url: '',
  organizations_url: '',
  repos_url: '',
  events_url: '',
  received_events_url: '',
  type: 'Bot',
  site_admin: false,
} satisfies components['schemas']['simple-user'];

export async function startGitHubFake(init: {
  owner?: string;
  repo?: string;
  token?: string;
  /** Tags that exist, with the commit each points at. */
  tags?: Record<string, string>;
  private?: boolean;
  /** Omit asset `digest` (null), as GitHub Enterprise Server versions before it existed do. */
  noDigests?: boolean;
  /**
   * Answer GET requests without a token, as GitHub does for a public repository (a private one
   * then answers 404, as GitHub hides it). Off by default: every API request needs the token.
   */
  anonymousReads?: boolean;
}): Promise<GitHubFake> {
  const owner = init.owner ?? 'acme';
  const repo = init.repo ?? 'hello';
  const token = init.token ?? 'ghs_fake0000000000000000000000000000000';
  const tags = { ...(init.tags ?? {}) };
  const releases: StoredRelease[] = [];
  const faults: { match: RegExp; fault: Fault; left: number }[] = [];
  let permissions = { push: true };
  /** The release GitHub shows as latest (set on publish unless make_latest is "false"). */
  let latestId: number | undefined;
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');
  const calls: GitHubFake['calls'] = [];
  let base = '';

  const releaseJson = (r: StoredRelease): Release => ({
    ...r.meta,
    assets: r.assets.map((a) => a.meta),
  });

  const fake: GitHubFake = {
    apiUrl: '',
    serverUrl: '',
    token,
    owner,
    repo,
    calls,
    releases: () => releases,
    addRelease(tag, options = {}) {
      const id = nextId++;
      const r: StoredRelease = {
        meta: {
          url: `${base}/repos/${owner}/${repo}/releases/${id}`,
          html_url: `${base}/${owner}/${repo}/releases/tag/${tag}`,
          assets_url: `${base}/repos/${owner}/${repo}/releases/${id}/assets`,
          upload_url: `${base}/api/uploads/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
          tarball_url: `${base}/repos/${owner}/${repo}/tarball/${tag}`,
          zipball_url: `${base}/repos/${owner}/${repo}/zipball/${tag}`,
          id,
          node_id: Buffer.from(`RE_${id}`).toString('base64'),
          tag_name: tag,
          target_commitish: 'main',
          name: tag,
          body: '',
          draft: options.draft ?? false,
          prerelease: options.prerelease ?? false,
          immutable: options.immutable ?? false,
          created_at: now(),
          published_at: options.draft ? null : now(),
          author: USER,
          assets: [],
        },
        assets: [],
      };
      releases.push(r);
      if (!r.meta.draft && !r.meta.prerelease) latestId = id;
      return r;
    },
    addAsset(release, name, data, state = 'uploaded') {
      const id = nextId++;
      release.assets.push({
        meta: {
          url: `${base}/repos/${owner}/${repo}/releases/assets/${id}`,
          browser_download_url: `${base}/${owner}/${repo}/releases/download/${release.meta.tag_name}/${name}`,
          id,
          node_id: Buffer.from(`RA_${id}`).toString('base64'),
          name,
          label: '',
          state,
          content_type: 'application/octet-stream',
          size: state === 'uploaded' ? data.length : 0,
          digest:
            state === 'uploaded' && !init.noDigests
              ? `sha256:${createHash('sha256').update(data).digest('hex')}`
              : null,
          download_count: 0,
          created_at: now(),
          updated_at: now(),
          uploader: USER,
        },
        data,
      });
    },
    fail(match, fault) {
      faults.push({ match, fault, left: fault.times ?? 1 });
    },
    setPermissions(p) {
      permissions = p;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text =
      body === undefined
        ? ''
        : typeof body === 'string' || Buffer.isBuffer(body)
          ? body
          : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': Buffer.isBuffer(body)
        ? 'application/octet-stream'
        : 'application/json; charset=utf-8',
      'x-github-request-id': `0000:${nextId}`,
      ...headers,
    });
    res.end(text);
  };
  const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };

  async function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > limit) throw new Error('body too large');
      chunks.push(c as Buffer);
    }
    return Buffer.concat(chunks);
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, { message: String(e) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    // GitHub accepts path parameters percent-encoded (Octokit encodes a ref's slash as %2F).
    const path = decodeURIComponent(url.pathname);
    const key = `${method} ${path}`;
    const log = (status: number) => calls.push({ method, path, status });
    const authed =
      req.headers.authorization === `token ${token}` ||
      req.headers.authorization === `Bearer ${token}`;

    let hit = faults.find((f) => f.left > 0 && f.match.test(key));
    if (hit && (hit.fault.skip ?? 0) > 0) {
      hit.fault.skip!--;
      hit = undefined;
    }
    if (hit) {
      hit.left--;
      const f = hit.fault;
      if (f.lose) {
        res.writeHead = (() => {
          req.socket.destroy();
          return res;
        }) as unknown as typeof res.writeHead;
        res.end = (() => res) as unknown as typeof res.end;
      }
      f.before?.(fake);
      if (f.reset) {
        if (method === 'POST') {
          // Read a little of the upload, then drop the connection.
          req.once('data', () => req.socket.destroy());
        } else req.socket.destroy();
        log(0);
        return;
      }
      if (f.status && !f.after) {
        if (f.leaveStarter) {
          const m = /\/releases\/(\d+)\/assets$/.exec(path);
          const r = releases.find((x) => x.meta.id === Number(m?.[1]));
          const name = url.searchParams.get('name');
          if (r && name) fake.addAsset(r, name, Buffer.alloc(0), 'open');
          await readBody(req).catch(() => Buffer.alloc(0));
        }
        log(f.status);
        send(res, f.status, f.body ?? { message: 'Server Error' }, f.headers);
        return;
      }
      if (f.status && f.after) {
        const status = f.status;
        const original = res.writeHead.bind(res);
        let replaced = false;
        res.writeHead = ((code: number, ...rest: unknown[]) => {
          if (!replaced) {
            replaced = true;
            return original(status, { 'content-type': 'application/json' });
          }
          return original(code, ...(rest as []));
        }) as typeof res.writeHead;
        const end = res.end.bind(res);
        res.end = ((..._args: unknown[]) =>
          end(JSON.stringify({ message: 'Server Error' }))) as typeof res.end;
      }
    }

    // Anonymous downloads of published releases (what Samuel's installer does).
    let m = new RegExp(`^/${owner}/${repo}/releases/download/([^/]+)/([^/]+)$`).exec(path);
    if (m && method === 'GET') {
      const r = releases.find(
        (x) => !x.meta.draft && x.meta.tag_name === decodeURIComponent(m![1]!),
      );
      const a = r?.assets.find(
        (x) => x.meta.name === decodeURIComponent(m![2]!) && x.meta.state === 'uploaded',
      );
      if (!a) {
        log(404);
        send(res, 404, 'Not Found');
        return;
      }
      a.meta.download_count++;
      log(200);
      send(res, 200, a.data);
      return;
    }
    // Signed storage behind an asset's octet-stream redirect. Like S3, it refuses a request that
    // also carries an Authorization header, so a client leaking the token there fails.
    m = /^\/_storage\/assets\/(\d+)$/.exec(path);
    if (m && method === 'GET') {
      const a = releases.flatMap((r) => r.assets).find((x) => x.meta.id === Number(m![1]));
      if (req.headers.authorization || url.searchParams.get('sig') !== 'signed' || !a) {
        log(req.headers.authorization ? 400 : 404);
        send(res, req.headers.authorization ? 400 : 404, 'Only one auth mechanism allowed');
        return;
      }
      log(200);
      send(res, 200, a.data);
      return;
    }
    if (!authed && init.anonymousReads && method === 'GET' && init.private) {
      log(404);
      send(res, 404, notFound);
      return;
    }
    if (!authed && !(init.anonymousReads && method === 'GET')) {
      log(401);
      send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
      return;
    }
    const repoPath = `/repos/${owner}/${repo}`;
    if (path === repoPath && method === 'GET') {
      log(200);
      send(res, 200, {
        id: 1,
        name: repo,
        full_name: `${owner}/${repo}`,
        private: init.private ?? false,
        visibility: init.private ? 'private' : 'public',
        permissions: {
          admin: false,
          maintain: false,
          push: permissions.push,
          triage: true,
          pull: true,
        },
      });
      return;
    }
    m = new RegExp(`^${repoPath}/git/ref/tags/(.+)$`).exec(path);
    if (m && method === 'GET') {
      const tag = decodeURIComponent(m[1]!);
      const sha = tags[tag];
      if (!sha) {
        log(404);
        send(res, 404, notFound);
        return;
      }
      log(200);
      send(res, 200, {
        ref: `refs/tags/${tag}`,
        node_id: 'REF',
        url: `${base}${repoPath}/git/refs/tags/${tag}`,
        object: { sha, type: 'commit', url: `${base}${repoPath}/git/commits/${sha}` },
      });
      return;
    }
    m = new RegExp(`^${repoPath}/releases/tags/(.+)$`).exec(path);
    if (m && method === 'GET') {
      const r = releases.find(
        (x) => !x.meta.draft && x.meta.tag_name === decodeURIComponent(m![1]!),
      );
      log(r ? 200 : 404);
      send(res, r ? 200 : 404, r ? releaseJson(r) : notFound);
      return;
    }
    if (path === `${repoPath}/releases/latest` && method === 'GET') {
      const latest = releases.find((x) => x.meta.id === latestId && !x.meta.draft);
      log(latest ? 200 : 404);
      send(res, latest ? 200 : 404, latest ? releaseJson(latest) : notFound);
      return;
    }
    if (path === `${repoPath}/releases` && method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const newestFirst = [...releases].reverse();
      const slice = newestFirst.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < newestFirst.length) {
        headers.link = `<${base}${repoPath}/releases?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      log(200);
      send(res, 200, slice.map(releaseJson), headers);
      return;
    }
    if (path === `${repoPath}/releases` && method === 'POST') {
      const body = JSON.parse(
        (await readBody(req)).toString('utf8') || '{}',
      ) as Partial<Release> & { make_latest?: string };
      if (!body.tag_name) {
        log(422);
        send(res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }],
        });
        return;
      }
      const r = fake.addRelease(body.tag_name, {
        draft: body.draft ?? false,
        prerelease: body.prerelease ?? false,
      });
      r.meta.name = body.name ?? body.tag_name;
      r.meta.body = body.body ?? '';
      if (body.target_commitish) r.meta.target_commitish = body.target_commitish;
      log(201);
      send(res, 201, releaseJson(r));
      return;
    }
    m = new RegExp(`^${repoPath}/releases/(\\d+)$`).exec(path);
    if (m) {
      const r = releases.find((x) => x.meta.id === Number(m![1]));
      if (!r) {
        log(404);
        send(res, 404, notFound);
        return;
      }
      if (method === 'PATCH') {
        const body = JSON.parse(
          (await readBody(req)).toString('utf8') || '{}',
        ) as Partial<Release> & { make_latest?: string };
        if (r.meta.immutable && !r.meta.draft) {
          log(422);
          send(res, 422, {
            message: 'Cannot modify an immutable release',
            documentation_url: 'https://docs.github.com/rest',
          });
          return;
        }
        if (body.draft === false && r.meta.draft) {
          r.meta.draft = false;
          r.meta.published_at = now();
          if (body.make_latest !== 'false' && !r.meta.prerelease) latestId = r.meta.id;
        }
        if (body.body !== undefined) r.meta.body = body.body;
        if (body.name !== undefined) r.meta.name = body.name;
        if (body.prerelease !== undefined) r.meta.prerelease = body.prerelease;
        log(200);
        send(res, 200, releaseJson(r));
        return;
      }
      if (method === 'DELETE') {
        releases.splice(releases.indexOf(r), 1);
        log(204);
        send(res, 204);
        return;
      }
      log(200);
      send(res, 200, releaseJson(r));
      return;
    }
    m = new RegExp(`^${repoPath}/releases/(\\d+)/assets$`).exec(path);
    if (m && method === 'GET') {
      const r = releases.find((x) => x.meta.id === Number(m![1]));
      log(r ? 200 : 404);
      send(res, r ? 200 : 404, r ? r.assets.map((a) => a.meta) : notFound);
      return;
    }
    m = new RegExp(`^${repoPath}/releases/assets/(\\d+)$`).exec(path);
    if (m) {
      const owning = releases.find((x) => x.assets.some((a) => a.meta.id === Number(m![1])));
      const a = owning?.assets.find((x) => x.meta.id === Number(m![1]));
      if (!owning || !a) {
        log(404);
        send(res, 404, notFound);
        return;
      }
      if (method === 'DELETE') {
        if (owning.meta.immutable && !owning.meta.draft) {
          log(422);
          send(res, 422, { message: 'Cannot modify an immutable release' });
          return;
        }
        owning.assets.splice(owning.assets.indexOf(a), 1);
        log(204);
        send(res, 204);
        return;
      }
      if (String(req.headers.accept).includes('application/octet-stream')) {
        // As on GitHub: a redirect to signed storage on another host.
        log(302);
        res.writeHead(302, { location: `${base}/_storage/assets/${a.meta.id}?sig=signed` });
        res.end();
        return;
      }
      log(200);
      send(res, 200, a.meta);
      return;
    }
    m = new RegExp(`^/api/uploads${repoPath}/releases/(\\d+)/assets$`).exec(path);
    if (m && method === 'POST') {
      const r = releases.find((x) => x.meta.id === Number(m![1]));
      const name = url.searchParams.get('name') ?? '';
      const data = await readBody(req);
      if (!r) {
        log(404);
        send(res, 404, notFound);
        return;
      }
      if (r.meta.immutable && !r.meta.draft) {
        log(422);
        send(res, 422, { message: 'Cannot upload assets to an immutable release' });
        return;
      }
      if (r.assets.some((a) => a.meta.name === name)) {
        log(422);
        send(res, 422, {
          message: 'Validation Failed',
          request_id: '0000:00000:0000000:0000000:00000000',
          documentation_url: 'https://docs.github.com/rest',
          errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
        });
        return;
      }
      fake.addAsset(r, name, data);
      log(201);
      send(res, 201, r.assets.at(-1)!.meta);
      return;
    }
    log(404);
    send(res, 404, notFound);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = base;
  fake.serverUrl = base;
  return fake;
}
