import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { auditWasm } from '../../src/wasm/index.js';
import { capMemory, parseModule, WasmFormatError } from '../../src/wasm/module.js';
import { cModule, loaded, manifest, watModule, writeTemp } from './helpers.js';

describe('parseModule', () => {
  it('reads imports, exports with signatures, and memory limits', () => {
    const info = parseModule(readFileSync(cModule('USE_EXEC')));
    expect(info.imports.map((i) => `${i.module}.${i.name}`)).toEqual(['samuel.log', 'samuel.exec']);
    expect(info.exports.find((e) => e.name === 'health')?.type).toEqual({
      params: [],
      results: ['i32'],
    });
    expect(info.memories).toEqual([{ min: 2, shared: false, memory64: false }]);
  });

  it('rejects bytes that are not a module', () => {
    expect(() => parseModule(Buffer.from('#!/bin/sh\necho hi\n'))).toThrow(
      new WasmFormatError('not a WebAssembly module (the file does not start with \\0asm)'),
    );
  });

  it('rewrites memory limits so the engine enforces the cap', () => {
    const bytes = readFileSync(cModule());
    const capped = capMemory(bytes, parseModule(bytes), 32);
    expect(parseModule(capped).memories).toEqual([
      { min: 2, max: 32, shared: false, memory64: false },
    ]);
  });
});

describe('auditWasm', () => {
  it('passes a module that fits its manifest', async () => {
    const findings = await auditWasm(loaded(manifest()), cModule());
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('flags wrong host signatures, unknown host functions and a bad health signature', async () => {
    const findings = await auditWasm(loaded(manifest()), watModule('bad-log-signature'));
    expect(findings.filter((f) => f.severity !== 'notice').map((f) => [f.rule, f.message])).toEqual(
      [
        [
          'probe-signature',
          'export "health" has signature (i32) -> i32; Samuel calls it as () -> i32',
        ],
        [
          'host-signature',
          'import samuel.log is declared as (i32, i32, i32, i32) -> i32, but Samuel provides (i32, i32, i32, i32) -> (), so the module fails to link',
        ],
        [
          'unknown-host-function',
          "import samuel.telemetry does not exist in Samuel's host module, so the module fails to link",
        ],
      ],
    );
  });

  it('flags a non-function export, a reserved name, an unknown WASI call and a memory maximum over max_memory', async () => {
    const findings = await auditWasm(
      loaded(manifest({ exports: ['greet', 'version'] })),
      watModule('bounded-memory'),
    );
    expect(findings.map((f) => f.rule)).toEqual([
      'missing-export',
      'reserved-export',
      'unknown-wasi-function',
      'memory-maximum',
    ]);
    const memory = findings.find((f) => f.rule === 'memory-maximum');
    expect(memory).toMatchObject({
      message: 'the module declares a memory maximum of 128 MiB, more than max_memory = 64 MiB',
      field: 'runtime.max_memory',
      file: '/plugin/samuel-plugin.toml',
      line: 10,
      col: 14,
    });
    expect(findings[0]?.message).toBe('declared export "greet" is a global, not a function');
    expect(findings[1]?.message).toBe(
      'export "version" is a name Samuel reserves for its own commands',
    );
  });

  it('flags a forbidden import and a capability-violating import with the manifest line', async () => {
    const findings = await auditWasm(loaded(manifest()), cModule('USE_FORBIDDEN', 'USE_WRITE'));
    expect(findings.map((f) => [f.rule, f.field, f.line])).toEqual([
      ['capability-missing', 'capabilities.filesystem.write', 12],
      ['forbidden-import', undefined, undefined],
      ['memory-unbounded', undefined, undefined],
    ]);
  });

  it('flags initial memory above max_memory', async () => {
    const m = manifest({ runtime: { maxMemoryMiB: 1, softTimeoutMs: 5000, hardTimeoutMs: 30000 } });
    const big = writeTemp('big.wasm', Buffer.from('0061736d010000000503010020', 'hex')); // 32 pages min
    expect(
      (await auditWasm(loaded(m), big))
        .filter((f) => f.rule.startsWith('memory'))
        .map((f) => f.message),
    ).toEqual(['the module starts with 2 MiB of linear memory, more than max_memory = 1 MiB']);
  });
});
