/**
 * The capability diff against the latest release, through the GitHub REST fake: what a pull
 * request adds, widens and removes, a first release, and every way the release cannot be read
 * (unreachable API, used-up rate limit, hidden repository, no manifest asset, an oversized one),
 * each a warning with its fix, never a failure. Plus the CLI: annotations on the manifest lines
 * and the job-summary table.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMPARE_RULES,
  compareFindings,
  compareLines,
  compareSummary,
  compareWithLatestRelease,
  parseRepository,
  tagVersion,
  type CompareResult,
} from '../../src/github/compare/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { LoadedManifest } from '../../src/manifest/types.js';
import { compareGroup } from '../../src/options/index.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-api/server.js';
import { contextFor, memoryReporter } from '../helpers/context.js';
import { validateStep } from '../../src/steps/validate.js';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'spr-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEAD = `name = "hello"
version = "1.1.0"
kind = "wasm"

[wasm]
module = "plugin.wasm"
exports = ["greet"]
`;

let dirs = 0;
async function manifest(capabilities: string, head = HEAD): Promise<LoadedManifest> {
  const dir = join(work, `p${++dirs}`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, 'samuel-plugin.toml'), head + capabilities);
  return loadManifest(dir);
}

const released = (capabilities: string, name = 'hello') =>
  Buffer.from(HEAD.replace('"hello"', `"${name}"`).replace('1.1.0', '1.0.0') + capabilities);

let gh: GitHubFake;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  gh = await startGitHubFake({ owner: 'acme', repo: 'hello', anonymousReads: true });
  env = { GITHUB_API_URL: gh.apiUrl, PATH: process.env.PATH };
});
afterEach(async () => gh.close());

function release(tag: string, manifestText?: Buffer, options: { prerelease?: boolean } = {}) {
  const r = gh.addRelease(tag, options);
  gh.addAsset(r, 'plugin.wasm', Buffer.from('\0asm'));
  if (manifestText) gh.addAsset(r, 'samuel-plugin.toml', manifestText);
  return r;
}

const compare = (loaded: LoadedManifest, extra: Record<string, unknown> = {}) =>
  compareWithLatestRelease(loaded, {
    repository: 'acme/hello',
    env,
    retries: 0,
    timeScale: 1,
    ...extra,
  });

/** Findings as `line severity rule: message`, for exact assertions. */
const shown = (result: CompareResult, loaded: LoadedManifest) =>
  compareFindings(result, loaded, 'samuel-plugin.toml').map(
    (f) => `${f.line ?? '-'} ${f.severity} ${f.rule}: ${f.message}`,
  );

