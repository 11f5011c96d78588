/**
 * `init` from an empty folder to a repository whose own `release --dry-run` works, for each
 * kind and wasm language the machine can build; never overwriting without --force.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import {
  pullRequestWorkflow,
  releaseWorkflow,
  type InitKind,
  type InitLanguage,
} from '../../src/init/index.js';
import { chooseTemplate } from '../../src/init/templates.js';

const work = mkdtempSync(join(tmpdir(), 'spr-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: process.env.HOME };

async function init(dir: string, args: string[]) {
  return runCli(['init', dir, '--yes', ...args], { cwd: work, env });
}

describe('init --yes', () => {
  it('sets up a skill plugin whose manifest validates, with both workflows and a README section', async () => {
    const dir = join(work, 'my-skill');
    const r = await init(dir, ['--kind', 'skill']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ my-skill: a skill plugin in');
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain('name = "my-skill"');
    expect(readFileSync(join(dir, 'SKILL.md'), 'utf8')).toContain('name: my-skill');
    const release = parse(readFileSync(join(dir, '.github/workflows/release.yml'), 'utf8'));
    expect(release.jobs.release.uses).toBe(
      'samuelpkg/samuel-plugin-release/.github/workflows/release.yml@v1',
    );
    expect(release.permissions).toEqual({});
    const pr = parse(readFileSync(join(dir, '.github/workflows/pr.yml'), 'utf8'));
    expect(pr.jobs.validate.permissions).toEqual({ contents: 'read' });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('## Releasing');
    const v = await runCli(['validate', dir], { cwd: work, env });
    expect(v.code).toBe(0);
    const rel = await runCli(['release', dir, '--dry-run', '--output', join(dir, 'out')], {
      cwd: work,
      env,
    });
    expect(rel.code).toBe(0);
  });

  it('sets up a C plugin that builds with make and releases', async () => {
    const dir = join(work, 'c-plugin');
    expect((await init(dir, ['--kind', 'wasm', '--language', 'c'])).code).toBe(0);
    const release = parse(readFileSync(join(dir, '.github/workflows/release.yml'), 'utf8'));
    expect(release.jobs.release.with).toEqual({
      toolchain: 'command',
      'build-command': 'make plugin.wasm',
    });
    const rel = await runCli(
      [
        'release',
        dir,
        '--dry-run',
        '--output',
        join(dir, 'out'),
        '--toolchain',
        'command',
        '--build-command',
        'make plugin.wasm',
      ],
      { cwd: dir, env },
    );
    expect(rel.stderr).not.toContain('bug');
    expect(rel.code).toBe(0);
    expect(rel.stdout).toContain('✓ smoke');
  }, 60_000);

  it('sets up a Rust plugin that builds for wasm and releases', async () => {
    const dir = join(work, 'rust-plugin');
    expect((await init(dir, ['--kind', 'wasm', '--language', 'rust'])).code).toBe(0);
    expect(readFileSync(join(dir, 'Cargo.toml'), 'utf8')).toContain('name = "rust-plugin"');
    // Debian's rustc ships the wasm32-wasi standard library (rustup cannot add targets here).
    process.env.SPR_RUST_TARGET = 'wasm32-wasi';
    const rel = await runCli(['release', dir, '--dry-run', '--output', join(dir, 'out')], {
      cwd: dir,
      env: {
        ...env,
        PATH: `/usr/bin:${env.PATH}`,
        SPR_RUST_TARGET: 'wasm32-wasi',
        CARGO_HOME: join(work, 'cargo-home'),
      },
    });
    expect(rel.stderr).not.toContain('bug');
    expect(rel.code).toBe(0);
    delete process.env.SPR_RUST_TARGET;
    expect(rel.stdout).toContain('with rust');
  }, 180_000);

  it('sets up an AssemblyScript plugin by default', async () => {
    const dir = join(work, 'as-plugin');
    expect((await init(dir, [])).code).toBe(0);
    expect(existsSync(join(dir, 'assembly', 'index.ts'))).toBe(true);
    expect(existsSync(join(dir, 'plugin.wasm'))).toBe(false);
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain('name = "as-plugin"');
  });
});

describe('init on what exists', () => {
  it('keeps files it finds, says so, and overwrites them only with --force', async () => {
    const dir = join(work, 'keep-me');
    await init(dir, ['--kind', 'skill']);
    writeFileSync(join(dir, 'SKILL.md'), 'my own words');
    writeFileSync(
      join(dir, 'samuel-plugin.toml'),
      'name = "keep-me"\nversion = "2.0.0"\nkind = "skill"\n',
    );
    const again = await init(dir, ['--kind', 'skill']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('✓ added the release and pull-request workflows to the plugin');
    expect(again.stdout).toContain(
      'kept  .github/workflows/release.yml (exists; --force overwrites it)',
    );
    expect(readFileSync(join(dir, 'SKILL.md'), 'utf8')).toBe('my own words');
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain('version = "2.0.0"');
    const forced = await init(dir, ['--kind', 'skill', '--force']);
    expect(forced.stdout).toContain('wrote .github/workflows/release.yml');
    // An existing plugin keeps its sources even with --force: init adds the workflows only.
    expect(readFileSync(join(dir, 'SKILL.md'), 'utf8')).toBe('my own words');
  });

  it('refuses a name Samuel would reject, with the fix', async () => {
    const r = await init(join(work, 'x'), ['--name', 'My_Plugin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"My_Plugin" is not a plugin name Samuel accepts');
    expect(r.stderr).toContain('e.g. "my-plugin"');
    // The same rule and wording as validate, a suggestion included even for a long name.
    const long = await init(join(work, 'x2'), ['--name', `Plugin-${'a'.repeat(70)}`]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('it is 77 characters long (at most 64)');
    expect(long.stderr).toContain(`e.g. "plugin-${'a'.repeat(57)}"`);
  });

  it('refuses an unknown kind and a language for a skill', async () => {
    expect((await init(join(work, 'y'), ['--kind', 'lua'])).stderr).toContain(
      '--kind must be wasm, oci or skill, got "lua"',
    );
    expect(
      (await init(join(work, 'zed-plugin'), ['--kind', 'skill', '--language', 'go'])).stderr,
    ).toContain('--language applies to wasm plugins, not skill');
  });
});

describe('init of an oci plugin', () => {
  const ZERO = `sha256:${'0'.repeat(64)}`;
  it('publishes to the ghcr.io namespace --owner names, lowercased', async () => {
    const dir = join(work, 'hello-oci');
    const r = await init(dir, ['--kind', 'oci', '--owner', 'Acme-Corp']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain(
      `image = "ghcr.io/acme-corp/hello-oci@${ZERO}"`,
    );
    expect(r.stdout).not.toContain('init-image-owner');
  });

  it('takes the owner from the origin remote, and warns when it has none', async () => {
    const dir = join(work, 'remote-oci');
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', [
      '-C',
      dir,
      'remote',
      'add',
      'origin',
      'git@github.com:Octo/remote-oci.git',
    ]);
    expect((await init(dir, ['--kind', 'oci'])).code).toBe(0);
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain(
      `image = "ghcr.io/octo/remote-oci@${ZERO}"`,
    );
    const bare = await init(join(work, 'bare-oci'), ['--kind', 'oci']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain(
      'warning: [oci].image names ghcr.io/samuelpkg/bare-oci, a namespace your release cannot push to [init-image-owner]',
    );
    expect(bare.stdout).toContain('fix: run init again with --owner');
  });

  it('does not take an origin owner ghcr.io could not name, and warns as when there is none', async () => {
    const dir = join(work, 'odd-remote-oci');
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', 'https://git.example/odd_owner/x']);
    const r = await init(dir, ['--kind', 'oci']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'samuel-plugin.toml'), 'utf8')).toContain(
      `image = "ghcr.io/samuelpkg/odd-remote-oci@${ZERO}"`,
    );
    expect(r.stdout).toContain('[init-image-owner]');
  });

  it('refuses an owner GitHub would not have', async () => {
    const r = await init(join(work, 'bad-owner'), ['--kind', 'oci', '--owner', 'a/b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"a/b" is not a GitHub user or organisation name');
    expect(r.stderr).toContain('fix: pass --owner');
  });
});

describe('the bundled templates are plugin repositories as init makes them', () => {
  const TEMPLATE_KINDS: [string, InitKind, InitLanguage?][] = [
    ['wasm-example', 'wasm', 'assemblyscript'],
    ['wasm-go-example', 'wasm', 'go'],
    ['wasm-c-example', 'wasm', 'c'],
    ['wasm-rust-example', 'wasm', 'rust'],
    ['skill-example', 'skill', undefined],
    ['oci-example', 'oci', undefined],
  ];
  it.each(TEMPLATE_KINDS)(
    '%s carries the release and pull-request workflows init writes',
    (dir, kind, language) => {
      const root = join(process.cwd(), 'templates', dir, '.github', 'workflows');
      const inputs = chooseTemplate(kind, language).inputs ?? {};
      expect(readFileSync(join(root, 'release.yml'), 'utf8')).toBe(releaseWorkflow(kind, inputs));
      expect(readFileSync(join(root, 'pr.yml'), 'utf8')).toBe(pullRequestWorkflow(inputs));
    },
  );

  it('pins the AssemblyScript compiler in the template’s own lock file', () => {
    const lock = JSON.parse(
      readFileSync(join(process.cwd(), 'templates/wasm-example/package-lock.json'), 'utf8'),
    );
    expect(lock.packages['node_modules/assemblyscript'].version).toBe('0.28.20');
  });
});
