/**
 * Property test: thousands of mutated manifests (characters dropped, inserted, lines duplicated,
 * swapped or truncated) never make the validator throw, and every finding carries a position.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateManifestBytes } from '../../src/manifest/validate.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

const SEEDS = [
  `name = "demo-plugin"\nversion = "1.0.0"\nkind = "wasm"\nsummary = "Demo"\nhomepage = "https://example.com"\nauthors = ["a", "b"]\n\n[samuel]\nframework = "^2.3.0"\nprotocol = ">=1.0, <2.0"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet", "health"]\n\n[runtime]\nmax_memory = 64\ntimeout = "5s"\nhard_timeout = "30s"\n\n[capabilities]\nexec = false\nenv = ["HOME"]\nfilesystem = { read = ["src/**"], write = ["out/*.txt"] }\n\n[capabilities.network]\nhosts = ["api.example.com"]\n`,
  `name = "demo-oci"\nversion = "2.0.0-rc.1"\nkind = "oci"\n\n[oci]\nimage = "ghcr.io/acme/demo-oci@sha256:${'0'.repeat(64)}"\nentrypoint = ["/bin/run"]\nworkdir = "/workspace"\ncpu_quota = "1.5"\nmemory_limit = "512m"\n\n[[metadata.links]]\nurl = "https://example.com"\n`,
  `name = "demo-meta"\nversion = "0.1.0"\nkind = "meta"\n\n[requires]\ndemo-plugin = "^1.0.0"\n"demo-oci" = "~2.0"\n\n[provides]\nskills = ["a", "b"]\n`,
  `name = "demo-skill"\nversion = "1.0.0"\nkind = "skill"\n[capabilities]\nrequired = ["filesystem.read"]\n`,
];
const ALPHABET = [
  '"',
  "'",
  '=',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  '\n',
  ' ',
  '#',
  '-',
  '0',
  '9',
  'a',
  'z',
  '\\',
  'é',
  '\t',
  '\u0000',
  '[[',
  ']]',
  '"""',
  'true',
  '1e9',
  '2024-01-01',
];

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'dupLine'; line: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc
      .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 })
      .map((a) => a.join('')),
  }),
  fc.record({ op: fc.constant('dupLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  const lines = text.split('\n');
  switch (m.op) {
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.len);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'dupLine': {
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at(m.at));
  }
}

afterAll(cleanPlugins);

describe('mutated manifests', () => {
  it('never throw, and every finding has a position (10,000 runs)', async () => {
    const dir = makePlugin({ 'SKILL.md': '---\nname: demo-skill\n---\n' });
    const file = join(dir, 'samuel-plugin.toml');
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (seed, mutations) => {
          const text = mutations.reduce(apply, seed);
          const result = await validateManifestBytes(Buffer.from(text, 'utf8'), {
            file,
            displayPath: 'samuel-plugin.toml',
            cwd: dir,
          });
          const errors = result.findings.filter((f) => f.severity === 'error');
          if (errors.length > 0) invalid++;
          expect(result.loaded === undefined).toBe(errors.length > 0);
          for (const f of result.findings) {
            expect(f.file).toBeTruthy();
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.col).toBeGreaterThanOrEqual(1);
            if (f.file === 'samuel-plugin.toml')
              expect(f.line).toBeLessThanOrEqual(text.split('\n').length);
            expect(f.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 10_000, seed: 20261122 },
    );
    // The mutations are strong enough to break most manifests: the property is not vacuous.
    expect(invalid).toBeGreaterThan(5_000);
  });
});
