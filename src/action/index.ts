/**
 * Runs a command as a GitHub Action step: reads the step's inputs (kebab-case, the same names
 * as the CLI flags), turns them into the command's arguments, and fails the step with a clear
 * message when anything goes wrong.
 */
import * as core from '@actions/core';
import { COMMANDS } from '../cli/commands/index.js';
import { main } from '../cli/main.js';
import { describeError } from '../errors.js';
import { redact } from '../report/index.js';

/**
 * Reads the inputs of action `name` and runs the command of the same name. The plugin path
 * comes from the `path` input (or `manifest`), resolved against `working-directory`.
 */
export async function runAction(name: string): Promise<void> {
  try {
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new Error(`no command named ${name}`);
    const argv = [name];
    const paths = command.positionalInputs
      ? command.positionalInputs.flatMap((input) => core.getInput(input).split(/\s+/))
      : (core.getInput('path') || core.getInput('manifest')).split(/\r?\n/);
    const positionals = paths.map((p) => p.trim()).filter(Boolean);
    for (const [key, spec] of Object.entries(command.options)) {
      if (key === 'path' || key === 'manifest') continue;
      const value = core.getInput(key);
      if (value === '') continue;
      if (spec.type === 'boolean') {
        if (/^(true|1|yes)$/i.test(value)) argv.push(`--${key}`);
        else if (!/^(false|0|no)$/i.test(value)) {
          throw new Error(`input "${key}" must be true or false, got "${value}"`);
        }
      } else if (spec.multiple) {
        for (const item of value
          .split(/\r?\n|,/)
          .map((s) => s.trim())
          .filter(Boolean)) {
          argv.push(`--${key}`, item);
        }
      } else {
        argv.push(`--${key}`, value);
      }
    }
    // Every command takes it; the action's input has the same name.
    const summary = core.getInput('summary');
    if (summary !== '') argv.push('--summary', summary);
    // After "--", a path that starts with "-" stays a path instead of turning into a flag.
    argv.push('--', ...positionals);
    const workingDirectory = core.getInput('working-directory') || process.cwd();
    let stopped = false;
    const code = await main(argv, { cwd: workingDirectory, onError: () => (stopped = true) });
    if (code !== 0 && stopped) {
      // The error that stopped the command is already an annotation carrying its fix (placed
      // on the file when it has one): one annotation for one cause.
      process.exitCode = code;
    } else if (code !== 0) {
      core.setFailed(`${name} failed (exit code ${code}); the annotations above say what to fix`);
    }
  } catch (e) {
    core.setFailed(redact(describeError(e)).split('\n').slice(0, 2).join(' — '));
  }
}
