/**
 * Every command is a slice of the one pipeline: one JSON envelope, one flag per concept with one
 * description, exit codes as the README says, and `release` takes every flag its steps take.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';
import type { OptionSpec } from '../../src/options/index.js';
import { runCli } from '../helpers/cli.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

afterAll(cleanPlugins);

const SKILL = {
  'samuel-plugin.toml': 'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
  'SKILL.md': '---\nname: hello-skill\ndescription: d\n---\nbody\n',
};
// The smallest module Samuel runs: (module (func (export "greet")))
const MODULE = Buffer.from(
  '0061736d010000000104016000000302010007090105677265657400000a040102000b',
  'hex',
);
const WASM = {
  'samuel-plugin.toml':
    'name = "hello"\nversion = "1.0.0"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n',
};

describe('flags', () => {
  it('gives one concept one flag name and one description, whichever command declares it', () => {
    const seen = new Map<string, OptionSpec>();
    for (const command of COMMANDS) {
      for (const [name, spec] of Object.entries(command.options)) {
        const earlier = seen.get(name);
        if (earlier)
          expect({ name, description: spec.description }).toEqual({
            name,
            description: earlier.description,
          });
        else seen.set(name, spec);
      }
    }
    expect(seen.has('allow-http-registry')).toBe(false);
    expect(seen.has('insecure')).toBe(true);
  });

  it('lets release take every flag of build, smoke, publish and sign (its steps)', () => {
    const release = COMMANDS.find((c) => c.name === 'release')!;
    const own = new Set(['module', 'image', 'call', 'initialize']);
    for (const name of ['build', 'publish', 'sign']) {
      const command = COMMANDS.find((c) => c.name === name)!;
      for (const flag of Object.keys(command.options)) {
        if (!own.has(flag))
          expect([name, flag, flag in release.options]).toEqual([name, flag, true]);
      }
    }
  });
});

describe('the --json envelope', () => {
  it('has ok, command, steps, outputs and findings for every pipeline command', async () => {
    const dir = makePlugin({ ...WASM, 'plugin.wasm': MODULE });
    for (const args of [
      ['audit'],
      ['smoke'],
      ['publish', '--to', `oci-layout:${join(dir, 'layout')}`],
      ['sign', '--sign', 'false'],
      ['release', '--dry-run', '--toolchain', 'command', '--build-command', 'true'],
    ]) {
      const r = await runCli([...args, dir, '--json'], { cwd: dir });
      const doc = JSON.parse(r.stdout) as Record<string, unknown>;
      expect({ command: args[0], keys: Object.keys(doc) }).toEqual({
        command: args[0],
        keys: expect.arrayContaining(['ok', 'command', 'steps', 'outputs', 'findings']),
      });
      expect(doc.command).toBe(args[0]);
    }
  });

  it('reports a usage error in the same envelope, once', async () => {
    const dir = makePlugin(SKILL);
    const r = await runCli(['build', dir, '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; error: { code: string; message: string } };
    expect(doc.ok).toBe(false);
    expect(doc.error).toMatchObject({
      code: 'USAGE',
      message: 'build: nothing to build for skill plugins',
    });
  });
});

describe('exit codes', () => {
  it('exits 2 when a command does not apply to the kind (build, audit, smoke, publish on a skill)', async () => {
    const dir = makePlugin(SKILL);
    for (const command of ['build', 'audit', 'smoke', 'publish']) {
      const r = await runCli([command, dir], { cwd: dir });
      expect({ command, code: r.code }).toEqual({ command, code: 2 });
      expect(r.stderr).toContain('fix: ');
    }
  });

  it('exits 2 when a registry cannot be reached', async () => {
    const dir = makePlugin({ ...WASM, 'plugin.wasm': MODULE });
    const r = await runCli(['publish', dir, '--to', '127.0.0.1:9/acme/hello', '--insecure'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
  });
});

describe('plain http', () => {
  it('refuses plain http to a registry not on this machine unless that host is named', async () => {
    const dir = makePlugin({ ...WASM, 'plugin.wasm': MODULE });
    // Nothing is sent: the refusal comes before any connection.
    const r = await runCli(
      ['publish', dir, '--to', 'registry.example.test/acme/hello', '--insecure'],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'refusing plain http to registry.example.test: --insecure covers only registries on this machine',
    );
    expect(r.stderr).toContain('add --insecure-host registry.example.test');
  });
});

describe('release builds the way build does', () => {
  it('takes --toolchain command and --build-command, so a plugin built by make can be released', async () => {
    const dir = makePlugin({
      ...WASM,
      'prebuilt.wasm': MODULE,
    });
    const out = join(dir, 'out');
    const r = await runCli(
      [
        'release',
        dir,
        '--dry-run',
        '--output',
        out,
        '--toolchain',
        'command',
        '--build-command',
        'cp prebuilt.wasm plugin.wasm',
      ],
      { cwd: dir },
    );
    expect(r.stderr).not.toContain('bug');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ build    plugin.wasm');
    expect(readFileSync(join(out, 'plugin.wasm'))).toEqual(MODULE);
  });
});
