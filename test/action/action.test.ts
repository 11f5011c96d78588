/**
 * `runAction`: the step's inputs (INPUT_* variables, as the runner sets them) become the same
 * command line the CLI takes, and any failure fails the step with a message that says why.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../../src/action/index.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

const VALID =
  'name = "demo-plugin"\nversion = "1.2.3"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n';

describe('runAction', () => {
  let written: string;
  let saved: NodeJS.ProcessEnv;
  let outputFile: string;
  beforeEach(() => {
    saved = { ...process.env };
    process.exitCode = 0;
    written = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = makePlugin({ 'out.txt': '' });
    outputFile = join(dir, 'out.txt');
    process.env.GITHUB_ACTIONS = 'true';
    process.env.GITHUB_OUTPUT = outputFile;
    delete process.env.GITHUB_STEP_SUMMARY;
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    process.exitCode = 0;
    cleanPlugins();
  });

  it('maps path, working-directory and flags to the command and sets its outputs', async () => {
    const root = makePlugin({ 'plugins/demo/samuel-plugin.toml': VALID });
    process.env.INPUT_PATH = 'plugins/demo';
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    process.env.INPUT_STRICT = 'true';
    process.env.INPUT_TAG = 'v1.2.3';
    await runAction('validate');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(outputFile, 'utf8')).toMatch(/name<<ghadelimiter_[^\n]+\ndemo-plugin\n/);
  });

  it('fails the step, pointing at the annotations, when the plugin is invalid', async () => {
    const root = makePlugin({ 'samuel-plugin.toml': VALID.replace('demo-plugin', 'Demo') });
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    await runAction('validate');
    expect(process.exitCode).toBe(1);
    expect(written).toContain('::error title=name-pattern,file=samuel-plugin.toml,line=1,col=8::');
    expect(written).toContain(
      '::error::validate failed (exit code 1); the annotations above say what to fix',
    );
  });

  it('writes the job summary unless the summary input is false', async () => {
    const root = makePlugin({ 'samuel-plugin.toml': VALID, 'summary.md': '' });
    const summary = join(root, 'summary.md');
    process.env.GITHUB_STEP_SUMMARY = summary;
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    process.env.INPUT_SUMMARY = 'false';
    await runAction('validate');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe('');
    process.env.INPUT_SUMMARY = 'true';
    await runAction('validate');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('### Manifest validation');
  });

  it('rejects a boolean input that is not true or false', async () => {
    process.env.INPUT_STRICT = 'maybe';
    await runAction('validate');
    expect(process.exitCode).toBe(1);
    expect(written).toContain('::error::input "strict" must be true or false, got "maybe"');
  });

  it('keeps a path that starts with "-" a path, never a flag', async () => {
    const root = makePlugin({ '-plugin/samuel-plugin.toml': VALID });
    process.env.INPUT_PATH = '-plugin';
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    await runAction('validate');
    expect(process.exitCode).toBe(0);
  });

  it('passes several paths, one per line', async () => {
    const root = makePlugin({
      'a/samuel-plugin.toml': VALID,
      'b/samuel-plugin.toml': VALID.replace('demo-plugin', 'other'),
    });
    process.env.INPUT_PATH = 'a\nb\n';
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    await runAction('validate');
    expect(process.exitCode).toBe(0);
    expect(readFileSync(outputFile, 'utf8')).toMatch(/valid<<ghadelimiter_[^\n]+\ntrue\n/);
  });

  it('names annotation files from the repository root when working-directory is a subfolder', async () => {
    const root = makePlugin({
      'plugins/demo/samuel-plugin.toml': VALID.replace('demo-plugin', 'Demo'),
    });
    process.env.GITHUB_WORKSPACE = root;
    process.env['INPUT_WORKING-DIRECTORY'] = join(root, 'plugins', 'demo');
    await runAction('validate');
    expect(process.exitCode).toBe(1);
    expect(written).toContain(
      '::error title=name-pattern,file=plugins/demo/samuel-plugin.toml,line=1,col=8::',
    );
  });

  it('turns a thrown error into an annotation and puts its fix in the failure message', async () => {
    const root = makePlugin({ 'samuel-plugin.toml': VALID, 'plugin.wasm': '' });
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    process.env.INPUT_SIGN = 'true';
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    await runAction('sign');
    expect(process.exitCode).toBe(1);
    // The annotation carries the message and the fix, so the run page says what to do.
    expect(written).toMatch(
      /::error title=failed::keyless signing needs an OIDC token.* — fix: .*id-token: write/,
    );
    // …once: one cause, one annotation.
    expect(written.match(/::error/g)).toHaveLength(1);
  });

  it('exits 2 (usage) when the command does not apply to the plugin kind, and says so', async () => {
    const root = makePlugin({
      'samuel-plugin.toml': 'name = "hello-skill"\nversion = "1.0.0"\nkind = "skill"\n',
      'SKILL.md': '---\nname: hello-skill\ndescription: d\n---\nbody\n',
    });
    process.env['INPUT_WORKING-DIRECTORY'] = root;
    await runAction('build');
    expect(process.exitCode).toBe(2);
    expect(written).toContain('::error title=failed::build: nothing to build for skill plugins');
    expect(written.match(/::error/g)).toHaveLength(1);
  });
});
