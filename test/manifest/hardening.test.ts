/**
 * Files the validator is pointed at are read defensively: a FIFO or a device named as the
 * manifest or as SKILL.md is refused before a byte is read (a FIFO would block, /dev/zero never
 * ends), with a message that says what to do.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { IoError } from '../../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'spr-manifest-hardening-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = (name: string) => mkdtempSync(join(work, `${name}-`));

describe('manifests that are not regular files', () => {
  it('refuses a FIFO named samuel-plugin.toml without blocking', async () => {
    const plugin = dir('fifo');
    execFileSync('mkfifo', [join(plugin, 'samuel-plugin.toml')]);
    const error = await validateManifestFile(plugin, { cwd: plugin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect((error as IoError).message).toBe(
      'samuel-plugin.toml: the manifest is not a regular file (a FIFO)',
    );
    expect((error as IoError).fix).toMatch(/^point at a regular file/);
  });

  it('refuses /dev/zero, directly or through a symlink named samuel-plugin.toml', async () => {
    const plugin = dir('zero');
    symlinkSync('/dev/zero', join(plugin, 'samuel-plugin.toml'));
    for (const target of [plugin, '/dev/zero']) {
      const error = await validateManifestFile(target, { cwd: plugin }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IoError);
      expect((error as IoError).message).toMatch(
        /: the manifest is not a regular file \(a character device\)$/,
      );
    }
  });

  it('reports a SKILL.md that is a FIFO as a finding, without blocking', async () => {
    const plugin = dir('skill-fifo');
    writeFileSync(
      join(plugin, 'samuel-plugin.toml'),
      'name = "abc"\nversion = "1.0.0"\nkind = "skill"\n',
    );
    execFileSync('mkfifo', [join(plugin, 'SKILL.md')]);
    const r = await validateManifestFile(plugin, { cwd: plugin });
    expect(r.findings.map((f) => [f.rule, f.file, f.message])).toEqual([
      ['skill-md', 'SKILL.md', 'SKILL.md: the SKILL.md is not a regular file (a FIFO)'],
    ]);
    expect(r.findings[0]!.fix).toMatch(/^point at a regular file/);
  });
});

describe('positions after the text is prepared for the parser', () => {
  it('reports an error after \\e escapes at its column in the file', async () => {
    const plugin = dir('esc-pos');
    writeFileSync(
      join(plugin, 'samuel-plugin.toml'),
      'name = "abc"\nversion = "1.0.0"\nkind = "skill"\nsummary = "\\e\\e\\e" oops\n',
    );
    const r = await validateManifestFile(plugin, { cwd: plugin });
    expect(r.findings.map((f) => [f.rule, f.line, f.col])).toEqual([['toml-syntax', 4, 20]]);
  });

  it('reports a key after a 100,000-character string at its line and column', async () => {
    const plugin = dir('long-pos');
    writeFileSync(
      join(plugin, 'samuel-plugin.toml'),
      `name = "abc"\nversion = "1.0.0"\nkind = "wasm"\nsummary = """\n${'x\n'.repeat(50_000)}"""\n[wasm]\nmodule = "plugin.wasm"\nexports = ["init"]\n`,
    );
    const r = await validateManifestFile(plugin, { cwd: plugin });
    expect(r.findings.map((f) => [f.rule, f.line, f.col])).toEqual([
      ['reserved-export', 50_008, 12],
    ]);
  });
});
