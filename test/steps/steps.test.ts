/** Each step on its own, with a context builder: what it skips, makes and refuses. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStep } from '../../src/steps/validate.js';
import { pinStep } from '../../src/steps/pin.js';
import { signStep } from '../../src/steps/sign.js';
import { publishStep, registryTarget } from '../../src/steps/publish.js';
import { releaseStep, repoName } from '../../src/steps/release.js';
import { buildStep } from '../../src/steps/build.js';
import { LayoutStore } from '../../src/oci/index.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';
import { contextFor } from '../helpers/context.js';

afterAll(cleanPlugins);

const ZERO = `sha256:${'0'.repeat(64)}`;
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const wasmToml = (module: string) =>
  `name = "hello"\nversion = "1.2.0"\nkind = "wasm"\n\n[wasm]\nmodule = "${module}"  # kept\nexports = ["greet"]\n`;
const ociToml = `name = "hello-oci"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = "ghcr.io/acme/hello-oci@${ZERO}"\n`;

async function validated(
  files: Record<string, string>,
  init: Parameters<typeof contextFor>[0] = {},
) {
  const dir = makePlugin(files);
  const ctx = contextFor({ target: dir, cwd: dir, ...init });
  await validateStep.run(ctx);
  return { dir, ctx };
}

describe('validate', () => {
  it('makes the plugin known, with the tag defaulting to v<version>, and sets outputs', async () => {
    const { ctx } = await validated({ 'samuel-plugin.toml': wasmToml('plugin.wasm') });
    expect(ctx.loaded?.manifest.name).toBe('hello');
    expect(ctx.tag).toBe('v1.2.0');
    expect(ctx.reporter.outputs).toMatchObject({ name: 'hello', version: '1.2.0', kind: 'wasm' });
  });

  it('takes the pushed tag in GitHub Actions and fails when it differs from the version', async () => {
    const dir = makePlugin({ 'samuel-plugin.toml': wasmToml('plugin.wasm') });
    const ctx = contextFor({
      target: dir,
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/tags/v9.9.9' },
    });
    await expect(validateStep.run(ctx)).rejects.toThrow('1 error in samuel-plugin.toml');
    expect(ctx.reporter.findings.map((f) => f.rule)).toContain('tag-version');
  });
});

describe('build', () => {
  it('does not apply to skill and meta plugins', async () => {
    const { ctx } = await validated({
      'samuel-plugin.toml': 'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
      'SKILL.md': '---\nname: hello-skill\ndescription: d\n---\nbody\n',
    });
    expect(buildStep.skip?.(ctx)).toBe('nothing to build for skill plugins');
  });
});

describe('pin', () => {
  it('renames [wasm].module to plugin.wasm in the released manifest, the way Samuel installs it', async () => {
    const { ctx } = await validated({
      'samuel-plugin.toml': wasmToml('build/hello.wasm'),
      'build/hello.wasm': '',
    });
    expect(pinStep.skip?.(ctx)).toBeUndefined();
    const outcome = await pinStep.run(ctx);
    expect(outcome.detail).toBe('[wasm].module = "plugin.wasm" (was "build/hello.wasm")');
    expect(ctx.artifacts.get('released-manifest')?.text).toBe(wasmToml('plugin.wasm'));
  });

  it('leaves a wasm manifest that already names plugin.wasm alone', async () => {
    const { ctx } = await validated({ 'samuel-plugin.toml': wasmToml('plugin.wasm') });
    expect(pinStep.skip?.(ctx)).toBe('the wasm manifest is released as written');
  });

  it('pins [oci].image to the published digest, in the planned repository on a dry run', async () => {
    const { dir, ctx } = await validated(
      { 'samuel-plugin.toml': ociToml },
      { options: { registry: { to: '127.0.0.1:5000/acme/hello-oci' } } },
    );
    ctx.artifacts.add({
      type: 'image',
      reference: `oci-layout:${dir}/l@${DIGEST}`,
      digest: DIGEST,
      store: new LayoutStore(join(dir, 'l')),
      tags: [],
      pushed: false,
    });
    await pinStep.run(ctx);
    expect(ctx.artifacts.get('released-manifest')?.text).toContain(
      `image = "127.0.0.1:5000/acme/hello-oci@${DIGEST}"`,
    );
    expect(ctx.reporter.findings.filter((f) => f.rule === 'pin-repository')).toHaveLength(1);
  });

  it('refuses to ship an all-zero digest when nothing was published', async () => {
    const { ctx } = await validated({ 'samuel-plugin.toml': ociToml });
    await expect(pinStep.run(ctx)).rejects.toThrow('which Samuel cannot install');
  });
});

describe('publish', () => {
  it('pushes an oci plugin to the repository of [oci].image unless --to says otherwise', async () => {
    const { ctx } = await validated({ 'samuel-plugin.toml': ociToml });
    expect(registryTarget(ctx)).toBe('ghcr.io/acme/hello-oci');
    const other = await validated(
      { 'samuel-plugin.toml': ociToml },
      { options: { registry: { to: 'oci-layout:out' } } },
    );
    expect(registryTarget(other.ctx)).toBeUndefined();
  });

  it('does not apply to skills', async () => {
    const { ctx } = await validated({
      'samuel-plugin.toml': 'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
      'SKILL.md': '---\nname: hello-skill\ndescription: d\n---\nbody\n',
    });
    expect(publishStep.skip?.(ctx)).toBe('nothing to push to a registry for skill plugins');
  });
});

describe('sign', () => {
  it('skips when signing is off, with the reason', async () => {
    const { ctx } = await validated(
      { 'samuel-plugin.toml': wasmToml('plugin.wasm') },
      { options: { sigstore: { mode: 'false' } } },
    );
    expect(signStep.skip?.(ctx)).toBeUndefined();
    expect(await signStep.run(ctx)).toEqual({
      status: 'skipped',
      detail: 'signing is off (--sign false)',
    });
  });

  it('releases unsigned under --sign auto when the caller grants no id-token, saying how to sign', async () => {
    const { ctx } = await validated(
      { 'samuel-plugin.toml': wasmToml('plugin.wasm'), 'plugin.wasm': '' },
      {
        options: { release: { dryRun: false } },
        env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.0' },
      },
    );
    const outcome = await signStep.run(ctx);
    expect(outcome.status).toBe('skipped');
    expect(ctx.reporter.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'sign-skipped' }),
    ]);
    expect(ctx.reporter.findings[0]!.message).toContain('grant `permissions: id-token: write`');
    expect(ctx.reporter.outputs.signed).toBe('false');
  });

  it('refuses --sign true without an identity, naming the permission to grant', async () => {
    const { ctx } = await validated(
      { 'samuel-plugin.toml': wasmToml('plugin.wasm'), 'plugin.wasm': '' },
      {
        options: { release: { dryRun: false }, sigstore: { mode: 'true' } },
        env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.0' },
      },
    );
    await expect(signStep.run(ctx)).rejects.toMatchObject({
      fix: expect.stringContaining('id-token: write'),
    });
  });
});

describe('release', () => {
  it('names the oci bundle after the repository released in: --repository, then GITHUB_REPOSITORY, then the plugin', async () => {
    const { dir } = await validated({
      'samuel-plugin.toml': wasmToml('plugin.wasm'),
      'plugin.wasm': 'module',
    });
    const named = contextFor({
      target: dir,
      cwd: dir,
      options: { release: { repository: 'acme/hello-oci-plugin' } },
      env: { PATH: process.env.PATH, GITHUB_REPOSITORY: 'acme/from-env' },
    });
    await validateStep.run(named);
    expect(repoName(named)).toBe('hello-oci-plugin');
    const fromEnv = contextFor({
      target: dir,
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_REPOSITORY: 'acme/from-env' },
    });
    await validateStep.run(fromEnv);
    expect(repoName(fromEnv)).toBe('from-env');
    const bare = contextFor({ target: dir, cwd: dir });
    await validateStep.run(bare);
    expect(repoName(bare)).toBe(bare.loaded!.manifest.name);
  });

  it('writes the folder, and a re-run removes an asset the earlier run shipped and this one does not', async () => {
    const { dir, ctx } = await validated({
      'samuel-plugin.toml': wasmToml('plugin.wasm'),
      'plugin.wasm': 'module',
    });
    const out = join(dir, 'out');
    const first = contextFor({ target: dir, cwd: dir, options: { output: { output: out } } });
    await validateStep.run(first);
    writeFileSync(join(dir, 'old.bundle'), '{}');
    first.artifacts.add({
      type: 'bundle',
      name: 'plugin.wasm.bundle',
      path: join(dir, 'old.bundle'),
      subject: '',
    });
    await releaseStep.run(first);
    expect(existsSync(join(out, 'plugin.wasm.bundle'))).toBe(true);
    writeFileSync(join(out, 'notes-by-hand.txt'), 'mine');

    const again = contextFor({ target: dir, cwd: dir, options: { output: { output: out } } });
    await validateStep.run(again);
    await releaseStep.run(again);
    expect(existsSync(join(out, 'plugin.wasm.bundle'))).toBe(false);
    expect(readFileSync(join(out, 'notes-by-hand.txt'), 'utf8')).toBe('mine');
    expect(JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')).assets).toEqual([
      'plugin.wasm',
      'samuel-plugin.toml',
    ]);
    void ctx;
  });

  it('never writes through a symlink planted in the output folder', async () => {
    const outside = makePlugin({ 'victim.toml': 'precious' });
    const { dir } = await validated({
      'samuel-plugin.toml': wasmToml('plugin.wasm'),
      'plugin.wasm': 'module',
      'out/.keep': '',
    });
    const out = join(dir, 'out');
    symlinkSync(join(outside, 'victim.toml'), join(out, 'samuel-plugin.toml'));
    const ctx = contextFor({ target: dir, cwd: dir, options: { output: { output: out } } });
    await validateStep.run(ctx);
    await expect(releaseStep.run(ctx)).rejects.toThrow(
      'samuel-plugin.toml is a symbolic link; refusing to write through it',
    );
    expect(readFileSync(join(outside, 'victim.toml'), 'utf8')).toBe('precious');
  });

  it('names the oci bundle after the GitHub repository, as Samuel downloads it', async () => {
    const { dir, ctx } = await validated(
      { 'samuel-plugin.toml': ociToml.replace(ZERO, DIGEST), 'b.json': '{}' },
      { env: { GITHUB_REPOSITORY: 'acme/samuel-hello' } },
    );
    (ctx.options as { output: { output?: string } }).output = { output: join(dir, 'out') };
    ctx.artifacts.add({
      type: 'released-manifest',
      text: ociToml.replace(ZERO, DIGEST),
      changes: [],
    });
    ctx.artifacts.add({
      type: 'bundle',
      name: 'hello-oci.bundle',
      path: join(dir, 'b.json'),
      subject: '',
    });
    await releaseStep.run(ctx);
    expect(ctx.artifacts.all('release-asset').map((a) => a.name)).toEqual([
      'samuel-hello.bundle',
      'samuel-plugin.toml',
    ]);
  });
});

describe('release of a signed skill', () => {
  it('warns when the tagged tree lacks SKILL.md.bundle, which is all Samuel reads', async () => {
    const { dir, ctx } = await validated({
      'samuel-plugin.toml': 'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
      'SKILL.md': '---\nname: hello-skill\ndescription: d\n---\nbody\n',
      'b.json': '{}',
    });
    (ctx.options as { output: { output?: string } }).output = { output: join(dir, 'out') };
    ctx.artifacts.add({
      type: 'bundle',
      name: 'SKILL.md.bundle',
      path: join(dir, 'b.json'),
      subject: '',
    });
    await releaseStep.run(ctx);
    expect(ctx.reporter.findings.map((f) => f.rule)).toContain('skill-bundle-not-in-tree');
    writeFileSync(join(dir, 'SKILL.md.bundle'), '{}');
    const again = contextFor({
      target: dir,
      cwd: dir,
      options: { output: { output: join(dir, 'out2') } },
    });
    await validateStep.run(again);
    again.artifacts.add({
      type: 'bundle',
      name: 'SKILL.md.bundle',
      path: join(dir, 'b.json'),
      subject: '',
    });
    await releaseStep.run(again);
    expect(again.reporter.findings.map((f) => f.rule)).not.toContain('skill-bundle-not-in-tree');
  });
});
