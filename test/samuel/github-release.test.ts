/**
 * The path Samuel really uses for released plugins: a `github.com/<owner>/<repo>` registry entry,
 * whose `releases/download/<tag>/<asset>` URLs Samuel fetches anonymously. Our `release` (not a
 * dry run) publishes into the GitHub fake; Samuel reaches it through HTTPS_PROXY and a stand-in
 * github.com, so it downloads exactly the assets we uploaded — and doctor is clean.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { podmanSandbox } from '../helpers/podman.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';
import { requireSamuel, samuelWorld } from '../helpers/samuel.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-api/server.js';

const work = mkdtempSync(join(tmpdir(), 'spr-gh-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SHA = 'd'.repeat(40);
const maybe = describe;
beforeAll(() => requireSamuel());

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

maybe('samuel install of an oci plugin from its GitHub release', () => {
  it('downloads samuel-plugin.toml and <repo-name>.bundle from the release and pulls the pinned image', async () => {
    const { startRegistry } = await import('../helpers/registry.js');
    const { signFlags, startSigstoreStack } = await import('../sigstore/stack.js');
    const { readFileSync } = await import('node:fs');
    await gh.close();
    gh = await startGitHubFake({
      owner: 'acme',
      repo: 'samuel-oci-example',
      tags: { 'v0.1.0': SHA },
    });
    await standin.close();
    standin = await startGitHubStandin(gh.serverUrl);
    const registry = await startRegistry();
    const stack = await startSigstoreStack(join(work, 'oci-trusted_root.json'));
    const world = samuelWorld();
    const plugin = join(work, 'oci-example');
    cpSync(join(process.cwd(), 'templates', 'oci-example'), plugin, { recursive: true });
    const env = {
      PATH: TOOLS_PATH,
      HOME: process.env.HOME,
      GOCACHE: process.env.GOCACHE,
      GOPATH: process.env.GOPATH,
      SOURCE_DATE_EPOCH: '1700000000',
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_TOKEN: gh.token,
      GITHUB_REPOSITORY: 'acme/samuel-oci-example',
      GITHUB_SHA: SHA,
    };
    try {
      const r = await runCli(
        [
          'release',
          plugin,
          '--output',
          join(work, 'oci-out'),
          '--build-command',
          'make binaries',
          '--to',
          `${registry.host}/acme/oci-example`,
          '--insecure',
          ...signFlags(stack),
          '--trusted-root',
          stack.trustedRootPath,
        ],
        { cwd: work, env },
      );
      expect(r.stderr).not.toContain('bug');
      expect(r.code).toBe(0);
      // Samuel downloads the bundle under the repository's name, not the plugin's.
      expect(
        gh
          .releases()[0]!
          .assets.map((a) => a.meta.name)
          .sort(),
      ).toEqual([
        'oci-example.provenance.sigstore.json',
        'samuel-oci-example.bundle',
        'samuel-plugin.toml',
      ]);
      const podman = {
        SAMUEL_RUNTIME: 'podman',
        ...podmanSandbox(join(work, 'oci-podman'), registry.host),
      };
      world.trustRoot(readFileSync(stack.trustedRootPath, 'utf8'));
      world.registry(
        [
          {
            name: 'oci-example',
            repo: 'github.com/acme/samuel-oci-example',
            latest: '0.1.0',
            kind: 'oci',
          },
        ],
        'trusted',
      );
      const install = await world.run(['install', 'oci-example', '--yes', '--non-interactive'], {
        ...podman,
        HTTPS_PROXY: standin.proxyUrl,
        https_proxy: standin.proxyUrl,
        SSL_CERT_FILE: standin.caFile,
      });
      expect({
        code: install.code,
        out: install.code ? install.stdout + install.stderr : '',
      }).toEqual({ code: 0, out: '' });
      expect(install.stdout).toContain('signature: verified');
      expect(standin.requests).toEqual(
        expect.arrayContaining([
          'GET /acme/samuel-oci-example/releases/download/v0.1.0/samuel-plugin.toml',
          'GET /acme/samuel-oci-example/releases/download/v0.1.0/samuel-oci-example.bundle',
        ]),
      );
      // cosign verifies the released index and each platform manifest, as users would.
      const { cosign } = await import('../sigstore/cosign.js');
      const { WORKFLOW_IDENTITY } = await import('../sigstore/stack.js');
      const pinned = /image = "([^"]+)"/.exec(
        readFileSync(join(work, 'oci-out', 'samuel-plugin.toml'), 'utf8'),
      )![1]!;
      const [repository, digest] = pinned.split('@') as [string, string];
      const index = (await (
        await fetch(`http://${registry.host}/v2/acme/oci-example/manifests/${digest}`, {
          headers: { accept: 'application/vnd.oci.image.index.v1+json' },
        })
      ).json()) as { manifests: { digest: string; platform?: { architecture: string } }[] };
      const platforms = index.manifests.filter((m) => m.platform?.architecture !== 'unknown');
      expect(platforms.length).toBe(2);
      for (const d of [digest, ...platforms.map((m) => m.digest)]) {
        const v = await cosign([
          'verify',
          '--trusted-root',
          stack.trustedRootPath,
          '--certificate-identity',
          WORKFLOW_IDENTITY,
          '--certificate-oidc-issuer',
          'https://token.actions.githubusercontent.com',
          '--allow-http-registry',
          `${repository}@${d}`,
        ]);
        expect(`${v.code}\n${v.stderr}`).toMatch(/^0\n[\s\S]*The cosign claims were validated/);
      }
    } finally {
      world.close();
      await stack.close();
      await registry.stop();
    }
  }, 240_000);
});
