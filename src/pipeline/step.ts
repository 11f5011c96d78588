/**
 * A step of the one pipeline. `skip` says why it does not apply (kind, options) or returns
 * undefined; `preflight` checks, before any step does work, what would make the outside-world
 * part fail (token scopes, tags); `run` does local work; `publish` touches the outside world and
 * is skipped on a dry run.
 */
import type { PipelineContext } from './context.js';

export type StepStatus = 'ok' | 'skipped' | 'failed';

export interface StepOutcome {
  status: StepStatus;
  /** One line for the summary table: what was done, or why it was skipped. */
  detail: string;
}

export interface Step {
  name: string;
  skip?(ctx: PipelineContext): string | undefined;
  /** Runs before every step's `run` when the run publishes (not on dry runs). */
  preflight?(ctx: PipelineContext): Promise<void>;
  run(ctx: PipelineContext): Promise<StepOutcome>;
  publish?(ctx: PipelineContext): Promise<StepOutcome | undefined>;
}

export const ok = (detail: string): StepOutcome => ({ status: 'ok', detail });
export const skipped = (detail: string): StepOutcome => ({ status: 'skipped', detail });
