/**
 * `smoke`: audits the module, then runs it in the embedded harness the way Samuel's runtime
 * would and turns what happened into a verdict — protocol window, `health() == 0`, declared
 * exports, `--call` exports, budgets — with a fix for every failure.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding } from '../report/index.js';
import { PROTOCOL_MAX, PROTOCOL_MIN } from './abi.js';
import { auditModule } from './audit.js';
import { capMemory, PAGE_SIZE, parseModule, type WasmModuleInfo } from './module.js';
import { readModule } from './read.js';
import { buildPolicy } from './harness/policy.js';
import { runGuest } from './harness/runner.js';
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
    | 'audit'
    | 'memory'
    | 'instantiate'
    | 'timeout'
    | 'protocol'
    | 'health'
    | 'export'
    | 'call'
    | 'harness';
  message: string;
  fix: string;
}

/** The smoke verdict and everything observed on the way. */
export interface SmokeReport {
  ok: boolean;
  plugin: string;
  module: string;
  sizeBytes: number;
  protocol: { value: number | null; missing: boolean };
  health: { value: number | null; missing: boolean };
  exports: { name: string; present: boolean }[];
  calls: CallOutcome[];
  logs: string[];
  denials: string[];
  warnings: string[];
  failures: SmokeFailure[];
  audit: Finding[];
  wallMs: number;
  peakMemoryBytes: number;
  memoryCapBytes: number;
  /** Last lines the guest wrote to WASI stdout/stderr. */
  stdout: string;
  stderr: string;
}

const GO_REACTOR_FIX =
  'Samuel v2.3 never calls _initialize, so a standard-Go (c-shared) module cannot run there: build with TinyGo (tinygo build -target=wasi), Rust or C';

/** Audits and runs the module of `loaded` and returns the report (never throws for a bad module). */
export async function smokeWasm(
  loaded: LoadedManifest,
  modulePath: string,
  options: SmokeOptions = {},
): Promise<SmokeReport> {
  const m = loaded.manifest;
  const bytes = readModule(modulePath);
  const info = parseModule(bytes);
  const audit = auditModule(info, {
    manifest: m,
    file: options.displayFile ?? loaded.file,
    positions: loaded.positions,
  });
  const capBytes = m.runtime.maxMemoryMiB * 1024 * 1024;
  const report: SmokeReport = {
    ok: false,
    plugin: m.name,
    module: modulePath,
    sizeBytes: bytes.length,
    protocol: { value: null, missing: false },
    health: { value: null, missing: false },
    exports: [],
    calls: [],
    logs: [],
    denials: [],
    warnings: [],
    failures: [],
    audit,
    wallMs: 0,
    peakMemoryBytes: 0,
    memoryCapBytes: capBytes,
    stdout: '',
    stderr: '',
  };
  const fail = (check: SmokeFailure['check'], message: string, fix: string): void => {
    report.failures.push({ check, message, fix });
  };
  for (const f of audit.filter((x) => x.severity === 'error'))
    fail('audit', f.message, f.fix ?? '');

  const maxPages = Math.floor(capBytes / PAGE_SIZE);
  if (info.memories.some((mem) => mem.min > maxPages)) {
    fail(
      'memory',
      `the module's initial memory exceeds max_memory = ${m.runtime.maxMemoryMiB} MiB, so it cannot be instantiated`,
      'raise [runtime].max_memory or shrink the initial memory',
    );
    return finish(report);
  }
  const workspace = mkdtempSync(join(tmpdir(), 'spr-smoke-'));
  const stdoutFile = join(workspace, '.stdout');
  const stderrFile = join(workspace, '.stderr');
  const stdoutFd = openSync(stdoutFile, 'w');
  const stderrFd = openSync(stderrFile, 'w');
  try {
    const run = await runGuest(
      {
        bytes: capMemory(bytes, info, maxPages),
        policy: buildPolicy(m, join(workspace, 'root'), options.env ?? process.env),
        declared: m.exports,
        calls: options.calls ?? [],
        initialize: options.initialize ?? false,
        stdoutFd,
        stderrFd,
      },
      { softTimeoutMs: m.runtime.softTimeoutMs, hardTimeoutMs: m.runtime.hardTimeoutMs },
    );
    Object.assign(report, {
      logs: run.logs,
      denials: run.denials,
      wallMs: Math.round(run.wallMs),
      peakMemoryBytes: run.peakMemoryBytes,
    });
    for (const phase of run.slow) {
      report.warnings.push(
        `"${phase}" ran longer than the soft timeout (${m.runtime.softTimeoutMs} ms); Samuel warns about this`,
      );
    }
    const r = run.result;
    for (const c of [r?.protocol, r?.health, ...(r?.calls ?? [])]) {
      if (c?.error) c.error = nameFrames(c.error, info);
    }
    if (run.killedIn) {
      fail(
        'timeout',
        `"${run.killedIn}" ran past the hard timeout (${m.runtime.hardTimeoutMs} ms) and was terminated`,
        'make it return sooner (look for an endless loop) or raise [runtime].hard_timeout',
      );
    } else if (run.crash || !r) {
      fail(
        'harness',
        `the harness failed: ${run.crash ?? 'no result'}`,
        'report this with the module attached',
      );
    } else if (r.instantiateError) {
      const link = /LinkError|Import #|import/i.test(r.instantiateError);
      fail(
        'instantiate',
        `the module failed to instantiate: ${r.instantiateError}`,
        link ? 'fix the imports the audit lists' : startFix(r.instantiateError),
      );
    } else {
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
    closeSync(stdoutFd);
    closeSync(stderrFd);
    report.stdout = headOf(stdoutFile);
    report.stderr = headOf(stderrFile);
    rmSync(workspace, { recursive: true, force: true });
  }
  return finish(report);
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
  report.exports = declared.map((name) => ({ name, present: present.includes(name) }));
  for (const e of report.exports) {
    if (!e.present)
      fail(
        'export',
        `declared export "${e.name}" is not a function the module exports`,
        `export "${e.name}" from the module or remove it from the manifest's exports`,
      );
  }
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

/** The first lines the guest wrote: a crash message (Go's `fatal error: …`) comes first. */
function headOf(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(0, 20).join('\n').trim();
  } catch {
    return '';
  }
}
