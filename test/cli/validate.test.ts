/**
 * The `validate` command as users meet it: exit codes, text, JSON, GitHub annotations and job
 * summary, globs over a monorepo, and the I/O mistakes that must never print a stack trace.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

const VALID =
  'name = "demo-plugin"\nversion = "1.2.3"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n';
const INVALID = VALID.replace('"demo-plugin"', '"Demo"');

afterAll(cleanPlugins);

describe('validate', () => {
  describe('when the manifest is valid', () => {
    it('exits 0 and says so', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': VALID });
      const r = await runCli(['validate', dir]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('is valid');
      expect(r.stdout).toContain('(demo-plugin 1.2.3, wasm)');
    });

    it('defaults to the current directory', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': VALID });
      const r = await runCli(['validate'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✓ samuel-plugin.toml (demo-plugin 1.2.3, wasm) is valid');
    });

    it('accepts a matching tag with or without "v"', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': VALID });
      expect((await runCli(['validate', dir, '--tag', 'v1.2.3'])).code).toBe(0);
      expect((await runCli(['validate', dir, '--tag', '1.2.3'])).code).toBe(0);
      expect((await runCli(['validate', dir, '--tag', 'refs/tags/v1.2.3'])).code).toBe(0);
    });
  });

  describe('when the manifest is invalid', () => {
    it('exits 1 with file:line:col, the rule and the fix', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': INVALID });
      const r = await runCli(['validate', dir], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'samuel-plugin.toml:1:8: error: invalid plugin name "Demo": it has uppercase letters [name-pattern]',
      );
      expect(r.stdout).toContain(
        '  fix: names must match ^[a-z0-9][a-z0-9-]{1,63}$ and not end with "-", e.g. "demo"',
      );
      expect(r.stdout).toContain('✗ samuel-plugin.toml: 1 error');
    });

    it('prints one JSON document with --json', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': INVALID });
      const r = await runCli(['validate', dir, '--json'], { cwd: dir });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.ok).toBe(false);
      expect(doc.manifests[0].findings[0]).toMatchObject({
        severity: 'error',
        rule: 'name-pattern',
        line: 1,
        col: 8,
        file: 'samuel-plugin.toml',
      });
      expect(doc.counts).toEqual({ errors: 1, warnings: 0, notices: 0 });
    });

    it('warns on unknown keys with a suggestion, and fails on them with --strict', async () => {
      const dir = makePlugin({
        'samuel-plugin.toml': VALID.replace('exports', 'export') + 'exports = ["greet"]\n',
      });
      const lenient = await runCli(['validate', dir], { cwd: dir });
      expect(lenient.code).toBe(0);
      expect(lenient.stdout).toContain(
        'samuel-plugin.toml:7:1: warning: unknown key "export" in [wasm]; Samuel ignores it — did you mean "exports"? [unknown-key]',
      );
      const strict = await runCli(['validate', dir, '--strict'], { cwd: dir });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('samuel-plugin.toml:7:1: error: unknown key "export"');
    });

    it('fails when the tag does not match the version', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': VALID });
      const r = await runCli(['validate', dir, '--tag', 'v2.0.0'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'error: the release tag "v2.0.0" does not match version "1.2.3" [tag-version]',
      );
      expect(r.stdout).toContain('fix: set version = "2.0.0" or tag v1.2.3');
    });
  });

  describe('in GitHub Actions', () => {
    let written: string[];
    let summaryFile: string;
    let outputFile: string;
    beforeEach(() => {
      written = [];
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      const dir = makePlugin({ 'summary.md': '', 'output.txt': '' });
      summaryFile = join(dir, 'summary.md');
      outputFile = join(dir, 'output.txt');
      process.env.GITHUB_OUTPUT = outputFile;
    });
    afterEach(() => {
      jest.restoreAllMocks();
      delete process.env.GITHUB_OUTPUT;
    });

    it('writes annotations, outputs and a job summary table', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': INVALID + 'colour = "blue"\n' });
      const r = await runCli(['validate', dir], {
        cwd: dir,
        env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
      });
      expect(r.code).toBe(1);
      const annotations = written.join('');
      expect(annotations).toContain(
        '::error title=name-pattern,file=samuel-plugin.toml,line=1,col=8::invalid plugin name "Demo": it has uppercase letters — fix: names must match',
      );
      expect(annotations).toContain(
        '::warning title=unknown-key,file=samuel-plugin.toml,line=8,col=1::unknown key "colour"',
      );
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toContain('### Manifest validation');
      expect(summary).toContain(
        '| samuel-plugin.toml:1:8 | ❌ | `name-pattern` | invalid plugin name "Demo": it has uppercase letters<br>**Fix:**',
      );
      expect(readFileSync(outputFile, 'utf8')).toMatch(/valid<<ghadelimiter_[^\n]+\nfalse\n/);
    });

    it('writes no job summary with --summary false, and refuses another value with the fix', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': INVALID });
      const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile };
      const r = await runCli(['validate', dir, '--summary', 'false'], { cwd: dir, env });
      expect(r.code).toBe(1);
      expect(written.join('')).toContain('::error title=name-pattern');
      expect(readFileSync(summaryFile, 'utf8')).toBe('');
      const bad = await runCli(['validate', dir, '--summary', 'no'], { cwd: dir, env });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('validate: --summary must be true or false, got "no"');
      expect(bad.stderr).toContain('Run `samuel-plugin-release validate --help` for usage.');
      expect(readFileSync(summaryFile, 'utf8')).toBe('');
    });

    it('checks the pushed tag against the version', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': VALID });
      const r = await runCli(['validate', dir], {
        cwd: dir,
        env: { GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v9.9.9' },
      });
      expect(r.code).toBe(1);
      expect(written.join('')).toContain(
        '::error title=tag-version,file=samuel-plugin.toml,line=2,col=11::the release tag "v9.9.9" does not match version "1.2.3"',
      );
    });
  });

  describe('with many manifests', () => {
    it('validates every match of a glob and fails if any is invalid', async () => {
      const root = makePlugin({
        'plugins/alpha/samuel-plugin.toml': VALID.replace('demo-plugin', 'alpha'),
        'plugins/beta/samuel-plugin.toml': INVALID,
        'plugins/gamma/samuel-plugin.toml': VALID.replace('demo-plugin', 'gamma'),
      });
      const r = await runCli(['validate', 'plugins/*/samuel-plugin.toml', '--json'], { cwd: root });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.manifests.map((m: { file: string; valid: boolean }) => [m.file, m.valid])).toEqual(
        [
          ['plugins/alpha/samuel-plugin.toml', true],
          ['plugins/beta/samuel-plugin.toml', false],
          ['plugins/gamma/samuel-plugin.toml', true],
        ],
      );
    });

    it('exits 2 when a glob matches nothing', async () => {
      const root = makePlugin({ 'README.md': '' });
      const r = await runCli(['validate', 'plugins/*/samuel-plugin.toml'], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the pattern "plugins/*/samuel-plugin.toml" matches no files');
      expect(r.stderr).toContain('fix: quote the pattern');
    });
  });

  describe('bad input', () => {
    it('exits 2 for a path that does not exist', async () => {
      const r = await runCli(['validate', '/nonexistent/plugin']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'samuel-plugin-release validate: /nonexistent/plugin: no such file or directory\nfix: pass the plugin directory or its samuel-plugin.toml\n',
      );
    });

    it('exits 2 for a directory without a manifest', async () => {
      const dir = makePlugin({ 'README.md': '' });
      const r = await runCli(['validate', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${dir} has no samuel-plugin.toml`);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });

    it('exits 2 when samuel-plugin.toml is a directory', async () => {
      const dir = makePlugin({ 'README.md': '' });
      mkdirSync(join(dir, 'samuel-plugin.toml'));
      const r = await runCli(['validate', dir], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('samuel-plugin.toml is a directory, not a file');
    });

    it('reports a huge file without reading it', async () => {
      const dir = makePlugin({});
      writeFileSync(join(dir, 'samuel-plugin.toml'), Buffer.alloc(2 * 1024 * 1024, 0x61));
      const r = await runCli(['validate', dir], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'samuel-plugin.toml:1:1: error: the manifest is 2097152 bytes; a samuel-plugin.toml is at most 1048576 bytes [file-too-large]',
      );
    });

    it('reports a binary file', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01]) });
      const r = await runCli(['validate', dir], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'samuel-plugin.toml:1:1: error: the manifest is not UTF-8 text (it looks like a binary file) [file-binary]',
      );
    });

    it('warns when the manifest is not named samuel-plugin.toml', async () => {
      const dir = makePlugin({ 'plugin.toml': VALID });
      const r = await runCli(['validate', 'plugin.toml'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        'plugin.toml:1:1: warning: Samuel reads the manifest only from a file named samuel-plugin.toml, not plugin.toml [file-name]',
      );
    });

    it('shows absolute paths for files outside the working directory', async () => {
      const dir = makePlugin({ 'samuel-plugin.toml': INVALID });
      const elsewhere = makePlugin({});
      const r = await runCli(['validate', dir], { cwd: elsewhere });
      expect(r.stdout).toContain(`${dir}/samuel-plugin.toml:1:8: error:`);
    });

    it('exits 2 for an unknown flag, naming it', async () => {
      const r = await runCli(['validate', '--strikt']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Unknown option '--strikt'");
      expect(r.stderr).toContain('Run `samuel-plugin-release validate --help` for usage.');
    });

    it('exits 2 for an unknown command with a suggestion', async () => {
      const r = await runCli(['valdate']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('unknown command "valdate"');
      expect(r.stderr).toContain('Did you mean `validate`?');
    });
  });

  it('prints help for the command', async () => {
    const r = await runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Usage: samuel-plugin-release validate [PLUGIN_DIR|MANIFEST|GLOB ...] [options]',
    );
    expect(r.stdout).toContain('--strict');
  });
});
