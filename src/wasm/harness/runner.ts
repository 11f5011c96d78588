/**
 * Runs the guest in a worker thread and enforces the time budgets from outside it: each phase
 * (start-up, each probe, each `--call`) gets the soft timeout, after which a warning is noted,
 * and the hard timeout, after which the worker is terminated. No host call the guest can make
 * blocks (see guest.ts: no stdin, sleeps return at once as in wazero), so termination is prompt
 * whatever the guest is doing; the wall time reported is measured, not assumed.
 *
 * The worker is started before the module is read and compiled, so its start-up overlaps that
 * work; the compiled module is shared with it, not compiled twice.
 */
import { closeSync, openSync } from 'node:fs';
import { devNull } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inertLine } from '../text.js';
import { guestMain, type GuestInput, type GuestMessage, type GuestResult } from './guest.js';
import { COUNTER, GUEST_LIMITS, sharedLayout } from './limits.js';

export interface GuestRunOptions {
  softTimeoutMs: number;
  hardTimeoutMs: number;
}

/** What the caller provides; the harness adds the shared buffers and limits. */
export type GuestRequest = Pick<
  GuestInput,
  'module' | 'policy' | 'declared' | 'calls' | 'initialize'
>;

/** Everything observed while the guest ran. All guest text is already inert. */
export interface GuestRun {
  result?: GuestResult;
  /** The phase (export name or `instantiate`/`_start`) the hard timeout interrupted. */
  killedIn?: string;
  /** How long that phase had run when the worker was stopped, measured. */
  killedAfterMs?: number;
  /** The worker itself failed (a harness bug or an engine crash). */
  crash?: string;
  /** Phases that outlived the soft timeout. */
  slow: string[];
  logs: string[];
  denials: string[];
  peakMemoryBytes: number;
  wallMs: number;
  /** The first bytes of WASI stdout/stderr, inert, with a note of what was cut. */
  stdout: string;
  stderr: string;
  /** Output that was counted but not kept. */
  cut: {
    logLines: number;
    logBytes: number;
    denials: number;
    stdoutBytes: number;
    stderrBytes: number;
  };
  /** Bytes the guest wrote into its workspace, and writes refused over the quota. */
  workspaceBytes: number;
  workspaceRefused: number;
}

// The worker runs guestMain from source text: no file to locate next to a bundle, and nothing
// but the harness is loaded in it. Transpilers that keep function names (esbuild, as tsx runs
// it) wrap functions in a `__name` helper that exists only in the module they emitted, so the
// worker defines a no-op one.
// What the guest needs is loaded while the worker waits for its module, not after it arrives.
const WORKER_SOURCE = `
const __name = (target) => target;
const { parentPort } = require('node:worker_threads');
const { WASI } = require('node:wasi');
const fs = require('node:fs');
const path = require('node:path');
const post = (m) => parentPort.postMessage(m);
const guestMain = ${guestMain.toString()};
parentPort.once('message', (input) => {
  guestMain(input, post, WASI, fs, path).then(
    (result) => post({ t: 'done', result }),
    (e) => post({ t: 'crash', message: String((e && e.stack) || e) }),
  );
});
`;

/** A started harness worker, waiting for its module. */
export interface Harness {
  /** Runs the guest and resolves when it finishes, crashes or is killed (never rejects). */
  run(request: GuestRequest, options: GuestRunOptions): Promise<GuestRun>;
  /**
   * Stops the worker: before a run (the module turned out to be unusable), or during one whose
   * result is no longer wanted (that run then settles as stopped).
   */
  dispose(): void;
}

/** Starts a worker now, so its start-up overlaps reading and compiling the module. */
export function startHarness(): Harness {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // WASI is experimental on Node 20; its warning would end up on our stderr.
    execArgv: ['--no-warnings'],
  });
  // An idle worker must not keep the process alive if the caller never runs it.
  worker.unref();
  let used = false;
  return {
    dispose() {
      used = true;
      void worker.terminate();
    },
    run(request, options) {
      if (used) throw new Error('a harness worker runs one guest');
      used = true;
      return runIn(worker, request, options);
    },
  };
}

/** Starts a worker and runs the guest in it. */
export function runGuest(request: GuestRequest, options: GuestRunOptions): Promise<GuestRun> {
  return startHarness().run(request, options);
}

