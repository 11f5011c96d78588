/**
 * The package as users get it: `npm pack`, installed into a clean folder with no network, and
 * `npx samuel-plugin-release` works from there — help, init, and a release dry run. Every
 * dependency is bundled into dist/, so the install needs nothing from a registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(process.cwd());
const work = mkdtempSync(join(tmpdir(), 'spr-pack-'));
const project = join(work, 'project');
// No registry, and no proxy that could reach one: the install must come from the tarball alone.
const offline = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
let tarball: string;

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    env: offline,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(() => {
  run('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz'))!,
  );
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    '{"name":"consumer","version":"1.0.0","private":true}\n',
  );
  run('npm', ['install', '--no-save', tarball], project);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds only what it needs: bin, dist, templates, no build output or tests', () => {
    const listing = run('tar', ['tzf', tarball], work).split('\n').filter(Boolean);
    const size = statSync(tarball).size;
    process.stdout.write(
      `package tarball: ${(size / 1024).toFixed(0)} KiB, ${listing.length} files\n`,
    );
    expect(
      listing.every((f) =>
        /^package\/(bin|dist|templates)\/|^package\/(package\.json|README\.md|LICENSE)$/.test(f),
      ),
    ).toBe(true);
    expect(listing.some((f) => f.endsWith('plugin.wasm'))).toBe(false);
    expect(listing.some((f) => f.includes('/node_modules/') || f.includes('/target/'))).toBe(false);
    expect(listing).toContain('package/dist/index.js');
  });

  it('installs with no registry and runs --help through npx', () => {
    const help = run('npx', ['--offline', 'samuel-plugin-release', '--help'], project);
    expect(help).toContain('Usage: samuel-plugin-release <command>');
    expect(help).toContain('init');
  });

  it('runs init and the new plugin’s release dry run from the installed package', () => {
    const plugin = join(project, 'hello-skill');
    run(
      'npx',
      ['--offline', 'samuel-plugin-release', 'init', plugin, '--yes', '--kind', 'skill'],
      project,
    );
    const out = run(
      'npx',
      ['--offline', 'samuel-plugin-release', 'release', '--dry-run', '--output', 'out'],
      plugin,
    );
    expect(out).toContain('✓ release');
  });
});
