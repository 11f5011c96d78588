/**
 * `smoke`: audits the module, then runs it in the embedded harness the way Samuel's runtime
 * would and turns what happened into a verdict — protocol window, `health() == 0`, declared
 * exports, `--call` exports, budgets — with a fix for every failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding } from '../report/index.js';
import { formatBytes } from '../util/files.js';
import { PROTOCOL_MAX, PROTOCOL_MIN } from './abi.js';
import { auditModule } from './audit.js';
import { ENGINE_TABLE_LIMIT, MAX_PAGES, PAGE_SIZE, type WasmModuleInfo } from './module.js';
import { readModule } from './read.js';
import { checkModule } from './validate.js';
import { buildPolicy } from './harness/policy.js';
import { GUEST_LIMITS } from './harness/limits.js';
import { startHarness, type GuestRun } from './harness/runner.js';
import { inertLine } from './text.js';
import type { CallOutcome } from './harness/guest.js';

export interface SmokeOptions {
  /** Exports to call after the probes, each under the timeouts. */
  calls?: string[];
  /** Call `_initialize` before the probes (Samuel v2.3 does not). */
  initialize?: boolean;
  /** Environment the allowed `[capabilities].env` keys are read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Manifest path as shown in findings. */
  displayFile?: string;
}

/** One reason the smoke test failed. */
export interface SmokeFailure {
  check:
    'audit' | 'memory' | 'instantiate' | 'timeout' | 'protocol' | 'health' | 'call' | 'harness';
  message: string;
  fix: string;
}

/** The smoke verdict and everything observed on the way. Guest text in it is already inert. */
export interface SmokeReport {
  ok: boolean;
  plugin: string;
  module: string;
  sizeBytes: number;
  protocol: { value: number | null; missing: boolean };
  health: { value: number | null; missing: boolean };
  exports: { name: string; present: boolean }[];
  calls: CallOutcome[];
  /** `samuel.log` lines (the first GUEST_LIMITS.logLines; a last line says what was cut). */
  logs: string[];
  denials: string[];
  /** Soft-timeout warnings. */
  warnings: string[];
  /** What the harness bounded or adapted: cut output, refused workspace writes, lowered tables. */
  notes: string[];
  failures: SmokeFailure[];
  audit: Finding[];
  /** Measured wall time of the whole run, including a killed phase. */
  wallMs: number;
  /** Set when the hard timeout stopped the guest: the phase and how long it had run. */
  killed?: { phase: string; afterMs: number };
  peakMemoryBytes: number;
  memoryCapBytes: number;
  /** First bytes the guest wrote to WASI stdout/stderr, with a note of what was cut. */
  stdout: string;
  stderr: string;
}

const GO_REACTOR_FIX =
  'Samuel v2.3 never calls _initialize, so a standard-Go (c-shared) module cannot run there: build with TinyGo (tinygo build -target=wasi), Rust or C';

/**
 * Audits and runs the module of `loaded` and returns the report. It never throws for a bad
 * module; it throws `IoError` when the module cannot be read (missing, not a regular file, over
 * the size limit).
 */
