/**
 * The smoke test scans the module for features Samuel's runtime refuses while the guest runs.
 * When the scan finds one, the run is stopped and thrown away: the verdict is the audit's alone,
 * nothing the guest did reaches the report, and no temporary workspace is left behind — even for
 * a guest that would never return (its hard timeout here is an hour, far past the test's limit).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { smokeWasm } from '../../src/wasm/smoke.js';
import { loaded, manifest, watSource } from './helpers.js';

const workspaces = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith('spr-smoke-'));

describe('smokeWasm on a module using a refused feature', () => {
  it('gives the audit verdict and stops a guest that never returns', async () => {
    // Threads (a shared memory), and a health() that spins forever after logging.
    const path = watSource(
      `(module (import "samuel" "log" (func $log (param i32 i32 i32 i32)))
        (memory (export "memory") 1 1 shared)
        (data (i32.const 0) "hello")
        (func (export "health") (result i32)
          (call $log (i32.const 0) (i32.const 0) (i32.const 5) (i32.const 0))
          (loop $l (br $l))
          (i32.const 0)))`,
      '--enable-threads',
    );
    const before = new Set(workspaces());
    const m = manifest({
      exports: ['health'],
      runtime: { maxMemoryMiB: 64, softTimeoutMs: 3_600_000, hardTimeoutMs: 3_600_000 },
    });
    const report = await smokeWasm(loaded(m), path);
    expect(report.ok).toBe(false);
    expect(report.failures.map((f) => f.check)).toEqual(['audit']);
    expect(report.audit.map((f) => f.rule)).toEqual(['unsupported-feature']);
    expect(report.failures[0]?.message).toMatch(
      /^the module uses threads \(shared memory and atomics\)/,
    );
    expect({ logs: report.logs, health: report.health.value, wallMs: report.wallMs }).toEqual({
      logs: [],
      health: null,
      wallMs: 0,
    });
    expect(report.killed).toBeUndefined();
    expect(workspaces().filter((n) => !before.has(n))).toEqual([]);
  }, 20_000);
});
