/** A typed wasm manifest with Samuel's defaults, for tests and benchmarks that need no TOML. */
import type { PluginManifest } from '../../src/manifest/types.js';
import type { LaunchManifest } from '../../src/samuel/launch.js';

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

/** The parts of a manifest Samuel's launch and grants read: nothing asked but `asked`. */
export function launchManifest(
  asked: Partial<LaunchManifest['capabilities']> = {},
  oci: LaunchManifest['oci'] = {},
): LaunchManifest {
  return {
    name: 'demo',
    capabilities: {
      exec: false,
      env: [],
      filesystem: { read: [], write: [] },
      network: { outbound: [] },
      samuelApi: false,
      assistantInvoke: false,
      ...asked,
    },
    oci: { entrypoint: ['/plugin'], ...oci },
  };
}
