/**
 * The lock's text, without the network: go-toml v2's string and layout rules, entries spliced
 * into a file without disturbing anything else, Samuel's version ranges, the identity globs,
 * and the entries a plugin's own release hands out.
 */
import { describe, expect, it } from '@jest/globals';
import {
  grantedCapabilities,
  renderLockedPlugin,
  renderLockHead,
  tomlString,
} from '../../src/samuel/lock-format.js';
import { findEntry, parseLockDocument, spliceEntry } from '../../src/lock/document.js';
import { launchManifest } from '../helpers/manifest.js';
import { parseRange, resolveVersion } from '../../src/lock/registry.js';
import { identityGlobToRegExp, lockEntryFor } from '../../src/lock/index.js';

/** What `samuel install` (v2.3.0) wrote for a wasm plugin and a skill, then two mutations. */
const SAMUEL_WROTE = `version = '1'
generated_at = '2026-11-23T15:20:50Z'

[[plugins]]
  name = 'wasm-example'
  version = '0.1.0'
  kind = 'wasm'
  source = 'file:///tmp/lockexp.JLtC/rel'
  capabilities = ['exec', 'filesystem.read', 'filesystem.write', 'network.outbound']
  signed = true

[[plugins]]
  name = 'hello-skill'
  version = '0.1.0'
  kind = 'skill'
  source = 'file:///tmp/lockexp.JLtC/skill'
  capabilities = ['filesystem.read']
  signed = true

[[mutations]]
  plugin = 'wasm-example'
  kind = 'wasm_loaded'
  path = '/tmp/lockexp.JLtC/project/.samuel/plugins/wasm-example/plugin.wasm'
  description = 'installed wasm module wasm-example'
  applied_at = '2026-11-23T15:20:50Z'
`;

describe('go-toml v2 layout', () => {
  it('writes literal strings unless a quote, line break or control character forces a basic one', () => {
    expect(tomlString('github.com/acme/x')).toBe("'github.com/acme/x'");
    expect(tomlString('tab\there é')).toBe("'tab\there é'");
    expect(tomlString("it's")).toBe('"it\'s"');
    expect(tomlString('a\nb"c\\')).toBe('"a\\nb\\"c\\\\"');
    expect(tomlString('esc\u001b')).toBe('"esc\\u001B"');
    expect(tomlString('')).toBe("''");
  });

  it('renders an entry byte for byte as Samuel does, empty fields left out', () => {
    const wasm = renderLockedPlugin({
      name: 'wasm-example',
      version: '0.1.0',
      kind: 'wasm',
      source: 'file:///tmp/lockexp.JLtC/rel',
      capabilities: grantedCapabilities(
        launchManifest({
          filesystem: { read: ['/workspace/**'], write: ['/workspace/out/**'] },
          exec: true,
          network: { outbound: ['example.com'] },
        }),
      ),
      signed: true,
    });
    expect(SAMUEL_WROTE).toContain(`\n${wasm}\n`);
    expect(renderLockedPlugin({ name: 'a', version: '', kind: 'skill', signed: false })).toBe(
      "[[plugins]]\n  name = 'a'\n  version = ''\n  kind = 'skill'\n",
    );
  });

  it('sorts granted kinds the way Go sorts strings', () => {
    expect(
      grantedCapabilities(
        launchManifest({
          filesystem: { read: [], write: ['x'] },
          samuelApi: true,
          assistantInvoke: true,
        }),
      ),
    ).toEqual(['assistant.invoke', 'filesystem.write', 'samuel.api']);
  });

  it('stamps a new lock with whole-second UTC time', () => {
    expect(renderLockHead(new Date('2026-01-02T03:04:05.678Z'))).toBe(
      "version = '1'\ngenerated_at = '2026-01-02T03:04:05Z'\n",
    );
  });
});

