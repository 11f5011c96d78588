/**
 * Builds the typed `PluginManifest` from a manifest tree that passed validation, filling in
 * Samuel's defaults (64 MiB, 5 s soft, 30 s hard timeout) the way its runtime does.
 */
import type { PluginKind, PluginManifest, Position } from './types.js';
import { plain, type TomlNode } from './toml.js';
import { parseGoDuration } from './duration.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const optStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Converts a validated tree into the typed manifest. */
export function toPluginManifest(root: TomlNode): PluginManifest {
  const m = obj(plain(root));
  const caps = obj(m.capabilities);
  const fs = obj(caps.filesystem);
  const net = obj(caps.network);
  const runtime = obj(m.runtime);
  const wasm = m.wasm === undefined ? undefined : obj(m.wasm);
  const oci = m.oci === undefined ? undefined : obj(m.oci);
  const samuel = obj(m.samuel);
  const provides = obj(m.provides);
  const positive = (ms: number | undefined, fallback: number) =>
    ms !== undefined && ms > 0 ? ms : fallback;
  const runtimeExports = strs(runtime.exports);

  const manifest: PluginManifest = {
    name: String(m.name),
    version: String(m.version),
    kind: m.kind as PluginKind,
    authors: strs(m.authors),
    samuel: {},
    provides: {
      skills: strs(provides.skills),
      commands: strs(provides.commands),
      methodology: strs(provides.methodology),
      hooks: strs(provides.hooks),
    },
    requires: Object.fromEntries(
      Object.entries(obj(m.requires)).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>,
    capabilities: {
      exec: caps.exec === true,
      env: strs(caps.env),
      filesystem: { read: strs(fs.read), write: strs(fs.write) },
      network: {
        outbound: strs(net.outbound),
        hosts: strs(net.hosts),
        allowedHosts: strs(net.allowed_hosts),
      },
      samuelApi: obj(caps.samuel).api === true,
      assistantInvoke: obj(caps.assistant).invoke === true,
    },
    metadata: obj(m.metadata),
    exports: runtimeExports.length > 0 ? runtimeExports : strs(wasm?.exports),
    runtime: {
      maxMemoryMiB:
        typeof runtime.max_memory === 'number' && runtime.max_memory > 0 ? runtime.max_memory : 64,
      softTimeoutMs: positive(parseGoDuration(String(runtime.timeout ?? '').trim()), 5000),
      hardTimeoutMs: positive(parseGoDuration(String(runtime.hard_timeout ?? '').trim()), 30000),
    },
  };
  for (const key of ['summary', 'homepage', 'license'] as const) {
    const v = optStr(m[key]);
    if (v !== undefined) manifest[key] = v;
  }
  if (optStr(samuel.framework)) manifest.samuel.framework = optStr(samuel.framework)!;
  if (optStr(samuel.protocol)) manifest.samuel.protocol = optStr(samuel.protocol)!;
  if (wasm) manifest.wasm = { module: String(wasm.module ?? ''), exports: strs(wasm.exports) };
  if (oci) {
    manifest.oci = { image: String(oci.image ?? '') };
    if (optStr(oci.digest)) manifest.oci.digest = optStr(oci.digest)!;
    if (Array.isArray(oci.entrypoint)) manifest.oci.entrypoint = strs(oci.entrypoint);
    if (optStr(oci.workdir)) manifest.oci.workdir = optStr(oci.workdir)!;
    if (optStr(oci.cpu_quota)) manifest.oci.cpuQuota = optStr(oci.cpu_quota)!;
    if (optStr(oci.memory_limit)) manifest.oci.memoryLimit = optStr(oci.memory_limit)!;
  }
  return manifest;
}

/** Every dotted path in the tree, to the depth of Samuel's own fields, → its value's position. */
export function positionsOf(root: TomlNode): Map<string, Position> {
  const out = new Map<string, Position>();
  const walk = (n: TomlNode, prefix: string, depth: number) => {
    if (depth > 4) return;
    for (const [k, child] of n.entries ?? []) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.set(path, child.valuePos);
      walk(child, path, depth + 1);
    }
  };
  walk(root, '', 1);
  return out;
}
