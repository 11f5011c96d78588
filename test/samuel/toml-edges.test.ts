/**
 * TOML at the edges, judged by the real `samuel plugin validate` (go-toml v2.3): nesting
 * thousands of levels deep, strings of 200,000 characters, many `\e` escapes, and broken input
 * hidden deep inside. Our verdict must equal Samuel's on every case, never a crash.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { SAMUEL, requireSamuel } from '../helpers/samuel.js';

const work = mkdtempSync(join(tmpdir(), 'spr-toml-edges-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => requireSamuel());

const HEAD = 'name = "edge"\nversion = "1.0.0"\nkind = "skill"\n';
const deep = (n: number, inner: string) => '['.repeat(n) + inner + ']'.repeat(n);
const deepTables = (n: number, inner: string) => '{a = '.repeat(n) + inner + '}'.repeat(n);

const CASES: [string, string][] = [
  ['arrays 5,000 deep', `${HEAD}[metadata]\nx = ${deep(5000, '')}\n`],
  ['arrays 200,000 deep', `${HEAD}[metadata]\nx = ${deep(200_000, '1')}\n`],
  ['inline tables 50,000 deep', `${HEAD}[metadata]\nx = ${deepTables(50_000, '1')}\n`],
  [
    'mixed nesting 3,000 deep',
    `${HEAD}[metadata]\nx = ${deep(1500, deepTables(1500, '[1, 2, ]'))}\n`,
  ],
  [
    'deep arrays with siblings and comments',
    `${HEAD}[metadata]\nx = ${deep(300, '[1, "a"], [], [[2,],\n # c\n 3]')}\n`,
  ],
  [
    'deep inline tables with dotted keys',
    `${HEAD}[metadata]\nx = ${deep(200, '{a.b = 1, a.c = "x", "q k" = [1]}')}\n`,
  ],
  [
    'table headers 20,000 levels deep',
    `${HEAD}[metadata.${Array(20_000).fill('a').join('.')}]\nb = 1\n`,
  ],
  ['a 200,000-character string', `${HEAD}summary = "${'a'.repeat(200_000)}"\n`],
  ['a 200,000-character literal string', `${HEAD}summary = '${'a'.repeat(200_000)}'\n`],
  ['a 200,000-character multi-line string', `${HEAD}summary = """\n${'ab\n'.repeat(70_000)}"""\n`],
  ['20,000 \\e escapes', `${HEAD}summary = "${'\\e'.repeat(20_000)}"\n`],
  [
    '\\e in a multi-line string and a quoted key',
    `${HEAD}summary = """x\\e"""\n[metadata]\n"k\\e" = 1\n`,
  ],
  // Broken, deep inside: Samuel rejects each.
  ['unbalanced deep arrays', `${HEAD}[metadata]\nx = ${'['.repeat(5000)}${']'.repeat(4999)}\n`],
  ['a double comma deep inside', `${HEAD}[metadata]\nx = ${deep(500, '1,,2')}\n`],
  ['a missing comma deep inside', `${HEAD}[metadata]\nx = ${deep(500, '1 2')}\n`],
  ['a lone comma deep inside', `${HEAD}[metadata]\nx = ${deep(500, ',')}\n`],
  ['a duplicate key deep inside', `${HEAD}[metadata]\nx = ${deep(500, '{a = 1, a = 2}')}\n`],
  [
    'a dotted key over a value deep inside',
    `${HEAD}[metadata]\nx = ${deep(500, '{a = 1, a.b = 2}')}\n`,
  ],
  ['a trailing comma in a deep inline table', `${HEAD}[metadata]\nx = ${deep(500, '{a = 1,}')}\n`],
  ['a newline in a deep inline table', `${HEAD}[metadata]\nx = ${deep(500, '{a = 1,\nb = 2}')}\n`],
  ['a bad number deep inside', `${HEAD}[metadata]\nx = ${deep(500, '01')}\n`],
  ['a bad escape deep inside', `${HEAD}[metadata]\nx = ${deep(500, '"\\q"')}\n`],
  ['a bad escape in a long string', `${HEAD}summary = "${'a'.repeat(150_000)}\\q"\n`],
  ['a control character in a long string', `${HEAD}summary = "${'a'.repeat(150_000)}\u0001"\n`],
  ['an unterminated long string', `${HEAD}summary = "${'a'.repeat(150_000)}\n`],
];

function samuelValidate(file: string): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile(
      SAMUEL,
      ['plugin', 'validate', file],
      { env: { PATH: process.env.PATH, HOME: work }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ ok: !error, out: (stderr || stdout).slice(0, 300) }),
    );
  });
}

describe('TOML edge cases, against samuel plugin validate', () => {
  it.each(CASES)(
    '%s: the same verdict as Samuel',
    async (name, text) => {
      const dir = join(work, name.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir);
      writeFileSync(join(dir, 'samuel-plugin.toml'), text);
      writeFileSync(join(dir, 'SKILL.md'), '---\nname: edge\ndescription: d\n---\n');
      const theirs = await samuelValidate(join(dir, 'samuel-plugin.toml'));
      const ours = await validateManifestFile(dir, { cwd: dir });
      const errors = ours.findings.filter((f) => f.severity === 'error');
      expect({ name, accepted: errors.length === 0 }).toEqual({ name, accepted: theirs.ok });
      for (const f of errors) {
        expect(f.rule).toBe('toml-syntax');
        expect(f.message).not.toMatch(/bug|stack|RangeError/i);
      }
    },
    60_000,
  );
});
