/**
 * Turns the manifest's capabilities into the plain, serialisable policy the guest worker
 * applies: Samuel's grant matching (doublestar globs, literal prefixes, host patterns), WASI
 * preopens over a throw-away workspace, and the allowed environment.
 */
import { mkdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { PluginManifest } from '../../manifest/types.js';

/** A filesystem grant: its glob, compiled to a regular expression the worker can rebuild. */
export interface PathGrant {
  glob: string;
  source: string;
  flags: string;
  /** True when the glob has no wildcard, so Samuel also accepts paths below it. */
  literal: boolean;
}

/** Everything the guest worker needs to gate host calls; only plain data (it crosses threads). */
export interface GuestPolicy {
  plugin: string;
  fsRead: PathGrant[];
  fsWrite: PathGrant[];
  exec: boolean;
  /** `[capabilities.network].hosts` (exact, `*`, `*.suffix`). */
  hosts: string[];
  /** Legacy `[capabilities.network].outbound`, which Samuel's grant check still honours. */
  outbound: string[];
  env: Record<string, string>;
  /** Guest path → host directory inside the workspace. */
  preopens: Record<string, string>;
  /** Guest paths of preopens that were declared only for reading. */
  readOnly: string[];
  /** The throw-away directory every guest path is resolved under. */
  workspace: string;
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** Builds the guest policy and creates the preopened directories under `workspace`. */
export function buildPolicy(
  m: PluginManifest,
  workspace: string,
  env: NodeJS.ProcessEnv,
): GuestPolicy {
  const grant = (glob: string): PathGrant => {
    const re = picomatch.makeRe(glob, { dot: true });
    return { glob, source: re.source, flags: re.flags, literal: !GLOB_CHARS.test(glob) };
  };
  mkdirSync(workspace, { recursive: true });
  const preopens: Record<string, string> = {};
  const writable = new Set<string>();
  const addMount = (glob: string, write: boolean): void => {
    const guest = staticPrefix(glob);
    const host = join(workspace, guest);
    mkdirSync(host, { recursive: true });
    preopens[guest] = host;
    if (write) writable.add(guest);
  };
  for (const g of m.capabilities.filesystem.read) addMount(g, false);
  for (const g of m.capabilities.filesystem.write) addMount(g, true);
  const allowedEnv: Record<string, string> = {};
  for (const key of m.capabilities.env) {
    const v = env[key];
    if (v !== undefined) allowedEnv[key] = v;
  }
  return {
    plugin: m.name,
    fsRead: m.capabilities.filesystem.read.map(grant),
    fsWrite: m.capabilities.filesystem.write.map(grant),
    exec: m.capabilities.exec,
    hosts: m.capabilities.network.hosts,
    outbound: m.capabilities.network.outbound,
    env: allowedEnv,
    preopens,
    readOnly: Object.keys(preopens).filter((g) => !writable.has(g)),
    workspace,
  };
}

/** `/workspace/src/**` → `/workspace/src`: the directory a glob can never leave. */
export function staticPrefix(glob: string): string {
  const parts: string[] = [];
  for (const part of glob.split('/')) {
    if (GLOB_CHARS.test(part)) break;
    parts.push(part);
  }
  const prefix = posix.normalize('/' + parts.join('/'));
  return prefix.length > 1 && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
}