function runIn(worker: Worker, request: GuestRequest, options: GuestRunOptions): Promise<GuestRun> {
  const L = GUEST_LIMITS;
  const layout = sharedLayout(L.stdioBytes);
  const shared = new SharedArrayBuffer(layout.size);
  const nullFd = openSync(devNull, 'r+');
  const run: GuestRun = {
    slow: [],
    logs: [],
    denials: [],
    peakMemoryBytes: 0,
    wallMs: 0,
    stdout: '',
    stderr: '',
    cut: { logLines: 0, logBytes: 0, denials: 0, stdoutBytes: 0, stderrBytes: 0 },
    workspaceBytes: 0,
    workspaceRefused: 0,
  };
  const started = performance.now();
  let phaseStarted = started;
  worker.ref();
  return new Promise((resolve) => {
    let soft: NodeJS.Timeout | undefined;
    let hard: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    let settled = false;
    let exited = false;
    let fdClosed = false;
    // The descriptor is closed only once the worker is gone: it may still be using it.
    const closeFd = (): void => {
      if (fdClosed || !exited) return;
      fdClosed = true;
      closeSync(nullFd);
    };
    const clear = (): void => {
      clearTimeout(soft);
      clearTimeout(hard);
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clear();
      clearTimeout(grace);
      run.wallMs = performance.now() - started;
      if (run.killedIn) run.killedAfterMs = performance.now() - phaseStarted;
      collect(run, shared, layout);
      worker.unref();
      closeFd();
      resolve(run);
    };
    const stop = (): void => {
      // No host call blocks, so termination is prompt; should it ever not be, stop waiting.
      grace = setTimeout(() => {
        run.crash ??= `the harness worker did not stop within ${L.terminateGraceMs} ms of being terminated`;
        finish();
      }, L.terminateGraceMs);
      void worker.terminate().finally(finish);
    };
    const phase = (name: string): void => {
      clear();
      phaseStarted = performance.now();
      soft = setTimeout(() => run.slow.push(name), options.softTimeoutMs);
      hard = setTimeout(() => {
        run.killedIn = name;
        stop();
      }, options.hardTimeoutMs);
    };
    worker.on('message', (m: GuestMessage) => {
      switch (m.t) {
        case 'phase':
          phase(m.name);
          break;
        case 'log':
          run.logs.push(inertLine(m.line) + (m.cut > 0 ? `… [${m.cut} bytes cut]` : ''));
          break;
        case 'denial':
          run.denials.push(inertLine(m.line));
          break;
        case 'memory':
          run.peakMemoryBytes = Math.max(run.peakMemoryBytes, m.bytes);
          break;
        case 'done':
          run.result = m.result;
          // The guest has returned: the verdict is known now, and the worker stops in the
          // background (a worker holding a large instance takes up to tens of milliseconds to
          // tear down, which the caller need not wait for).
          finish();
          void worker.terminate();
          break;
        case 'crash':
          run.crash = m.message;
          stop();
          break;
      }
    });
    worker.on('error', (e) => {
      run.crash ??= e.stack ?? e.message;
      finish();
    });
    worker.on('exit', () => {
      exited = true;
      if (!run.result && !run.killedIn) run.crash ??= 'the harness worker exited before reporting';
      finish();
      closeFd();
    });
    const input: GuestInput = {
      ...request,
      nullFd,
      shared,
      limits: L,
      counter: COUNTER,
      layout: { stdout: layout.stdout, stderr: layout.stderr },
    };
    worker.postMessage(input);
  });
}

function collect(
  run: GuestRun,
  shared: SharedArrayBuffer,
  layout: ReturnType<typeof sharedLayout>,
): void {
  const counters = new Float64Array(shared, 0, 8);
  const n = (slot: number): number => counters[slot] ?? 0;
  const text = (offset: number, total: number): string => {
    const keptBytes = Math.min(total, GUEST_LIMITS.stdioBytes);
    const body = Buffer.from(shared, offset, keptBytes).toString('utf8').replace(/\s+$/, '');
    const lines = body === '' ? [] : body.split(/\r\n|\r|\n/).map((l) => inertLine(l));
    if (total > keptBytes) lines.push(`… [${total - keptBytes} bytes cut]`);
    return lines.join('\n');
  };
  const out = n(COUNTER.stdoutBytes);
  const err = n(COUNTER.stderrBytes);
  run.stdout = text(layout.stdout, out);
  run.stderr = text(layout.stderr, err);
  run.cut = {
    logLines: n(COUNTER.logLinesCut),
    logBytes: n(COUNTER.logBytesCut),
    denials: n(COUNTER.denialsCut),
    stdoutBytes: Math.max(0, out - GUEST_LIMITS.stdioBytes),
    stderrBytes: Math.max(0, err - GUEST_LIMITS.stdioBytes),
  };
  run.workspaceBytes = n(COUNTER.workspaceBytes);
  run.workspaceRefused = n(COUNTER.workspaceRefused);
}
