/**
 * Harness differential: every hostile or edge-case module the suite builds goes through our
 * `smoke` (validate, then the audit and the embedded harness) and through Samuel v2.3's own
 * runtime code, and the two verdicts are compared row by row.
 *
 * Samuel's CLI runs a wasm module in one place only: `samuel install` compiles and instantiates
 * it and calls `samuel_protocol_version()` (`wasm.Plugin.Install` → `verifyProtocol`).
 * `samuel doctor` never instantiates a wasm plugin (`commands/doctor.go: checkOnePlugin` only
 * looks at files), and no command calls `health()`. So a small driver, built inside a copy of
 * Samuel's source tree (`.ci/setup/55-samuel-harness.sh`, source in `harness/main.go`), calls
 * Samuel's own functions in order: `manifest.LoadFromDir`, `Plugin.Install`,
 * `Runtime.InstantiateWithBudgets` + `health()` (the manifest's budgets), `Plugin.Check` (its
 * health verdict) and `Plugin.Run` for each export we call. The real CLI's `samuel install`
 * of every row confirms the driver's install phase.
 *
 * The expected table is in `ROWS`; docs/validation.md ("Smoke against Samuel's runtime") shows
 * the same table and the test holds the two equal. A row where the verdicts differ must name
 * the documented policy that explains it; a new disagreement fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { smokeWasm, type SmokeReport } from '../../src/wasm/smoke.js';
import { requireSamuel, samuelWorld, type SamuelWorld } from '../helpers/samuel.js';
import { cModule, goModule, REFERENCE_MODULE, watModule, watSource } from '../wasm/helpers.js';
import { REJECTED_FEATURES } from '../wasm/rejected-features.js';
import { floodWat } from '../wasm/flood.js';

const work = mkdtempSync(join(tmpdir(), 'spr-harness-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The driver binary: from the set-up script's export, or built now by the same script. */
function harnessBinary(): string {
  const given = process.env.SPR_SAMUEL_HARNESS;
  if (given && existsSync(given)) return given;
  const envFile = join(work, 'harness-env.sh');
  const r = spawnSync('bash', [join(process.cwd(), '.ci', 'setup', '55-samuel-harness.sh')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SPR_CACHE: process.env.SPR_CACHE ?? join(homedir(), '.cache', 'samuel-plugin-release'),
      SPR_ENV_FILE: envFile,
    },
  });
  const path = existsSync(envFile)
    ? /SPR_SAMUEL_HARNESS="([^"]+)"/.exec(readFileSync(envFile, 'utf8'))?.[1]
    : undefined;
  if (r.status !== 0 || !path || !existsSync(path)) {
    throw new Error(
      `the Samuel runtime driver could not be built (.ci/setup/55-samuel-harness.sh exited ${r.status}):\n${r.stderr}`,
    );
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// The modules. Most come from the fixtures test/wasm builds; the rest are small and inline.

/** health() grows memory by 64 pages (4 MiB) and returns 1 when the runtime refuses. */
const GROW_PAST_CAP = `(module (memory (export "memory") 1)
  (func (export "health") (result i32)
    (i32.eq (memory.grow (i32.const 64)) (i32.const -1))))`;

/**
 * bomb() grows memory 1 MiB at a time up to 256 MiB and writes to its last byte; when a grow is
 * refused it writes just past the end instead (as the C bomb of test/wasm does), which traps.
 */
const BOUNDED_BOMB = `(module (memory (export "memory") 1)
  (func (export "health") (result i32) (i32.const 0))
  (func (export "bomb") (result i32)
    (block $done (loop $grow
      (br_if $done (i32.ge_u (memory.size) (i32.const 4096)))
      (if (i32.eq (memory.grow (i32.const 16)) (i32.const -1))
        (then (i32.store8 (i32.add (i32.mul (memory.size) (i32.const 65536)) (i32.const 16))
          (i32.const 1))))
      (br $grow)))
    (i32.store8 (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)) (i32.const 1))
    (i32.const 0)))`;

/** health() returns what samuel.net_outbound says about api.example.com (0 = allowed). */
const NET_HEALTH = (memory: string): string => `(module
  (import "samuel" "net_outbound" (func $net (param i32 i32 i32 i32) (result i32)))
  ${memory}
  (data (i32.const 0) "api.example.com")
  (func (export "health") (result i32)
    (call $net (i32.const 0) (i32.const 15) (i32.const 0) (i32.const 0))))`;

/** The sleeper of test/wasm/hostile.test.ts: WASI sleep, stdin, clock. */
const SLEEPER = `(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "\\01\\00\\00\\00")
  (data (i32.const 24) "\\00\\a0\\b8\\30\\46\\03\\00\\00")
  (func (export "sleep_once") (result i32)
    (call $poll (i32.const 0) (i32.const 100) (i32.const 1) (i32.const 200)))
  (func (export "read_stdin") (result i32)
    (i32.store (i32.const 300) (i32.const 400))
    (i32.store (i32.const 304) (i32.const 64))
    (i32.store (i32.const 308) (i32.const 99))
    (drop (call $read (i32.const 0) (i32.const 300) (i32.const 1) (i32.const 308)))
    (i32.load (i32.const 308)))
  (func (export "poll_stdin") (result i32)
    (i32.store8 (i32.const 508) (i32.const 1))
    (i32.store (i32.const 516) (i32.const 0))
    (call $poll (i32.const 500) (i32.const 600) (i32.const 1) (i32.const 700)))
  (func (export "clock_step") (result i32)
    (drop (call $clock (i32.const 1) (i64.const 0) (i32.const 800)))
    (drop (call $clock (i32.const 1) (i64.const 0) (i32.const 808)))
    (i32.wrap_i64 (i64.sub (i64.load (i32.const 808)) (i64.load (i32.const 800))))))`;

/** A smaller flood than hostile.test.ts's (which needs gigabytes in Samuel's Check). */
const FLOOD = floodWat({ pages: 300, bigLogBytes: 16777216, stdoutMiB: 64 });

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');
const HEADER = '0061736d 01000000';
const TYPE_I32 = '01 05 01 60 00 01 7f';
function bytesModule(name: string, bytes: Buffer): string {
  const path = join(work, `${name}.wasm`);
  writeFileSync(path, bytes);
  return path;
}

type OurLabel = string; // 'pass' | 'fails: <check> (<rule>)'
type SamuelLabel = string; // 'pass' | 'fails at <phase>' | 'hangs in <phase>'

interface Row {
  /** Plugin name and row key. */
  id: string;
  /** What the module does (the table's second column). */
  what: string;
  module: () => string;
  exports: string[];
  /** Extra TOML after [wasm] (runtime budgets, capabilities). */
  toml?: string;
  calls?: string[];
  /** The driver's watchdog for one phase (a module that never returns costs this much). */
  watchdog?: string;
  ours: OurLabel;
  /** Matches the first failure's message (ours). */
  ourReason?: RegExp;
  samuel: SamuelLabel;
  /** Matches the message of Samuel's failing or hanging phase. */
  samuelReason?: RegExp;
  /**
   * Samuel's two health paths disagree on this module: `InstantiateWithBudgets` checks hosts
   * against `[capabilities.network].hosts`, `Check` against the `outbound` grants.
   */
  samuelPathsDiffer?: boolean;
  /**
   * 'agree', or the heading in docs/validation.md that explains the difference: a deliberate
   * "Policy: …", or a "Pending fix: …" in our harness (the row then changes when it lands).
   */
  relation: string;
}

const ROWS: Row[] = [
  {
    id: 'healthy-c',
    what: 'the C fixture: protocol 1, health 0, greet logs',
    module: () => cModule(),
    exports: ['greet'],
    calls: ['greet'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'reference-fixture',
    what: "Samuel's own `fixture-plugin.wasm`",
    module: () => REFERENCE_MODULE,
    exports: ['health'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'no-health-export',
    what: 'no `health` export (counts as healthy)',
    module: () => cModule('NO_HEALTH'),
    exports: ['greet'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'no-probe-exports',
    what: 'neither `samuel_protocol_version` nor `health`',
    module: () => watSource(`(module (func (export "greet") (result i32) (i32.const 0)))`),
    exports: ['greet'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'unhealthy',
    what: '`health()` returns 1',
    module: () => cModule('HEALTH=1'),
    exports: ['greet'],
    ours: 'fails: health',
    ourReason: /^health\(\) returned 1;/,
    samuel: 'fails at health',
    samuelReason: /^health returned 1$/,
    relation: 'agree',
  },
  {
    id: 'health-minus-one',
    what: '`health()` returns -1',
    module: () => cModule('HEALTH=-1'),
    exports: ['greet'],
    ours: 'fails: health',
    ourReason: /^health\(\) returned -1;/,
    samuel: 'fails at health',
    samuelReason: /^health returned 4294967295$/,
    relation: 'agree',
  },
  {
    id: 'protocol-2',
    what: '`samuel_protocol_version()` returns 2',
    module: () => cModule('PROTOCOL=2'),
    exports: ['greet'],
    ours: 'fails: protocol',
    ourReason: /returned 2, outside Samuel's supported window \[1, 1\]/,
    samuel: 'fails at install',
    samuelReason: /protocol 2 outside framework window \[1, 1\]/,
    relation: 'agree',
  },
  {
    id: 'protocol-0',
    what: '`samuel_protocol_version()` returns 0',
    module: () => cModule('PROTOCOL=0'),
    exports: ['greet'],
    ours: 'fails: protocol',
    ourReason: /returned 0, outside/,
    samuel: 'fails at install',
    samuelReason: /protocol 0 outside framework window/,
    relation: 'agree',
  },
  {
    id: 'trap-in-health',
    what: '`health()` hits `unreachable`',
    module: () => cModule('TRAP_HEALTH'),
    exports: ['greet'],
    ours: 'fails: health',
    ourReason: /^health\(\) failed: unreachable/,
    samuel: 'fails at health',
    samuelReason: /^health call failed$/,
    relation: 'agree',
  },
  {
    id: 'infinite-loop',
    what: '`health()` never returns (hard timeout 1s)',
    module: () => cModule('LOOP_HEALTH'),
    exports: ['greet'],
    toml: '[runtime]\ntimeout = "200ms"\nhard_timeout = "1s"\n',
    watchdog: '5s',
    ours: 'fails: timeout',
    ourReason: /ran past the hard timeout \(1000 ms\)/,
    samuel: 'hangs in budget',
    samuelReason: /still running when the watchdog fired after 5s/,
    relation: 'Policy: hard timeout',
  },
  {
    id: 'memory-grow-past-cap',
    what: '`health()` grows memory 4 MiB past `max_memory = 2`',
    module: () => watSource(GROW_PAST_CAP),
    exports: ['health'],
    toml: '[runtime]\nmax_memory = 2\n',
    ours: 'fails: health',
    ourReason: /^health\(\) returned 1;/,
    samuel: 'pass',
    relation: 'Policy: max_memory',
  },
  {
    id: 'memory-bomb',
    what: '`bomb()` grows 1 MiB at a time to 256 MiB (`max_memory = 16`)',
    module: () => watSource(BOUNDED_BOMB),
    exports: ['health', 'bomb'],
    toml: '[runtime]\nmax_memory = 16\n',
    calls: ['bomb'],
    ours: 'fails: call',
    ourReason: /^bomb\(\) failed: memory access out of bounds/,
    samuel: 'pass',
    relation: 'Policy: max_memory',
  },
  {
    id: 'memory-initial-over-cap',
    what: 'starts with 80 MiB (`max_memory` 64)',
    module: () =>
      watSource(`(module (memory (export "memory") 1280)
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (memory-initial)',
    ourReason: /starts with 80 MiB of linear memory, more than max_memory = 64 MiB/,
    samuel: 'pass',
    relation: 'Policy: max_memory',
  },
  {
    id: 'memory-maximum-over-cap',
    what: 'declares a 128 MiB maximum (`max_memory` 64)',
    module: () =>
      watSource(`(module
      (memory (export "memory") 1 2048) (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (memory-maximum)',
    ourReason: /declares a memory maximum of 128 MiB, more than max_memory = 64 MiB/,
    samuel: 'pass',
    relation: 'Policy: max_memory',
  },
  {
    id: 'forbidden-import',
    what: 'imports `env.getrandom`',
    module: () => cModule('USE_FORBIDDEN'),
    exports: ['greet'],
    ours: 'fails: audit (forbidden-import)',
    ourReason: /import env\.getrandom comes from module "env"/,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'imported-memory',
    what: 'imports its memory from `env`',
    module: () =>
      watSource(`(module (import "env" "memory" (memory 1))
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (forbidden-import)',
    ourReason: /import env\.memory comes from module "env"/,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'unknown-host-function',
    what: 'imports `samuel.telemetry`',
    module: () =>
      watSource(`(module (import "samuel" "telemetry" (func (param i32)))
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (unknown-host-function)',
    ourReason: /import samuel\.telemetry does not exist in Samuel's host module/,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'host-wrong-signature',
    what: 'imports `samuel.log` returning i32',
    module: () =>
      watSource(`(module
      (import "samuel" "log" (func (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (host-signature)',
    ourReason: /import samuel\.log is declared as \(i32, i32, i32, i32\) -> i32/,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'unknown-wasi-function',
    what: 'imports a WASI name preview1 lacks',
    module: () =>
      watSource(`(module
      (import "wasi_snapshot_preview1" "not_a_wasi_call" (func))
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (unknown-wasi-function)',
    ourReason: /not a WASI preview1 function/,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'exec-without-capability',
    what: 'imports `samuel.exec` without `exec = true`',
    module: () => cModule('USE_EXEC'),
    exports: ['run_tool'],
    calls: ['run_tool'],
    ours: 'fails: audit (capability-missing)',
    ourReason: /import samuel\.exec needs exec = true/,
    samuel: 'pass',
    relation: 'Policy: capability imports',
  },
  {
    id: 'net-without-capability',
    what: 'imports `samuel.net_outbound` with no hosts',
    module: () => cModule('USE_NET'),
    exports: ['ping'],
    calls: ['ping'],
    ours: 'fails: audit (capability-missing)',
    ourReason: /import samuel\.net_outbound needs \[capabilities\.network\] hosts/,
    samuel: 'pass',
    relation: 'Policy: capability imports',
  },
  {
    id: 'exec-with-capability',
    what: '`samuel.exec` with `exec = true`',
    module: () => cModule('USE_EXEC'),
    exports: ['run_tool'],
    toml: '[capabilities]\nexec = true\n',
    calls: ['run_tool'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'missing-export',
    what: 'declares `summarize`, which the module lacks',
    module: () => cModule(),
    exports: ['greet', 'summarize'],
    ours: 'fails: audit (missing-export)',
    ourReason: /declared export "summarize" does not exist in the module/,
    samuel: 'pass',
    relation: 'Policy: declared exports',
  },
  {
    id: 'reserved-export',
    what: 'declares and exports `install`',
    module: () => watSource(`(module (func (export "install") (result i32) (i32.const 0)))`),
    exports: ['install'],
    ours: 'fails: manifest (reserved-export)',
    ourReason: /^export "install" collides with built-in samuel verb/,
    samuel: 'fails at manifest',
    samuelReason: /export "install" collides with built-in samuel verb/,
    relation: 'agree',
  },
  {
    id: 'health-takes-a-parameter',
    what: '`health(i32) -> i32`',
    module: () =>
      watSource(`(module (func (export "health") (param i32) (result i32) (i32.const 0))
      (func (export "greet") (result i32) (i32.const 0)))`),
    exports: ['greet'],
    ours: 'fails: audit (probe-signature)',
    ourReason: /export "health" has signature \(i32\) -> i32; Samuel calls it as \(\) -> i32/,
    samuel: 'fails at health',
    samuelReason: /^health call failed$/,
    relation: 'agree',
  },
  {
    id: 'protocol-returns-i64',
    what: '`samuel_protocol_version() -> i64` returning 1',
    module: () =>
      watSource(`(module
      (func (export "samuel_protocol_version") (result i64) (i64.const 1))
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: audit (probe-signature)',
    ourReason: /export "samuel_protocol_version" has signature \(\) -> i64/,
    samuel: 'pass',
    relation: 'Policy: probe signatures',
  },
  {
    id: 'exit-at-start',
    what: '`_start` calls `proc_exit(0)`',
    module: () => watModule('exit-at-start'),
    exports: ['greet'],
    ours: 'fails: health',
    ourReason: /^health\(\) failed: module closed with exit_code\(0\)/,
    samuel: 'fails at health',
    samuelReason: /health call failed/,
    relation: 'agree',
  },
  {
    id: 'trap-in-start-function',
    what: 'a start function that traps',
    module: () =>
      watSource(`(module (func $boom unreachable) (start $boom)
      (func (export "health") (result i32) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: instantiate',
    ourReason: /^the module failed to instantiate: /,
    samuel: 'fails at install',
    samuelReason: /wasm module instantiation failed/,
    relation: 'agree',
  },
  {
    id: 'exit-in-health',
    what: '`health()` calls `proc_exit(0)`',
    module: () =>
      watSource(`(module
      (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1)
      (func (export "health") (result i32) (call $exit (i32.const 0)) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: health',
    samuel: 'fails at health',
    samuelReason: /^health call failed$/,
    relation: 'agree',
  },
  {
    id: 'log-without-memory',
    what: 'calls `samuel.log` with no memory at all',
    module: () =>
      watSource(`(module (import "samuel" "log" (func $log (param i32 i32 i32 i32)))
      (func (export "health") (result i32)
        (call $log (i32.const 0) (i32.const 4) (i32.const 0) (i32.const 4)) (i32.const 0)))`),
    exports: ['health'],
    ours: 'fails: health',
    ourReason: /samuel\.log called by a module without memory/,
    samuel: 'fails at health',
    samuelReason: /^health call failed$/,
    relation: 'agree',
  },
  {
    id: 'net-granted-by-hosts',
    what: '`health()` = `net_outbound` verdict, host in `hosts`',
    module: () => watSource(NET_HEALTH('(memory (export "memory") 1)')),
    exports: ['health'],
    toml: '[capabilities.network]\nhosts = ["api.example.com"]\n',
    ours: 'pass',
    samuel: 'fails at health',
    samuelReason: /^health returned 2$/,
    samuelPathsDiffer: true,
    relation: 'Policy: host allowlists',
  },
  {
    id: 'net-granted-by-outbound',
    what: 'the same, host in `outbound`',
    module: () => watSource(NET_HEALTH('(memory (export "memory") 1)')),
    exports: ['health'],
    toml: '[capabilities.network]\noutbound = ["api.example.com"]\n',
    ours: 'pass',
    samuel: 'pass',
    samuelPathsDiffer: true,
    relation: 'agree',
  },
  {
    id: 'memory-not-exported',
    what: 'the same, both lists, memory not exported',
    module: () => watSource(NET_HEALTH('(memory 1)')),
    exports: ['health'],
    toml: '[capabilities.network]\nhosts = ["api.example.com"]\noutbound = ["api.example.com"]\n',
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'go-reactor',
    what: 'standard Go `c-shared` (needs `_initialize`)',
    module: () => goModule('plugin'),
    exports: ['greet'],
    ours: 'fails: protocol',
    ourReason: /^samuel_protocol_version\(\) failed: unreachable/,
    samuel: 'fails at install',
    samuelReason: /samuel_protocol_version call failed/,
    relation: 'agree',
  },
  ...REJECTED_FEATURES.map(({ id, wat, flags }): Row => ({
    id: `feature-${id}`,
    what: `uses ${id}`,
    module: () => watSource(wat, ...flags),
    exports: ['health'],
    ours: 'fails: audit (unsupported-feature)',
    ourReason:
      /Samuel's runtime \(wazero v1\.11 with its default WebAssembly 2\.0 features\) rejects it/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  })),
  {
    id: 'webassembly-2-features',
    what: 'SIMD, bulk memory, reference types, multi-value',
    module: () =>
      watSource(`(module (memory 1) (table 2 funcref) (table 1 externref)
      (func $pair (result i32 i32) (i32.const 0) (i32.const 0))
      (func (export "health") (result i32)
        (memory.fill (i32.const 0) (i32.const 0) (i32.const 8))
        (drop (i32x4.extract_lane 0 (i32x4.add (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0))))
        (drop (ref.is_null (table.get 1 (i32.const 0))))
        (i32.add (call $pair))))`),
    exports: ['health'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'export-name-not-utf8',
    what: 'an export name that is not UTF-8',
    module: () =>
      bytesModule(
        'utf8',
        hex(
          `${HEADER} ${TYPE_I32} 03 02 01 00 07 0a 01 06 68 65 61 6c ff 68 00 00 0a 06 01 04 00 41 00 0b`,
        ),
      ),
    exports: ['greet'],
    ours: 'fails: audit (module-invalid)',
    ourReason: /is not valid UTF-8; Samuel's runtime \(wazero\) refuses to load the module/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  },
  {
    id: 'name-section-not-utf8',
    what: 'a name section that is not UTF-8',
    module: () =>
      bytesModule(
        'names',
        hex(
          `${HEADER} ${TYPE_I32} 03 02 01 00 07 0a 01 06 68 65 61 6c 74 68 00 00 0a 06 01 04 00 41 00 0b 00 0c 04 6e616d65 01 05 01 00 02 c3 28`,
        ),
      ),
    exports: ['health'],
    ours: 'fails: audit (module-invalid)',
    ourReason: /name of function 0 \(name section\) at byte \d+ is not valid UTF-8/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  },
  {
    id: 'function-without-code',
    what: 'a function section without a code section',
    module: () => bytesModule('no-code', hex(`${HEADER} ${TYPE_I32} 03 02 01 00`)),
    exports: ['greet'],
    ours: 'fails: audit (module-invalid)',
    ourReason: /declares 1 function\(s\) but there is no code section/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  },
  {
    id: 'invalid-function-body',
    what: '`health` returns i64 where i32 is declared',
    module: () =>
      bytesModule(
        'typed',
        hex(
          `${HEADER} ${TYPE_I32} 03 02 01 00 07 0a 01 06 68 65 61 6c 74 68 00 00 0a 06 01 04 00 42 00 0b`,
        ),
      ),
    exports: ['health'],
    ours: 'fails: audit (module-invalid)',
    ourReason: /^the module is not valid WebAssembly/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  },
  {
    id: 'sleeper',
    what: 'one-hour WASI sleep, stdin read, clock steps',
    module: () => watSource(SLEEPER),
    exports: ['sleep_once'],
    calls: ['sleep_once', 'read_stdin', 'poll_stdin', 'clock_step'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'output-flood',
    what: '16 MiB log line, 100,000 log lines, 64 MiB stdout',
    module: () => watSource(FLOOD),
    exports: ['health'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'table-100-million',
    what: 'a table of 100,000,000 entries',
    module: () =>
      watSource(
        `(module (table 100000000 funcref) (func (export "health") (result i32) (i32.const 0)))`,
      ),
    exports: ['health'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'table-element-far-out',
    what: 'calls through an element at index 2,500,000 of a 20,000,000-entry table',
    module: () =>
      watSource(`(module (type $t (func (result i32))) (table 20000000 funcref)
      (func $zero (result i32) (i32.const 0))
      (elem (i32.const 2500000) $zero)
      (func (export "health") (result i32) (call_indirect (type $t) (i32.const 2500000))))`),
    exports: ['health'],
    ours: 'pass',
    samuel: 'pass',
    relation: 'agree',
  },
  {
    id: 'table-over-2-27',
    what: 'a table of 2^27 + 1 entries',
    module: () =>
      watSource(
        `(module (table 134217729 funcref) (func (export "health") (result i32) (i32.const 0)))`,
      ),
    exports: ['health'],
    ours: 'fails: audit (unsupported-feature)',
    ourReason: /tables over 2\^27 entries/,
    samuel: 'fails at install',
    samuelReason: /wasm module did not compile/,
    relation: 'agree',
  },
];

// ---------------------------------------------------------------------------------------------

interface Observed {
  ours: OurLabel;
  ourMessage: string;
  ourValues: (number | null)[];
  samuel: SamuelLabel;
  samuelMessage: string;
  samuelValues: (number | null)[];
  /** Whether the driver's install phase (Samuel's Plugin.Install) succeeded. */
  driverInstalled: boolean;
  manifestOk: boolean;
}

interface Phase {
  phase: string;
  ok: boolean;
  message?: string;
  values?: number[];
  hung?: boolean;
}

function pluginDir(row: Row): string {
  const dir = join(work, row.id);
  mkdirSync(dir, { recursive: true });
  copyFileSync(row.module(), join(dir, 'plugin.wasm'));
  writeFileSync(
    join(dir, 'samuel-plugin.toml'),
    `name = "${row.id}"\nversion = "1.0.0"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ${JSON.stringify(row.exports)}\n\n${row.toml ?? ''}`,
  );
  return dir;
}

async function ourVerdict(
  dir: string,
  row: Row,
): Promise<{ label: OurLabel; message: string; values: (number | null)[] }> {
  const validated = await validateManifestFile(dir, { cwd: dir });
  const invalid = validated.findings.find((f) => f.severity === 'error');
  if (invalid || !validated.loaded)
    return {
      label: `fails: manifest (${invalid?.rule})`,
      message: invalid?.message ?? '',
      values: [],
    };
  const report: SmokeReport = await smokeWasm(validated.loaded, join(dir, 'plugin.wasm'), {
    calls: row.calls ?? [],
    env: {},
  });
  const values = report.calls.map((c) => c.value ?? null);
  const first = report.failures[0];
  if (!first) return { label: 'pass', message: '', values };
  const rule =
    first.check === 'audit' ? report.audit.find((f) => f.severity === 'error')?.rule : undefined;
  return {
    label: `fails: ${first.check}${rule ? ` (${rule})` : ''}`,
    message: first.message,
    values,
  };
}

function runDriver(binary: string, dir: string, row: Row): Promise<Phase[]> {
  const args = [
    ...(row.calls ?? []).flatMap((c) => ['-call', c]),
    '-watchdog',
    row.watchdog ?? '60s',
    dir,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      args,
      { env: { PATH: process.env.PATH, HOME: work }, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the driver failed on ${row.id}: ${error.message}\n${stderr}`));
        else
          resolve(
            stdout
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line) as Phase),
          );
      },
    );
  });
}

function samuelVerdict(phases: Phase[]): {
  label: SamuelLabel;
  message: string;
  values: (number | null)[];
} {
  const values = phases
    .filter((p) => p.phase.startsWith('call:'))
    .map((p) => (p.ok && p.values?.length ? Number(p.values[0]) | 0 : null));
  const name = (phase: string): string =>
    phase.startsWith('call:') ? 'call' : phase === 'check' ? 'health' : phase;
  const hung = phases.find((p) => p.hung);
  if (hung) return { label: `hangs in ${name(hung.phase)}`, message: hung.message ?? '', values };
  // The budget phase and Check call the same health(); Check is Samuel's verdict, and the two
  // must agree (the test checks that separately).
  const failed = phases.find((p) => !p.ok && p.phase !== 'budget');
  if (failed)
    return { label: `fails at ${name(failed.phase)}`, message: failed.message ?? '', values };
  return { label: 'pass', message: '', values };
}

const observed = new Map<string, Observed>();

/** The table as docs/validation.md shows it (written to $SPR_HARNESS_TABLE when set). */
function markdownTable(): string {
  const lines = [
    "| module | what it does | our smoke | Samuel's runtime | relation |",
    '| --- | --- | --- | --- | --- |',
    ...ROWS.map((r) => `| \`${r.id}\` | ${r.what} | ${r.ours} | ${r.samuel} | ${r.relation} |`),
  ];
  return lines.join('\n') + '\n';
}
afterAll(() => {
  if (process.env.SPR_HARNESS_TABLE) writeFileSync(process.env.SPR_HARNESS_TABLE, markdownTable());
});
const maybe = describe;

maybe("smoke against Samuel's runtime", () => {
  let binary: string;
  beforeAll(() => {
    requireSamuel();
    binary = harnessBinary();
  });

  it.each(ROWS.map((r) => [r.id, r] as const))(
    "%s: our verdict and Samuel's are the table row",
    async (_id, row) => {
      const dir = pluginDir(row);
      const ours = await ourVerdict(dir, row);
      const phases = await runDriver(binary, dir, row);
      const samuel = samuelVerdict(phases);
      const budget = phases.find((p) => p.phase === 'budget');
      const check = phases.find((p) => p.phase === 'check');
      observed.set(row.id, {
        ours: ours.label,
        ourMessage: ours.message,
        ourValues: ours.values,
        samuel: samuel.label,
        samuelMessage: samuel.message,
        samuelValues: samuel.values,
        driverInstalled: phases.some((p) => p.phase === 'install' && p.ok),
        manifestOk: phases.some((p) => p.phase === 'manifest' && p.ok),
      });
      expect({ id: row.id, ours: ours.label, samuel: samuel.label }).toEqual({
        id: row.id,
        ours: row.ours,
        samuel: row.samuel,
      });
      if (row.ourReason) expect(ours.message).toMatch(row.ourReason);
      if (row.samuelReason) expect(samuel.message).toMatch(row.samuelReason);
      // Samuel's two health paths (with and without the budgets) give the same verdict.
      if (budget && check) expect(budget.ok !== check.ok).toBe(row.samuelPathsDiffer ?? false);
      // Where both ran the calls, they returned the same values.
      if (ours.label === 'pass' && samuel.label === 'pass')
        expect(ours.values).toEqual(samuel.values);
      // A difference is never silent: it names a documented policy.
      const agree =
        (ours.label === 'pass') === (samuel.label === 'pass') && !samuel.label.startsWith('hangs');
      expect(row.relation === 'agree').toBe(agree);
    },
    120_000,
  );

  it("the real `samuel install` agrees with the driver's install phase on every row", async () => {
    const world: SamuelWorld = samuelWorld();
    try {
      const installable = ROWS.filter((r) => observed.get(r.id)?.manifestOk);
      expect(installable.length).toBeGreaterThan(30);
      world.registry(
        installable.map((r) => ({
          name: r.id,
          repo: `file://${join(work, r.id)}`,
          latest: '1.0.0',
          kind: 'wasm',
        })),
      );
      const mismatches: string[] = [];
      for (const row of installable) {
        const r = await world.install(row.id, ['--allow-unsigned']);
        const installed =
          r.code === 0 && (r.stdout + r.stderr).includes(`Installed ${row.id}@1.0.0 (wasm)`);
        if (installed !== observed.get(row.id)?.driverInstalled)
          mismatches.push(
            `${row.id}: samuel install ${installed ? 'succeeded' : 'failed'}\n${r.stdout}${r.stderr}`,
          );
      }
      expect(mismatches).toEqual([]);
    } finally {
      world.close();
    }
  }, 600_000);

  it('docs/validation.md shows the same table, and every difference names a policy it states', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'validation.md'), 'utf8');
    const section = doc.split("## Smoke against Samuel's runtime")[1]?.split(/\n## /)[0] ?? '';
    expect(section).not.toBe('');
    const documented = section
      .split('\n')
      .filter((line) => /^\| `[a-z0-9-]+` /.test(line))
      .map((line) => {
        const cells = line.split('|').map((c) => c.trim());
        return [cells[1]?.replace(/`/g, ''), cells[3], cells[4], cells[5]];
      });
    expect(documented).toEqual(ROWS.map((r) => [r.id, r.ours, r.samuel, r.relation]));
    for (const policy of new Set(ROWS.map((r) => r.relation).filter((r) => r !== 'agree')))
      expect(section).toContain(`\n### ${policy}\n`);
    const agree = ROWS.filter((r) => r.relation === 'agree').length;
    expect(section).toContain(`${agree} of ${ROWS.length} modules`);
  });
});
