/**
 * Hostile modules: host calls that would block, output floods, workflow-command injection,
 * features Samuel's runtime rejects, malformed names, special files, and resource use Samuel
 * tolerates. Each module is assembled here from text, so the attack is visible in the test.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditWasm } from '../../src/wasm/index.js';
import { smokeWasm } from '../../src/wasm/smoke.js';
import { GUEST_LIMITS } from '../../src/wasm/harness/limits.js';
import { runCli } from '../helpers/cli.js';
import { loaded, manifest, watSource } from './helpers.js';
import { REJECTED_FEATURES } from './rejected-features.js';
import { floodWat } from './flood.js';

const tmp = mkdtempSync(join(tmpdir(), 'spr-wasm-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

const hexBytes = (hex: string): Buffer => Buffer.from(hex.replace(/\s+/g, ''), 'hex');
const HEADER = '0061736d 01000000';
/** type section: one type () -> i32. */
const TYPE_I32 = '01 05 01 60 00 01 7f';

// A subscription at 0 asks for a one-hour sleep (3600e9 ns, relative clock).
const SLEEPER = `(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "\\01\\00\\00\\00")
  (data (i32.const 24) "\\00\\a0\\b8\\30\\46\\03\\00\\00")
  (func $sleep (result i32)
    (call $poll (i32.const 0) (i32.const 100) (i32.const 1) (i32.const 200)))
  (func (export "sleep_once") (result i32) (call $sleep))
  (func (export "sleep_forever") (result i32)
    (loop $l (drop (call $sleep)) (br $l))
    (i32.const 1))
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

describe('host calls that would block', () => {
  it('returns from a one-hour WASI sleep at once, as wazero does, and gives the guest no stdin', async () => {
    const m = manifest({ exports: ['sleep_once'] });
    const report = await smokeWasm(loaded(m), watSource(SLEEPER), {
      calls: ['sleep_once', 'read_stdin', 'poll_stdin', 'clock_step'],
    });
    expect(report.failures).toEqual([]);
    expect(report.calls.map((c) => [c.name, c.value])).toEqual([
      ['sleep_once', 0],
      ['read_stdin', 0], // end of file: nothing was read
      ['poll_stdin', 0],
      ['clock_step', 1_000_000], // wazero's default clock: 1 ms per reading
    ]);
  });

  it('kills a guest that sleeps in a loop at the hard timeout and reports the measured time', async () => {
    const m = manifest({
      exports: ['sleep_forever'],
      runtime: { maxMemoryMiB: 64, softTimeoutMs: 100, hardTimeoutMs: 500 },
    });
    const report = await smokeWasm(loaded(m), watSource(SLEEPER), { calls: ['sleep_forever'] });
    expect(report.failures.map((f) => f.check)).toEqual(['timeout']);
    expect(report.killed?.phase).toBe('sleep_forever');
    expect(report.killed?.afterMs).toBeGreaterThanOrEqual(500);
    expect(report.wallMs).toBeGreaterThanOrEqual(report.killed?.afterMs ?? Infinity);
    expect(report.failures[0]?.message).toContain(
      `terminated after ${report.killed?.afterMs} ms (whole run ${report.wallMs} ms)`,
    );
  });
});

// 1 GiB + 16 pages of memory; one 1 GiB log line; 4 GiB of stdout; 100,000 log lines;
// newlines and workflow commands inside the text.
const FLOOD = floodWat({
  pages: 16400,
  bigLogBytes: 1073741824,
  stdoutMiB: 4096,
  stopCommands: true,
});

describe('guest output', () => {
  it('runs a 4 GiB stdout flood and a 1 GiB log line as Samuel does, keeping only the stated caps, inert', async () => {
    const m = manifest({
      exports: ['health'],
      runtime: { maxMemoryMiB: 1100, softTimeoutMs: 20000, hardTimeoutMs: 60000 },
    });
    const report = await smokeWasm(loaded(m), watSource(FLOOD));
    expect(report.failures).toEqual([]);
    expect(report.health.value).toBe(0);

    // samuel.log: the first 200 lines, then one line saying what was cut.
    expect(report.logs).toHaveLength(GUEST_LIMITS.logLines + 1);
    expect(report.logs[0]).toBe('[info] x ⁚::error::owned');
    expect(report.logs[1]).toMatch(/^\[info\] ::stop-commands::tok ⁚?\\x1b\[31m/);
    expect(report.logs[1]).toMatch(/… \[1073739776 bytes cut\]$/);
    expect(report.logs[GUEST_LIMITS.logLines]).toMatch(
      /^… \[99802 more samuel\.log lines \(.+\) cut; the first 200 are kept\]$/,
    );
    for (const line of report.logs) {
      expect(line).not.toContain('\n');
      expect(line).not.toMatch(/^\s*::/);
      expect(line.length).toBeLessThanOrEqual(4096);
    }

    // stdout: the first 16 KiB, each line inert, and how much was cut.
    const lines = report.stdout.split('\n');
    expect(lines[0]).toBe('⁚::stop-commands::tok');
    expect(lines.at(-1)).toBe(`… [${4096 * 1048576 - GUEST_LIMITS.stdioBytes} bytes cut]`);
    expect(report.stdout.length).toBeLessThan(GUEST_LIMITS.stdioBytes * 5);
    expect(report.notes).toEqual([expect.stringContaining('WASI output kept: the first 16 KiB')]);
  });
});

describe('features Samuel runtime rejects', () => {
  const cases = REJECTED_FEATURES.map((f): [string, string, string[]] => [
    f.feature,
    f.wat,
    f.flags,
  ]);
  it.each(cases)('names %s and stops before running the module', async (feature, wat, flags) => {
    const path = watSource(wat, ...flags);
    const m = manifest({ exports: ['health'] });
    const findings = await auditWasm(loaded(m), path);
    expect(findings.map((f) => f.rule)).toEqual(['unsupported-feature']);
    expect(findings[0]?.message).toMatch(
      new RegExp(
        `^the module uses ${feature.replace(/[()]/g, '\\$&')} \\(.+\\); Samuel's runtime \\(wazero v1\\.11 with its default WebAssembly 2\\.0 features\\) rejects it`,
      ),
    );
    const report = await smokeWasm(loaded(m), path);
    expect(report.ok).toBe(false);
    expect(report.failures.map((f) => f.check)).toEqual(['audit']);
    expect(report.health.value).toBeNull(); // never run
  });

  it('accepts what WebAssembly 2.0 has: SIMD, bulk memory, reference types, multi-value', async () => {
    const path = watSource(`(module (memory 1) (table 2 funcref) (table 1 externref)
      (func $pair (result i32 i32) (i32.const 0) (i32.const 0))
      (func (export "health") (result i32)
        (memory.fill (i32.const 0) (i32.const 0) (i32.const 8))
        (drop (i32x4.extract_lane 0 (i32x4.add (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0))))
        (drop (ref.is_null (table.get 1 (i32.const 0))))
        (i32.add (call $pair))))`);
    const m = manifest({ exports: ['health'] });
    expect((await auditWasm(loaded(m), path)).filter((f) => f.severity === 'error')).toEqual([]);
    const report = await smokeWasm(loaded(m), path);
    expect(report.failures).toEqual([]);
    expect(report.health.value).toBe(0);
  });
});