describe('compareWithLatestRelease', () => {
  describe('when the pull request asks for more', () => {
    it('reports each new capability as added, on the line that declares it', async () => {
      release('v1.0.0', released('[capabilities.filesystem]\nread = ["/workspace/**"]\n'));
      const loaded = await manifest(`[capabilities]
exec = true
env = ["HOME"]

[capabilities.filesystem]
read = ["/workspace/**"]

[capabilities.network]
hosts = [
  "api.example.com",
]
`);
      const result = await compare(loaded);
      expect(result.status).toBe('compared');
      expect(shown(result, loaded)).toEqual([
        '9 warning capability-added: this change asks for exec (the plugin may run programs), which the latest release v1.0.0 did not',
        '10 warning capability-added: this change asks for env "HOME" (environment variables the plugin sees), which the latest release v1.0.0 did not',
        '17 warning capability-added: this change asks for network.hosts "api.example.com" (hosts the plugin may reach), which the latest release v1.0.0 did not',
      ]);
      const f = compareFindings(result, loaded, 'samuel-plugin.toml')[0]!;
      expect(f.fix).toBe(
        'keep it only if the plugin needs it: Samuel asks every user to confirm it at install; say why in the pull request',
      );
      expect(compareLines(result)).toEqual([
        'capabilities against v1.0.0: 3 added, 0 widened, 0 removed, 1 unchanged',
        '  + exec',
        '  + env "HOME"',
        '  + network.hosts "api.example.com"',
      ]);
    });

    it('reports a scope that grew as widened, naming what the release had', async () => {
      release(
        'v1.0.0',
        released(`[capabilities.filesystem]
write = ["/workspace/out/**"]
read = ["/workspace/docs"]
[capabilities.network]
hosts = ["api.example.com"]
`),
      );
      const loaded = await manifest(`[capabilities.filesystem]
write = ["/workspace/**"]
read = ["/workspace/*"]
[capabilities.network]
hosts = ["*.example.com"]
`);
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        // A literal path covers its whole subtree; "/workspace/*" does not, so it is new ground
        // and the released subtree is gone.
        '10 warning capability-added: this change asks for filesystem.read "/workspace/*" (files the plugin may read), which the latest release v1.0.0 did not',
        '9 warning capability-widened: filesystem.write "/workspace/**" widens "/workspace/out/**" of the latest release v1.0.0 (files the plugin may change)',
        '12 warning capability-widened: network.hosts "*.example.com" widens "api.example.com" of the latest release v1.0.0 (hosts the plugin may reach)',
        '10 notice capability-removed: filesystem.read "/workspace/docs" of the latest release v1.0.0 is no longer asked for',
      ]);
      expect(compareSummary(result)).toContain(
        '| `filesystem.write` | `/workspace/**` | ⚠️ widened | `/workspace/out/**` |',
      );
    });
  });

  describe('when the pull request asks for less', () => {
    it('reports what is gone, and a narrowed scope, as notices', async () => {
      release(
        'v1.0.0',
        released(`[capabilities]
env = ["HOME", "API_TOKEN"]
[capabilities.samuel]
api = true
[capabilities.filesystem]
read = ["/workspace/**"]
`),
      );
      const loaded = await manifest(`[capabilities]
env = ["HOME"]
[capabilities.filesystem]
read = ["/workspace/docs/**"]
`);
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        '11 notice capability-removed: filesystem.read "/workspace/**" of the latest release v1.0.0 is no longer asked for (narrowed to "/workspace/docs/**")',
        '9 notice capability-removed: env "API_TOKEN" of the latest release v1.0.0 is no longer asked for',
        '8 notice capability-removed: samuel.api of the latest release v1.0.0 is no longer asked for',
      ]);
      expect(compareSummary(result)).toContain(
        '| `filesystem.read` | `/workspace/**` | ℹ️ narrowed to `/workspace/docs/**` | yes |',
      );
    });
  });

  it('neutralises scopes from the released manifest in the table and the terminal lines', async () => {
    release('v1.0.0', released('[capabilities.filesystem]\nread = ["a|b\\n::error::forged"]\n'));
    const loaded = await manifest('');
    const result = await compare(loaded);
    const row = compareSummary(result)
      .split('\n')
      .find((l) => l.includes('forged'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    for (const line of compareLines(result)) expect(line).not.toMatch(/(^|\n)::/);
  });

  it('says "first release" when the plugin was never released, with every capability as new', async () => {
    const reporter = memoryReporter();
    const loaded = await manifest('[capabilities]\nexec = true\n');
    const result = await compare(loaded, { reporter });
    expect(result.status).toBe('first-release');
    expect(shown(result, loaded)).toEqual([]);
    expect(reporter.lines.join('\n')).toContain(
      'acme/hello has no published release of hello yet: this is the first release, every capability is new',
    );
    expect(compareSummary(result)).toContain(
      '### Capabilities: first release of acme/hello, every capability is new',
    );
    expect(compareSummary(result)).toContain('| `exec` |  | ⚠️ new | — |');
  });

  it('ignores drafts and other plugins of the repository, and prefers a stable release', async () => {
    release('v1.0.0', released('[capabilities]\nexec = true\n'));
    release('hello-v1.0.1', released('[capabilities]\nexec = true\nenv = ["HOME"]\n'));
    release('hello-v2.0.0-rc.1', released('[capabilities]\nexec = true\n'), { prerelease: true });
    const draft = release('hello-v3.0.0', released(''));
    draft.meta.draft = true;
    // GitHub's "latest" is another plugin of the same repository.
    release('other-v9.0.0', released('', 'other'));
    const loaded = await manifest('[capabilities]\nexec = true\nenv = ["HOME"]\n');
    const result = await compare(loaded);
    expect(result.status === 'compared' && result.release.tag).toBe('hello-v1.0.1');
    expect(shown(result, loaded)).toEqual([]);
  });

  it('reads a private repository with a token, and never sends the token to asset storage', async () => {
    await gh.close();
    gh = await startGitHubFake({
      owner: 'acme',
      repo: 'hello',
      private: true,
      anonymousReads: true,
    });
    env = { GITHUB_API_URL: gh.apiUrl };
    release('v1.0.0', released(''));
    const loaded = await manifest('[capabilities]\nexec = true\n');

    const anonymous = await compare(loaded);
    expect(shown(anonymous, loaded)).toEqual([
      '- warning compare-release-unavailable: capabilities not compared with the latest release: the releases of acme/hello are not visible (HTTP 404): the repository does not exist, or it is private and no token was given',
    ]);
    expect(anonymous.status === 'unavailable' && anonymous.fix).toBe(
      'check --compare-release=OWNER/REPO; for a private repository, give the job a token that can read the repository (GITHUB_TOKEN; permissions: contents: read is enough)',
    );

    const withToken = await compare(loaded, { token: gh.token });
    expect(shown(withToken, loaded)[0]).toMatch(/capability-added: this change asks for exec/);
    // The signed-storage URL refuses a request that carries the token (400): it was not sent.
    expect(gh.calls.filter((c) => c.path.startsWith('/_storage/'))).toEqual([
      { method: 'GET', path: expect.stringMatching(/^\/_storage\/assets\/\d+$/), status: 200 },
    ]);
  });

  describe('when the release cannot be read, it warns with the fix and carries on', () => {
    it('says so when the API is unreachable', async () => {
      const port = await closedPort();
      env = { GITHUB_API_URL: `http://127.0.0.1:${port}` };
      const loaded = await manifest('');
      const result = await compare(loaded);
      expect(result.status).toBe('unavailable');
      expect(shown(result, loaded)[0]).toMatch(
        new RegExp(
          `^- warning compare-release-unavailable: capabilities not compared with the latest release: GitHub's API at http://127\\.0\\.0\\.1:${port} is unreachable \\(.+\\), so the latest release of acme/hello could not be read$`,
        ),
      );
      expect(result.status === 'unavailable' && result.fix).toBe(
        'check the network and GITHUB_API_URL; the comparison runs again on the next push',
      );
    });

    it('says when the rate limit resets, and that a token lifts it', async () => {
      const reset = Date.parse('2026-03-01T14:05:00Z') / 1000;
      gh.fail(/^GET \/repos\/acme\/hello\/releases/, {
        status: 403,
        times: 5,
        headers: {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
        body: {
          message:
            "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)",
          documentation_url:
            'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
      });
      const loaded = await manifest('');
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        "- warning compare-release-unavailable: capabilities not compared with the latest release: GitHub's API rate limit is used up until 14:05 UTC, so the latest release of acme/hello could not be read",
      ]);
      expect(result.status === 'unavailable' && result.fix).toBe(
        'give the job a token that can read the repository (GITHUB_TOKEN; permissions: contents: read is enough): anonymous requests get 60 an hour per address, shared on hosted runners',
      );
    });

    it('says so when the release has no samuel-plugin.toml asset', async () => {
      release('v1.0.0');
      const loaded = await manifest('');
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        '- warning compare-release-unavailable: capabilities not compared with the latest release: the latest release v1.0.0 of acme/hello has no samuel-plugin.toml asset, so its capabilities are unknown',
      ]);
      expect(result.status === 'unavailable' && result.fix).toBe(
        "release with samuel-plugin-release (it uploads samuel-plugin.toml, which Samuel's installer needs), or upload the released manifest to v1.0.0 by hand",
      );
    });

    it('does not download an asset that says it is over the limit', async () => {
      release('v1.0.0', Buffer.alloc(2 * 1024 * 1024, 0x61));
      const loaded = await manifest('');
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        '- warning compare-release-unavailable: capabilities not compared with the latest release: the samuel-plugin.toml asset of v1.0.0 is 2 MiB, over the 1 MiB limit for a manifest; it was not downloaded',
      ]);
      expect(gh.calls.some((c) => /assets\/\d+$|_storage/.test(c.path))).toBe(false);
    });

    it('stops reading an asset that is larger than it said', async () => {
      const r = release('v1.0.0', Buffer.alloc(3 * 1024 * 1024, 0x61));
      r.assets.at(-1)!.meta.size = 300;
      const loaded = await manifest('');
      const result = await compare(loaded);
      expect(shown(result, loaded)).toEqual([
        expect.stringMatching(
          /^- warning compare-release-unavailable: capabilities not compared with the latest release: http:\/\/127\.0\.0\.1:\d+\/_storage\/assets\/\d+: the samuel-plugin\.toml asset of v1\.0\.0 is over the 1 MiB limit$/,
        ),
      ]);
    });

    it('says so when the released manifest is not TOML, or is another plugin’s', async () => {
      release('v1.0.0', Buffer.from('name = "hello\n'));
      const loaded = await manifest('');
      expect(shown(await compare(loaded), loaded)[0]).toMatch(
        /compare-release-unavailable: .*the samuel-plugin\.toml asset of v1\.0\.0 is not valid TOML: .+ \(line 1\)$/,
      );
      release('v1.0.1', released('', 'someone-else'));
      expect(shown(await compare(loaded), loaded)).toEqual([
        '- warning compare-release-unavailable: capabilities not compared with the latest release: the latest release v1.0.1 of acme/hello is of plugin "someone-else", not "hello"',
      ]);
    });
  });
});

