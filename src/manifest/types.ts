/**
 * The typed view of a `samuel-plugin.toml` after validation: every later step (build, smoke,
 * publish, sign, pin, lock, release) reads this, never the raw TOML.
 */

export type PluginKind = 'skill' | 'wasm' | 'oci' | 'meta';

/** A 1-based line and column in the manifest. */
export interface Position {
  line: number;
  col: number;
}

export interface RuntimeBudgets {
  /** Linear-memory cap in MiB (Samuel's default 64). */
  maxMemoryMiB: number;
  /** Soft timeout in milliseconds (default 5 s): exceeding it warns. */
  softTimeoutMs: number;
  /** Hard timeout in milliseconds (default 30 s): exceeding it kills the instance. */
  hardTimeoutMs: number;
}

export interface Capabilities {
  exec: boolean;
  env: string[];
  filesystem: { read: string[]; write: string[] };
  network: { outbound: string[]; hosts: string[]; allowedHosts: string[] };
  samuelApi: boolean;
  assistantInvoke: boolean;
}

export interface PluginManifest {
  name: string;
  version: string;
  kind: PluginKind;
  summary?: string;
  homepage?: string;
  license?: string;
  authors: string[];
  samuel: { framework?: string; protocol?: string };
  provides: { skills: string[]; commands: string[]; methodology: string[]; hooks: string[] };
  requires: Record<string, string>;
  capabilities: Capabilities;
  metadata: Record<string, unknown>;
  /** Present for kind = "wasm". `module` is relative to the plugin directory. */
  wasm?: { module: string; exports: string[] };
  /** The exports Samuel uses: `[runtime].exports` when non-empty, else `[wasm].exports`. */
  exports: string[];
  runtime: RuntimeBudgets;
  /** Present for kind = "oci". */
  oci?: {
    image: string;
    digest?: string;
    entrypoint?: string[];
    workdir?: string;
    cpuQuota?: string;
    memoryLimit?: string;
  };
}

/** A loaded manifest together with where it came from. */
export interface LoadedManifest {
  /** Absolute path of the manifest file. */
  file: string;
  /** Absolute path of the plugin directory (the manifest's folder). */
  dir: string;
  /** The raw text, kept so the pin step can rewrite it without losing comments. */
  source: string;
  manifest: PluginManifest;
  /** Where each dotted field path sits (`oci.image` → its value's position). */
  positions: Map<string, Position>;
}