describe('malformed modules', () => {
  it('refuses an export name that is not UTF-8, as wazero does', async () => {
    const bytes = hexBytes(
      `${HEADER} ${TYPE_I32} 03 02 01 00 07 06 01 02 ff 68 00 00 0a 06 01 04 00 41 00 0b`,
    );
    const findings = await auditWasm(loaded(manifest()), file('utf8.wasm', bytes));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'module-invalid',
        message:
          "export name at byte 22 is not valid UTF-8; Samuel's runtime (wazero) refuses to load the module",
      }),
    ]);
  });

  it('refuses a name section with a non-UTF-8 function name (V8 ignores it, wazero does not)', async () => {
    const names = '01 05 01 00 02 c3 28'; // function names: function 0 = "\xc3("
    const bytes = hexBytes(
      `${HEADER} ${TYPE_I32} 03 02 01 00 0a 06 01 04 00 41 00 0b 00 0c 04 6e616d65 ${names}`,
    );
    const findings = await auditWasm(loaded(manifest()), file('names.wasm', bytes));
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^name of function 0 \(name section\) at byte \d+ is not valid UTF-8/),
    ]);
  });

  it('refuses a function section without a code section', async () => {
    const bytes = hexBytes(`${HEADER} ${TYPE_I32} 03 02 01 00`);
    const path = file('no-code.wasm', bytes);
    const findings = await auditWasm(loaded(manifest()), path);
    expect(findings.map((f) => f.message)).toEqual([
      "the function section declares 1 function(s) but there is no code section; Samuel's runtime refuses the module",
    ]);
    const report = await smokeWasm(loaded(manifest()), path);
    expect(report.failures.map((f) => f.check)).toEqual(['audit']);
  });

  it('refuses an invalid function body with the engine message', async () => {
    // health returns i64 where i32 is declared
    const bytes = hexBytes(`${HEADER} ${TYPE_I32} 03 02 01 00 0a 06 01 04 00 42 00 0b`);
    const findings = await auditWasm(loaded(manifest()), file('typed.wasm', bytes));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'module-invalid',
        message: expect.stringMatching(/^the module is not valid WebAssembly: .*i32.*i64|i64.*i32/),
      }),
    ]);
  });

  it('reports a declared export the module lacks once, as the audit does', async () => {
    const path = watSource(`(module (func (export "other") (result i32) (i32.const 0)))`);
    const report = await smokeWasm(loaded(manifest({ exports: ['health'] })), path);
    expect(report.failures.map((f) => [f.check, f.message])).toEqual([
      ['audit', 'declared export "health" does not exist in the module'],
    ]);
  });

  it('shows a module-provided name inert: no output line can become a workflow command', async () => {
    const hostile = '::error::x\\0a::stop-commands::y';
    const path = watSource(
      `(module (import "${hostile}" "f" (func)) (func (export "health") (result i32) (i32.const 0)))`,
    );
    const dir = join(tmp, 'hostile-name');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path, join(dir, 'plugin.wasm'));
    writeFileSync(
      join(dir, 'samuel-plugin.toml'),
      'name = "hostile-name"\nversion = "0.1.0"\nkind = "wasm"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["health"]\n',
    );
    const r = await runCli(['smoke', dir], { cwd: dir });
    expect(r.code).toBe(1);
    const out = `${r.stdout}\n${r.stderr}`;
    // The name is reported (the audit refuses the import)…
    expect(out).toContain('[forbidden-import]');
    expect(out).toContain('stop-commands::y');
    // …but never at the start of a line, where the runner would execute it.
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/);
  });
});

