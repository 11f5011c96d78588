/**
 * The common-shape TOML reader (src/manifest/toml-fast.ts) must build exactly the tree the
 * general path builds — types, values, key and value positions, source order — or give up and
 * leave the text to the general path. Compared on thousands of mutated manifests: whenever the
 * fast reader answers, the general path gives the same tree; whenever the general path refuses
 * the text, the fast reader has given up.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommonToml } from '../../src/manifest/toml-fast.js';
import { parseTomlTreeGeneral, type TomlNode } from '../../src/manifest/toml.js';

/** The tree as plain data: entries as [key, node] pairs in order, so order is compared too. */
function plainTree(node: TomlNode): unknown {
  return {
    type: node.type,
    keyPos: node.keyPos,
    valuePos: node.valuePos,
    ...(node.value === undefined ? {} : { value: node.value }),
    ...(node.entries ? { entries: [...node.entries].map(([k, v]) => [k, plainTree(v)]) } : {}),
    ...(node.items ? { items: node.items.map(plainTree) } : {}),
  };
}

function general(text: string): unknown {
  try {
    return plainTree(parseTomlTreeGeneral(text));
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const SEEDS = [
  'name = "demo-plugin"\nversion = "1.0.0"\nkind = "wasm"\nauthors = ["a", "b"]\n\n[samuel]\nframework = "^2.3.0"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = [\n  "greet",\n  "health",\n]\n\n[runtime]\nmax_memory = 64\ntimeout = "5s"\n\n[capabilities]\nexec = false\nenv = [\'HOME\']\n\n[capabilities.network]\nhosts = ["api.example.com"]\n',
  '# comment\r\nname = "x" # trailing\r\nversion = \'0.1.0\'\r\n[capabilities.filesystem]\r\nread = []\r\n[capabilities]\r\nexec = true\r\n',
  '[a.b]\nc = -12\n[a]\nd = 0\n\t[ a . e ]\n  f = [1, true, "s", \'l\']\n',
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
  '\r\n',
  ' ',
  '\t',
  '#',
  '-',
  '0',
  '1',
  'a',
  'é',
  '\\',
  '\u0001',
  '"""',
  '[[',
  'true',
  '1.5',
  '1979-05-27',
];

const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...ALPHABET), fc.nat(), fc.nat()), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [at, kind, piece, from, to] of edits) {
      const i = at % (text.length + 1);
      if (kind === 0) text = text.slice(0, i) + piece + text.slice(i);
      else if (kind === 1) text = text.slice(0, i) + text.slice(i + 1);
      else if (kind === 2) {
        const lines = text.split('\n');
        lines.splice(to % (lines.length + 1), 0, lines[from % lines.length]!);
        text = lines.join('\n');
      } else text = text.slice(0, i);
    }
    return text;
  });

describe('parseCommonToml', () => {
  it('builds the tree the general path builds, or gives up', () => {
    let answered = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        const fast = parseCommonToml(text);
        if (fast === undefined) return;
        answered++;
        expect(plainTree(fast)).toEqual(general(text));
      }),
      { numRuns: 5000 },
    );
    // The comparison means something only if the fast reader answers for many of them.
    expect(answered).toBeGreaterThan(500);
  });

  it('reads every template manifest, as the general path does', () => {
    const templates = join(process.cwd(), 'templates');
    for (const name of readdirSync(templates)) {
      const text = readFileSync(join(templates, name, 'samuel-plugin.toml'), 'utf8');
      const fast = parseCommonToml(text);
      expect({ name, fast: fast && plainTree(fast) }).toEqual({ name, fast: general(text) });
    }
  });

  it.each([
    ['a key defined twice', 'a = 1\na = 2\n'],
    ['a table header repeated', '[a]\n[a]\n'],
    ['a header over a value', 'a = 1\n[a]\n'],
    ['a key over a table', '[a.b]\n[a]\nb = 1\n'],
    ['an array of tables', '[[a]]\n'],
    ['an escape', 'a = "\\u0041"\n'],
    ['a float', 'a = 1.5\n'],
    ['minus zero', 'a = -0\n'],
    ['a plus sign', 'a = +1\n'],
    ['an integer past 2^53', 'a = 9007199254740993\n'],
    ['a date', 'a = 1979-05-27\n'],
    ['a dotted key', 'a.b = 1\n'],
    ['a quoted key', '"a" = 1\n'],
    ['an inline table', 'a = { b = 1 }\n'],
    ['a nested array', 'a = [[1]]\n'],
    ['a comment in an array', 'a = [ # no\n1]\n'],
    ['a multi-line string', 'a = """x"""\n'],
    ['a control character', 'a = "\u0001"\n'],
    ['a bare carriage return', 'a = 1\rb = 2\n'],
    ['a value with no key', '= 1\n'],
    ['a key with no value', 'a =\n'],
    ['two values on a line', 'a = 1 b = 2\n'],
  ])('gives up on %s', (_, text) => {
    expect(parseCommonToml(text)).toBeUndefined();
  });
});
