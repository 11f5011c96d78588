/**
 * The GitHub fake answers with the shapes GitHub really sends: every key of the responses
 * recorded in @octokit/fixtures (a release, its assets, the 422 already_exists body) is present
 * in the fake's answers, with the same JSON type.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startGitHubFake, type GitHubFake } from './server.js';

const require = createRequire(import.meta.url);
const scenarios = join(
  dirname(require.resolve('@octokit/fixtures/package.json')),
  'scenarios',
  'api.github.com',
);
type Recorded = { method: string; path: string; status: number; response: unknown };
const recorded = (name: string): Recorded[] =>
  JSON.parse(readFileSync(join(scenarios, name, 'normalized-fixture.json'), 'utf8')) as Recorded[];

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** `key: type` for every key of the recorded object that has a non-null value. */
const shape = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, typeOf(v)]),
  );

let gh: GitHubFake;
beforeAll(async () => {
  gh = await startGitHubFake({ owner: 'acme', repo: 'hello' });
  const r = gh.addRelease('v1.0.0');
  gh.addAsset(r, 'test-upload.txt', Buffer.from('Hello, world!\n'));
});
afterAll(async () => gh.close());

const get = async (path: string) =>
  (
    await fetch(`${gh.apiUrl}${path}`, { headers: { authorization: `token ${gh.token}` } })
  ).json() as Promise<Record<string, unknown>>;

describe('the GitHub fake against recorded responses', () => {
  const fixture = recorded('release-assets-conflict');

  it('answers get-release-by-tag with every key of the recorded release', async () => {
    const want = shape(
      fixture.find((x) => x.path.includes('/releases/tags/'))!.response as Record<string, unknown>,
    );
    const got = shape(await get('/repos/acme/hello/releases/tags/v1.0.0'));
    expect(got).toMatchObject(want);
  });

  it('lists assets with every key of the recorded asset', async () => {
    const list = fixture.find((x) => x.method === 'get' && x.path.endsWith('/assets'))!
      .response as Record<string, unknown>[];
    const release = await get('/repos/acme/hello/releases/tags/v1.0.0');
    const assets = (await fetch(
      `${gh.apiUrl}/repos/acme/hello/releases/${String(release.id)}/assets`,
      {
        headers: { authorization: `token ${gh.token}` },
      },
    ).then((r) => r.json())) as Record<string, unknown>[];
    expect(shape(assets[0]!)).toMatchObject(shape(list[0]!));
  });

  it('refuses a second upload of a name with the recorded 422 body', async () => {
    const want = fixture.find((x) => x.status === 422)!.response as {
      errors: unknown[];
      message: string;
    };
    const draft = gh.addRelease('v2.0.0', { draft: true });
    gh.addAsset(draft, 'test-upload.txt', Buffer.from('x'));
    const res = await fetch(
      `${gh.apiUrl}/api/uploads/repos/acme/hello/releases/${draft.meta.id}/assets?name=test-upload.txt`,
      {
        method: 'POST',
        headers: { authorization: `token ${gh.token}`, 'content-type': 'text/plain' },
        body: 'again',
      },
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: unknown[]; message: string };
    expect(body.message).toBe(want.message);
    expect(body.errors).toEqual(want.errors);
  });
});