describe('parseRepository and tagVersion', () => {
  it('accepts OWNER/REPO and a repository URL, and refuses anything else with the fix', () => {
    expect(parseRepository('acme/hello')).toEqual({ owner: 'acme', repo: 'hello' });
    expect(parseRepository('https://github.com/acme/hello.git')).toEqual({
      owner: 'acme',
      repo: 'hello',
    });
    expect(() => parseRepository('acme')).toThrow(
      '--compare-release: "acme" is not a GitHub repository',
    );
    let refused: unknown;
    try {
      compareGroup.read({ 'compare-release': 'a/b/c' });
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({
      message: '--compare-release: "a/b/c" is not a GitHub repository',
      fix: 'write OWNER/REPO, e.g. --compare-release=acme/hello, or --compare-release=true for GITHUB_REPOSITORY',
    });
    expect(compareGroup.read({ 'compare-release': 'true' })).toEqual({ compareRelease: true });
    expect(compareGroup.read({ 'compare-release': 'false' })).toEqual({});
  });

  it('reads the version of this plugin’s tags only', () => {
    expect(tagVersion('v1.2.3', 'hello')).toBe('1.2.3');
    expect(tagVersion('hello-v1.2.3', 'hello')).toBe('1.2.3');
    expect(tagVersion('hello/v1.2.3', 'hello')).toBe('1.2.3');
    expect(tagVersion('other-v1.2.3', 'hello')).toBeUndefined();
  });
});

describe('the rule ids', () => {
  it('are documented in docs/validation.md', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'validation.md'), 'utf8');
    const section = doc.split('## Capabilities against the latest release')[1]!.split('\n## ')[0]!;
    const ids = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...COMPARE_RULES].sort());
  });
});

