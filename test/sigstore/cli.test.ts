import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import {
  githubToken,
  GITHUB_ISSUER,
  startSigstoreStack,
  WORKFLOW_IDENTITY,
  type SigstoreStack,
} from './stack.js';
import { cosign } from './cosign.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: { PATH: process.env.PATH, ...env },
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('sign and verify commands', () => {
  let dir: string;
  let plugin: string;
  let stack: SigstoreStack;
  let skill: string;
  let bundle: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-sign-cli-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    plugin = join(dir, 'hello-skill');
    await mkdir(plugin);
    await writeFile(
      join(plugin, 'samuel-plugin.toml'),
      'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
    );
    skill = join(plugin, 'SKILL.md');
    await writeFile(skill, '---\nname: hello-skill\ndescription: Says hello.\n---\n# Hello\n');
    bundle = `${skill}.bundle`;
    const r = await cli([
      'sign',
      plugin,
      '--identity-token',
      githubToken(),
      '--fulcio-url',
      stack.url,
      '--rekor-url',
      stack.url,
    ]);
    if (r.code !== 0) throw new Error(`sign failed: ${r.stderr}`);
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  const verify = (target: string, extra: string[]) =>
    cli(['verify', target, '--trusted-root', stack.trustedRootPath, ...extra]);

  it('sign writes SKILL.md.bundle and prints the cosign command naming the workflow identity', async () => {
    const r = await cli([
      'sign',
      plugin,
      '--identity-token',
      githubToken(),
      '--fulcio-url',
      stack.url,
      '--rekor-url',
      stack.url,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      ok: true,
      signed: true,
      bundles: [bundle],
      signer: { identity: WORKFLOW_IDENTITY, repository: 'acme/hello-plugin' },
    });
    expect(doc.verifyCommands[0]).toBe(
      `cosign verify-blob --bundle SKILL.md.bundle --certificate-identity ${WORKFLOW_IDENTITY} --certificate-oidc-issuer ${GITHUB_ISSUER} --certificate-github-workflow-repository acme/hello-plugin SKILL.md`,
    );
  });

  it('verify accepts the file with the exact identity (exit 0)', async () => {
    const r = await verify(skill, [
      '--bundle',
      bundle,
      '--certificate-identity',
      WORKFLOW_IDENTITY,
      '--certificate-github-workflow-repository',
      'acme/hello-plugin',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`signer: ${WORKFLOW_IDENTITY}`);
  });

  it('verify accepts an anchored regexp that matches the whole identity', async () => {
    const re =
      '^https://github\\.com/samuelpkg/samuel-plugin-release/\\.github/workflows/release\\.yml@refs/tags/v.*$';
    expect(
      (await verify(skill, ['--bundle', bundle, '--certificate-identity-regexp', re])).code,
    ).toBe(0);
  });

  it('cosign verify-blob accepts the bundle too', async () => {
    const r = await cosign([
      'verify-blob',
      '--bundle',
      bundle,
      '--trusted-root',
      stack.trustedRootPath,
      '--certificate-identity',
      WORKFLOW_IDENTITY,
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
      skill,
    ]);
    expect(`${r.code} ${r.stderr}`).toMatch(/^0 [\s\S]*Verified OK/);
  });

  describe('when verification must fail (exit 1 with the reason)', () => {
    it('rejects a tampered file', async () => {
      const tampered = join(dir, 'tampered.md');
      await writeFile(tampered, (await readFile(skill, 'utf8')) + 'evil\n');
      const r = await verify(tampered, [
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the signature does not verify');
      const c = await cosign([
        'verify-blob',
        '--bundle',
        bundle,
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        tampered,
      ]);
      expect(c.code).not.toBe(0);
    });

    it('rejects another identity', async () => {
      const r = await verify(skill, [
        '--bundle',
        bundle,
        '--certificate-identity',
        'https://github.com/acme/other/.github/workflows/release.yml@refs/tags/v1',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`signed by "${WORKFLOW_IDENTITY}", expected exactly`);
    });

    it('rejects another issuer', async () => {
      const r = await verify(skill, [
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-oidc-issuer',
        'https://accounts.google.com',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `issuer "${GITHUB_ISSUER}", expected "https://accounts.google.com"`,
      );
    });

    it('rejects a regexp that only matches a substring of the identity', async () => {
      const r = await verify(skill, [
        '--bundle',
        bundle,
        '--certificate-identity-regexp',
        'samuelpkg/samuel-plugin-release',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('does not match the whole of /samuelpkg/samuel-plugin-release/');
    });

    it('rejects another source repository', async () => {
      const r = await verify(skill, [
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-github-workflow-repository',
        'evil/hello-plugin',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'signed in repository "acme/hello-plugin", expected "evil/hello-plugin"',
      );
    });

    it('rejects a bundle made for another file', async () => {
      const other = join(dir, 'other.md');
      await copyFile(skill, other);
      await writeFile(other, 'another file\n');
      const r = await verify(other, [
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the signature does not verify');
    });

    it('rejects a blob bundle presented for an image digest', async () => {
      const r = await verify(`127.0.0.1:1/acme/x@sha256:${'b'.repeat(64)}`, [
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the bundle signs a blob, not an image manifest');
    });
  });

  describe('usage and I/O errors (exit 2)', () => {
    it('needs an identity', async () => {
      const r = await verify(skill, ['--bundle', bundle]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--certificate-identity');
    });

    it('needs a bundle for a file', async () => {
      const r = await verify(skill, ['--certificate-identity', WORKFLOW_IDENTITY]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('pass --bundle SKILL.md.bundle');
    });

    it('reports an invalid regexp', async () => {
      const r = await verify(skill, ['--bundle', bundle, '--certificate-identity-regexp', '(']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not a valid regular expression');
    });

    it('reports a missing trusted root', async () => {
      const r = await cli([
        'verify',
        skill,
        '--bundle',
        bundle,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--trusted-root',
        join(dir, 'nope.json'),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot read the trusted root');
    });

    it('rejects a bad --sign value', async () => {
      const r = await cli(['sign', plugin, '--sign', 'maybe']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--sign must be auto, true or false');
    });
  });

  describe('identity preflight', () => {
    it('names `permissions: id-token: write` when Actions gives no OIDC endpoint', async () => {
      const r = await cli(['sign', plugin, '--sign', 'true'], {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/tags/v1.0.0',
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('permissions: id-token: write');
    });

    it('skips with a clear message on a pull request from a fork', async () => {
      const event = join(dir, 'event.json');
      await writeFile(
        event,
        JSON.stringify({
          pull_request: {
            head: { repo: { full_name: 'mallory/hello', fork: true } },
            base: { repo: { full_name: 'acme/hello' } },
          },
        }),
      );
      const r = await cli(['sign', plugin, '--sign', 'true', '--json'], {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
      });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        signed: false,
        reason: expect.stringContaining('signing is skipped on fork PRs'),
      });
    });

    it('auto skips outside Actions without a token', async () => {
      const r = await cli(['sign', plugin, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        signed: false,
        reason: expect.stringContaining('no identity'),
      });
    });
  });
});
