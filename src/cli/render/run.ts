/** Renders a pipeline run for the medium: text lines, the job summary, one JSON envelope. */
import type { PipelineContext } from '../../pipeline/context.js';
import type { PipelineRun } from '../../pipeline/runner.js';
import type { Reporter } from '../report.js';
import { errorDocument } from './errors.js';

export interface Rendered {
  /** Lines for a terminal (stdout). */
  text: string[];
  /** Markdown for the job summary. */
  summary?: string;
  /** The command's own fields of the JSON envelope. */
  json: Record<string, unknown>;
}

/**
 * Every command's `--json` document has the same envelope: `ok`, `command`, the command's own
 * fields, `steps`, `outputs`, `findings`, and `error` when the run stopped on one.
 */
export function renderRun(
  reporter: Reporter,
  command: string,
  ctx: PipelineContext,
  run: PipelineRun,
  rendered: Rendered,
): void {
  for (const line of rendered.text) reporter.print(line);
  if (rendered.summary) reporter.summary(rendered.summary);
  reporter.result({
    ok: run.ok,
    command,
    ...rendered.json,
    steps: run.steps,
    outputs: ctx.outputs,
    findings: reporter.findings,
    ...(run.error ? { error: errorDocument(run.error) } : {}),
  });
}

/** `✓ build    detail` rows, one per step. */
export function stepLines(run: PipelineRun): string[] {
  return run.steps.map(
    (s) =>
      `${s.status === 'ok' ? '✓' : s.status === 'skipped' ? '–' : '✗'} ${s.step.padEnd(8)} ${s.detail}`,
  );
}
