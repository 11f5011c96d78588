/**
 * Differential validation against the real Samuel: a seeded generator mutates Samuel's fixture
 * manifests and our templates (names, versions, ranges, durations, memory, images, exports,
 * modules, globs, key case, duplicate keys, BOM/CRLF/NUL, TOML edge cases); each goes through
 * `samuel plugin validate` and through our `validate`. Accepting what Samuel rejects is never
 * allowed; rejecting what Samuel accepts is allowed only for the rule ids documented in
 * docs/validation.md ("Stricter than Samuel on purpose"), each with the reason. A sample that
 * Samuel accepts is then installed and checked with `samuel doctor`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { REFERENCE_DIR } from '../helpers/plugin.js';
import { seeded } from '../oci/helpers/faults.js';
import { SAMUEL, requireSamuel, samuelWorld } from '../helpers/samuel.js';

const COUNT = Number(process.env.SPR_DIFF_COUNT ?? 3000);
const work = mkdtempSync(join(tmpdir(), 'spr-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const maybe = describe;
beforeAll(() => requireSamuel());

const BASES: string[] = [
  ...readdirSync(join(REFERENCE_DIR, 'manifests')).map((f) =>
    readFileSync(join(REFERENCE_DIR, 'manifests', f), 'utf8'),
  ),
  ...['wasm-example', 'skill-example', 'wasm-c-example', 'wasm-rust-example'].map((t) =>
    readFileSync(join(process.cwd(), 'templates', t, 'samuel-plugin.toml'), 'utf8'),
  ),
  'name = "oci-plugin"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = "ghcr.io/acme/oci-plugin@sha256:' +
    'ab'.repeat(32) +
    '"\nentrypoint = ["/bin/plugin"]\n',
  'name = "meta-plugin"\nversion = "1.0.0"\nkind = "meta"\n\n[requires]\nother = "^1.0.0"\n',
];

const VALUES: Record<string, string[]> = {
  name: [
    '"ab"',
    '"a"',
    '"Abc"',
    '"abc-"',
    '"-abc"',
    `"${'a'.repeat(64)}"`,
    `"${'a'.repeat(65)}"`,
    '"a_b"',
    '"a.b"',
    '"ok-name"',
    '""',
    '1',
    '"ünï"',
  ],
  version: [
    '"1.0.0"',
    '"1.0"',
    '"v1.0.0"',
    '"1.0.0-rc.1"',
    '"01.0.0"',
    '"1.0.0+build.5"',
    '""',
    '"1.0.0-"',
    '1',
  ],
  kind: ['"wasm"', '"skill"', '"oci"', '"meta"', '"WASM"', '"lua"', '""'],
  framework: [
    '"^2.3.0"',
    '">=2, <3"',
    '"~2.3"',
    '"*"',
    '"2.x"',
    '"=>2"',
    '""',
    '">= 2.0.0"',
    '"^2 || ^3"',
    '"2"',
  ],
  protocol: ['"^1"', '"1"', '">=1"', '"^2"', '"x"'],
  timeout: ['"5s"', '"1m"', '"100ms"', '"5"', '"-1s"', '"1h30m"', '""', '"0s"', '5'],
  max_memory: ['64', '0', '-1', '4096', '4097', '"64"', '1.5', '65536'],
  image: [
    `"ghcr.io/acme/x@sha256:${'ab'.repeat(32)}"`,
    `"ghcr.io/acme/sub/x@sha256:${'ab'.repeat(32)}"`,
    '"ghcr.io/acme/x:1.0"',
    `"ghcr.io/acme/x@sha256:${'0'.repeat(64)}"`,
    `"GHCR.io/acme/x@sha256:${'ab'.repeat(32)}"`,
    '"x"',
  ],
  module: ['"plugin.wasm"', '"../x.wasm"', '"/abs.wasm"', '"sub/p.wasm"', '""', '"p.wasm"'],
  exports: [
    '["greet"]',
    '[]',
    '["init"]',
    '["run", "greet"]',
    '["a", "a"]',
    '[""]',
    '["x y"]',
    '"greet"',
  ],
  glob: ['["**/*.md"]', '["["]', '["{a,b}/*"]', '["../x"]', '[]', '["/etc/*"]'],
};

type Mutation = (text: string, r: () => number) => string;
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function setKey(text: string, key: string, value: string, table?: string): string {
  const re = new RegExp(`^(\\s*${key}\\s*=\\s*).*$`, 'm');
  if (re.test(text)) return text.replace(re, `$1${value}`);
  if (!table) return `${key} = ${value}\n${text}`;
  const header = new RegExp(`^\\[${table.replace('.', '\\.')}\\]\\s*$`, 'm');
  return header.test(text)
    ? text.replace(header, `[${table}]\n${key} = ${value}`)
    : `${text}\n[${table}]\n${key} = ${value}\n`;
}

const MUTATIONS: Mutation[] = [
  (t, r) => setKey(t, 'name', pick(r, VALUES.name!)),
  (t, r) => setKey(t, 'version', pick(r, VALUES.version!)),
  (t, r) => setKey(t, 'kind', pick(r, VALUES.kind!)),
  (t, r) => setKey(t, 'framework', pick(r, VALUES.framework!), 'samuel'),
  (t, r) => setKey(t, 'protocol', pick(r, VALUES.protocol!), 'samuel'),
  (t, r) => setKey(t, pick(r, ['timeout', 'hard_timeout']), pick(r, VALUES.timeout!), 'runtime'),
  (t, r) => setKey(t, 'max_memory', pick(r, VALUES.max_memory!), 'runtime'),
  (t, r) => setKey(t, 'image', pick(r, VALUES.image!), 'oci'),
  (t, r) => setKey(t, 'module', pick(r, VALUES.module!), 'wasm'),
  (t, r) => setKey(t, 'exports', pick(r, VALUES.exports!), pick(r, ['wasm', 'runtime'])),
  (t, r) => setKey(t, pick(r, ['read', 'write']), pick(r, VALUES.glob!), 'capabilities.filesystem'),
  (t, r) =>
    t.replace(/^(name|version|kind|module|exports)\b/m, (k) =>
      r() < 0.5 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1),
    ),
  (t, r) =>
    t.replace(
      /^\[(wasm|runtime|oci|samuel)\]/m,
      (_m, k: string) => `[${r() < 0.5 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1)}]`,
    ),
  (t) => `${t}\nname = "dup"\n`,
  (t) => `\uFEFF${t}`,
  (t) => t.replace(/\n/g, '\r\n'),
  (t, r) => (r() < 0.5 ? t.replace('=', '= \0') : `${t}\0`),
  (t) => `${t}\n[metadata]\ninline = { a = 1, b = "x" }\n`,
  (t) => `${t}\n[capabilities]\nexec = true\n`,
  (t) => t.replace(/"([^"\n]*)"/, "'$1'"),
  (t) => `${t}\nsummary = """multi\nline"""\n`,
  (t) => `${t}\nsummary = "esc\\e"\n`,
  (t) => `${t}\nunknown_key = 1\n`,
  (t, r) => {
    const n = 50 + Math.floor(r() * 400);
    return `${t}\n[metadata]\ndeep = ${'['.repeat(n)}${pick(r, ['1', '', '{a = 1}', '1,,2', '{a = 1, a = 2}'])}${']'.repeat(n)}\n`;
  },
  (t, r) =>
    `${t}\nsummary = "${'s'.repeat(70_000 + Math.floor(r() * 80_000))}${pick(r, ['', '\\e', '\\q'])}"\n`,
  (t, r) =>
    `${t}\n[metadata]\nt = { ${pick(r, ['a = 1, b.c = 2', 'a = 1,', 'a.b = 1, a = 2', '"k" = 1, k = 2'])} }\n`,
  (t) => `${t}\n[requires]\nfoo = "^1"\n`,
];

function generate(n: number): { text: string; id: number }[] {
  const r = seeded(20261123);
  const out: { text: string; id: number }[] = [];
  for (let i = 0; i < n; i++) {
    let text = pick(r, BASES);
    const count = 1 + Math.floor(r() * 3);
    for (let j = 0; j < count; j++) text = pick(r, MUTATIONS)(text, r);
    out.push({ text, id: i });
  }
  return out;
}

function samuelValidate(file: string): Promise<{ ok: boolean; message: string }> {
  return new Promise((resolve) => {
    execFile(
      SAMUEL,
      ['plugin', 'validate', file],
      { timeout: 30_000, env: { PATH: process.env.PATH, HOME: work } },
      (error, stdout, stderr) =>
        resolve({ ok: !error, message: (stderr || stdout).trim().split('\n')[0] ?? '' }),
    );
  });
}

/** The rule ids docs/validation.md lists as deliberately stricter than Samuel, with reasons. */
function documentedStricter(): Set<string> {
  const doc = readFileSync(join(process.cwd(), 'docs', 'validation.md'), 'utf8');
  const section = doc.split('## Stricter than Samuel on purpose')[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\|\s*`([a-z0-9-]+)`/gm)].map((m) => m[1]!));
}

