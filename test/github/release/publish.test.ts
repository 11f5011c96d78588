/**
 * Creating the GitHub release against a faithful fake of the REST API: the order (draft →
 * reconcile → verify → publish → anonymous download), idempotent re-runs, published and
 * immutable releases left alone, and every kind of fault the API really produces.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  githubClient,
  preflightRelease,
  publishRelease,
} from '../../../src/github/release/index.js';
import type { ReleaseFile } from '../../../src/github/release/index.js';
import { startGitHubFake, type GitHubFake } from '../../fakes/github-api/server.js';

const work = mkdtempSync(join(tmpdir(), 'spr-ghrel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SHA = 'a'.repeat(40);

function file(name: string, content: string): ReleaseFile {
  const path = join(work, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(path, content);
  return { name, path };
}
const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

let gh: GitHubFake;
beforeEach(async () => {
  gh = await startGitHubFake({ owner: 'acme', repo: 'hello', tags: { 'v1.0.0': SHA } });
});
afterEach(async () => gh.close());

function options(files: ReleaseFile[], extra: Partial<Parameters<typeof publishRelease>[0]> = {}) {
  const env = { GITHUB_API_URL: gh.apiUrl, GITHUB_TOKEN: gh.token };
  return {
    client: githubClient({ env, retries: 2, timeScale: 20, writeSpacingMs: 0 }),
    owner: 'acme',
    repo: 'hello',
    tag: 'v1.0.0',
    title: 'hello 1.0.0',
    body: 'notes',
    files,
    prerelease: false,
    version: '1.0.0',
    serverUrl: gh.serverUrl,
    downloadWaitMs: 2000,
    ...extra,
  };
}

const ASSETS = () => [
  file('plugin.wasm', 'module bytes'),
  file('samuel-plugin.toml', 'name = "hello"\n'),
];

function published(): { tag: string; draft: boolean; assets: string[] }[] {
  return gh.releases().map((r) => ({
    tag: r.meta.tag_name,
    draft: r.meta.draft,
    assets: r.assets.map((a) => `${a.meta.name}:${a.meta.state}:${a.meta.size}`).sort(),
  }));
}

describe('publishRelease', () => {
  it('creates a draft, uploads, verifies, publishes, and checks the anonymous downloads', async () => {
    const result = await publishRelease(options(ASSETS()));
    expect(result.action).toBe('created');
    expect(published()).toEqual([
      {
        tag: 'v1.0.0',
        draft: false,
        assets: ['plugin.wasm:uploaded:12', 'samuel-plugin.toml:uploaded:15'],
      },
    ]);
    expect(result.assets.map((a) => [a.name, a.sha256])).toEqual([
      ['plugin.wasm', sha256('module bytes')],
      ['samuel-plugin.toml', sha256('name = "hello"\n')],
    ]);
    // Created as a draft, published only after the assets were listed and checked.
    const order = gh.calls.map((c) => `${c.method} ${c.path.replace(/\d+/g, 'N')}`);
    expect(order.indexOf('POST /repos/acme/hello/releases')).toBeLessThan(
      order.indexOf('PATCH /repos/acme/hello/releases/N'),
    );
    expect(order.lastIndexOf('POST /api/uploads/repos/acme/hello/releases/N/assets')).toBeLessThan(
      order.indexOf('PATCH /repos/acme/hello/releases/N'),
    );
  });

  it('is a no-op on a re-run once published with exactly these assets', async () => {
    const files = ASSETS();
    await publishRelease(options(files));
    const writes = () => gh.calls.filter((c) => c.method !== 'GET').length;
    const before = writes();
    const again = await publishRelease(options(files));
    expect(again.action).toBe('unchanged');
    expect(writes()).toBe(before);
  });

  it('refuses to touch a published release that differs, saying a new version is needed', async () => {
    const r = gh.addRelease('v1.0.0');
    gh.addAsset(r, 'plugin.wasm', Buffer.from('older bytes'));
    await expect(publishRelease(options(ASSETS()))).rejects.toMatchObject({
      message: expect.stringContaining(
        'is already published with other assets (plugin.wasm differs; samuel-plugin.toml is missing)',
      ),
      fix: expect.stringContaining('bump version in samuel-plugin.toml and push a new tag'),
    });
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('leaves an immutable release alone, and says so', async () => {
    const r = gh.addRelease('v1.0.0', { immutable: true });
    gh.addAsset(r, 'plugin.wasm', Buffer.from('other'));
    await expect(publishRelease(options(ASSETS()))).rejects.toThrow('and it is immutable');
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('finishes an earlier run’s draft: keeps matching assets, replaces stale ones, removes strays and starters', async () => {
    const files = ASSETS();
    const draft = gh.addRelease('v1.0.0', { draft: true });
    gh.addAsset(draft, 'plugin.wasm', Buffer.from('module bytes'));
    gh.addAsset(draft, 'samuel-plugin.toml', Buffer.from('stale'));
    gh.addAsset(draft, 'old.bundle', Buffer.from('{}'));
    gh.addAsset(draft, 'half.bin', Buffer.alloc(0), 'open');
    const result = await publishRelease(options(files));
    expect(result.action).toBe('resumed');
    expect(published()).toEqual([
      {
        tag: 'v1.0.0',
        draft: false,
        assets: ['plugin.wasm:uploaded:12', 'samuel-plugin.toml:uploaded:15'],
      },
    ]);
    // The matching asset was kept, not uploaded again.
    const uploads = gh.calls.filter((c) => c.method === 'POST' && c.path.includes('/api/uploads/'));
    expect(uploads).toHaveLength(1);
  });

  it('hashes assets by downloading them when the API gives no digest, never sending the token to storage', async () => {
    await gh.close();
    gh = await startGitHubFake({
      owner: 'acme',
      repo: 'hello',
      tags: { 'v1.0.0': SHA },
      noDigests: true,
    });
    const draft = gh.addRelease('v1.0.0', { draft: true });
    gh.addAsset(draft, 'plugin.wasm', Buffer.from('module bytes'));
    // Same size as the wanted manifest, other bytes: only the hash tells them apart.
    gh.addAsset(draft, 'samuel-plugin.toml', Buffer.from('name = "HELLO"\n'));
    const result = await publishRelease(options(ASSETS()));
    expect(result.action).toBe('resumed');
    expect(result.requests['download-asset']).toBeGreaterThanOrEqual(2);
    const storage = gh.calls.filter((c) => c.path.startsWith('/_storage/'));
    expect(storage.length).toBeGreaterThanOrEqual(2);
    expect(storage.every((c) => c.status === 200)).toBe(true);
    const uploads = gh.calls.filter((c) => c.method === 'POST' && c.path.includes('/api/uploads/'));
    expect(uploads).toHaveLength(1);
    expect(
      gh
        .releases()[0]!
        .assets.map((a) => a.data.toString())
        .sort(),
    ).toEqual(['module bytes', 'name = "hello"\n']);
  });

  it('streams a large asset up and verifies it by its sha256', async () => {
    const big = Buffer.alloc(24 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE(i, i);
    const path = join(work, 'big.wasm');
    writeFileSync(path, big);
    const result = await publishRelease(options([{ name: 'plugin.wasm', path }]));
    expect(result.assets).toEqual([
      expect.objectContaining({ name: 'plugin.wasm', size: big.length, sha256: sha256(big) }),
    ]);
    expect(sha256(gh.releases()[0]!.assets[0]!.data)).toBe(sha256(big));
  }, 60_000);

  it('keeps the oldest draft and deletes duplicates a concurrent run left', async () => {
    gh.addRelease('v1.0.0', { draft: true });
    gh.addRelease('v1.0.0', { draft: true });
    await publishRelease(options(ASSETS()));
    expect(published().map((r) => r.draft)).toEqual([false]);
  });

  it('handles a second draft created by a racing job between its list and its create', async () => {
    gh.fail(/^POST \/repos\/acme\/hello\/releases$/, {
      before: (fake) => void fake.addRelease('v1.0.0', { draft: true }),
    });
    await publishRelease(options(ASSETS()));
    expect(published()).toHaveLength(1);
    expect(published()[0]!.draft).toBe(false);
  });

  it('recovers from a 422 already_exists on upload by deleting and uploading once more', async () => {
    const files = ASSETS();
    gh.fail(/^POST \/api\/uploads\//, {
      before: (fake) => {
        const d = fake.releases().find((r) => r.meta.draft)!;
        fake.addAsset(d, 'plugin.wasm', Buffer.from('someone else'));
      },
    });
    await publishRelease(options(files));
    expect(published()[0]!.assets).toContain('plugin.wasm:uploaded:12');
  });

  it('recovers from a 502 that leaves a starter asset behind', async () => {
    gh.fail(/^POST \/api\/uploads\//, { status: 502, leaveStarter: true, times: 3 });
    await publishRelease(options(ASSETS()));
    expect(published()[0]!.assets).toEqual([
      'plugin.wasm:uploaded:12',
      'samuel-plugin.toml:uploaded:15',
    ]);
  });

  it('waits out a secondary rate limit (403 with retry-after) and 5xx answers', async () => {
    gh.fail(/^GET \/repos\/acme\/hello\/releases$/, {
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    gh.fail(/^PATCH /, { status: 500 });
    const result = await publishRelease(options(ASSETS()));
    expect(result.action).toBe('created');
  }, 30_000);

  it('does not make an older version latest', async () => {
    const newer = gh.addRelease('v2.0.0');
    await publishRelease(options(ASSETS()));
    const patch = gh.calls.find((c) => c.method === 'PATCH');
    expect(patch).toBeDefined();
    expect(newer.meta.draft).toBe(false);
    const latest = await fetch(`${gh.apiUrl}/repos/acme/hello/releases/latest`, {
      headers: { authorization: `token ${gh.token}` },
    }).then((r) => r.json() as Promise<{ tag_name: string }>);
    expect(latest.tag_name).toBe('v2.0.0');
  });

  it('names the permission to grant when the token may not write', async () => {
    gh.fail(/^POST \/repos\/acme\/hello\/releases$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(publishRelease(options(ASSETS()))).rejects.toMatchObject({
      fix: expect.stringContaining('permissions: contents: write'),
    });
  });
});

describe('re-runs after an interruption at every API call', () => {
  it('always ends with one published release holding exactly the assets, never a partial public set', async () => {
    const files = ASSETS();
    // How many API calls a clean run makes (the anonymous downloads are not API calls).
    await publishRelease(options(files));
    const total = gh.calls.filter((c) => !c.path.includes('/releases/download/')).length;
    let interrupted = 0;
    let runs = 0;
    for (const mode of ['reset', 'lose'] as const) {
      for (let k = 0; k < total; k++) {
        await gh.close();
        gh = await startGitHubFake({ owner: 'acme', repo: 'hello', tags: { 'v1.0.0': SHA } });
        // The k-th API call dies: before GitHub acted (reset) or after (the answer is lost).
        gh.fail(/^(GET|POST|PATCH|DELETE) \/(repos|api)\//, {
          skip: k,
          ...(mode === 'reset' ? { reset: true } : { lose: true }),
        });
        let partial = false;
        let watching = true;
        const fake = gh;
        const watcher = (async () => {
          while (watching) {
            const got = await Promise.all(
              files.map((f) =>
                fetch(`${fake.serverUrl}/acme/hello/releases/download/v1.0.0/${f.name}`).then(
                  (r) => r.status,
                ),
              ),
            );
            if (got.some((x) => x === 200) && got.some((x) => x !== 200)) partial = true;
            await new Promise((r) => setTimeout(r, 25));
          }
        })();
        const once = githubClient({
          env: { GITHUB_API_URL: gh.apiUrl, GITHUB_TOKEN: gh.token },
          retries: 0,
        });
        runs++;
        try {
          await publishRelease(options(files, { client: once }));
        } catch {
          interrupted++;
          runs++;
          await publishRelease(options(files));
        }
        watching = false;
        await watcher;
        expect({ mode, k, partial }).toEqual({ mode, k, partial: false });
        expect({ mode, k, releases: published() }).toEqual({
          mode,
          k,
          releases: [
            {
              tag: 'v1.0.0',
              draft: false,
              assets: ['plugin.wasm:uploaded:12', 'samuel-plugin.toml:uploaded:15'],
            },
          ],
        });
      }
    }
    process.stdout.write(
      `release interruptions: ${total} API calls × 2 modes, ${interrupted} runs interrupted, ${runs} runs, every one ending complete\n`,
    );
    expect(interrupted).toBeGreaterThan(total);
  }, 180_000);
});

describe('preflightRelease', () => {
  const client = () =>
    githubClient({ env: { GITHUB_API_URL: gh.apiUrl, GITHUB_TOKEN: gh.token }, retries: 0 });

  it('passes when the token can write and the tag points at the commit', async () => {
    await expect(
      preflightRelease({
        client: client(),
        owner: 'acme',
        repo: 'hello',
        tag: 'v1.0.0',
        sha: SHA,
        cwd: work,
      }),
    ).resolves.toEqual({ commit: SHA, private: false });
  });

  it('names the missing permission', async () => {
    gh.setPermissions({ push: false });
    await expect(
      preflightRelease({
        client: client(),
        owner: 'acme',
        repo: 'hello',
        tag: 'v1.0.0',
        sha: SHA,
        cwd: work,
      }),
    ).rejects.toMatchObject({ fix: expect.stringContaining('permissions: contents: write') });
  });

  it('says to push the tag when it does not exist', async () => {
    await expect(
      preflightRelease({
        client: client(),
        owner: 'acme',
        repo: 'hello',
        tag: 'v9.9.9',
        sha: SHA,
        cwd: work,
      }),
    ).rejects.toMatchObject({
      message: 'the tag v9.9.9 does not exist in acme/hello',
      fix: expect.stringContaining('git push origin v9.9.9'),
    });
  });

  it('refuses a tag that points at another commit than the checkout', async () => {
    await expect(
      preflightRelease({
        client: client(),
        owner: 'acme',
        repo: 'hello',
        tag: 'v1.0.0',
        sha: 'b'.repeat(40),
        cwd: work,
      }),
    ).rejects.toThrow(
      `the tag v1.0.0 points at ${'a'.repeat(12)}, but the checked-out commit is ${'b'.repeat(12)}`,
    );
  });

  it('says how to give a token when there is none', () => {
    expect(() => githubClient({ env: {} })).toThrow('creating the GitHub release needs a token');
  });
});
