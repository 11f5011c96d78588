/**
 * The path Samuel really uses for released plugins: a `github.com/<owner>/<repo>` registry entry,
 * whose `releases/download/<tag>/<asset>` URLs Samuel fetches anonymously. Our `release` (not a
 * dry run) publishes into the GitHub fake; Samuel reaches it through HTTPS_PROXY and a stand-in
 * github.com, so it downloads exactly the assets we uploaded — and doctor is clean.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';
import { samuelAvailable, samuelWorld } from '../helpers/samuel.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-api/server.js';

const work = mkdtempSync(join(tmpdir(), 'spr-gh-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SHA = 'd'.repeat(40);
const maybe = samuelAvailable() ? describe : describe.skip;

let gh: GitHubFake;
let standin: GitHubStandin;
beforeEach(async () => {
  gh = await startGitHubFake({ owner: 'acme', repo: 'wasm-example', tags: { 'v0.1.0': SHA } });
  standin = await startGitHubStandin(gh.serverUrl);
});
afterEach(async () => {
  await standin.close();
  await gh.close();
});

maybe('samuel install from a GitHub release we created', () => {
  it('installs the wasm example from github.com/acme/wasm-example, downloading our assets', async () => {
    const plugin = join(work, 'wasm-example');
    cpSync(join(process.cwd(), 'templates', 'wasm-example'), plugin, { recursive: true });
    const r = await runCli(['release', plugin, '--output', join(work, 'out'), '--sign', 'false'], {
      cwd: work,
      env: {
        PATH: TOOLS_PATH,
        HOME: process.env.HOME,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_TOKEN: gh.token,
        GITHUB_REPOSITORY: 'acme/wasm-example',
        GITHUB_SHA: SHA,
      },
    });
    expect(r.stderr).not.toContain('bug');
    expect(r.code).toBe(0);

    const world = samuelWorld();
    try {
      world.registry([
        {
          name: 'wasm-example',
          repo: 'github.com/acme/wasm-example',
          latest: '0.1.0',
          kind: 'wasm',
        },
      ]);
      const install = await world.run(
        ['install', 'wasm-example', '--yes', '--non-interactive', '--allow-unsigned'],
        {
          HTTPS_PROXY: standin.proxyUrl,
          https_proxy: standin.proxyUrl,
          SSL_CERT_FILE: standin.caFile,
        },
      );
      expect({
        code: install.code,
        out: install.code ? install.stdout + install.stderr : '',
      }).toEqual({ code: 0, out: '' });
      // Samuel fetched the release assets from github.com, not a git clone.
      expect(standin.requests).toEqual(
        expect.arrayContaining([
          'GET /acme/wasm-example/releases/download/v0.1.0/plugin.wasm',
          'GET /acme/wasm-example/releases/download/v0.1.0/samuel-plugin.toml',
        ]),
      );
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
    } finally {
      world.close();
    }
  }, 120_000);
});
