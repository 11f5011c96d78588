/**
 * The feature scan skips common instructions inline for speed; reading every instruction with
 * the checked reader must give the same answer — the same features at the same places, or the
 * same error — for any function body, well-formed or not.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { unsupportedFeatures } from '../../src/wasm/features.js';
import { parseModule, SECTION } from '../../src/wasm/module.js';
import { cModule, goModule } from './helpers.js';

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
};

/** A module of one `() -> ()` function whose body (after its local declarations) is `code`. */
function moduleWith(code: number[]): Uint8Array {
  const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
  const body = [0x00, ...code]; // no locals
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

/** Where the code section's bytes are. */
function codeSection(bytes: Uint8Array): { start: number; end: number } {
  const sec = parseModule(bytes).sections.find((x) => x.id === SECTION.code);
  if (!sec) throw new Error('no code section');
  return sec;
}

/** The scan's answer, or its error message. */
function scan(bytes: Uint8Array, checkedOnly: boolean): unknown {
  try {
    const info = parseModule(bytes);
    return unsupportedFeatures(bytes, info, { checkedOnly });
  } catch (e) {
    return { error: (e as Error).message };
  }
}

// Instructions the inline path handles, their long, malformed and cut-short forms, and the rest.
const piece = fc.oneof(
  fc.constantFrom([0x01], [0x0b], [0x1a], [0x6a], [0x0f], [0x00]),
  fc
    .tuple(fc.constantFrom(0x20, 0x21, 0x10, 0x0c, 0x41, 0x42, 0xd2), fc.nat())
    .map(([op, n]) => [op, ...uleb(n)]),
  fc
    .tuple(
      fc.constantFrom(0x20, 0x41, 0x42),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 11 }),
    )
    .map(([op, cont]) => [op, ...cont]),
  fc
    .tuple(
      fc.constantFrom(0x02, 0x03, 0x04),
      fc.constantFrom(0x40, 0x7f, 0x7b, 0x70, 0x00, 0x05, 0x64, 0x69),
    )
    .map(([op, t]) => [op, t]),
  fc
    .tuple(fc.integer({ min: 0x28, max: 0x3e }), fc.integer({ min: 0, max: 0xff }), fc.nat())
    .map(([op, align, off]) => [op, align, ...uleb(off)]),
  fc
    .tuple(fc.constantFrom(0xfc, 0xfd, 0xfe, 0xfb), fc.nat({ max: 300 }))
    .map(([op, sub]) => [op, ...uleb(sub)]),
  fc.array(fc.integer({ min: 0, max: 0xff }), { minLength: 1, maxLength: 4 }),
);

describe('unsupportedFeatures', () => {
  it('gives the same answer with and without the inline skipping, for any body', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const bytes = moduleWith(pieces.flat());
        expect(scan(bytes, false)).toEqual(scan(bytes, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer on real modules (standard Go, C) and on copies with bytes changed', () => {
    for (const file of [goModule('plugin'), cModule()]) {
      const bytes = new Uint8Array(readFileSync(file));
      const clean = scan(bytes, false);
      expect(clean).toEqual([]); // both build for WebAssembly 2.0
      expect(scan(bytes, true)).toEqual(clean);
      const code = codeSection(bytes);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: code.start, max: code.end - 1 }), fc.nat(0xff)), {
            minLength: 1,
            maxLength: 8,
          }),
          (edits) => {
            const changed = bytes.slice();
            for (const [at, value] of edits) changed[at] = value;
            expect(scan(changed, false)).toEqual(scan(changed, true));
          },
        ),
        { numRuns: 40 },
      );
    }
  }, 120_000);
});