describe('the validate step', () => {
  it('compares when the command filled the compare slice, and drops COMPARE_RELEASE_TOKEN before the build', async () => {
    await gh.close();
    gh = await startGitHubFake({
      owner: 'acme',
      repo: 'hello',
      private: true,
      anonymousReads: true,
    });
    release('v1.0.0', released(''));
    const loaded = await manifest('[capabilities]\nexec = true\n');
    const ctx = contextFor({
      target: loaded.dir,
      env: {
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_REPOSITORY: 'acme/hello',
        COMPARE_RELEASE_TOKEN: gh.token,
      },
    });
    (ctx.options as unknown as Record<string, unknown>).compare = { compareRelease: true };
    await validateStep.run(ctx);
    expect(ctx.env.COMPARE_RELEASE_TOKEN).toBeUndefined();
    expect(ctx.reporter.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['capability-added 9']);
    expect(ctx.results.validate?.findings.map((f) => f.rule)).toEqual(['capability-added']);
    expect(ctx.reporter.lines).toContain(
      'capabilities against v1.0.0: 1 added, 0 widened, 0 removed, 0 unchanged',
    );
    expect(ctx.reporter.summaries.join('')).toContain('| `exec` |  | ⚠️ added | — |');
  });

  it('does not reach for GitHub unless asked', async () => {
    const loaded = await manifest('[capabilities]\nexec = true\n');
    const ctx = contextFor({ target: loaded.dir, env: { GITHUB_API_URL: gh.apiUrl } });
    await validateStep.run(ctx);
    expect(gh.calls).toEqual([]);
    expect(ctx.reporter.summaries).toEqual([]);
  });
});

