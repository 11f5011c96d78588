/**
 * The reusable workflows and every action.yml: actionlint (the real Go linter) is clean, and the
 * house rules hold — `permissions: {}` at the top, third-party actions pinned by SHA with a
 * version comment, no `${{ }}` expansions inside scripts, every step named, and every action
 * input is a flag of the command the action runs.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { GLOBAL_OPTIONS } from '../../src/cli/main.js';

const ROOT = process.cwd();
const WORKFLOWS = readdirSync(join(ROOT, '.github/workflows'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join('.github/workflows', f));
const ACTIONS = [
  'action.yml',
  ...readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'action.yml')))
    .map((d) => join(d.name, 'action.yml')),
];
const OWN = /^samuelpkg\/samuel-plugin-release(\/[a-z-]+)?@v\d+$/;

type Step = {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
const load = (file: string) => ({
  text: readFileSync(join(ROOT, file), 'utf8'),
  doc: parse(readFileSync(join(ROOT, file), 'utf8')),
});
const stepsOf = (doc: {
  jobs?: Record<string, { steps?: Step[] }>;
  runs?: { steps?: Step[] };
}): Step[] => [
  ...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? []),
  ...(doc.runs?.steps ?? []),
];

describe('workflows', () => {
  it('pass actionlint', () => {
    let output: string;
    try {
      output = execFileSync('actionlint', ['-no-color', ...WORKFLOWS], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (e) {
      const err = e as { code?: string; stdout?: string };
      if (err.code === 'ENOENT') {
        throw new Error('actionlint is not installed: run .ci/setup/10-go-tools.sh', { cause: e });
      }
      output = err.stdout ?? String(e);
    }
    expect(output).toBe('');
  });

  it('pass zizmor (offline), with our own actions pinned by the release process', () => {
    const zizmor = process.env.SPR_ZIZMOR ?? 'zizmor';
    let output: string;
    try {
      output = execFileSync(
        zizmor,
        [
          '--offline',
          '--no-progress',
          '--config',
          '.github/zizmor.yml',
          '--format',
          'plain',
          '.github/workflows',
        ],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      const err = e as { code?: string; stdout?: string };
      if (err.code === 'ENOENT') {
        throw new Error('zizmor is not installed: run .ci/setup/70-act.sh', { cause: e });
      }
      output = err.stdout ?? String(e);
    }
    expect(output).toContain('No findings to report');
  });

  it.each(WORKFLOWS.filter((f) => !f.endsWith('/release.yml')))(
    '%s starts with permissions: {} and raises them per job',
    (file) => {
      const { doc } = load(file);
      expect(doc.permissions).toEqual({});
      for (const job of Object.values(doc.jobs as Record<string, { permissions?: unknown }>)) {
        expect(job.permissions).toBeDefined();
      }
    },
  );

  it('the reusable release workflow asks for no permission itself: the caller decides', () => {
    // A called workflow that declares more than its caller grants is an invalid workflow, so
    // release.yml declares none and runs with what the calling job grants.
    const { doc } = load('.github/workflows/release.yml');
    expect(doc.permissions).toBeUndefined();
    expect(doc.jobs.release.permissions).toBeUndefined();
  });

  it.each(WORKFLOWS)('%s passes our actions only inputs they declare', (file) => {
    for (const step of stepsOf(load(file).doc).filter((s) => s.uses && OWN.test(s.uses))) {
      const folder =
        /^samuelpkg\/samuel-plugin-release(?:\/([a-z-]+))?@/.exec(step.uses!)![1] ?? '.';
      const inputs = Object.keys(load(join(folder, 'action.yml')).doc.inputs ?? {});
      for (const key of Object.keys(step.with ?? {})) {
        expect({ action: folder, input: key, declared: inputs.includes(key) }).toEqual({
          action: folder,
          input: key,
          declared: true,
        });
      }
    }
  });

  it('the reusable release workflow releases for real by default, and one plugin per tag at a time', () => {
    const { doc } = load('.github/workflows/release.yml');
    expect(doc.on.workflow_call.inputs['dry-run'].default).toBe(false);
    expect(doc.jobs.release.concurrency['cancel-in-progress']).toBe(false);
  });

  it('each action input that is a flag carries the flag’s description word for word', () => {
    const release = COMMANDS.find((c) => c.name === 'release')!;
    const root = load('action.yml').doc.inputs as Record<string, { description: string }>;
    for (const [flag, spec] of Object.entries(release.options)) {
      expect({ flag, description: root[flag]?.description }).toEqual({
        flag,
        description: spec.description,
      });
    }
  });

  it('PR validation asks for nothing but reading the code', () => {
    const { doc } = load('.github/workflows/validate.yml');
    expect(doc.jobs.validate.permissions).toEqual({ contents: 'read' });
  });
});

describe.each([...WORKFLOWS, ...ACTIONS])('%s', (file) => {
  const { text, doc } = load(file);
  const steps = stepsOf(doc);

  it('pins third-party actions by commit SHA with a version comment', () => {
    for (const step of steps.filter(
      (s) => s.uses && !s.uses.startsWith('./') && !OWN.test(s.uses),
    )) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      const line = text.split('\n').find((l) => l.includes(step.uses!));
      expect(line).toMatch(/# v\d+(\.\d+)*\s*$/);
    }
  });

  it('keeps ${{ }} expressions out of scripts', () => {
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('names every step', () => {
    for (const step of steps) expect(step.name).toBeTruthy();
  });
});

describe.each(ACTIONS)('%s', (file) => {
  const { doc } = load(file);
  const folder = dirname(file);

  it('describes every input and output in full sentences', () => {
    for (const [name, spec] of Object.entries({ ...(doc.inputs ?? {}), ...(doc.outputs ?? {}) })) {
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect((spec as { description?: string }).description).toMatch(/[.!?]$/);
    }
  });

  it('runs a file that exists', () => {
    if (doc.runs.using === 'composite') return;
    expect(doc.runs.using).toBe('node24');
    expect(existsSync(join(ROOT, folder, doc.runs.main))).toBe(true);
  });

  it('hands the program only INPUT_ variables that are flags of its command', () => {
    const name = folder === '.' ? 'release' : folder;
    const command = COMMANDS.find((c) => c.name === name)!;
    for (const step of stepsOf(doc).filter((s) => s.run?.includes('bin/action.js'))) {
      for (const key of Object.keys(step.env ?? {}).filter((k) => k.startsWith('INPUT_'))) {
        const input = key.slice('INPUT_'.length).toLowerCase();
        const known =
          ['path', 'working-directory', 'manifest'].includes(input) ||
          input in command.options ||
          input in GLOBAL_OPTIONS ||
          (command.positionalInputs ?? []).includes(input);
        expect({ key, known }).toEqual({ key, known: true });
      }
    }
  });

  it('describes each input that is a flag with the flag’s description, word for word', () => {
    const name = folder === '.' ? 'release' : folder;
    const command = COMMANDS.find((c) => c.name === name)!;
    const inputs = (doc.inputs ?? {}) as Record<string, { description: string }>;
    for (const [input, spec] of Object.entries(inputs)) {
      const flag = command.options[input];
      if (!flag || ['path', 'working-directory', 'manifest'].includes(input)) continue;
      expect({ input, description: spec.description.replace(/\s+/g, ' ').trim() }).toEqual({
        input,
        description: flag.description,
      });
    }
  });

  it('has only inputs that are flags of its command', () => {
    const name = folder === '.' ? 'release' : folder;
    const command = COMMANDS.find((c) => c.name === name);
    expect(command).toBeDefined();
    // Inputs every action shares, toolchain set-up inputs of composite actions, and credentials
    // (passed through the environment, never as flags that could be logged).
    const notFlags =
      /^(path|working-directory|manifest|[a-z]+-version|rust-target|setup-only|username|password|token)$/;
    for (const input of Object.keys(doc.inputs ?? {})) {
      if (notFlags.test(input) || command!.positionalInputs?.includes(input)) continue;
      const known = input in command!.options || input in GLOBAL_OPTIONS;
      expect({ input, known }).toEqual({ input, known: true });
    }
  });

  it('offers --summary, described as the flag is, and hands it to the program', () => {
    const inputs = (doc.inputs ?? {}) as Record<string, { description: string; default?: string }>;
    expect(inputs.summary?.description).toBe(GLOBAL_OPTIONS.summary.description);
    expect(inputs.summary?.default).toBe('true');
    const { text } = load(file);
    if (doc.runs.using === 'composite') {
      expect(text).toContain('INPUT_SUMMARY: ${{ inputs.summary }}');
    }
  });
});
