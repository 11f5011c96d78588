/**
 * Every releasable template, released by its own workflows under nektos/act, as a user would:
 * a plugin repository made from `templates/<name>` (its `.github/workflows/*.yml` as shipped,
 * plus only the test's `with:` lines pointing at the local registry and Sigstore), a signed tag
 * push through the shipped `release.yml`, and a pull request from a fork through `validate.yml`.
 * For each, the test proves: a published release in the GitHub REST fake with the assets Samuel
 * reads (contract §5); the wasm module or the oci image (pinned digest, every platform the
 * template declares) in the local registry; signatures that cosign verifies offline against the
 * local Sigstore stack; and an install by the real Samuel from `github.com/<owner>/<repo>`
 * through the github.com stand-in, `samuel doctor --json` clean (oci: the one failure Samuel
 * v2.3 reports for every oci plugin, contract §3).
 *
 * The signed skill follows the README's signed-skills flow with the template's own
 * `sign-skill.yml`: that workflow signs `SKILL.md` (a dry run of release.yml with `sign: true`),
 * the `SKILL.md.bundle` from its artifact is committed, and that commit tagged; Samuel verifies
 * the skill against the bundle in the tagged tree.
 *
 * Not here: the Go template (`templates/wasm-go-example`) builds with TinyGo, which this machine
 * and CI do not have; the release workflow sets TinyGo up on GitHub's runners, and the TinyGo
 * stand-in fails when it is missing rather than pretend. The AssemblyScript template is released
 * in act-release.test.ts.
 *
 * One act run per template and event; the registry, the Sigstore stack and the toolkit copy are
 * shared. Where this machine differs from GitHub's runners it is said the way a self-hosted runner
 * would: the runner environment names this machine's rustup (RUSTUP_HOME, with the
 * `wasm32-wasip1` target .ci/setup/70-act.sh adds). The oci callers name no builder: GitHub's
 * runners build with docker buildx; this machine has a docker without buildx, so the program
 * picks podman by itself, as it would on such a self-hosted runner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
import { podmanSandbox } from '../helpers/podman.js';
import { installFromEntry, ociDoctor, requireSamuel } from '../helpers/samuel.js';
import {
  actBinary,
  callerWith,
  commitAndTag,
  dispatch,
  forkPullRequest,
  gitIn,
  pluginRepo,
  runAct,
  tagPush,
  toolkitCopy,
  type ActRun,
  type PluginRepo,
} from '../act/harness.js';

interface Case {
  template: string;
  /** The plugin's name (its manifest's). */
  name: string;
  kind: 'wasm' | 'skill' | 'oci';
  /** What the pull-request run must print besides the validate line. */
  pr: RegExp[];
  /** Release assets, exactly. */
  assets: string[];
  /** The annotations the pull request's run may draw (`severity rule`); any other fails. */
  annotations?: string[];
}

const CASES: Case[] = [
  {
    template: 'wasm-c-example',
    name: 'wasm-c-example',
    kind: 'wasm',
    pr: [/✓ build +plugin\.wasm: .* with command/, /✓ smoke +protocol 1, health 0/],
    assets: [
      'plugin.wasm',
      'plugin.wasm.bundle',
      'samuel-plugin.toml',
      'wasm-c-example.bundle',
      'wasm-c-example.provenance.sigstore.json',
    ],
  },
  {
    template: 'wasm-rust-example',
    name: 'wasm-rust-example',
    kind: 'wasm',
    pr: [/✓ build +plugin\.wasm: .* with rust/, /✓ smoke +protocol 1, health 0/],
    assets: [
      'plugin.wasm',
      'plugin.wasm.bundle',
      'samuel-plugin.toml',
      'wasm-rust-example.bundle',
      'wasm-rust-example.provenance.sigstore.json',
    ],
  },
  {
    template: 'skill-example',
    name: 'hello-skill',
    kind: 'skill',
    pr: [],
    // Samuel clones the tag for a skill; the bundle is an asset for cosign verify-blob.
    assets: ['SKILL.md.bundle', 'hello-skill.provenance.sigstore.json'],
  },
  {
    template: 'oci-example',
    name: 'oci-example',
    kind: 'oci',
    pr: [
      /✓ build +linux\/amd64, linux\/arm64 with podman/,
      /✓ smoke +linux\/amd64: \/bin\/oci-example static; linux\/arm64: .*exit 0/,
    ],
    assets: ['oci-example.bundle', 'oci-example.provenance.sigstore.json', 'samuel-plugin.toml'],
    annotations: [
      // The default branch keeps the placeholder digest that each release pins.
      'notice oci-zero-digest',
      // What Samuel v2.3 does to every oci plugin (contract §3), said on each run.
      'warning samuel-doctor-oci',
      'warning samuel-rootless-user',
    ],
  },
];

