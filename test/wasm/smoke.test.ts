import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { smokeWasm } from '../../src/wasm/smoke.js';
import { cModule, goModule, loaded, manifest, REFERENCE_MODULE, watModule } from './helpers.js';

describe('smokeWasm', () => {
  describe('with healthy modules', () => {
    it('passes a C module and reports protocol, health, exports, logs and memory', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule(), { calls: ['greet'] });
      expect(report.failures).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.protocol).toEqual({ value: 1, missing: false });
      expect(report.health).toEqual({ value: 0, missing: false });
      expect(report.exports).toEqual([{ name: 'greet', present: true }]);
      expect(report.calls[0]).toMatchObject({ name: 'greet', value: 0 });
      expect(report.logs).toEqual(['[info] hello from C']);
      expect(report.peakMemoryBytes).toBe(2 * 65536);
      expect(report.wallMs).toBeGreaterThan(0);
    });

    it('passes the reference fixture-plugin.wasm', async () => {
      expect(existsSync(REFERENCE_MODULE)).toBe(true);
      const report = await smokeWasm(loaded(manifest({ exports: ['health'] })), REFERENCE_MODULE);
      expect(report.failures).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.health.value).toBe(0);
    });

    it('treats missing protocol and health exports as protocol 1 and healthy', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule('NO_HEALTH'));
      expect(report.ok).toBe(true);
      expect(report.health).toEqual({ value: null, missing: true });
    });
  });

  describe('when a probe fails', () => {
    it('fails an unhealthy module (health = 1)', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule('HEALTH=1'));
      expect(report.ok).toBe(false);
      expect(report.failures).toEqual([
        expect.objectContaining({
          check: 'health',
          message: 'health() returned 1; Samuel treats anything but 0 as unhealthy',
        }),
      ]);
    });

    it('fails protocol 2 with the supported window', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule('PROTOCOL=2'));
      expect(report.failures.map((f) => f.message)).toEqual([
        "samuel_protocol_version() returned 2, outside Samuel's supported window [1, 1]",
      ]);
    });

    it('reports a trap in health with the export and the trap message', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule('TRAP_HEALTH'));
      expect(report.failures).toHaveLength(1);
      expect(report.failures[0]?.message).toMatch(/^health\(\) failed: unreachable.*\(in health/);
    });

    it('fails a declared export the module lacks', async () => {
      const report = await smokeWasm(
        loaded(manifest({ exports: ['greet', 'summarize'] })),
        cModule(),
      );
      expect(report.exports).toEqual([
        { name: 'greet', present: true },
        { name: 'summarize', present: false },
      ]);
      expect(report.failures.map((f) => [f.check, f.message])).toEqual([
        ['audit', 'declared export "summarize" does not exist in the module'],
      ]);
    });

    it('fails --call of an export that does not exist', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule(), { calls: ['nope'] });
      expect(report.failures.map((f) => f.message)).toEqual([
        '--call nope: the module has no such export',
      ]);
    });
  });

  describe('budgets', () => {
    it('terminates an endless loop at the hard timeout and warns at the soft one', async () => {
      const m = manifest({ runtime: { maxMemoryMiB: 64, softTimeoutMs: 100, hardTimeoutMs: 600 } });
      const report = await smokeWasm(loaded(m), cModule('LOOP_HEALTH'));
      expect(report.failures.map((f) => f.message)).toEqual([
        expect.stringMatching(
          /^"health" ran past the hard timeout \(600 ms\) and was terminated after \d+ ms \(whole run \d+ ms\)$/,
        ),
      ]);
      // The times are measured: never less than the budget, and the whole run includes the phase.
      expect(report.killed?.phase).toBe('health');
      expect(report.killed?.afterMs).toBeGreaterThanOrEqual(600);
      expect(report.wallMs).toBeGreaterThanOrEqual(report.killed?.afterMs ?? Infinity);
      expect(report.warnings).toEqual([
        '"health" ran longer than the soft timeout (100 ms); Samuel warns about this',
      ]);
    });

    it('caps memory at max_memory: memory.grow fails and the bomb traps touching memory it lacks', async () => {
      const m = manifest({
        runtime: { maxMemoryMiB: 2, softTimeoutMs: 5000, hardTimeoutMs: 30000 },
      });
      const report = await smokeWasm(loaded(m), cModule('BOMB'), { calls: ['bomb'] });
      expect(report.peakMemoryBytes).toBe(18 * 65536); // 2 pages + 16; the next 16 would pass the cap
      expect(report.memoryCapBytes).toBe(2 * 1024 * 1024);
      expect(report.failures.map((f) => f.message)).toEqual([
        expect.stringMatching(/^bomb\(\) failed: memory access out of bounds/),
      ]);
    });
  });

  describe('capabilities', () => {
    it('denies exec, net and out-of-mount writes without the capability, and logs each denial', async () => {
      const m = manifest({
        exports: ['run_tool', 'ping', 'save', 'save_outside'],
        capabilities: {
          ...manifest().capabilities,
          filesystem: { read: [], write: ['/workspace/out/**'] },
        },
      });
      const report = await smokeWasm(loaded(m), cModule('USE_EXEC', 'USE_NET', 'USE_WRITE'), {
        calls: ['run_tool', 'ping', 'save', 'save_outside'],
      });
      expect(report.calls.map((c) => [c.name, c.value])).toEqual([
        ['run_tool', 2],
        ['ping', 2],
        ['save', 0],
        ['save_outside', 2],
      ]);
      expect(report.denials).toEqual([
        'denied: wasm: plugin "demo" lacks exec capability',
        'denied: network.outbound api.example.com not in allowlist',
        'denied: wasm: plugin "demo" lacks filesystem.write capability for "/etc/passwd"',
      ]);
      // The audit flags the imports whose capability is missing.
      expect(report.failures.filter((f) => f.check === 'audit').map((f) => f.message)).toEqual([
        'import samuel.exec needs exec = true, but the manifest does not grant it: every call would be denied',
        'import samuel.net_outbound needs [capabilities.network] hosts, but none are declared: every call would be denied',
      ]);
    });

    it('allows exec and listed hosts when granted', async () => {
      const base = manifest().capabilities;
      const m = manifest({
        exports: ['run_tool', 'ping'],
        capabilities: {
          ...base,
          exec: true,
          network: { ...base.network, hosts: ['*.example.com'] },
        },
      });
      const report = await smokeWasm(loaded(m), cModule('USE_EXEC', 'USE_NET'), {
        calls: ['run_tool', 'ping'],
      });
      expect(report.ok).toBe(true);
      expect(report.calls.map((c) => c.value)).toEqual([0, 0]);
      expect(report.logs).toEqual(['exec: git status']);
    });
  });

  describe('linking and start-up', () => {
    it('fails a forbidden import at instantiation and in the audit', async () => {
      const report = await smokeWasm(loaded(manifest()), cModule('USE_FORBIDDEN'));
      const messages = report.failures.map((f) => f.message);
      expect(messages[0]).toBe(
        'import env.getrandom comes from module "env"; Samuel provides only "samuel" and "wasi_snapshot_preview1", so the module fails to link',
      );
      expect(messages[1]).toMatch(/^the module failed to instantiate: .*env/);
    });

    it('fails calls after _start exited, as wazero closes the module', async () => {
      const report = await smokeWasm(loaded(manifest()), watModule('exit-at-start'));
      expect(report.failures.map((f) => f.message)).toEqual([
        'health() failed: module closed with exit_code(0)',
      ]);
    });
  });

  describe('with a standard-Go reactor', () => {
    it('fails like Samuel v2.3, which never calls _initialize', async () => {
      const report = await smokeWasm(loaded(manifest()), goModule('plugin'));
      expect(report.audit.map((f) => f.rule)).toContain('reactor-initialize');
      expect(report.failures[0]?.message).toMatch(
        /^samuel_protocol_version\(\) failed: unreachable \(in runtime\.abort ← runtime\.notInitialized ← samuel_protocol_version\)$/,
      );
      expect(report.failures[0]?.fix).toMatch(/never calls _initialize/);
    });

    it('runs with --initialize, logs through samuel.log, and caps a Go memory bomb', async () => {
      const m = manifest({
        exports: ['greet', 'bomb'],
        runtime: { maxMemoryMiB: 16, softTimeoutMs: 5000, hardTimeoutMs: 30000 },
      });
      const report = await smokeWasm(loaded(m), goModule('plugin'), {
        initialize: true,
        calls: ['greet', 'bomb'],
      });
      expect(report.logs).toEqual(['[info] hello from Go']);
      expect(report.calls[0]).toMatchObject({ name: 'greet', value: 0 });
      expect(report.peakMemoryBytes).toBeLessThanOrEqual(16 * 1024 * 1024);
      expect(report.failures.map((f) => f.check)).toEqual(['call']);
      expect(report.failures[0]?.message).toMatch(/^bomb\(\) failed: /);
      expect(report.stderr).toMatch(/out of memory/);
    });
  });
});
