/**
 * What the harness keeps of a guest's output and lets it write, stated once so the report, the
 * tests and the README's security notes quote the same numbers. Samuel itself keeps every log
 * line and discards WASI stdout/stderr; the harness runs what Samuel runs and bounds only what
 * it keeps and shows.
 */
export const GUEST_LIMITS = {
  /** Bytes kept of one `samuel.log` message (and of its level); the rest is cut with a note. */
  logMessageBytes: 2048,
  logLevelBytes: 64,
  /** `samuel.log` lines kept; later lines are counted, not kept. */
  logLines: 200,
  /** Capability denials kept; later ones are counted. */
  denials: 100,
  /** Bytes kept of WASI stdout and of stderr each (the first ones: crash messages come early). */
  stdioBytes: 16 * 1024,
  /** Bytes the guest may write into its throw-away workspace (WASI writes and samuel.fs_write). */
  workspaceBytes: 64 * 1024 * 1024,
  /** Longest path or host name a host call accepts, in bytes. */
  pathBytes: 64 * 1024,
  /** How long a terminated worker may take to stop before the harness stops waiting. */
  terminateGraceMs: 2000,
} as const;

/** Slots of the shared counters the worker updates and the parent reads after it stops. */
export const COUNTER = {
  logLinesCut: 0,
  logBytesCut: 1,
  stdoutBytes: 2,
  stderrBytes: 3,
  workspaceBytes: 4,
  denialsCut: 5,
  workspaceRefused: 6,
} as const;
export const COUNTERS = 8;

/** The shared buffer's layout: counters (Float64), then stdout, then stderr bytes. */
export function sharedLayout(stdioBytes: number): { size: number; stdout: number; stderr: number } {
  const stdout = COUNTERS * 8;
  return { size: stdout + 2 * stdioBytes, stdout, stderr: stdout + stdioBytes };
}
