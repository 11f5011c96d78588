/**
 * Builds a pipeline context for step tests: an in-memory reporter that records everything,
 * default options with the slices a test overrides, and (optionally) a validated plugin.
 */
import type { Finding, Reporter } from '../../src/report/index.js';
import {
  DEFAULT_OPTIONS,
  newContext,
  type PipelineContext,
  type PipelineOptions,
} from '../../src/pipeline/context.js';

export interface MemoryReporter extends Reporter {
  lines: string[];
  findings: Finding[];
  outputs: Record<string, string>;
  summaries: string[];
  groups: string[];
}

export function memoryReporter(): MemoryReporter {
  const r: MemoryReporter = {
    json: false,
    actions: false,
    lines: [],
    findings: [],
    outputs: {},
    summaries: [],
    groups: [],
    info: (m) => void r.lines.push(m),
    finding: (f) => void r.findings.push(f),
    async group(title, fn) {
      r.groups.push(title);
      return fn();
    },
    setOutput: (n, v) => void (r.outputs[n] = v),
    summary: (md) => void r.summaries.push(md),
  };
  return r;
}

type Overrides = { [K in keyof PipelineOptions]?: Partial<PipelineOptions[K]> };

export function contextFor(
  init: {
    command?: string;
    target?: string;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    options?: Overrides;
  } = {},
): PipelineContext & { reporter: MemoryReporter } {
  const options = { ...DEFAULT_OPTIONS } as Record<string, unknown>;
  for (const [k, v] of Object.entries(init.options ?? {})) {
    options[k] = { ...(DEFAULT_OPTIONS as unknown as Record<string, object>)[k], ...v };
  }
  const reporter = memoryReporter();
  const ctx = newContext({
    command: init.command ?? 'release',
    target: init.target ?? '.',
    options: options as unknown as PipelineOptions,
    reporter,
    cwd: init.cwd ?? process.cwd(),
    env: init.env ?? { PATH: process.env.PATH },
  });
  return ctx as PipelineContext & { reporter: MemoryReporter };
}
