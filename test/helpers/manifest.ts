/** A typed wasm manifest with Samuel's defaults, for tests and benchmarks that need no TOML. */
import type { PluginManifest } from '../../src/manifest/types.js';

export function wasmManifest(overrides: Partial<PluginManifest> = {}): PluginManifest {
  const exports = overrides.exports ?? ['greet'];
  return {
    name: 'demo',
    version: '1.0.0',
    kind: 'wasm',
    authors: [],
    samuel: {},
    provides: { skills: [], commands: [], methodology: [], hooks: [] },
    requires: {},
    capabilities: {
      exec: false,
      env: [],
      filesystem: { read: [], write: [] },
      network: { outbound: [], hosts: [], allowedHosts: [] },
      samuelApi: false,
      assistantInvoke: false,
    },
    metadata: {},
    wasm: { module: 'plugin.wasm', exports },
    exports,
    runtime: { maxMemoryMiB: 64, softTimeoutMs: 5000, hardTimeoutMs: 30000 },
    ...overrides,
  };
}
