/** The pipeline runner with fake steps: order, skips, preflight, dry runs, failures. */
import { ConfigurationError, NetworkError } from '../../src/errors.js';
import { FindingsFailure, runPipeline } from '../../src/pipeline/runner.js';
import { ok, skipped, type Step } from '../../src/pipeline/step.js';
import { PIPELINE, slice } from '../../src/pipeline/list.js';
import { contextFor } from '../helpers/context.js';

function fake(name: string, calls: string[], extra: Partial<Step> = {}): Step {
  return {
    name,
    async run() {
      calls.push(`${name}.run`);
      return ok(`${name} done`);
    },
    ...extra,
  };
}

describe('runPipeline', () => {
  it('runs every step in order, each in a log group, with a row each', async () => {
    const calls: string[] = [];
    const ctx = contextFor();
    const run = await runPipeline([fake('a', calls), fake('b', calls)], ctx);
    expect(run.ok).toBe(true);
    expect(calls).toEqual(['a.run', 'b.run']);
    expect(ctx.reporter.groups).toEqual(['a', 'b']);
    expect(run.steps.map((s) => [s.step, s.status, s.detail])).toEqual([
      ['a', 'ok', 'a done'],
      ['b', 'ok', 'b done'],
    ]);
  });

  it('records the reason of a step that does not apply, and does not run it', async () => {
    const calls: string[] = [];
    const run = await runPipeline(
      [fake('a', calls, { skip: () => 'not for skills' }), fake('b', calls)],
      contextFor(),
    );
    expect(calls).toEqual(['b.run']);
    expect(run.steps[0]).toMatchObject({
      step: 'a',
      status: 'skipped',
      detail: 'not for skills',
      notApplicable: true,
    });
  });

  it('skips the publish phase on a dry run and runs it otherwise', async () => {
    for (const dryRun of [true, false]) {
      const calls: string[] = [];
      const step = fake('push', calls, {
        async publish() {
          calls.push('push.publish');
          return ok('pushed');
        },
      });
      const run = await runPipeline([step], contextFor({ options: { release: { dryRun } } }));
      expect(calls).toEqual(dryRun ? ['push.run'] : ['push.run', 'push.publish']);
      expect(run.steps[0]!.detail).toBe(dryRun ? 'push done' : 'pushed');
    }
  });

  it('preflights every applicable step right after validate, before any build work, when publishing', async () => {
    const calls: string[] = [];
    const steps: Step[] = [
      fake('validate', calls),
      fake('build', calls),
      fake('release', calls, {
        async preflight() {
          calls.push('release.preflight');
        },
      }),
      fake('other', calls, {
        skip: () => 'no',
        async preflight() {
          calls.push('other.preflight');
        },
      }),
    ];
    await runPipeline(steps, contextFor({ options: { release: { dryRun: false } } }));
    expect(calls).toEqual(['validate.run', 'release.preflight', 'build.run', 'release.run']);
    calls.length = 0;
    await runPipeline(steps, contextFor({ options: { release: { dryRun: true } } }));
    expect(calls).not.toContain('release.preflight');
  });

  it('stops at a failed preflight with a row that names it, before the build', async () => {
    const calls: string[] = [];
    const run = await runPipeline(
      [
        fake('validate', calls),
        fake('build', calls),
        fake('release', calls, {
          async preflight() {
            throw new ConfigurationError('the token cannot write contents', {
              fix: 'add permissions: contents: write',
            });
          },
        }),
      ],
      contextFor({ options: { release: { dryRun: false } } }),
    );
    expect(run.ok).toBe(false);
    expect(calls).toEqual(['validate.run']);
    expect(run.steps.at(-1)).toMatchObject({
      step: 'release (preflight)',
      status: 'failed',
      detail: 'the token cannot write contents',
    });
    expect(run.error?.fix).toBe('add permissions: contents: write');
  });

  it('stops at the first failure and returns the typed error', async () => {
    const calls: string[] = [];
    const run = await runPipeline(
      [
        fake('a', calls, {
          async run() {
            throw new NetworkError('registry unreachable\nmore', { fix: 'check the host' });
          },
        }),
        fake('b', calls),
      ],
      contextFor(),
    );
    expect(calls).toEqual([]);
    expect(run.ok).toBe(false);
    expect(run.steps).toEqual([
      expect.objectContaining({ step: 'a', status: 'failed', detail: 'registry unreachable' }),
    ]);
    expect(run.error).toBeInstanceOf(NetworkError);
  });

  it('carries no extra error when a step fails by findings it already reported', async () => {
    const run = await runPipeline(
      [
        fake('a', [], {
          async run() {
            throw new FindingsFailure('2 errors in samuel-plugin.toml');
          },
        }),
      ],
      contextFor(),
    );
    expect(run.ok).toBe(false);
    expect(run.error).toBeUndefined();
    expect(run.steps[0]!.detail).toBe('2 errors in samuel-plugin.toml');
  });

  it('wraps an unexpected exception as an internal error that keeps its cause', async () => {
    const boom = new TypeError('x is undefined');
    const run = await runPipeline(
      [
        fake('a', [], {
          async run() {
            throw boom;
          },
        }),
      ],
      contextFor(),
    );
    expect(run.error?.code).toBe('INTERNAL');
    expect(run.error?.message).toBe('the a step failed: x is undefined');
    expect(run.error?.cause).toBe(boom);
  });

  it('lets a step report that it skipped while running (not the same as not applying)', async () => {
    const run = await runPipeline(
      [fake('sign', [], { run: async () => skipped('no identity') })],
      contextFor(),
    );
    expect(run.steps[0]).toEqual({
      step: 'sign',
      status: 'skipped',
      detail: 'no identity',
      ms: expect.any(Number),
    });
  });
});

describe('the pipeline list', () => {
  it('is validate → build → audit → smoke → publish → sign → provenance → pin → lock → release', () => {
    expect(PIPELINE.map((s) => s.name)).toEqual([
      'validate',
      'build',
      'audit',
      'smoke',
      'publish',
      'sign',
      'provenance',
      'pin',
      'lock',
      'release',
    ]);
  });

  it('refuses a slice naming a step that does not exist', () => {
    expect(() => slice('validate', 'deploy')).toThrow('no pipeline step named deploy');
  });
});
