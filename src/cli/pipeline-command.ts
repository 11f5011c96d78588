/**
 * A command that is a slice of the one pipeline: reads its option groups into typed slices,
 * runs the steps, and hands the results to the command's renderer. Exit codes: 0 ok, 1 the
 * plugin fails a check, 2 usage or I/O (including a command that does not apply to the kind).
 */
import { UsageError } from '../errors.js';
import { newContext, type PipelineContext, type PipelineOptions } from '../pipeline/context.js';
import { runPipeline, type PipelineRun } from '../pipeline/runner.js';
import type { Step } from '../pipeline/step.js';
import type { OptionGroup, OptionValues } from '../options/index.js';
import { flagsOf, type CommandContext, type CommandSpec, type OptionSpec } from './command.js';
import { renderRun, type Rendered } from './render/run.js';

export interface PipelineCommandSpec {
  name: string;
  summary: string;
  positionals?: string;
  /** The steps, loaded on demand so `--help` and other commands never load this one's code. */
  steps: () => Promise<Step[]>;
  /** The step the command exists for: when it does not apply to the plugin, that is exit 2. */
  primary: string;
  groups: readonly OptionGroup<unknown>[];
  /** Options fixed by the command (e.g. publish is never a dry run). */
  fixed?: (options: Partial<PipelineOptions>) => void;
  /** Text, summary and JSON payload of the command's results. */
  render: (ctx: PipelineContext, run: PipelineRun) => Rendered;
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
      const run = await runPipeline(await spec.steps(), ctx);
      const primary = run.steps.find((s) => s.step === spec.primary);
      if (primary?.status === 'skipped' && primary.notApplicable) {
        throw new UsageError(`${spec.name}: ${primary.detail}`, {
          fix: `${spec.name} has nothing to do for this plugin; leave it out for ${ctx.loaded?.manifest.kind ?? 'this'} plugins`,
        });
      }
      renderRun(c.reporter, spec.name, ctx, run, spec.render(ctx, run));
      if (run.error) throw run.error;
      return run.ok ? 0 : 1;
    },
  };
}
