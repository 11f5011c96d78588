/**
 * The shipped reusable workflows, run unmodified by nektos/act on this machine: a plugin
 * repository made from each template calls them exactly as the README says, with this
 * repository standing in for `samuelpkg/samuel-plugin-release@v1`, the third-party actions
 * replaced by stand-ins (test/act/actions), the local registry, the local Sigstore stack, an
 * OIDC token endpoint and the GitHub REST fake. The signed release a tag push made is then
 * installed by the real Samuel from `github.com/<owner>/<repo>` (the github.com stand-in serving
 * the fake's assets), as users install it.
 *
 * The whole file takes well under a minute (act starts in a second; the runs share one toolkit
 * copy, registry and Sigstore stack), so it runs on both Node versions CI tests on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import {
  GITHUB_ISSUER,
  WORKFLOW_IDENTITY,
  startSigstoreStack,
  type SigstoreStack,
} from '../sigstore/stack.js';
import { cosign } from '../sigstore/cosign.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-api/server.js';
import { startOidcEndpoint, type OidcEndpoint } from '../act/oidc.js';
import { startGitHubStandin } from '../helpers/github-standin.js';
import { installFromEntry, requireSamuel } from '../helpers/samuel.js';
import {
  ROOT,
  actBinary,
  callerWith,
  dispatch,
  forkPullRequest,
  pluginRepo,
  runAct,
  tagPush,
  toolkitCopy,
  type ActRun,
  type PluginRepo,
} from '../act/harness.js';

const USER = { username: 'publisher', password: 'registry-secret-5f1e' };

describe('reusable workflows under act', () => {
  let scratch: string;
  let toolkit: string;
  let registry: TestRegistry;
  let stack: SigstoreStack;

  beforeAll(async () => {
    actBinary();
    scratch = mkdtempSync(join(tmpdir(), 'spr-act-'));
    toolkit = toolkitCopy(join(scratch, 'toolkit'));
    registry = await startRegistry(USER);
    stack = await startSigstoreStack(join(scratch, 'trusted_root.json'));
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
    await stack?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** A fresh folder per run: act's caches, workspaces and artifacts are per run. */
  let runs = 0;
  const fresh = (label: string) => {
    const dir = join(scratch, `${++runs}-${label}`);
    return { plugin: join(dir, 'plugin'), scratch: join(dir, 'act') };
  };
  const explain = (r: ActRun) => (r.code === 0 ? 'ok' : r.log.split('\n').slice(-80).join('\n'));

  describe.each(['wasm-example', 'skill-example'])(
    'a pull request from a fork to %s',
    (template) => {
      it('is validated, built and smoke-tested with no secrets and no OIDC token', async () => {
        const where = fresh(`pr-${template}`);
        const repo = pluginRepo(template, where.plugin, { repository: `acme/${template}` });
        const r = await runAct({
          plugin: repo,
          event: 'pull_request',
          payload: forkPullRequest(repo),
          workflow: '.github/workflows/pr.yml',
          toolkit: { v1: toolkit },
          scratch: where.scratch,
        });
        expect(explain(r)).toBe('ok');
        expect(r.log).toMatch(/✓ validate +\S+ 0\.1\.0/);
        if (template !== 'skill-example') {
          expect(r.log).toMatch(/✓ build +plugin\.wasm/);
          expect(r.log).toMatch(/✓ smoke +protocol 1/);
        }
        expect(r.outputs.signed).toBe('false');
        // Nothing was pushed and no release was made: the dry run keeps everything local.
        expect(r.log).not.toMatch(/GitHub release: http/);
      });
    },
  );

  describe('a tag push of the wasm template', () => {
    let gh: GitHubFake;
    let oidc: OidcEndpoint;
    let repo: PluginRepo;
    let r: ActRun;

    beforeAll(async () => {
      const where = fresh('release-wasm');
      repo = pluginRepo('wasm-example', where.plugin, {
        repository: 'acme/wasm-example',
        tag: 'v0.1.0',
      });
      gh = await startGitHubFake({
        owner: 'acme',
        repo: 'wasm-example',
        tags: { 'v0.1.0': repo.sha },
      });
      oidc = await startOidcEndpoint({
        sub: WORKFLOW_IDENTITY,
        repository: repo.repository,
        repository_owner: 'acme',
        sha: repo.sha,
      });
      callerWith(repo, 'release.yml', {
        with: {
          image: `${registry.host}/acme/wasm-example`,
          insecure: true,
          'fulcio-url': stack.url,
          'rekor-url': stack.url,
          'trusted-root': stack.trustedRootPath,
        },
        secrets: {
          'registry-auths': '${{ secrets.REGISTRY_AUTHS }}',
        },
      });
      r = await runAct({
        plugin: repo,
        event: 'push',
        payload: tagPush(repo, 'v0.1.0'),
        workflow: '.github/workflows/release.yml',
        toolkit: { v1: toolkit },
        scratch: where.scratch,
        env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.serverUrl, ...oidc.env },
        secrets: {
          GITHUB_TOKEN: gh.token,
          REGISTRY_AUTHS: JSON.stringify([{ registry: registry.host, ...USER }]),
        },
      });
    }, 300_000);

    afterAll(async () => {
      await gh?.close();
      await oidc?.close();
    });

    it('succeeds', () => {
      expect(explain(r)).toBe('ok');
    });

    it('publishes a signed GitHub release in the fake', () => {
      const releases = gh.releases();
      expect(releases.map((x) => [x.meta.tag_name, x.meta.draft])).toEqual([['v0.1.0', false]]);
      const names = releases[0]!.assets.map((a) => a.meta.name).sort();
      expect(names).toEqual(expect.arrayContaining(['plugin.wasm', 'samuel-plugin.toml']));
      expect(names.some((n) => n.endsWith('.bundle'))).toBe(true);
      expect(r.outputs.signed).toBe('true');
      expect(oidc.audiences).toContain('sigstore');
    });

    it('pushes the module to the registry with the credentials from registry-auths', async () => {
      const res = await fetch(`http://${registry.host}/v2/acme/wasm-example/manifests/0.1.0`, {
        headers: {
          Authorization: `Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`,
          Accept: 'application/vnd.oci.image.manifest.v1+json',
        },
      });
      expect(res.status).toBe(200);
      expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(res.headers.get('docker-content-digest')).toBe(r.outputs.digest);
    });

    it('names the identity that pushed and never prints a credential', () => {
      expect(r.log).not.toContain(USER.password);
      expect(r.log).not.toContain(gh.token);
      expect(r.log).toContain(`pushing as ${USER.username} (registry-auths)`);
    });

    it('leaves a module and bundle that cosign verifies offline', async () => {
      const release = gh.releases()[0]!;
      const dir = join(scratch, 'verify');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const a of release.assets) writeFileSync(join(dir, a.meta.name), a.data);
      const bundle = readdirSync(dir).find(
        (n) => n.startsWith('plugin.wasm') && n.endsWith('.bundle'),
      );
      expect(bundle).toBeDefined();
      const v = await cosign([
        'verify-blob',
        '--bundle',
        join(dir, bundle!),
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        join(dir, 'plugin.wasm'),
      ]);
      expect(`${v.code}\n${v.stderr}`).toMatch(/^0\n[\s\S]*Verified OK/);
    });

    it('is installed by the real Samuel from github.com/acme/wasm-example, verified, doctor clean; a swapped asset is refused', async () => {
      requireSamuel();
      // github.com is the stand-in, which forwards release downloads to the fake: Samuel fetches
      // exactly the assets the act run uploaded, anonymously, as it does from GitHub.
      const standin = await startGitHubStandin(gh.serverUrl);
      const install = async () => {
        const r = await installFromEntry(
          {
            name: 'wasm-example',
            repo: 'github.com/acme/wasm-example',
            latest: '0.1.0',
            kind: 'wasm',
          },
          { trustedRoot: readFileSync(stack.trustedRootPath, 'utf8'), env: standin.env },
        );
        return { ...r.install, doctor: r.doctor };
      };
      const wasm = gh.releases()[0]!.assets.find((a) => a.meta.name === 'plugin.wasm')!;
      const original = wasm.data;
      try {
        const r = await install();
        expect({ code: r.code, out: r.code ? r.stdout + r.stderr : '' }).toEqual({
          code: 0,
          out: '',
        });
        expect(r.stdout).toContain(`signature: verified (${WORKFLOW_IDENTITY})`);
        expect(standin.requests).toEqual(
          expect.arrayContaining([
            'GET /acme/wasm-example/releases/download/v0.1.0/samuel-plugin.toml',
            'GET /acme/wasm-example/releases/download/v0.1.0/plugin.wasm',
            'GET /acme/wasm-example/releases/download/v0.1.0/plugin.wasm.bundle',
          ]),
        );
        expect(r.doctor).toEqual({ failed: 0, failures: [] });

        // The release's module replaced after signing (one byte more): Samuel refuses it.
        wasm.data = Buffer.concat([original, Buffer.from([0])]);
        const swapped = await install();
        expect(swapped.code).not.toBe(0);
        expect(swapped.stdout + swapped.stderr).toContain(
          'signature verification failed for wasm-example',
        );
      } finally {
        wasm.data = original;
        await standin.close();
      }
    }, 180_000);
  });

  describe('a caller that does not grant id-token: write', () => {
    let gh: GitHubFake;
    afterAll(async () => gh?.close());

    const release = async (label: string, sign: string, priv = false, oidc?: OidcEndpoint) => {
      const where = fresh(label);
      const repo = pluginRepo('skill-example', where.plugin, {
        repository: 'acme/skill-example',
        tag: 'v0.1.0',
      });
      await gh?.close();
      gh = await startGitHubFake({
        owner: 'acme',
        repo: 'skill-example',
        tags: { 'v0.1.0': repo.sha },
      });
      callerWith(repo, 'release.yml', {
        permissions: oidc ? { contents: 'write', 'id-token': 'write' } : { contents: 'write' },
        with: { sign, 'fulcio-url': stack.url, 'trusted-root': stack.trustedRootPath },
      });
      return runAct({
        plugin: repo,
        event: 'push',
        payload: tagPush(repo, 'v0.1.0', priv),
        workflow: '.github/workflows/release.yml',
        toolkit: { v1: toolkit },
        scratch: where.scratch,
        // GitHub sets the token request variables only in jobs granted id-token: write.
        env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.serverUrl, ...(oidc?.env ?? {}) },
        secrets: { GITHUB_TOKEN: gh.token },
      });
    };

    it('releases unsigned with sign: auto, and says how to turn signing on', async () => {
      const r = await release('no-oidc-auto', 'auto');
      expect(explain(r)).toBe('ok');
      expect(r.outputs.signed).toBe('false');
      expect(r.log).toContain('to sign, grant `permissions: id-token: write`');
      expect(gh.releases().map((x) => [x.meta.tag_name, x.meta.draft])).toEqual([
        ['v0.1.0', false],
      ]);
    }, 300_000);

    it('fails with sign: true, saying what to grant, and publishes nothing', async () => {
      const r = await release('no-oidc-true', 'true');
      expect(r.code).not.toBe(0);
      expect(r.log).toContain(
        'keyless signing needs an OIDC token, and this job cannot request one',
      );
      expect(r.log).toContain('id-token: write');
      expect(gh.releases().filter((x) => !x.meta.draft)).toEqual([]);
    }, 300_000);

    it('in a private repository, sign: auto does not sign to the public log even with a token', async () => {
      const oidc = await startOidcEndpoint({ sub: WORKFLOW_IDENTITY });
      try {
        const r = await release('private-auto', 'auto', true, oidc);
        expect(explain(r)).toBe('ok');
        expect(r.log).toContain('this repository is private, so sign: auto does not record');
        expect(r.outputs.signed).toBe('false');
        expect(oidc.audiences).toEqual([]);
      } finally {
        await oidc.close();
      }
    }, 300_000);
  });

  const recipe = () =>
    /<!-- monorepo-recipe[^>]*-->\s*```yaml\n([\s\S]*?)```/.exec(
      readFileSync(join(ROOT, 'docs/workflows.md'), 'utf8'),
    )![1]!;

  it('the monorepo recipe of docs/workflows.md releases two plugins in one run: a release and an artifact each', async () => {
    const where = fresh('monorepo');
    const repo = pluginRepo(
      { 'plugins/wasm-example': 'wasm-example', 'plugins/skill-example': 'skill-example' },
      where.plugin,
      {
        repository: 'acme/plugins',
        edit: (dir) => {
          mkdirSync(join(dir, '.github/workflows'), { recursive: true });
          writeFileSync(join(dir, '.github/workflows/release.yml'), recipe());
        },
      },
    );
    const gh = await startGitHubFake({
      owner: 'acme',
      repo: 'plugins',
      tags: { 'wasm-example-v0.1.0': repo.sha, 'hello-skill-v0.1.0': repo.sha },
    });
    try {
      const r = await runAct({
        plugin: repo,
        event: 'workflow_dispatch',
        payload: dispatch(repo),
        workflow: '.github/workflows/release.yml',
        toolkit: { v1: toolkit },
        scratch: where.scratch,
        env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.serverUrl },
        secrets: { GITHUB_TOKEN: gh.token },
      });
      expect(explain(r)).toBe('ok');
      const published = gh
        .releases()
        .filter((x) => !x.meta.draft)
        .map((x) => x.meta.tag_name)
        .sort();
      expect(published).toEqual(['hello-skill-v0.1.0', 'wasm-example-v0.1.0']);
      expect(readdirSync(r.artifacts).sort()).toEqual([
        'samuel-release-hello-skill',
        'samuel-release-wasm-example',
      ]);
    } finally {
      await gh.close();
    }
  }, 300_000);

  it('a caller pinned to a release tag runs the toolkit at the commit that release pinned, never the floating v1', async () => {
    const where = fresh('pinned');
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // What release-toolkit.yml makes of a release: the workflows' own actions pinned to the SHA.
    const pinned = toolkitCopy(join(where.scratch, 'pinned'));
    mkdirSync(join(pinned, 'scripts'));
    cpSync(join(ROOT, 'scripts/pin-own-actions.mjs'), join(pinned, 'scripts/pin-own-actions.mjs'));
    execFileSync(process.execPath, [join(pinned, 'scripts/pin-own-actions.mjs'), sha]);
    // v1 has moved on to something that must never run for this caller.
    const floating = toolkitCopy(join(where.scratch, 'floating'));
    for (const file of [
      'action.yml',
      ...readdirSync(floating).map((d) => join(d, 'action.yml')),
    ].filter((f) => existsSync(join(floating, f)))) {
      writeFileSync(
        join(floating, file),
        'name: moved\ndescription: moved\nruns:\n  using: composite\n  steps:\n    - name: Fail\n      shell: bash\n      run: echo "::error::the floating v1 ran"; exit 1\n',
      );
    }
    const repo = pluginRepo('wasm-example', where.plugin, { repository: 'acme/wasm-example' });
    const pr = join(repo.dir, '.github/workflows/pr.yml');
    writeFileSync(pr, readFileSync(pr, 'utf8').replace('validate.yml@v1', 'validate.yml@v1.2.3'));
    const r = await runAct({
      plugin: repo,
      event: 'pull_request',
      payload: forkPullRequest(repo),
      workflow: '.github/workflows/pr.yml',
      toolkit: { 'v1.2.3': pinned, [sha]: toolkit, v1: floating },
      scratch: where.scratch,
    });
    expect(explain(r)).toBe('ok');
    expect(r.log).not.toContain('the floating v1 ran');
    expect(r.log).toContain(`with ref ${sha} to ${toolkit}`);
  }, 300_000);
});
