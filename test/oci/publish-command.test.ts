/**
 * The `publish` command end to end: a plugin folder with a real manifest, published to a local
 * OCI layout (the embedded default) and to a real registry, with its outputs and its errors.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { imageLayout, tempDir } from './helpers/fixtures.js';
import { digestOf, skopeoRaw } from './helpers/readback.js';

const FIXTURE_WASM = '/work/shared/reference/samuel/fixture-plugin.wasm';
const SAMPLE = `name = "hello-wasm"
version = "VERSION"
kind = "wasm"
summary = "Says hello"
license = "MIT"

[wasm]
module = "plugin.wasm"
exports = ["greet"]
`;

function pluginDir(version = '1.4.0', kind = 'wasm'): string {
  const dir = tempDir('spr-cmd-');
  writeFileSync(
    join(dir, 'samuel-plugin.toml'),
    SAMPLE.replace('VERSION', version).replace('kind = "wasm"', `kind = "${kind}"`),
  );
  copyFileSync(FIXTURE_WASM, join(dir, 'plugin.wasm'));
  return dir;
}

async function cli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: { SOURCE_DATE_EPOCH: '1700000000', ...env },
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry?.stop());

describe('publish command', () => {
  it('writes to the default oci-layout and prints the digest as JSON', async () => {
    const dir = pluginDir();
    const res = await cli(['publish', '--json'], dir);
    expect(res.err).not.toMatch(/error/i);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.out) as { digest: string; image: string; tags: string[] };
    expect(doc.tags).toEqual(['1.4.0', 'latest']);
    const layout = join(dir, 'samuel-release/hello-wasm-1.4.0/oci-layout');
    expect(doc.image).toBe(`oci-layout:${layout}@${doc.digest}`);
    expect(digestOf(skopeoRaw(`oci:${layout}:1.4.0`))).toBe(doc.digest);
  });

  it('pushes to a registry with --image-tag and --insecure', async () => {
    const dir = pluginDir('2.0.0');
    const res = await cli(
      [
        'publish',
        dir,
        '--to',
        `${registry.host}/acme/Hello-Wasm`,
        '--image-tag',
        'edge',
        '--insecure',
      ],
      tempDir(),
    );
    expect(res.code).toBe(0);
    const digest = /@(sha256:[a-f0-9]{64})/.exec(res.out)?.[1];
    expect(digest).toBeDefined();
    expect(res.out).toContain(`published ${registry.host}/acme/hello-wasm@${digest}`);
    expect(res.out).toContain(
      'registry repositories must be lowercase: publishing "acme/Hello-Wasm"',
    );
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/hello-wasm:edge`))).toBe(digest);
  });

  it('pushes an image layout with --layout and --no-tags', async () => {
    const { dir: layout } = imageLayout(['linux/amd64', 'linux/arm64']);
    const plugin = tempDir('spr-cmd-');
    writeFileSync(
      join(plugin, 'samuel-plugin.toml'),
      `name = "img"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = "${registry.host}/acme/img@sha256:${'0'.repeat(64)}"\n`,
    );
    const res = await cli(
      [
        'publish',
        plugin,
        '--layout',
        layout,
        '--to',
        `${registry.host}/acme/img`,
        '--no-tags',
        '--insecure',
        '--json',
      ],
      tempDir(),
    );
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.out) as { digest: string; tags: string[]; mediaType: string };
    expect(doc.tags).toEqual([]);
    expect(doc.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/img@${doc.digest}`))).toBe(
      doc.digest,
    );
  });

  it('explains that only wasm modules and image layouts are published', async () => {
    const dir = pluginDir('1.0.0', 'skill');
    writeFileSync(
      join(dir, 'SKILL.md'),
      '---\nname: hello-wasm\ndescription: Says hello.\n---\n# Hello\n',
    );
    const res = await cli(['publish'], dir);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/publish: nothing to push to a registry for skill plugins/);
    expect(res.err).toMatch(/fix: publish has nothing to do for this plugin/);
  });

  it('rejects a digest in --to', async () => {
    const dir = pluginDir();
    const withDigest = await cli(
      ['publish', '--to', `${registry.host}/acme/x@sha256:${'a'.repeat(64)}`],
      dir,
    );
    expect(withDigest.code).toBe(2);
    expect(withDigest.err).toMatch(/names a digest/);
    expect(withDigest.err).toMatch(/the digest is the output, not an input/);
  });

  it('reports a missing module with the fix', async () => {
    const dir = pluginDir();
    const res = await cli(['publish', '--module', 'missing.wasm'], dir);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/cannot read the wasm module .*missing\.wasm/);
    expect(res.err).toMatch(/build the module first/);
  });
});
