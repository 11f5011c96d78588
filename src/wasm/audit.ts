/**
 * Static audit: proves from the module's sections alone that it fits its manifest — the
 * exports Samuel calls exist with the right signatures, every import links in Samuel's
 * runtime and is backed by a declared capability, and the memory fits `max_memory`.
 */
import type { LoadedManifest, PluginManifest } from '../manifest/types.js';
import type { Finding } from '../report/index.js';
import {
  PROBE_EXPORTS,
  RESERVED_EXPORTS,
  isReservedExport,
  SAMUEL_HOST,
  SAMUEL_MODULE,
  WASI_MODULE,
  WASI_PREVIEW1,
  type HostCapability,
} from './abi.js';
import { formatType, PAGE_SIZE, sameType, type WasmModuleInfo } from './module.js';

const MIB = 1024 * 1024;

/** Where findings point: the manifest file and the positions of its fields. */
export interface AuditContext {
  manifest: PluginManifest;
  /** Manifest path as shown to the user. */
  file?: string;
  positions?: LoadedManifest['positions'];
}

/** Audits a parsed module against its manifest; returns every finding (errors first). */
export function auditModule(info: WasmModuleInfo, ctx: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const at = (
    field: string,
    fallback?: string,
  ): Pick<Finding, 'field' | 'file' | 'line' | 'col'> => {
    const pos = ctx.positions?.get(field) ?? (fallback ? ctx.positions?.get(fallback) : undefined);
    return {
      field,
      ...(ctx.file ? { file: ctx.file } : {}),
      ...(pos ? { line: pos.line, col: pos.col } : {}),
    };
  };
  const m = ctx.manifest;
  const exportsField = m.wasm && m.exports === m.wasm.exports ? 'wasm.exports' : 'runtime.exports';
  const funcs = new Map(info.exports.filter((e) => e.kind === 'func').map((e) => [e.name, e]));

  for (const name of m.exports) {
    if (isReservedExport(name)) {
      findings.push({
        severity: 'error',
        rule: 'reserved-export',
        message: `export "${name}" is a name Samuel reserves for its own commands`,
        fix: `rename the export in the module and in ${exportsField} (reserved: ${[...RESERVED_EXPORTS].join(', ')})`,
        ...at(exportsField),
      });
    }
    if (!funcs.has(name)) {
      const other = info.exports.find((e) => e.name === name);
      findings.push({
        severity: 'error',
        rule: 'missing-export',
        message: other
          ? `declared export "${name}" is a ${other.kind}, not a function`
          : `declared export "${name}" does not exist in the module`,
        fix: `export a function "${name}" from the module (Go: //go:wasmexport ${name}) or remove it from ${exportsField}`,
        ...at(exportsField),
      });
    }
  }
  if (m.exports.length === 0) {
    findings.push({
      severity: 'error',
      rule: 'no-exports',
      message: 'the manifest declares no exports; Samuel needs at least one',
      fix: 'list the module\'s entry points in [runtime].exports or [wasm].exports, e.g. exports = ["greet"]',
      ...at('wasm', 'runtime'),
    });
  }

  for (const name of PROBE_EXPORTS) {
    const e = info.exports.find((x) => x.name === name);
    if (!e) continue; // missing is allowed: protocol 1, healthy
    if (e.kind !== 'func' || !e.type || !sameType(e.type, { params: [], results: ['i32'] })) {
      findings.push({
        severity: 'error',
        rule: 'probe-signature',
        message: `export "${name}" has ${e.type ? `signature ${formatType(e.type)}` : `kind ${e.kind}`}; Samuel calls it as () -> i32`,
        fix: `declare ${name} with no parameters returning a 32-bit integer (Go: func ${name}() int32)`,
      });
    }
  }
  if (funcs.has('_initialize') && !funcs.has('_start')) {
    findings.push({
      severity: 'warning',
      rule: 'reactor-initialize',
      message:
        'the module exports _initialize, which Samuel v2.3 never calls (wazero runs only _start); code that needs it, such as the Go runtime, traps on the first call',
      fix: 'build with TinyGo (tinygo build -target=wasi), Rust or C, or make every export work without _initialize',
    });
  }

  for (const imp of info.imports) {
    const where = `import ${imp.module}.${imp.name}`;
    if (imp.module === SAMUEL_MODULE) {
      const host = SAMUEL_HOST[imp.name];
      if (!host) {
        findings.push({
          severity: 'error',
          rule: 'unknown-host-function',
          message: `${where} does not exist in Samuel's host module, so the module fails to link`,
          fix: `import only ${Object.keys(SAMUEL_HOST).join(', ')} from "samuel"`,
        });
        continue;
      }
      if (imp.desc.kind !== 'func' || !sameType(imp.desc.type, host.type)) {
        const got = imp.desc.kind === 'func' ? formatType(imp.desc.type) : imp.desc.kind;
        findings.push({
          severity: 'error',
          rule: 'host-signature',
          message: `${where} is declared as ${got}, but Samuel provides ${formatType(host.type)}, so the module fails to link`,
          fix: `declare ${imp.name} with signature ${formatType(host.type)} (all pointers and lengths are i32)`,
        });
      }
      if (host.needs && !hasCapability(m, host.needs)) {
        findings.push({
          severity: 'error',
          rule: 'capability-missing',
          ...capabilityFinding(where, host.needs),
          ...at(capField(host.needs), 'capabilities'),
        });
      }
      continue;
    }
    if (imp.module === WASI_MODULE) {
      if (imp.desc.kind !== 'func' || !WASI_PREVIEW1.has(imp.name)) {
        findings.push({
          severity: 'error',
          rule: 'unknown-wasi-function',
          message: `${where} is not a WASI preview1 function, so the module fails to link`,
          fix: 'build for wasm32-wasip1 (preview1); preview2/components are not supported by Samuel',
        });
      }
      continue;
    }
    findings.push({
      severity: 'error',
      rule: 'forbidden-import',
      message: `${where} comes from module "${imp.module}"; Samuel provides only "samuel" and "wasi_snapshot_preview1", so the module fails to link`,
      fix:
        imp.desc.kind === 'memory'
          ? 'let the module define its own memory (do not link with --import-memory)'
          : `remove the dependency on "${imp.module}" (for C/Rust, link with --no-entry and avoid undefined symbols)`,
    });
  }

  const capBytes = m.runtime.maxMemoryMiB * MIB;
  for (const mem of info.memories) {
    const initial = mem.min * PAGE_SIZE;
    if (initial > capBytes) {
      findings.push({
        severity: 'error',
        rule: 'memory-initial',
        message: `the module starts with ${fmtMiB(initial)} of linear memory, more than max_memory = ${m.runtime.maxMemoryMiB} MiB`,
        fix: `raise [runtime].max_memory to at least ${Math.ceil(initial / MIB)}, or shrink the module's initial memory`,
        ...at('runtime.max_memory', 'runtime'),
      });
    } else if (mem.max !== undefined && mem.max * PAGE_SIZE > capBytes) {
      findings.push({
        severity: 'error',
        rule: 'memory-maximum',
        message: `the module declares a memory maximum of ${fmtMiB(mem.max * PAGE_SIZE)}, more than max_memory = ${m.runtime.maxMemoryMiB} MiB`,
        fix: `raise [runtime].max_memory to ${Math.ceil((mem.max * PAGE_SIZE) / MIB)}, or link with a lower maximum (e.g. -Wl,--max-memory=${capBytes})`,
        ...at('runtime.max_memory', 'runtime'),
      });
    } else if (mem.max === undefined) {
      findings.push({
        severity: 'notice',
        rule: 'memory-unbounded',
        message: `the module declares no memory maximum; the runtime caps it at max_memory = ${m.runtime.maxMemoryMiB} MiB`,
      });
    }
  }
  const rank = { error: 0, warning: 1, notice: 2 } as const;
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function hasCapability(m: PluginManifest, cap: HostCapability): boolean {
  const c = m.capabilities;
  switch (cap) {
    case 'exec':
      return c.exec;
    case 'filesystem.read':
      return c.filesystem.read.length > 0;
    case 'filesystem.write':
      return c.filesystem.write.length > 0;
    case 'network.hosts':
      return c.network.hosts.length > 0 || c.network.outbound.length > 0;
  }
}

function capField(cap: HostCapability): string {
  return `capabilities.${cap}`;
}

function capabilityFinding(where: string, cap: HostCapability): Pick<Finding, 'message' | 'fix'> {
  switch (cap) {
    case 'exec':
      return {
        message: `${where} needs exec = true, but the manifest does not grant it: every call would be denied`,
        fix: 'set exec = true under [capabilities], or stop importing samuel.exec',
      };
    case 'filesystem.read':
      return {
        message: `${where} needs [capabilities.filesystem] read globs, but none are declared: every call would be denied`,
        fix: 'add read = ["/workspace/**"] (or narrower) under [capabilities.filesystem], or stop importing samuel.fs_read',
      };
    case 'filesystem.write':
      return {
        message: `${where} needs [capabilities.filesystem] write globs, but none are declared: every call would be denied`,
        fix: 'add write = ["/workspace/out/**"] (or narrower) under [capabilities.filesystem], or stop importing samuel.fs_write',
      };
    case 'network.hosts':
      return {
        message: `${where} needs [capabilities.network] hosts, but none are declared: every call would be denied`,
        fix: 'add hosts = ["api.example.com"] under [capabilities.network], or stop importing samuel.net_outbound',
      };
  }
}

function fmtMiB(bytes: number): string {
  return `${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 2)} MiB`;
}