maybe('differential validation against samuel plugin validate', () => {
  it(`agrees on ${COUNT} generated manifests, or differs only as documented`, async () => {
    const cases = generate(COUNT);
    const allowed = documentedStricter();
    let agree = 0;
    let bothAccept = 0;
    const weAcceptSamuelRejects: string[] = [];
    const undocumented = new Map<string, string>();
    const stricter = new Map<string, number>();
    const examples = new Map<string, string>();
    const accepted: { dir: string; name: string; kind: string; version: string }[] = [];
    const queue = [...cases];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const dir = join(work, `m${c.id}`);
          mkdirSync(dir);
          const file = join(dir, 'samuel-plugin.toml');
          writeFileSync(file, c.text);
          const name = /^\s*name\s*=\s*["']([^"']*)["']/im.exec(c.text)?.[1] ?? 'x';
          writeFileSync(join(dir, 'SKILL.md'), `---\nname: ${name}\ndescription: generated\n---\n`);
          const theirs = await samuelValidate(file);
          const ours = await validateManifestFile(file, { cwd: dir });
          const errors = ours.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
          const weAccept = errors.length === 0;
          if (weAccept === theirs.ok) {
            agree++;
            if (weAccept && ours.loaded) {
              bothAccept++;
              const m = ours.loaded.manifest;
              if (m.kind === 'skill' && accepted.length < 25)
                accepted.push({ dir, name: m.name, kind: m.kind, version: m.version });
            }
          } else if (weAccept) {
            weAcceptSamuelRejects.push(`#${c.id}: Samuel: ${theirs.message}\n${c.text}`);
          } else {
            for (const rule of new Set(errors)) {
              stricter.set(rule, (stricter.get(rule) ?? 0) + 1);
              if (!examples.has(rule)) {
                const message = ours.findings.find((f) => f.rule === rule)?.message;
                examples.set(rule, `#${c.id}: ${message} (Samuel: ${theirs.message || 'ok'})`);
              }
              if (!allowed.has(rule))
                undocumented.set(
                  rule,
                  `#${c.id}: ${ours.findings.find((f) => f.rule === rule)?.message}\n${c.text}`,
                );
            }
          }
        }
      }),
    );
    process.stdout.write(
      `differential: ${COUNT} manifests, ${agree} verdicts agree (${((100 * agree) / COUNT).toFixed(1)} %), ${bothAccept} accepted by both; ` +
        `stricter on purpose: ${[...stricter].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}\n`,
    );
    expect(weAcceptSamuelRejects.slice(0, 3)).toEqual([]);
    if (process.env.SPR_DIFF_EXAMPLES) {
      writeFileSync(process.env.SPR_DIFF_EXAMPLES, [...examples.values()].join('\n'));
    }
    expect([...undocumented.entries()].slice(0, 3)).toEqual([]);

    // Samuel's own install + doctor on a sample of what both accept.
    for (const a of accepted.slice(0, 10)) {
      const world = samuelWorld();
      world.registry([{ name: a.name, repo: `file://${a.dir}`, latest: a.version, kind: a.kind }]);
      const r = await world.install(a.name, ['--allow-unsigned']);
      expect({ name: a.name, code: r.code, out: r.code ? r.stdout + r.stderr : '' }).toEqual({
        name: a.name,
        code: 0,
        out: '',
      });
      expect(await world.doctor()).toEqual({ failed: 0, failures: [] });
      world.close();
    }
  }, 600_000);
});
