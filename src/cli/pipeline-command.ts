/**
 * A command that is a slice of the one pipeline: reads its option groups into typed slices,
 * runs the steps, and hands the results to the command's renderer. Exit codes: 0 ok, 1 the
 * plugin fails a check, 2 usage or I/O (including a command that does not apply to the kind).
 */
import { UsageError } from '../errors.js';
import { newContext, type PipelineContext, type PipelineOptions } from '../pipeline/context.js';
import { runPipeline, type PipelineRun } from '../pipeline/runner.js';
import type { OptionGroup, OptionValues } from '../options/index.js';
import { flagsOf, type CommandContext, type CommandSpec, type OptionSpec } from './command.js';
import { renderRun, stepLines, type Rendered } from './render/run.js';

export interface PipelineCommandSpec {
  name: string;
  summary: string;
  positionals?: string;
  /**
   * The pipeline steps it runs, by name (`all` for the whole pipeline); loaded on demand so
   * `--help` and other commands never load this one's code. The step named like the command is
   * the one it exists for: when that does not apply to the plugin, that is exit 2.
   */
  steps: readonly string[] | 'all';
  groups: readonly OptionGroup<unknown>[];
  /** Options fixed by the command (e.g. publish is never a dry run). */
  fixed?: (options: Partial<PipelineOptions>) => void;
  /** Text, summary and JSON payload of the command's results (undefined: it has none). */
  render: (ctx: PipelineContext, run: PipelineRun) => Rendered | undefined;
  own?: Record<string, OptionSpec>;
}

/** Reads each group's flags into its slice of the pipeline options. */
export function readOptions(
  values: OptionValues,
  groups: readonly OptionGroup<unknown>[],
  base: Partial<PipelineOptions> = {},
): Partial<PipelineOptions> {
  const options: Record<string, unknown> = { ...base };
  for (const group of groups) {
    const slice = options[group.slice] as Record<string, unknown> | undefined;
    options[group.slice] = { ...(slice ?? {}), ...(group.read(values) as Record<string, unknown>) };
  }
  return options as Partial<PipelineOptions>;
}

export function pipelineCommand(spec: PipelineCommandSpec): CommandSpec {
  return {
    name: spec.name,
    summary: spec.summary,
    positionals: spec.positionals ?? '[PLUGIN_DIR|MANIFEST]',
    options: flagsOf(spec.groups, spec.own),
    async run(c: CommandContext) {
      if (c.positionals.length > 1) {
        throw new UsageError(`${spec.name} takes one plugin directory or manifest`, {
          fix: `run ${spec.name} once per plugin (a job matrix in CI)`,
        });
      }
      const defaults: Partial<PipelineOptions> = {};
      const options = readOptions(c.values, spec.groups, defaults);
      spec.fixed?.(options);
      const ctx = newContext({
        command: spec.name,
        target: c.positionals[0] ?? '.',
        options,
        reporter: c.reporter,
        cwd: c.cwd,
        env: c.env,
      });
      const { PIPELINE, slice } = await import('../pipeline/list.js');
      const steps = spec.steps === 'all' ? [...PIPELINE] : slice(...spec.steps);
      const run = await runPipeline(steps, ctx);
      const primary = run.steps.find((s) => s.step === spec.name);
      if (primary?.status === 'skipped' && primary.notApplicable) {
        throw new UsageError(`${spec.name}: ${primary.detail}`, {
          fix: `${spec.name} has nothing to do for this plugin; leave it out for ${ctx.loaded?.manifest.kind ?? 'this'} plugins`,
        });
      }
      const rendered = spec.render(ctx, run) ?? { text: stepLines(run), json: {} };
      renderRun(c.reporter, spec.name, ctx, run, rendered);
      if (run.error) throw run.error;
      return run.ok ? 0 : 1;
    },
  };
}
