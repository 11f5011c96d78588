/**
 * Runs the guest in a worker thread and enforces the time budgets from outside it: each phase
 * (start-up, each probe, each `--call`) gets the soft timeout, after which a warning is noted,
 * and the hard timeout, after which the worker is terminated — a guest in an endless loop
 * cannot stop that.
 */
import { Worker } from 'node:worker_threads';
import { guestMain, type GuestInput, type GuestMessage, type GuestResult } from './guest.js';

export interface GuestRunOptions {
  softTimeoutMs: number;
  hardTimeoutMs: number;
}

/** Everything observed while the guest ran. */
export interface GuestRun {
  result?: GuestResult;
  /** The phase (export name or `instantiate`/`_start`) the hard timeout interrupted. */
  killedIn?: string;
  /** The worker itself failed (a harness bug or an engine crash). */
  crash?: string;
  /** Phases that outlived the soft timeout. */
  slow: string[];
  logs: string[];
  denials: string[];
  peakMemoryBytes: number;
  wallMs: number;
}

// The worker runs guestMain from source text: no file to locate next to a bundle. Transpilers
// that keep function names (esbuild, as tsx runs it) wrap functions in a `__name` helper that
// exists only in the module they emitted, so the worker defines a no-op one.
const WORKER_SOURCE = `
const __name = (target) => target;
const { workerData, parentPort } = require('node:worker_threads');
const post = (m) => parentPort.postMessage(m);
const guestMain = ${guestMain.toString()};
guestMain(workerData, post, require('node:wasi').WASI, require('node:fs'), require('node:path')).then(
  (result) => post({ t: 'done', result }),
  (e) => post({ t: 'crash', message: String((e && e.stack) || e) }),
);
`;

/** Runs the guest and resolves when it finishes, crashes or is killed (never rejects). */
export function runGuest(input: GuestInput, options: GuestRunOptions): Promise<GuestRun> {
  const run: GuestRun = { slow: [], logs: [], denials: [], peakMemoryBytes: 0, wallMs: 0 };
  const started = performance.now();
  return new Promise((resolve) => {
    let soft: NodeJS.Timeout | undefined;
    let hard: NodeJS.Timeout | undefined;
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: input,
      // WASI is experimental on Node 20; its warning would end up on our stderr.
      execArgv: ['--no-warnings'],
      stdout: true,
      stderr: true,
    });
    const clear = (): void => {
      clearTimeout(soft);
      clearTimeout(hard);
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clear();
      run.wallMs = performance.now() - started;
      resolve(run);
    };
    const phase = (name: string): void => {
      clear();
      soft = setTimeout(() => run.slow.push(name), options.softTimeoutMs);
      hard = setTimeout(() => {
        run.killedIn = name;
        void worker.terminate().finally(finish);
      }, options.hardTimeoutMs);
    };
    worker.on('message', (m: GuestMessage) => {
      switch (m.t) {
        case 'phase':
          phase(m.name);
          break;
        case 'log':
          run.logs.push(m.line);
          break;
        case 'denial':
          run.denials.push(m.line);
          break;
        case 'memory':
          run.peakMemoryBytes = Math.max(run.peakMemoryBytes, m.bytes);
          break;
        case 'done':
          run.result = m.result;
          void worker.terminate().finally(finish);
          break;
        case 'crash':
          run.crash = m.message;
          void worker.terminate().finally(finish);
          break;
      }
    });
    worker.on('error', (e) => {
      run.crash ??= e.stack ?? e.message;
      finish();
    });
    worker.on('exit', () => {
      if (!run.result && !run.killedIn) run.crash ??= 'the harness worker exited before reporting';
      finish();
    });
  });
}
