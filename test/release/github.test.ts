/**
 * `release` without --dry-run: the whole pipeline ends in a published GitHub release (against
 * the REST fake), whose anonymous downloads are exactly the assets Samuel's installer reads; a
 * re-run is a no-op; the preflight stops before any build work when the release cannot be made.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-api/server.js';

const TEMPLATES = join(process.cwd(), 'templates');
const work = mkdtempSync(join(tmpdir(), 'spr-ghrelease-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SHA = 'c'.repeat(40);

let gh: GitHubFake;
beforeEach(async () => {
  gh = await startGitHubFake({ owner: 'acme', repo: 'hello-skill', tags: { 'v0.1.0': SHA } });
});
afterEach(async () => gh.close());

const env = () => ({
  PATH: TOOLS_PATH,
  HOME: process.env.HOME,
  GITHUB_API_URL: gh.apiUrl,
  GITHUB_SERVER_URL: gh.serverUrl,
  GITHUB_TOKEN: gh.token,
  GITHUB_REPOSITORY: 'acme/hello-skill',
  GITHUB_SHA: SHA,
});

function copy(name: string): string {
  const dir = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join(TEMPLATES, name), dir, { recursive: true });
  return dir;
}

describe('release (not a dry run)', () => {
  it('publishes the GitHub release of a skill, records it, and a re-run changes nothing', async () => {
    const plugin = copy('skill-example');
    const out = join(work, 'skill-release');
    const r = await runCli(['release', plugin, '--output', out, '--sign', 'false', '--json'], {
      cwd: work,
      env: env(),
    });
    expect(r.stderr).not.toContain('bug');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.release).toMatchObject({
      action: 'created',
      url: `${gh.serverUrl}/acme/hello-skill/releases/tag/v0.1.0`,
    });
    expect(doc.outputs['release-url']).toBe(doc.release.url);
    const [release] = gh.releases();
    expect(release!.meta.draft).toBe(false);
    expect(release!.meta.body).toContain('samuel install hello-skill');
    const record = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8'));
    expect(record.github.action).toBe('created');

    const again = await runCli(['release', plugin, '--output', out, '--sign', 'false', '--json'], {
      cwd: work,
      env: env(),
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).release.action).toBe('unchanged');
    expect(gh.releases()).toHaveLength(1);
  });

  it('publishes a wasm plugin with exactly plugin.wasm and samuel-plugin.toml, downloadable anonymously', async () => {
    const plugin = copy('wasm-example');
    const out = join(work, 'wasm-release');
    const r = await runCli(
      ['release', plugin, '--output', out, '--sign', 'false', '--tag', 'v0.1.0'],
      {
        cwd: work,
        env: env(),
      },
    );
    expect(r.stderr).not.toContain('bug');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /✓ release {2}created .*\(2 asset\(s\) verified by anonymous download\)/,
    );
    for (const name of ['plugin.wasm', 'samuel-plugin.toml']) {
      const res = await fetch(`${gh.serverUrl}/acme/hello-skill/releases/download/v0.1.0/${name}`);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(readFileSync(join(out, name)));
    }
    expect(
      gh
        .releases()[0]!
        .assets.map((a) => a.meta.name)
        .sort(),
    ).toEqual(['plugin.wasm', 'samuel-plugin.toml']);
  }, 120_000);

  it('stops before any build work when the tag does not exist, saying to push it', async () => {
    const plugin = copy('wasm-example');
    const r = await runCli(
      ['release', plugin, '--output', join(work, 'no-tag'), '--tag', 'v0.1.0'],
      {
        cwd: work,
        env: { ...env(), GITHUB_REPOSITORY: 'acme/hello-skill' },
      },
    );
    void r;
    await gh.close();
    gh = await startGitHubFake({ owner: 'acme', repo: 'hello-skill', tags: {} });
    const r2 = await runCli(['release', plugin, '--output', join(work, 'no-tag2')], {
      cwd: work,
      env: env(),
    });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('✗ release (preflight)');
    expect(r2.stdout).not.toContain('build    ');
    expect(r2.stderr).toContain('the tag v0.1.0 does not exist in acme/hello-skill');
    expect(r2.stderr).toContain('fix: push the tag first');
  });

  it('says how to give a token when there is none, before building', async () => {
    const plugin = copy('skill-example');
    const { GITHUB_TOKEN: _unused, ...noToken } = env();
    const r = await runCli(['release', plugin, '--output', join(work, 'no-token')], {
      cwd: work,
      env: noToken,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('creating the GitHub release needs a token');
  });
});
