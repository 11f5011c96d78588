/**
 * Runs external programs with argument arrays (never through a shell), streams their output to
 * the log when asked, and returns what they printed so an error can quote the tool's own words.
 */
import { spawn } from 'node:child_process';
import { IoError } from '../errors.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then closed. */
  input?: string | Buffer;
  /** Called with each chunk of stdout/stderr as it arrives (e.g. to stream a compiler log). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Kill the child after this many milliseconds. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** True when the child was killed because `timeoutMs` passed. */
  timedOut: boolean;
}

/**
 * Runs `command args…` and resolves with its exit code and output; a non-zero exit is a
 * normal result, not an error. Rejects with an `IoError` only when the program cannot start
 * (for example, it is not installed), with a fix naming the program.
 */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      stdout.push(b);
      options.onOutput?.(b.toString('utf8'), 'stdout');
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b);
      options.onOutput?.(b.toString('utf8'), 'stderr');
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(
        new IoError(
          `cannot run ${command}: ${e.code === 'ENOENT' ? 'not found on PATH' : e.message}`,
          {
            cause: e,
            fix: `install ${command} or put it on PATH`,
          },
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading its input; its exit code tells the story */
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** The last `n` non-empty lines of a tool's output, for error messages. */
export function tail(text: string, n = 20): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n');
}
