/**
 * Runs a slice of the pipeline: preflight of every applicable step (unless a dry run), then
 * each step in order inside a log group, timed, with a row per step (ok, skipped with the
 * reason, failed with the first line of the error). The first failure stops the run; the error
 * travels back typed, so the face can annotate it and pick the exit code.
 */
import { ReleaseError } from '../errors.js';
import { isDryRun, type PipelineContext } from './context.js';
import type { Step, StepOutcome, StepStatus } from './step.js';

export interface StepRecord {
  step: string;
  status: StepStatus;
  detail: string;
  ms: number;
  /** Set when the step's `skip` said it does not apply (as opposed to a run that skipped). */
  notApplicable?: true;
}

export interface PipelineRun {
  ok: boolean;
  steps: StepRecord[];
  /** Why the run stopped: a thrown error, typed. Absent when a step failed by findings alone. */
  error?: ReleaseError;
}

/** Thrown by a step whose findings (already reported) fail it: no extra message needed. */
export class FindingsFailure extends ReleaseError {
  constructor(message: string) {
    super('CONFIGURATION', message);
  }
}

export async function runPipeline(steps: Step[], ctx: PipelineContext): Promise<PipelineRun> {
  const records: StepRecord[] = [];
  const publishing = !isDryRun(ctx);
  const fail = (step: string, t0: number, e: unknown): PipelineRun => {
    const error = asReleaseError(step, e);
    records.push({ step, status: 'failed', detail: firstLine(error.message), ms: Date.now() - t0 });
    return { ok: false, steps: records, ...(e instanceof FindingsFailure ? {} : { error }) };
  };

  for (const step of steps) {
    const t0 = Date.now();
    let reason: string | undefined;
    try {
      reason = step.skip?.(ctx);
      if (reason === undefined) {
        const run = await ctx.reporter.group(step.name, async () => {
          let outcome: StepOutcome = await step.run(ctx);
          if (step.publish && publishing) outcome = (await step.publish(ctx)) ?? outcome;
          return outcome;
        });
        records.push({ step: step.name, ...run, ms: Date.now() - t0 });
        // Validate makes the manifest known: check the outside world before any build work.
        if (step.name === 'validate' && publishing) {
          for (const later of steps) {
            if (!later.preflight || later.skip?.(ctx) !== undefined) continue;
            const p0 = Date.now();
            try {
              await later.preflight(ctx);
            } catch (e) {
              return fail(`${later.name} (preflight)`, p0, e);
            }
          }
        }
        continue;
      }
    } catch (e) {
      return fail(step.name, t0, e);
    }
    records.push({
      step: step.name,
      status: 'skipped',
      detail: reason,
      ms: 0,
      notApplicable: true,
    });
  }
  return { ok: true, steps: records };
}

function asReleaseError(step: string, e: unknown): ReleaseError {
  if (e instanceof ReleaseError) return e;
  return new ReleaseError(
    'INTERNAL',
    `the ${step} step failed: ${e instanceof Error ? e.message : String(e)}`,
    { cause: e },
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