/** The one file called `name` under `dir`. */
function findFile(dir: string, name: string): string {
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => basename(f) === name,
  );
  if (found.length !== 1) throw new Error(`${dir} holds ${found.length} files named ${name}`);
  return join(dir, found[0]!);
}

const OWNER = 'acme';
const TAG = 'v0.1.0';
const VERSION = '0.1.0';

describe('every releasable template under act', () => {
  let scratch: string;
  let toolkit: string;
  let registry: TestRegistry;
  let stack: SigstoreStack;

  beforeAll(async () => {
    actBinary();
    requireSamuel();
    scratch = mkdtempSync(join(tmpdir(), 'spr-act-templates-'));
    toolkit = toolkitCopy(join(scratch, 'toolkit'));
    registry = await startRegistry();
    stack = await startSigstoreStack(join(scratch, 'trusted_root.json'));
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
    await stack?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  let runs = 0;
  const fresh = (label: string) => {
    const dir = join(scratch, `${++runs}-${label}`);
    return { plugin: join(dir, 'plugin'), scratch: join(dir, 'act') };
  };
  const explain = (r: ActRun) => (r.code === 0 ? 'ok' : r.log.split('\n').slice(-80).join('\n'));

  describe.each(CASES)('$template', (c) => {
    const repository = `${OWNER}/${c.template}`;

    it('a pull request from a fork is validated, built and smoke-tested with no secrets and no OIDC token', async () => {
      const where = fresh(`pr-${c.template}`);
      const repo = pluginRepo(c.template, where.plugin, { repository });
      // A repository with no release yet: the capability comparison finds every one new.
      const gh = await startGitHubFake({ owner: OWNER, repo: c.template, tags: {} });
      let r: ActRun;
      try {
        r = await runAct({
          plugin: repo,
          event: 'pull_request',
          payload: forkPullRequest(repo),
          workflow: '.github/workflows/pr.yml',
          toolkit: { v1: toolkit },
          scratch: where.scratch,
          env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.serverUrl },
          // A fork's pull request still gets the job's read-only token (no repository secret).
          secrets: { GITHUB_TOKEN: gh.token },
        });
      } finally {
        await gh.close();
      }
      expect(explain(r)).toBe('ok');
      // The template's own files draw no annotation but those the case expects.
      const drawn = [...r.log.matchAll(/::(warning|notice) title=([\w-]+)/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
      expect([...new Set(drawn)].sort()).toEqual([...(c.annotations ?? [])].sort());
      expect(r.log).toContain('every capability is new');
      expect(r.log).toMatch(new RegExp(`✓ validate +${c.name} ${VERSION.replace(/\./g, '\\.')}`));
      for (const line of c.pr) expect(r.log).toMatch(line);
      expect(r.outputs.signed).toBe('false');
      expect(r.log).not.toMatch(/GitHub release: http/);
    }, 600_000);

    describe('a signed tag push through the shipped release.yml', () => {
      let gh: GitHubFake;
      let oidc: OidcEndpoint;
      let repo: PluginRepo;
      let r: ActRun;
      const image = () => `${registry.host}/${OWNER}/${c.template}`;
      /** The lines that point a caller at the local Sigstore stack (a private Sigstore). */
      const sigstore = () => ({
        'fulcio-url': stack.url,
        'rekor-url': stack.url,
        'trusted-root': stack.trustedRootPath,
      });

      beforeAll(async () => {
        const where = fresh(`release-${c.template}`);
        repo = pluginRepo(c.template, where.plugin, {
          repository,
          tag: c.kind === 'skill' ? undefined : TAG,
        });
        oidc = await startOidcEndpoint({
          sub: WORKFLOW_IDENTITY,
          repository,
          repository_owner: OWNER,
        });
        if (c.kind === 'skill') repo = await signSkillAndTag(repo, join(where.scratch, 'sign'));
        gh = await startGitHubFake({ owner: OWNER, repo: c.template, tags: { [TAG]: repo.sha } });
        // The lines a user adds to point the workflow at their registry and a private Sigstore.
        callerWith(repo, 'release.yml', {
          with: {
            ...(c.kind === 'skill' ? {} : { image: image(), insecure: true }),
            ...sigstore(),
          },
        });
        r = await runAct({
          plugin: repo,
          event: 'push',
          payload: tagPush(repo, TAG),
          workflow: '.github/workflows/release.yml',
          toolkit: { v1: toolkit },
          scratch: where.scratch,
          env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.serverUrl, ...oidc.env },
          secrets: { GITHUB_TOKEN: gh.token },
        });
      }, 900_000);

      afterAll(async () => {
        await gh?.close();
        await oidc?.close();
      });

      /**
       * The signed-skills flow of the template's own `sign-skill.yml`: run it (a dry run that
       * signs), commit the SKILL.md.bundle from its artifact next to SKILL.md, tag that commit.
       */
      async function signSkillAndTag(plugin: PluginRepo, where: string): Promise<PluginRepo> {
        callerWith(plugin, 'sign-skill.yml', { with: sigstore() });
        const sign = await runAct({
          plugin,
          event: 'workflow_dispatch',
          payload: dispatch(plugin),
          workflow: '.github/workflows/sign-skill.yml',
          toolkit: { v1: toolkit },
          scratch: where,
          env: { ...oidc.env, GITHUB_API_URL: 'http://127.0.0.1:9' },
        });
        expect(explain(sign)).toBe('ok');
        expect(sign.outputs.signed).toBe('true');
        const bundle = findFile(
          join(sign.artifacts, `samuel-release-${c.name}`),
          'SKILL.md.bundle',
        );
        copyFileSync(bundle, join(plugin.dir, 'SKILL.md.bundle'));
        // The workflow file edited for the local Sigstore stays out of the release commit.
        gitIn(plugin.dir)('checkout', '--', '.github/workflows/sign-skill.yml');
        return commitAndTag(plugin, ['SKILL.md.bundle'], 'Sign SKILL.md', TAG);
      }

      it('succeeds, signed', () => {
        expect(explain(r)).toBe('ok');
        expect(r.outputs.signed).toBe('true');
        expect(oidc.audiences).toContain('sigstore');
        // The skill's bundle is in the tagged tree, so the run has nothing to warn about.
        expect(r.log).not.toContain('skill-bundle-not-in-tree');
      });

      it('publishes the release with the assets Samuel reads', () => {
        const releases = gh.releases();
        expect(releases.map((x) => [x.meta.tag_name, x.meta.draft])).toEqual([[TAG, false]]);
        expect(releases[0]!.assets.map((a) => a.meta.name).sort()).toEqual(c.assets);
      });

      if (c.kind !== 'skill') {
        it('pushes the artifact to the registry at the digest the release pins', async () => {
          const digest = r.outputs.digest!;
          expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
          const res = await fetch(
            `http://${registry.host}/v2/${OWNER}/${c.template}/manifests/${digest}`,
            {
              headers: {
                Accept:
                  'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json',
              },
            },
          );
          expect(res.status).toBe(200);
          const manifest = (await res.json()) as {
            config?: { mediaType: string };
            manifests?: { platform?: { os: string; architecture: string } }[];
          };
          if (c.kind === 'oci') {
            const released = asset('samuel-plugin.toml').toString();
            expect(released).toContain(`image = "${image()}@${digest}"`);
            // Every platform the template's Makefile and the workflow's default declare.
            const platforms = (manifest.manifests ?? [])
              .filter((m) => m.platform && m.platform.architecture !== 'unknown')
              .map((m) => `${m.platform!.os}/${m.platform!.architecture}`)
              .sort();
            expect(platforms).toEqual(['linux/amd64', 'linux/arm64']);
          } else {
            // The CNCF wasm artifact Samuel's registry tooling reads.
            expect(manifest.config?.mediaType).toBe('application/vnd.wasm.config.v0+json');
          }
        });
      }

      const asset = (name: string): Buffer => {
        const found = gh.releases()[0]!.assets.find((a) => a.meta.name === name);
        if (!found) throw new Error(`the release has no ${name}`);
        return Buffer.from(found.data);
      };

      it('leaves signatures that cosign verifies offline with the workflow identity', async () => {
        const dir = join(scratch, `verify-${c.template}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const a of gh.releases()[0]!.assets) writeFileSync(join(dir, a.meta.name), a.data);
        const identity = [
          '--trusted-root',
          stack.trustedRootPath,
          '--certificate-identity',
          WORKFLOW_IDENTITY,
          '--certificate-oidc-issuer',
          GITHUB_ISSUER,
        ];
        const blob = async (file: string, bundle: string) => {
          const v = await cosign(['verify-blob', '--bundle', bundle, ...identity, file]);
          expect(`${v.code}\n${v.stderr}`).toMatch(/^0\n[\s\S]*Verified OK/);
        };
        if (c.kind === 'wasm') {
          await blob(join(dir, 'plugin.wasm'), join(dir, 'plugin.wasm.bundle'));
        } else if (c.kind === 'skill') {
          const skill = join(repo.dir, 'SKILL.md');
          // The release's bundle, and the one committed in the tagged tree that Samuel reads.
          await blob(skill, join(dir, 'SKILL.md.bundle'));
          await blob(skill, join(repo.dir, 'SKILL.md.bundle'));
        } else {
          const digest = r.outputs.digest!;
          const index = (await (
            await fetch(`http://${registry.host}/v2/${OWNER}/${c.template}/manifests/${digest}`, {
              headers: { Accept: 'application/vnd.oci.image.index.v1+json' },
            })
          ).json()) as { manifests: { digest: string; platform?: { architecture: string } }[] };
          const platforms = index.manifests.filter((m) => m.platform?.architecture !== 'unknown');
          for (const d of [digest, ...platforms.map((m) => m.digest)]) {
            const v = await cosign([
              'verify',
              ...identity,
              '--allow-http-registry',
              `${image()}@${d}`,
            ]);
            expect(`${v.code}\n${v.stderr}`).toMatch(/^0\n[\s\S]*The cosign claims were validated/);
          }
        }
      }, 120_000);

      it(`is installed by the real Samuel from github.com/${repository}, verified`, async () => {
        const standin = await startGitHubStandin(gh.serverUrl);
        if (c.kind === 'skill') standin.addGitRepo(OWNER, c.template, repo.dir);
        try {
          const podman =
            c.kind === 'oci'
              ? {
                  SAMUEL_RUNTIME: 'podman',
                  ...podmanSandbox(join(scratch, `podman-${c.template}`), registry.host),
                }
              : {};
          const { install, doctor } = await installFromEntry(
            { name: c.name, repo: `github.com/${repository}`, latest: VERSION, kind: c.kind },
            {
              trustedRoot: readFileSync(stack.trustedRootPath, 'utf8'),
              env: { ...standin.env, ...podman },
            },
          );
          expect({
            code: install.code,
            out: install.code ? install.stdout + install.stderr : '',
          }).toEqual({ code: 0, out: '' });
          expect(install.stdout).toContain('signature: verified');
          if (c.kind === 'skill') {
            expect(standin.requests).toContain(
              `GET /${repository}.git/info/refs?service=git-upload-pack`,
            );
          } else {
            const wanted =
              c.kind === 'wasm'
                ? ['samuel-plugin.toml', 'plugin.wasm', 'plugin.wasm.bundle']
                : ['samuel-plugin.toml', `${c.template}.bundle`];
            expect(standin.requests).toEqual(
              expect.arrayContaining(
                wanted.map((n) => `GET /${repository}/releases/download/${TAG}/${n}`),
              ),
            );
          }
          expect(doctor).toEqual(
            c.kind === 'oci' ? ociDoctor(c.name) : { failed: 0, failures: [] },
          );
        } finally {
          await standin.close();
        }
      }, 240_000);
    });
  });
});
