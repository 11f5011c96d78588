/**
 * The `lock` command and the `lock/` action over the lock domain: `lock update` pins a release
 * into a consuming project's samuel.lock and changes nothing the second time; `lock check` exits
 * 1 on drift with an annotation at the entry's line, a job summary and the `drift` output; every
 * usage mistake exits 2 with the fix.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/index.js';
import { runCli } from '../helpers/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';
import { releaseWasm, writeIndex, writeProject } from '../lock/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-lock-cli-'));
let stack: SigstoreStack;
let release: string;
let n = 0;

beforeAll(async () => {
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
  release = await releaseWasm(work, '0.1.0', 'ours', stack);
}, 240_000);

afterAll(async () => {
  await stack?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A consuming project naming wasm-example, with a registry index pointing at the release. */
function project(): string {
  const dir = join(work, `project-${++n}`);
  const index = join(work, `index-${n}.toml`);
  writeIndex(index, [
    { name: 'wasm-example', repo: `file://${release}`, latest: '0.1.0', kind: 'wasm' },
  ]);
  writeProject(dir, index, [{ name: 'wasm-example', version: '0.1.0', kind: 'wasm' }]);
  return dir;
}

const lock = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['lock', ...args, '--trusted-root', stack.trustedRootPath], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });

describe('lock update', () => {
  it('pins the release and changes nothing the second time', async () => {
    const dir = project();
    const first = await lock(dir, ['update']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^✓ wasm-example 0\.1\.0 \(wasm\), signed by https:\/\/github\.com\/samuelpkg\/\S+$/m,
    );
    expect(first.stderr).toContain(`wrote ${join(dir, 'samuel.lock')}`);
    const file = join(dir, 'samuel.lock');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("[[plugins]]\n  name = 'wasm-example'\n  version = '0.1.0'\n");
    expect(text).toContain('  signed = true\n');
    const mtime = statSync(file).mtimeMs;

    const second = await lock(dir, ['update', 'wasm-example@0.1']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^= wasm-example 0\.1\.0 .*, unchanged$/m);
    expect(second.stderr).toContain(`${join(dir, 'samuel.lock')} is up to date`);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
  }, 60_000);

  it('answers --json with the entries as written', async () => {
    const dir = project();
    const r = await lock(dir, ['update', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      ok: true,
      command: 'lock',
      subcommand: 'update',
      changed: true,
      file: join(dir, 'samuel.lock'),
    });
    expect(doc.entries[0]).toMatchObject({ name: 'wasm-example', signed: true, changed: true });
    expect(readFileSync(join(dir, 'samuel.lock'), 'utf8')).toContain(doc.entries[0].toml);
  }, 60_000);

  it('refuses a signer outside the caller’s policy, writing nothing', async () => {
    const dir = project();
    const r = await lock(dir, [
      'update',
      '--certificate-identity-regexp',
      '^https://example\\.com/',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('samuel-plugin-release lock: ');
    expect(r.stderr).toContain('^https://example\\.com/');
    expect(r.stderr).not.toContain('looks like a bug');
    expect(() => statSync(join(dir, 'samuel.lock'))).toThrow();
  }, 60_000);
});

describe('lock check', () => {
  it('passes a fresh lock, then catches a version never released at its line', async () => {
    const dir = project();
    expect((await lock(dir, ['update'])).code).toBe(0);
    const clean = await lock(dir, ['check']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      '1 entry checked, each a published release with the digest recorded',
    );

    const file = join(dir, 'samuel.lock');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace("version = '0.1.0'", "version = '0.9.0'"));
    const line = text.split('\n').findIndex((l) => l.includes("version = '0.1.0'")) + 1;
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    // In Actions, annotations go to the runner through process.stdout.
    let annotations = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      annotations += String(chunk);
      return true;
    });
    const drift = await lock(dir, ['check'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: summary,
    }).finally(() => spy.mockRestore());
    expect(drift.code).toBe(1);
    expect(annotations).toMatch(
      new RegExp(`::error title=lock-version-unknown,file=samuel\\.lock,line=${line}::`),
    );
    expect(drift.stdout).toContain('2 problem(s) in 1 entry checked');
    expect(readFileSync(summary, 'utf8')).toContain('### samuel.lock check: 2 problem(s)');
    expect(readFileSync(summary, 'utf8')).toContain(`| error | samuel.lock:${line} |`);
    // check never writes.
    expect(readFileSync(file, 'utf8')).toContain("version = '0.9.0'");
  }, 60_000);

  it('names a plugin of samuel.toml that has no entry', async () => {
    const dir = project();
    const r = await lock(dir, ['check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'samuel.toml:3: error: wasm-example is in samuel.toml but has no entry in samuel.lock [lock-missing-entry]',
    );
  }, 60_000);
});

describe('lock usage', () => {
  it.each([
    [[], 'lock needs update or check'],
    [['frob'], 'lock has no "frob"; it takes update or check'],
    [['check', 'wasm-example'], 'lock check takes no plugin names: it checks every entry'],
    [['check', '--certificate-identity-regexp', '('], 'is not a valid regular expression'],
  ])('lock %j exits 2 with the fix', async (args, message) => {
    const r = await lock(project(), args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('fix: ');
    expect(r.stderr).not.toContain('looks like a bug');
  });

  it('says where samuel.toml is missing', async () => {
    const r = await lock(work, ['check', '--project', 'nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(work, 'nowhere', 'samuel.toml')}: no samuel.toml here, so this is not a Samuel project`,
    );
    expect(r.stderr).toContain('fix: run the lock commands in the root of a project');
  });
});

describe('the lock action', () => {
  let saved: NodeJS.ProcessEnv;
  let written: string;
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    process.exitCode = 0;
  });

  it('runs update with the plugins input, then check', async () => {
    saved = { ...process.env };
    process.exitCode = 0;
    written = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = project();
    const outputs = join(dir, 'outputs.txt');
    writeFileSync(outputs, '');
    Object.assign(process.env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputs,
      INPUT_COMMAND: 'update',
      INPUT_PLUGINS: 'wasm-example@0.1.0',
      'INPUT_WORKING-DIRECTORY': dir,
      'INPUT_TRUSTED-ROOT': stack.trustedRootPath,
    });
    delete process.env.GITHUB_STEP_SUMMARY;
    await runAction('lock');
    expect(written).not.toContain('::error');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(outputs, 'utf8')).toMatch(/changed<<ghadelimiter_[^\n]+\ntrue\n/);
    process.env.INPUT_COMMAND = 'check';
    process.env.INPUT_PLUGINS = '';
    await runAction('lock');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(outputs, 'utf8')).toMatch(/drift<<ghadelimiter_[^\n]+\nfalse\n/);
  }, 60_000);
});
