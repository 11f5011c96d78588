import { beforeAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { cModule, FIXTURES } from './helpers.js';

const TEMPLATE = join(FIXTURES, '..', '..', '..', 'templates', 'wasm-go-example');

async function cli(
  args: string[],
  cwd: string,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GOCACHE: process.env.GOCACHE,
      GOPATH: process.env.GOPATH,
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

function pluginDir(manifest: string, module?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spr-wasm-cli-'));
  writeFileSync(join(dir, 'samuel-plugin.toml'), manifest);
  if (module) copyFileSync(module, join(dir, 'plugin.wasm'));
  return dir;
}

const MANIFEST = `name = "cli-demo"
version = "1.0.0"
kind = "wasm"

[wasm]
module = "plugin.wasm"
exports = ["greet"]
`;

describe('wasm commands', () => {
  let template: string;
  beforeAll(() => {
    template = mkdtempSync(join(tmpdir(), 'spr-wasm-template-'));
    cpSync(TEMPLATE, template, { recursive: true });
  });

  describe('build', () => {
    it('builds the template with standard Go, records the toolchain and warns about _initialize', async () => {
      const r = await cli(['build', template, '--toolchain', 'go'], template);
      expect(r.err).toContain('── build wasm-go-example with go (go version go1.');
      expect(r.out).toMatch(
        /✓ built plugin\.wasm: \d+(\.\d)? MiB \(\d+ bytes\) with go \(go version go1\.\d+/,
      );
      expect(r.out).toContain(
        'warning: the module exports _initialize, which Samuel v2.3 never calls',
      );
      expect(r.code).toBe(0);
    });

    it('fails over the size budget with the measured size', async () => {
      const r = await cli(
        ['build', template, '--toolchain', 'go', '--size-budget', '1MiB'],
        template,
      );
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /plugin\.wasm is \d+(\.\d)? MiB \(\d+ bytes\), over the size budget of 1 MiB \(1048576 bytes\)/,
      );
      expect(r.err).toContain('fix: shrink the module');
    });

    it("fails with the compiler's own error", async () => {
      const broken = mkdtempSync(join(tmpdir(), 'spr-wasm-broken-'));
      cpSync(TEMPLATE, broken, { recursive: true });
      appendFileSync(join(broken, 'main.go'), '\nfunc broken( {\n');
      const r = await cli(['build', broken, '--toolchain', 'go'], broken);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /go build -buildmode=c-shared .* failed \(exit code 1\):\n[\s\S]*main\.go:\d+:\d+: syntax error/,
      );
    });

    it('refuses to fall back to standard Go for a Go plugin when TinyGo is missing', async () => {
      const r = await cli(['build', template], template);
      expect(r.code).toBe(2);
      expect(r.err).toContain('is a Go plugin and TinyGo is not installed');
      expect(r.err).toContain('or pass --toolchain go to build with standard Go anyway');
    });

    it('rejects an unknown toolchain as a usage error', async () => {
      const r = await cli(['build', template, '--toolchain', 'zig'], template);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        'unknown toolchain "zig"\nfix: use one of: tinygo, go, rust, assemblyscript, command',
      );
    });

    it('runs a declared command without a shell', async () => {
      const dir = pluginDir(MANIFEST);
      const r = await cli(
        [
          'build',
          dir,
          '--toolchain',
          'command',
          '--build-command',
          `cp '${cModule()}' plugin.wasm`,
        ],
        dir,
      );
      expect(r.out).toMatch(/✓ built plugin\.wasm: \d+(\.\d)? (bytes|KiB)\b/);
      expect(r.code).toBe(0);
    });
  });

  describe('audit', () => {
    it('names the import and the manifest field to change', async () => {
      const dir = pluginDir(MANIFEST, cModule('USE_EXEC'));
      const r = await cli(['audit', dir], dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain(
        'samuel-plugin.toml: error: import samuel.exec needs exec = true, but the manifest does not grant it: every call would be denied [capability-missing]\n  fix: set exec = true under [capabilities]',
      );
    });

    it('says how to get a module when there is none', async () => {
      const dir = pluginDir(MANIFEST);
      const r = await cli(['audit', dir], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('no such file\nfix: run `samuel-plugin-release build` first');
    });
  });

  describe('smoke', () => {
    it('prints one JSON report with --json', async () => {
      const dir = pluginDir(MANIFEST, cModule());
      const r = await cli(['smoke', dir, '--call', 'greet', '--json'], dir);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as { ok: boolean; protocol: unknown; logs: string[] };
      expect(doc).toMatchObject({
        ok: true,
        protocol: { value: 1, missing: false },
        logs: ['[info] hello from C'],
      });
    });

    it('fails the standard-Go template the way Samuel v2.3 does', async () => {
      await cli(['build', template, '--toolchain', 'go'], template);
      const r = await cli(['smoke', template], template);
      expect(r.code).toBe(1);
      expect(r.out).toContain('✗ smoke wasm-go-example');
      expect(r.out).toMatch(
        /error: samuel_protocol_version\(\) failed: unreachable \(in .*runtime\.notInitialized/,
      );
      const passing = await cli(['smoke', template, '--initialize', '--call', 'greet'], template);
      expect(passing.out).toContain('log:       [info] hello from wasm-go-example');
      expect(passing.code).toBe(0);
    });

    it('refuses a plugin of another kind', async () => {
      const dir = pluginDir('name = "skilly"\nversion = "1.0.0"\nkind = "skill"\n');
      writeFileSync(join(dir, 'SKILL.md'), '---\nname: skilly\ndescription: x\n---\n');
      const r = await cli(['smoke', dir], dir);
      // A command that does not apply to the kind is a usage error: exit 2, with the reason.
      expect(r.code).toBe(2);
      expect(r.err).toContain('smoke: the smoke test applies to wasm plugins, not skill');
    });
  });
});
