/**
 * Typed errors. User mistakes are `ConfigurationError`s that name the file, the field and the
 * fix; failures of the system around us keep their `cause`. The CLI maps them to exit codes:
 * `UsageError` and `IoError` → 2, everything a check finds → 1.
 */

/** Stable codes, so callers and tests can branch without matching message text. */
export type ErrorCode =
  | 'USAGE'
  | 'IO'
  | 'CONFIGURATION'
  | 'MANIFEST'
  | 'BUILD'
  | 'AUDIT'
  | 'SMOKE'
  | 'REGISTRY'
  | 'NETWORK'
  | 'SIGN'
  | 'VERIFY'
  | 'RELEASE'
  | 'INTERNAL';

/** Where in a file a problem sits (1-based line and column). */
export interface SourcePosition {
  file: string;
  line?: number;
  col?: number;
}

/** Base class of every error this program raises on purpose. */
export class ReleaseError extends Error {
  readonly code: ErrorCode;
  /** What the user should do about it, as one sentence. */
  readonly fix?: string;
  readonly position?: SourcePosition;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; fix?: string; position?: SourcePosition } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.fix !== undefined) this.fix = options.fix;
    if (options.position !== undefined) this.position = options.position;
  }
}

/** Bad command-line usage or bad action inputs: exit code 2. */
export class UsageError extends ReleaseError {
  constructor(message: string, options: { fix?: string } = {}) {
    super('USAGE', message, options);
  }
}

/** A file or directory that cannot be read or written: exit code 2. */
export class IoError extends ReleaseError {
  constructor(
    message: string,
    options: { cause?: unknown; fix?: string; position?: SourcePosition } = {},
  ) {
    super('IO', message, options);
  }
}

/** A user mistake in configuration (manifest, workflow permissions, inputs): exit code 1. */
export class ConfigurationError extends ReleaseError {
  constructor(
    message: string,
    options: { cause?: unknown; fix?: string; position?: SourcePosition; code?: ErrorCode } = {},
  ) {
    super(options.code ?? 'CONFIGURATION', message, options);
  }
}

/**
 * A service we talk to cannot be reached or spoke a protocol we cannot use (connection refused,
 * unknown host, TLS failure, plain http where https was expected): exit code 2, like I/O.
 */
export class NetworkError extends ReleaseError {
  constructor(message: string, options: { cause?: unknown; fix?: string } = {}) {
    super('NETWORK', message, options);
  }
}

/** Exit code for an error: 2 for usage, I/O and network problems, 1 for everything else. */
export function exitCodeFor(err: unknown): number {
  if (
    err instanceof ReleaseError &&
    (err.code === 'USAGE' || err.code === 'IO' || err.code === 'NETWORK')
  )
    return 2;
  return 1;
}

/** One-line-per-fact description of an error for humans (message, fix, cause chain). */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const lines = [err.message];
  if (err instanceof ReleaseError && err.fix) lines.push(`fix: ${err.fix}`);
  let cause = err.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    lines.push(`cause: ${cause instanceof Error ? cause.message : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
