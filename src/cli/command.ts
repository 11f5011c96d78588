/**
 * The shape every subcommand has. The CLI and the GitHub Action both go through it, so a flag
 * and the action input of the same name always mean the same thing. Flags come from the option
 * groups a command declares (src/options), never declared twice.
 */
import type { Reporter } from './report.js';
import type { OptionGroup, OptionSpec, OptionValues } from '../options/index.js';

export type { OptionSpec, OptionValues } from '../options/index.js';
export { boolOpt, listOpt, stringOpt } from '../options/index.js';

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
  /**
   * Action inputs that become the positionals, in this order (each split on whitespace), for a
   * command whose positionals are not plugin paths; default: `path` (or `manifest`).
   */
  positionalInputs?: string[];
  /** Every flag of the command (derived from its option groups plus its own). */
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 success, 1 the plugin failed the check. Throws for usage/I/O. */
  run(ctx: CommandContext): Promise<number>;
}

/** Merges option groups' flags (and a command's own) into one flag table. */
export function flagsOf(
  groups: readonly OptionGroup<unknown>[],
  own: Record<string, OptionSpec> = {},
): Record<string, OptionSpec> {
  const flags: Record<string, OptionSpec> = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group.flags)) {
      if (flags[name] && flags[name] !== spec) throw new Error(`flag --${name} declared twice`);
      flags[name] = spec;
    }
  }
  return { ...flags, ...own };
}