describe('resource use Samuel tolerates', () => {
  it('runs a module with ten tables of 10 million entries', async () => {
    const tables = Array.from({ length: 10 }, () => '(table 10000000 funcref)').join(' ');
    const path = watSource(
      `(module ${tables} (func (export "health") (result i32) (i32.const 0)))`,
    );
    const report = await smokeWasm(loaded(manifest({ exports: ['health'] })), path);
    expect(report.failures).toEqual([]);
    expect(report.health.value).toBe(0);
    expect(report.notes).toHaveLength(10);
  });

  it('keeps a table as large as its element segments need', async () => {
    // An element segment at index 2,500,000: the harness table must reach it, and call it.
    const path = watSource(`(module (type $t (func (result i32))) (table 20000000 funcref)
      (func $zero (result i32) (i32.const 0))
      (elem (i32.const 2500000) $zero)
      (func (export "health") (result i32) (call_indirect (type $t) (i32.const 2500000))))`);
    const report = await smokeWasm(loaded(manifest({ exports: ['health'] })), path);
    expect(report.failures).toEqual([]);
    expect(report.health.value).toBe(0);
    expect(report.notes).toEqual([expect.stringContaining('runs with 2500001 in the harness')]);
  });

  it("runs a table of 100 million entries (over V8's limit, within wazero's) and says how", async () => {
    const path = watSource(
      `(module (table 100000000 funcref) (func (export "health") (result i32) (i32.const 0)))`,
    );
    const m = manifest({ exports: ['health'] });
    expect((await auditWasm(loaded(m), path)).filter((f) => f.severity === 'error')).toEqual([]);
    const report = await smokeWasm(loaded(m), path);
    expect(report.failures).toEqual([]);
    expect(report.notes).toEqual([
      "a table of 100000000 entries runs with 1000000 in the harness (V8 fills tables eagerly and allows at most 10000000; Samuel's runtime allows 100000000): only indexes past 1000000 would behave differently",
    ]);
  });
});

describe('special files as the module', () => {
  it('refuses a FIFO before reading it (which would block forever)', async () => {
    const fifo = join(tmp, 'fifo.wasm');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expect(auditWasm(loaded(manifest()), fifo)).rejects.toThrow(
      `${fifo}: the module is not a regular file (a FIFO)`,
    );
    await expect(smokeWasm(loaded(manifest()), fifo)).rejects.toThrow('(a FIFO)');
  });

  it('refuses /dev/zero (which never ends)', async () => {
    await expect(smokeWasm(loaded(manifest()), '/dev/zero')).rejects.toMatchObject({
      code: 'IO',
      message: '/dev/zero: the module is not a regular file (a character device)',
      fix: 'point at a regular file; modules are never read from devices, FIFOs or sockets',
    });
  });
});
