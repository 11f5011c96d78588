/**
 * The CLI entry: parses argv into a command and its options, runs it with a Reporter, and turns
 * every outcome into an exit code (0 ok, 1 check failed, 2 usage or I/O error). Nothing below
 * this function calls `process.exit`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS } from './commands/index.js';
import type { CommandSpec, OptionSpec, OptionValues } from './command.js';
import { Reporter } from './report.js';
import { describeError, exitCodeFor, ReleaseError } from '../errors.js';
import { inertLog, redact } from '../report/index.js';
import { errorDocument } from './render/errors.js';

export const PROGRAM = 'samuel-plugin-release';

export const GLOBAL_OPTIONS = {
  json: { type: 'boolean', description: 'Print one JSON document on stdout instead of text.' },
  help: { type: 'boolean', short: 'h', description: 'Show help for the command.' },
  summary: {
    type: 'string',
    value: 'true|false',
    description:
      'Write the GitHub job summary (GITHUB_STEP_SUMMARY) when there is one (default: true).',
  },
} as const;

export interface MainOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** Called with the error that stopped the command (the action puts it in `setFailed`). */
  onError?: (error: unknown) => void;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((t: string) => process.stdout.write(t));
  const err = options.err ?? ((t: string) => process.stderr.write(t));
  const [name, ...rest] = argv;

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(topHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    out(`${PROGRAM} ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err(
      `${PROGRAM}: unknown command "${name}"\n${suggestCommand(name)}Run \`${PROGRAM} --help\` for the list.\n`,
    );
    return 2;
  }

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: toParseArgsOptions(command),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    err(
      `${PROGRAM} ${command.name}: ${(e as Error).message}\nRun \`${PROGRAM} ${command.name} --help\` for usage.\n`,
    );
    return 2;
  }
  if (parsed.values.help === true) {
    out(commandHelp(command));
    return 0;
  }

  const summary = parsed.values.summary;
  if (summary !== undefined && summary !== 'true' && summary !== 'false') {
    err(
      `${PROGRAM} ${command.name}: --summary must be true or false, got "${String(summary)}"\nRun \`${PROGRAM} ${command.name} --help\` for usage.\n`,
    );
    return 2;
  }
  const cwd = options.cwd ?? process.cwd();
  const actions = env.GITHUB_ACTIONS === 'true';
  const reporter = new Reporter({
    json: parsed.values.json === true,
    actions,
    // Loaded only inside Actions: a terminal run never pays for it.
    ...(actions ? { core: await import('@actions/core') } : {}),
    out,
    err,
    summaryFile: summary === 'false' ? null : env.GITHUB_STEP_SUMMARY,
    cwd,
    ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
  });
  try {
    return await command.run({
      positionals: parsed.positionals,
      values: parsed.values as OptionValues,
      reporter,
      cwd,
      env,
    });
  } catch (e) {
    const code = exitCodeFor(e);
    options.onError?.(e);
    reporter.result({ ok: false, command: command.name, error: errorDocument(e) });
    const description = redact(describeError(e));
    reporter.failure(
      description.split('\n').slice(0, 2).join(' — '),
      e instanceof ReleaseError ? e.position : undefined,
    );
    err(`${PROGRAM} ${command.name}: ${inertLog(description)}\n`);
    if (!(e instanceof ReleaseError) || e.code === 'INTERNAL') {
      // An error we did not raise on purpose: keep the stack for a bug report.
      const stack =
        e instanceof ReleaseError && e.cause instanceof Error ? e.cause.stack : (e as Error)?.stack;
      err(
        `${inertLog(redact(stack ?? ''))}\nThis looks like a bug in ${PROGRAM}; please report it with the lines above.\n`,
      );
    }
    return code;
  } finally {
    reporter.close();
  }
}

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';

function toParseArgsOptions(command: CommandSpec): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [key, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...command.options })) {
    const o: { type: 'string' | 'boolean'; short?: string; multiple?: boolean } = {
      type: spec.type,
    };
    if ('short' in spec && spec.short) o.short = spec.short;
    if ('multiple' in spec && spec.multiple) o.multiple = true;
    options[key] = o;
  }
  return options;
}

function suggestCommand(name: string): string {
  const close = COMMANDS.find((c) => c.name.startsWith(name.slice(0, 3)));
  return close ? `Did you mean \`${close.name}\`? ` : '';
}

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    `${PROGRAM} — take a Samuel plugin from source to a signed, digest-pinned release.`,
    '',
    `Usage: ${PROGRAM} <command> [PLUGIN_DIR|MANIFEST] [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes the plugin directory or its samuel-plugin.toml (default: the current',
    'directory), accepts --json, and exits 0 on success, 1 when the plugin fails the check,',
    '2 on usage or I/O errors.',
    `Run \`${PROGRAM} <command> --help\` for the command's options.`,
    '',
  ];
  return lines.join('\n');
}

/** The `--help` text of one command, built from its option specs. */
export function commandHelp(command: CommandSpec): string {
  const all: Record<string, OptionSpec> = { ...command.options, ...GLOBAL_OPTIONS };
  const entries = Object.entries(all).map(([key, spec]) => {
    const value = spec.value ? ` ${spec.value}` : spec.type === 'string' ? ' VALUE' : '';
    const short = spec.short ? `-${spec.short}, ` : '';
    return [`  ${short}--${key}${value}`, spec.description] as const;
  });
  const width = Math.max(...entries.map(([flag]) => flag.length));
  return [
    `Usage: ${PROGRAM} ${command.name} ${command.positionals} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...entries.map(([flag, description]) => `${flag.padEnd(width)}  ${description}`),
    '',
  ].join('\n');
}
