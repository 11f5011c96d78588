/** Runs the CLI in-process and captures what it prints. */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const env = options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME };
  const code = await main(argv, {
    cwd: options.cwd ?? process.cwd(),
    env,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/**
 * PATH for tests that build template copies outside the repository: the repository's own
 * node_modules/.bin first (the AssemblyScript compiler), as `npm test` would give it.
 */
export const TOOLS_PATH = `${process.cwd()}/node_modules/.bin:${process.env.PATH ?? ''}`;