describe('validate --compare-release', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('annotates the line that asks for more and writes the table to the job summary', async () => {
    release('v1.0.0', released('[capabilities.filesystem]\nwrite = ["/workspace/out/**"]\n'));
    const loaded = await manifest(`[capabilities.filesystem]
write = ["/workspace/**"]

[capabilities.network]
hosts = ["api.example.com"]
`);
    const summary = join(loaded.dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runCli(['validate', '--compare-release=true', loaded.dir], {
      cwd: loaded.dir,
      env: {
        ...env,
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_REPOSITORY: 'acme/hello',
      },
    });
    expect(r.code).toBe(0);
    const annotations = written.join('');
    expect(annotations).toContain(
      '::warning title=capability-widened,file=samuel-plugin.toml,line=9,col=10::filesystem.write "/workspace/**" widens "/workspace/out/**" of the latest release v1.0.0 (files the plugin may change) — fix: scope it as narrowly as the plugin needs',
    );
    expect(annotations).toContain(
      '::warning title=capability-added,file=samuel-plugin.toml,line=12,col=10::this change asks for network.hosts "api.example.com" (hosts the plugin may reach), which the latest release v1.0.0 did not',
    );
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('### Capabilities against v1.0.0 of acme/hello');
    expect(table).toContain('| Capability | Scope | Change | Released |');
    expect(table).toContain('| `network.hosts` | `api.example.com` | ⚠️ added | — |');
    expect(table).toContain(
      '| `filesystem.write` | `/workspace/**` | ⚠️ widened | `/workspace/out/**` |',
    );
  });

  it('prints the diff in the terminal and keeps the run green when GitHub cannot be read', async () => {
    const loaded = await manifest('[capabilities]\nexec = true\n');
    gh.fail(/releases/, { status: 502, times: 10 });
    const r = await runCli(['validate', loaded.dir, '--compare-release', 'acme/hello'], {
      cwd: loaded.dir,
      env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "samuel-plugin.toml: warning: capabilities not compared with the latest release: GitHub's API at",
    );
    expect(r.stdout).toContain('answered HTTP 502');
    expect(r.stdout).toContain('capabilities not compared:');
  });

  it('refuses --compare-release=true outside GitHub Actions without a repository', async () => {
    const loaded = await manifest('');
    const r = await runCli(['validate', loaded.dir, '--compare-release=true'], {
      cwd: loaded.dir,
      env,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--compare-release needs a repository: GITHUB_REPOSITORY is not set',
    );
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