export async function smokeWasm(
  loaded: LoadedManifest,
  modulePath: string,
  options: SmokeOptions = {},
): Promise<SmokeReport> {
  // Started first: the worker boots while the module is read, checked and compiled.
  const harness = startHarness();
  let ran = false;
  try {
    const m = loaded.manifest;
    const capBytes = m.runtime.maxMemoryMiB * 1024 * 1024;
    const report: SmokeReport = {
      ok: false,
      plugin: m.name,
      module: modulePath,
      sizeBytes: 0,
      protocol: { value: null, missing: false },
      health: { value: null, missing: false },
      exports: [],
      calls: [],
      logs: [],
      denials: [],
      warnings: [],
      notes: [],
      failures: [],
      audit: [],
      wallMs: 0,
      peakMemoryBytes: 0,
      memoryCapBytes: capBytes,
      stdout: '',
      stderr: '',
    };
    const fail = (check: SmokeFailure['check'], message: string, fix: string): void => {
      report.failures.push({ check, message, fix });
    };
    const bytes = await readModule(modulePath);
    report.sizeBytes = bytes.length;
    const maxPages = Math.min(Math.floor(capBytes / PAGE_SIZE), MAX_PAGES);
    // The feature scan is most of the checking time: it runs while the guest does (below).
    const check = await checkModule(bytes, maxPages, { compile: true, deferFeatures: true });
    /** The verdict when the module uses what Samuel's runtime refuses: nothing else counts. */
    const unsupported = (findings: Finding[]): SmokeReport => {
      // Samuel's runtime would not load it: running it in V8 would say nothing true.
      report.audit = findings;
      for (const f of findings) fail('audit', f.message, f.fix ?? '');
      return finish(report);
    };
    if (!check.info || check.findings.length > 0) return unsupported(check.findings);
    const info = check.info;
    const audit = auditModule(info, {
      manifest: m,
      file: options.displayFile ?? loaded.file,
      positions: loaded.positions,
    });
    const runnable =
      !check.engineLimit && check.compiled && !info.memories.some((mem) => mem.min > maxPages);
    if (!runnable) {
      const features = check.featureFindings?.() ?? [];
      if (features.length > 0) return unsupported(features);
    }
    const audited = (): void => {
      report.audit = audit;
      for (const f of audit.filter((x) => x.severity === 'error'))
        fail('audit', f.message, f.fix ?? '');
    };
    if (check.engineLimit || !check.compiled) {
      audited();
      fail(
        'harness',
        `the smoke harness's engine (V8) cannot load this module (${check.engineLimit ?? 'not compiled'}); Samuel's runtime can, so this is a limit of the harness, not a fault of the module`,
        'stay within V8 limits to have the module smoke-tested, or test it with samuel itself',
      );
      return finish(report);
    }
    if (info.memories.some((mem) => mem.min > maxPages)) {
      audited();
      fail(
        'memory',
        `the module's initial memory exceeds max_memory = ${m.runtime.maxMemoryMiB} MiB, so it cannot be instantiated`,
        'raise [runtime].max_memory or shrink the initial memory',
      );
      return finish(report);
    }
    const workspace = mkdtempSync(join(tmpdir(), 'spr-smoke-'));
    try {
      ran = true;
      const running = harness.run(
        {
          module: check.compiled,
          policy: buildPolicy(m, join(workspace, 'root'), options.env ?? process.env),
          declared: m.exports,
          calls: options.calls ?? [],
          initialize: options.initialize ?? false,
        },
        { softTimeoutMs: m.runtime.softTimeoutMs, hardTimeoutMs: m.runtime.hardTimeoutMs },
      );
      // While the guest runs: should the module use a feature Samuel's runtime refuses, the run
      // is stopped and thrown away, and the verdict is the one given before anything ran.
      let features: Finding[];
      try {
        features = check.featureFindings?.() ?? [];
      } catch (e) {
        harness.dispose();
        await running;
        throw e;
      }
      if (features.length > 0) {
        harness.dispose();
        await running;
        return unsupported(features);
      }
      audited();
      for (const t of check.adapted?.clampedTables ?? []) {
        report.notes.push(
          `a table of ${t.declared} entries runs with ${t.kept} in the harness (V8 fills tables eagerly and allows at most ${ENGINE_TABLE_LIMIT}; Samuel's runtime allows ${t.declared}): only indexes past ${t.kept} would behave differently`,
        );
      }
      const run = await running;
      record(report, run, info, m.runtime.softTimeoutMs);
      if (run.killedIn) {
        const after = Math.round(run.killedAfterMs ?? run.wallMs);
        report.killed = { phase: run.killedIn, afterMs: after };
        fail(
          'timeout',
          `"${inertLine(run.killedIn)}" ran past the hard timeout (${m.runtime.hardTimeoutMs} ms) and was terminated after ${after} ms (whole run ${report.wallMs} ms)`,
          'make it return sooner (look for an endless loop) or raise [runtime].hard_timeout',
        );
      } else if (run.crash || !run.result) {
        fail(
          'harness',
          `the harness failed: ${inertLine(run.crash ?? 'no result')}`,
          'report this with the module attached',
        );
      } else if (run.result.instantiateError) {
        const error = run.result.instantiateError;
        const link = /LinkError|Import #|import/i.test(error);
        fail(
          'instantiate',
          `the module failed to instantiate: ${error}`,
          link ? 'fix the imports the audit lists' : startFix(error),
        );
      } else {
        const r = run.result;
        judge(
          report,
          r.protocol,
          r.health,
          r.presentExports,
          m.exports,
          r.calls,
          r.closedAfterStart ?? false,
        );
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
    return finish(report);
  } finally {
    if (!ran) harness.dispose();
  }
}

/** Copies what the run observed into the report, guest text made inert and bounded. */
function record(
  report: SmokeReport,
  run: GuestRun,
  info: WasmModuleInfo,
  softTimeoutMs: number,
): void {
  const r = run.result;
  for (const c of [r?.protocol, r?.health, ...(r?.calls ?? [])]) {
    if (c?.error) c.error = inertLine(nameFrames(c.error, info));
  }
  if (r?.instantiateError) r.instantiateError = inertLine(nameFrames(r.instantiateError, info));
  report.logs = run.logs;
  report.denials = run.denials;
  report.wallMs = Math.round(run.wallMs);
  report.peakMemoryBytes = run.peakMemoryBytes;
  report.stdout = run.stdout;
  report.stderr = run.stderr;
  if (run.cut.logLines > 0)
    report.logs.push(
      `… [${run.cut.logLines} more samuel.log lines (${formatBytes(run.cut.logBytes)}) cut; the first ${GUEST_LIMITS.logLines} are kept]`,
    );
  if (run.cut.denials > 0)
    report.denials.push(
      `… [${run.cut.denials} more denials cut; the first ${GUEST_LIMITS.denials} are kept]`,
    );
  if (run.cut.stdoutBytes > 0 || run.cut.stderrBytes > 0)
    report.notes.push(
      `WASI output kept: the first ${formatBytes(GUEST_LIMITS.stdioBytes)} of stdout and of stderr (${run.cut.stdoutBytes} + ${run.cut.stderrBytes} bytes cut; Samuel discards both)`,
    );
  if (run.workspaceRefused > 0)
    report.notes.push(
      `${run.workspaceRefused} write(s) into the throw-away workspace were refused past its ${formatBytes(GUEST_LIMITS.workspaceBytes)} quota (ENOSPC, or 1 from samuel.fs_write)`,
    );
  for (const phase of run.slow) {
    report.warnings.push(
      `"${inertLine(phase)}" ran longer than the soft timeout (${softTimeoutMs} ms); Samuel warns about this`,
    );
  }
}

function judge(
  report: SmokeReport,
  protocol: CallOutcome | undefined,
  health: CallOutcome | undefined,
  present: string[],
  declared: string[],
  calls: CallOutcome[],
  closedAfterStart: boolean,
): void {
  const fail = (check: SmokeFailure['check'], message: string, fix: string): void => {
    report.failures.push({ check, message, fix });
  };
  const trapFix = (error: string): string =>
    /notInitialized/.test(error)
      ? GO_REACTOR_FIX
      : closedAfterStart
        ? '_start exited with code 0 and wazero closed the module: keep the module alive after _start (a reactor, or TinyGo -target=wasi)'
        : 'fix the trap in the module; the wasm frames name where it happened';
  if (protocol?.missing) report.protocol = { value: 1, missing: true };
  else if (protocol?.error)
    fail(
      'protocol',
      `samuel_protocol_version() failed: ${protocol.error}`,
      trapFix(protocol.error),
    );
  else if (protocol?.value !== undefined) {
    const v = protocol.value >>> 0;
    report.protocol = { value: v, missing: false };
    if (v < PROTOCOL_MIN || v > PROTOCOL_MAX) {
      fail(
        'protocol',
        `samuel_protocol_version() returned ${v}, outside Samuel's supported window [${PROTOCOL_MIN}, ${PROTOCOL_MAX}]`,
        `return ${PROTOCOL_MAX} from samuel_protocol_version (the protocol this Samuel speaks)`,
      );
    }
  }
  if (health?.missing) report.health = { value: null, missing: true };
  else if (health?.error) fail('health', `health() failed: ${health.error}`, trapFix(health.error));
  else if (health?.value !== undefined) {
    report.health = { value: health.value, missing: false };
    if (health.value !== 0)
      fail(
        'health',
        `health() returned ${health.value}; Samuel treats anything but 0 as unhealthy`,
        'make health() return 0 when the plugin can work',
      );
  }
  // A declared export the module lacks is the audit's missing-export failure: not reported twice.
  report.exports = declared.map((name) => ({ name, present: present.includes(name) }));
  report.calls = calls;
  for (const c of calls) {
    if (c.missing)
      fail(
        'call',
        `--call ${c.name}: the module has no such export`,
        'call one of the exports the module defines',
      );
    else if (c.error) fail('call', `${c.name}() failed: ${c.error}`, trapFix(c.error));
  }
}

function startFix(error: string): string {
  return /exit_code/.test(error)
    ? '_start exited with an error: a command module must not fail at start-up (Samuel runs _start when it loads the module)'
    : 'fix the trap during start-up; the wasm frames name where it happened';
}

function finish(report: SmokeReport): SmokeReport {
  report.ok = report.failures.length === 0;
  return report;
}

/** Names unnamed frames (`wasm-function[3]`) after the export that points at them. */
function nameFrames(text: string, info: WasmModuleInfo): string {
  const names = new Map(
    info.exports.filter((e) => e.kind === 'func').map((e) => [e.index, e.name]),
  );
  return text.replace(
    /wasm-function\[(\d+)\]/g,
    (whole, n: string) => names.get(Number(n)) ?? whole,
  );
}
