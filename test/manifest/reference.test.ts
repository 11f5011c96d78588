/**
 * Samuel's own fixture manifests: each must validate, and our verdict must agree with Samuel's
 * JSON schema (checked with ajv) apart from one documented, deliberate difference — unknown keys
 * are warnings by default (Samuel's Go parser ignores them) and errors under --strict (the
 * schema's `additionalProperties: false`).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'smol-toml';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { cleanPlugins, makePlugin, REFERENCE_DIR } from '../helpers/plugin.js';

const schema = JSON.parse(readFileSync(join(REFERENCE_DIR, 'plugin.v2.3.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const schemaValid = ajv.compile(schema);
const manifestsDir = join(REFERENCE_DIR, 'manifests');
const files = readdirSync(manifestsDir)
  .filter((f) => f.endsWith('.toml'))
  .sort();

afterAll(cleanPlugins);

/** Places the manifest in a plugin dir with what its kind needs beside it (a SKILL.md). */
function pluginFor(file: string): { dir: string; data: Record<string, unknown> } {
  const text = readFileSync(join(manifestsDir, file), 'utf8');
  const data = parse(text) as Record<string, unknown>;
  const extra: Record<string, string> =
    data.kind === 'skill'
      ? { 'SKILL.md': `---\nname: ${String(data.name)}\ndescription: fixture\n---\n` }
      : {};
  return { dir: makePlugin({ 'samuel-plugin.toml': text, ...extra }), data };
}

describe("Samuel's fixture manifests", () => {
  it('are all present', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files)('%s validates, and --strict agrees with the JSON schema', async (file) => {
    const { dir, data } = pluginFor(file);
    const lenient = await validateManifestFile(dir, { cwd: dir });
    expect(lenient.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(lenient.loaded?.manifest.name).toBe(data.name);

    const strict = await validateManifestFile(dir, { cwd: dir, strict: true });
    const bySchema = schemaValid(data) as boolean;
    expect(strict.loaded !== undefined).toBe(bySchema);
    if (!bySchema) {
      // The only schema complaints are unknown keys, and strict mode reports each of them.
      const extra = (schemaValid.errors ?? []).filter((e) => e.keyword === 'additionalProperties');
      expect(extra.length).toBe((schemaValid.errors ?? []).length);
      const strictKeys = strict.findings
        .filter((f) => f.rule === 'unknown-key')
        .map((f) => f.field!.split('.').pop());
      expect(strictKeys.sort()).toEqual(
        extra.map((e) => (e.params as { additionalProperty: string }).additionalProperty).sort(),
      );
    }
  });
});

describe('agreement on targeted manifests', () => {
  const base = {
    name: 'demo-plugin',
    version: '1.0.0',
    kind: 'wasm',
    wasm: { module: 'plugin.wasm', exports: ['greet'] },
  };
  const toToml = (o: Record<string, unknown>): string =>
    Object.entries(o)
      .filter(([, v]) => typeof v !== 'object' || Array.isArray(v))
      .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
      .concat(
        Object.entries(o)
          .filter(([, v]) => typeof v === 'object' && !Array.isArray(v))
          .map(([k, v]) => `[${k}]\n${toToml(v as Record<string, unknown>)}`),
      )
      .join('\n') + '\n';

  it.each([
    ['a valid wasm manifest', base, true],
    ['a name with uppercase', { ...base, name: 'Demo' }, false],
    ['a one-letter name', { ...base, name: 'd' }, false],
    ['an unknown kind', { ...base, kind: 'plugin' }, false],
    [
      'a wasm plugin without [wasm]',
      { name: 'demo-plugin', version: '1.0.0', kind: 'wasm' },
      false,
    ],
    [
      'an oci image without a digest',
      { name: 'demo-oci', version: '1.0.0', kind: 'oci', oci: { image: 'ghcr.io/acme/demo:1' } },
      false,
    ],
    [
      'a pinned oci image',
      {
        name: 'demo-oci',
        version: '1.0.0',
        kind: 'oci',
        oci: { image: `ghcr.io/acme/demo@sha256:${'c'.repeat(64)}` },
      },
      true,
    ],
    ['a homepage that is not a URI', { ...base, homepage: 'not a uri' }, false],
    ['max_memory of zero', { ...base, runtime: { max_memory: 0 } }, false],
  ])('%s: same verdict as the schema', async (_what, manifest, expected) => {
    expect(schemaValid(manifest)).toBe(expected);
    const dir = makePlugin({ 'samuel-plugin.toml': toToml(manifest as Record<string, unknown>) });
    const result = await validateManifestFile(dir, { cwd: dir, strict: true });
    expect(result.loaded !== undefined).toBe(expected);
  });
});