describe('splicing entries', () => {
  const block = "[[plugins]]\n  name = 'wasm-example'\n  version = '0.2.0'\n  kind = 'wasm'\n";
  const head = "version = '1'\ngenerated_at = '2026-01-01T00:00:00Z'\n";

  it('replaces only the named entry and keeps the rest of the file, byte for byte', () => {
    const text = `# kept comment\n${SAMUEL_WROTE}\n[[agents]]\n  adapter = 'claude'\n  image = 'ghcr.io/a/b@sha256:${'1'.repeat(64)}'\n\n[custom]\n  keep = 'me'\n`;
    const doc = parseLockDocument(text, 'samuel.lock');
    const entry = findEntry(doc, 'wasm-example')!;
    expect(entry.line).toBe(5);
    const out = spliceEntry(doc, entry, block, head);
    const oldBlock = text.slice(entry.start, entry.end);
    expect(out).toBe(text.replace(oldBlock, block));
    expect(out).toContain("[[agents]]\n  adapter = 'claude'");
    expect(out).toContain("[custom]\n  keep = 'me'\n");
    expect(out.indexOf("name = 'wasm-example'")).toBeLessThan(out.indexOf("name = 'hello-skill'"));
  });

  it('adds a new entry after the last [[plugins]] entry', () => {
    const doc = parseLockDocument(SAMUEL_WROTE, 'samuel.lock');
    const added = block.replace('wasm-example', 'new-one');
    const out = spliceEntry(doc, undefined, added, head);
    expect(out).toContain(`signed = true\n\n${added}\n[[mutations]]`);
  });

  it('adds the first entry before the other tables, as Samuel orders them', () => {
    const text = "version = '1'\ngenerated_at = 'x'\n\n[[mutations]]\n  plugin = 'p'\n";
    const out = spliceEntry(parseLockDocument(text, 'samuel.lock'), undefined, block, head);
    expect(out).toBe(
      `version = '1'\ngenerated_at = 'x'\n\n${block}\n[[mutations]]\n  plugin = 'p'\n`,
    );
  });

  it('creates a lock with Samuel head when there is none', () => {
    expect(spliceEntry(parseLockDocument('', 'samuel.lock'), undefined, block, head)).toBe(
      `${head}\n${block}`,
    );
  });

  it('refuses nesting too deep for the positioned parser with the fix, not a stack overflow', () => {
    const deep = `x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(() => parseLockDocument(deep, '/p/samuel.lock')).toThrow(
      '/p/samuel.lock nests arrays or inline tables too deeply to be read here (thousands of levels)',
    );
  });

  it('refuses a lock that is not TOML, with where and what to do', () => {
    expect(() => parseLockDocument("version = '1'\n[[plugins]\n", '/p/samuel.lock')).toThrow(
      /\/p\/samuel\.lock is not valid TOML/,
    );
    try {
      parseLockDocument("plugins = [{ name = 'a' }]\n", '/p/samuel.lock');
      throw new Error('no error');
    } catch (e) {
      expect((e as Error).message).toBe(
        '/p/samuel.lock: plugins is written inline, not as [[plugins]] tables',
      );
      expect((e as { fix?: string }).fix).toMatch(/samuel install/);
      expect((e as { position?: { line?: number } }).position?.line).toBe(1);
    }
  });
});

describe("Samuel's version resolution", () => {
  const entry = { latest: '1.2.0', versions: ['0.9.0', '1.0.0', '1.1.5', '1.2.0', '2.0.0-rc.1'] };

  it('takes latest without a range, and the highest match with one', () => {
    expect(resolveVersion(entry)).toBe('1.2.0');
    expect(resolveVersion(entry, '^1.0')).toBe('1.2.0');
    expect(resolveVersion(entry, '~1.1.0')).toBe('1.1.5');
    expect(resolveVersion(entry, '1.0.0')).toBe('1.0.0');
    expect(resolveVersion(entry, '>=0.9, <1.0')).toBe('0.9.0');
    expect(resolveVersion(entry, '^0.9.0')).toBe('0.9.0');
    expect(resolveVersion(entry, '>=2.0.0-rc.1')).toBeUndefined();
    expect(resolveVersion(entry, '>=2.0.0-rc.1', true)).toBe('2.0.0-rc.1');
    expect(resolveVersion(entry, '3.0.0')).toBeUndefined();
    expect(resolveVersion({ latest: '0.3.0', versions: [] }, '0.3.0')).toBe('0.3.0');
  });

  it('says what a bad range should look like', () => {
    expect(() => parseRange('^banana')).toThrow('"^banana" is not a version range');
  });
});

describe('identity globs', () => {
  it('turns Samuel globs into whole-identity patterns: * one segment, ** anything', () => {
    const re = (g: string) => new RegExp(`^(?:${identityGlobToRegExp(g)})$`, 'u');
    const id =
      'https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1';
    expect(re('https://github.com/samuelpkg/**').test(id)).toBe(true);
    expect(re('https://github.com/samuelpkg/*').test(id)).toBe(false);
    expect(re('https://github.com/samuelpkg/*').test('https://github.com/samuelpkg/x')).toBe(true);
    expect(re('https://github.com/samuelpkg/**').test('https://github.com/samuelpkgevil/x')).toBe(
      false,
    );
    expect(re('https://github.com/a.b/**').test('https://github.com/aXb/c')).toBe(false);
  });
});

describe('lockEntryFor', () => {
  it("gives a wasm release's lock entry and registry entry", () => {
    const out = lockEntryFor({
      manifestText:
        'name = "demo"\nversion = "1.2.3"\nkind = "wasm"\nsummary = "Says hi"\n[wasm]\nmodule = "plugin.wasm"\n[capabilities]\nexec = true\n',
      repo: 'acme/demo',
      tag: 'v1.2.3',
      signed: true,
    });
    expect(out.lockToml).toBe(
      "[[plugins]]\n  name = 'demo'\n  version = '1.2.3'\n  kind = 'wasm'\n  source = 'github.com/acme/demo'\n  capabilities = ['exec']\n  signed = true\n",
    );
    expect(out.indexToml).toBe(
      '[[plugins]]\nname = "demo"\nrepo = "github.com/acme/demo"\nlatest = "1.2.3"\nversions = ["1.2.3"]\ndescription = "Says hi"\nkind = "wasm"\n',
    );
  });

  it('pins an oci entry to the released digest with its platforms', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    const out = lockEntryFor({
      manifestText: `name = "img"\nversion = "0.1.0"\nkind = "oci"\n[oci]\nimage = "ghcr.io/acme/img@${d}"\n`,
      repo: 'github.com/acme/img',
      tag: 'v0.1.0',
      platforms: [
        {
          platform: 'linux/amd64',
          digest: `sha256:${'b'.repeat(64)}`,
          config: `sha256:${'c'.repeat(64)}`,
        },
      ],
    });
    expect(out.lockToml).toBe(
      `[[plugins]]\n  name = 'img'\n  version = '0.1.0'\n  kind = 'oci'\n  digest = '${d}'\n  source = 'github.com/acme/img'\n  platform_digests = ['linux/amd64 sha256:${'b'.repeat(64)} sha256:${'c'.repeat(64)}']\n`,
    );
  });

  it('refuses an oci release whose image is not pinned', () => {
    expect(() =>
      lockEntryFor({
        manifestText:
          'name = "img"\nversion = "0.1.0"\nkind = "oci"\n[oci]\nimage = "ghcr.io/acme/img:1"\n',
        repo: 'acme/img',
        tag: 'v0.1.0',
      }),
    ).toThrow(
      'release v0.1.0: [oci].image "ghcr.io/acme/img:1" is not pinned to a digest, which Samuel requires',
    );
  });
});
