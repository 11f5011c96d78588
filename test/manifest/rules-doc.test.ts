/**
 * docs/validation.md lists every rule `validate` can report, and nothing else: the rule ids in
 * its "Rules" table equal the ids the manifest code emits.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();

/** Rule ids the code reports: `rule: 'x'`, and the rule argument of `add`, `fail` and `fileFinding`. */
function codeRules(): Set<string> {
  const dir = join(ROOT, 'src', 'manifest');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const ids = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/rule:\s*'([a-z0-9-]+)'/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/add\(\s*ctx,\s*'(?:error|warning|notice)',\s*'([a-z0-9-]+)'/g))
      ids.add(m[1]!);
    for (const m of text.matchAll(/\bfail\(\s*'([a-z0-9-]+)'/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/fileFinding\(\s*[\w.]+,\s*'([a-z0-9-]+)'/g)) ids.add(m[1]!);
  }
  return ids;
}

function documentedRules(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs', 'validation.md'), 'utf8');
  const table = doc.split('## Rules')[1]!.split('\n## ')[0]!;
  const ids = new Set<string>();
  for (const line of table.split('\n').filter((l) => l.startsWith('| `'))) {
    const first = line.split('|')[1]!;
    for (const m of first.matchAll(/`([a-z0-9-]+)`/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('docs/validation.md', () => {
  it('documents every rule the validator reports, and only those', () => {
    const code = codeRules();
    const doc = documentedRules();
    expect(code.size).toBeGreaterThan(30);
    expect([...code].filter((r) => !doc.has(r)).sort()).toEqual([]);
    expect([...doc].filter((r) => !code.has(r)).sort()).toEqual([]);
  });
});
