/**
 * The shape every subcommand has. The CLI and the GitHub Action both go through it, so a flag
 * and the action input of the same name always mean the same thing.
 */
import type { Reporter } from './report.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Full sentence shown in `--help` and mirrored in the action's input description. */
  description: string;
  /** Placeholder for `--help`, e.g. `TAG`. */
  value?: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  positionals: string[];
  values: OptionValues;
  reporter: Reporter;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Positional part of the usage line, e.g. `[PLUGIN_DIR|MANIFEST|GLOB ...]`. */
  positionals: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 success, 1 the plugin failed the check. Throws for usage/I/O. */
  run(ctx: CommandContext): Promise<number>;
}

/** Reads a string option, or undefined when absent or empty. */
export function stringOpt(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reads a repeatable string option as a list (absent → empty). */
export function listOpt(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((s) => s !== '');
  return typeof v === 'string' && v !== '' ? [v] : [];
}

/** Reads a boolean option (absent → false). */
export function boolOpt(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
