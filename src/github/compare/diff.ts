/**
 * The capability diff: what a plugin's manifest asks for that its latest release did not. Scopes
 * are compared the way Samuel grants them (capability.go `Match`, `MatchHost`): a path glob is a
 * doublestar pattern and a glob-free path also covers everything below it; a host `*` covers every
 * host and `*.example.com` covers the domain and its subdomains. A scope the release did not have
 * is `added`, unless it covers one the release had (then `widened`); a released scope no current
 * scope repeats is `removed` (or narrowed, when a current scope still covers part of it).
 */
import picomatch from 'picomatch';
import type { Capabilities, LoadedManifest, Position } from '../../manifest/types.js';
import { parseTomlTree, type TomlNode } from '../../manifest/toml.js';

/** A capability family, named as Samuel's lock file and `samuel info` name it. */
export type CapabilityKey =
  | 'filesystem.read'
  | 'filesystem.write'
  | 'exec'
  | 'env'
  | 'network.outbound'
  | 'network.hosts'
  | 'network.allowed_hosts'
  | 'samuel.api'
  | 'assistant.invoke';

/** One granted scope (a path glob, a host, an env key), or a whole on/off capability. */
export interface CapabilityEntry {
  capability: CapabilityKey;
  /** The dotted manifest field that declares it, e.g. `capabilities.filesystem.write`. */
  field: string;
  /** The scope; absent for exec, samuel.api and assistant.invoke. */
  target?: string;
}

export interface CapabilityChange extends CapabilityEntry {
  /** Widened: the released scopes this one covers. Removed: current scopes still inside it. */
  related?: string[];
  /** Where the current manifest declares it (added, widened, unchanged). */
  position?: Position;
}

export interface CapabilityDiff {
  added: CapabilityChange[];
  widened: CapabilityChange[];
  removed: CapabilityChange[];
  unchanged: CapabilityChange[];
}

type Kind = 'path' | 'host' | 'name' | 'flag';

/** The manifest field of a capability. */
const fieldOf = (capability: CapabilityKey): string => `capabilities.${capability}`;

/** Every capability family, in Samuel's order. */
const FAMILIES: {
  capability: CapabilityKey;
  kind: Kind;
  get: (c: Capabilities) => string[] | boolean;
}[] = [
  { capability: 'filesystem.read', kind: 'path', get: (c) => c.filesystem.read },
  { capability: 'filesystem.write', kind: 'path', get: (c) => c.filesystem.write },
  { capability: 'exec', kind: 'flag', get: (c) => c.exec },
  { capability: 'env', kind: 'name', get: (c) => c.env },
  { capability: 'network.outbound', kind: 'host', get: (c) => c.network.outbound },
  { capability: 'network.hosts', kind: 'host', get: (c) => c.network.hosts },
  { capability: 'network.allowed_hosts', kind: 'host', get: (c) => c.network.allowedHosts },
  { capability: 'samuel.api', kind: 'flag', get: (c) => c.samuelApi },
  { capability: 'assistant.invoke', kind: 'flag', get: (c) => c.assistantInvoke },
];

/** Every capability a manifest declares, in Samuel's order, as entries. */
export function capabilityEntries(caps: Capabilities): CapabilityEntry[] {
  const out: CapabilityEntry[] = [];
  for (const family of FAMILIES) {
    const value = family.get(caps);
    const field = fieldOf(family.capability);
    if (value === true) out.push({ capability: family.capability, field });
    if (Array.isArray(value)) {
      for (const target of unique(value))
        out.push({ capability: family.capability, field, target });
    }
  }
  return out;
}

/**
 * Compares the current manifest's capabilities with the released ones. `current` positions come
 * from its source, so a finding can point at the very line of a list entry.
 */
export function diffCapabilities(released: Capabilities, current: LoadedManifest): CapabilityDiff {
  const diff: CapabilityDiff = { added: [], widened: [], removed: [], unchanged: [] };
  const locate = locator(current);
  for (const family of FAMILIES) {
    const before = family.get(released);
    const after = family.get(current.manifest.capabilities);
    const base = { capability: family.capability, field: fieldOf(family.capability) };
    if (family.kind === 'flag') {
      if (after === true && before !== true) diff.added.push({ ...base, ...at(locate(base)) });
      else if (after !== true && before === true) diff.removed.push(base);
      else if (after === true) diff.unchanged.push({ ...base, ...at(locate(base)) });
      continue;
    }
    const olds = unique(before as string[]);
    const news = unique(after as string[]);
    const covers = coverage(family.kind);
    for (const target of news) {
      const entry = { ...base, target, ...at(locate({ ...base, target })) };
      if (olds.some((o) => same(family.kind, o, target))) {
        diff.unchanged.push(entry);
        continue;
      }
      const wider = olds.filter((o) => covers(target, o));
      if (wider.length > 0) {
        diff.widened.push({ ...entry, related: wider });
        continue;
      }
      // A scope inside a released one grants nothing new: it narrows (the released one is
      // reported as removed below, with this one as what remains of it).
      if (olds.some((o) => covers(o, target))) continue;
      diff.added.push(entry);
    }
    for (const target of olds) {
      if (news.some((n) => same(family.kind, n, target) || covers(n, target))) continue;
      const inside = news.filter((n) => covers(target, n));
      diff.removed.push({ ...base, target, ...(inside.length > 0 ? { related: inside } : {}) });
    }
  }
  return diff;
}

/** How a capability change reads in a message: `filesystem.write "/workspace/**"`. */
export function describeEntry(e: CapabilityEntry): string {
  return e.target === undefined ? e.capability : `${e.capability} ${JSON.stringify(e.target)}`;
}

function at(position: Position | undefined): { position?: Position } {
  return position ? { position } : {};
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

function same(kind: Kind, a: string, b: string): boolean {
  if (kind === 'host') return a.toLowerCase() === b.toLowerCase();
  if (kind === 'path') return a.replace(/\/+$/, '') === b.replace(/\/+$/, '') || a === b;
  return a === b;
}

/** `covers(outer, inner)`: every use `inner` allows, `outer` allows too. */
function coverage(kind: Kind): (outer: string, inner: string) => boolean {
  if (kind === 'host') return hostCovers;
  if (kind === 'path') return pathCovers;
  return () => false;
}

function hostCovers(outer: string, inner: string): boolean {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  if (o === i) return false;
  if (o === '*') return true;
  if (i === '*') return false;
  if (o.startsWith('*.')) {
    const domain = o.slice(2);
    const bare = i.startsWith('*.') ? i.slice(2) : i;
    return bare === domain || bare.endsWith(`.${domain}`);
  }
  return false;
}

const GLOB = /[*?[{]/;
const matchers = new Map<string, (path: string) => boolean>();

function matcher(pattern: string): (path: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    try {
      m = picomatch(pattern, { dot: true, strictBrackets: true });
    } catch {
      m = () => false;
    }
    if (matchers.size > 10_000) matchers.clear();
    matchers.set(pattern, m);
  }
  return m;
}

/**
 * Whether path scope `outer` grants everything `inner` grants. A glob-free scope covers its own
 * subtree (Samuel's literal prefix match); a glob covers `inner` when it matches `inner` read as a
 * path, and, for a glob-free `inner`, also a path below it.
 */
function pathCovers(outer: string, inner: string): boolean {
  const o = outer.replace(/\/+$/, '');
  const i = inner.replace(/\/+$/, '');
  if (o === i) return false;
  if (!GLOB.test(o)) return o === '' || i.startsWith(`${o}/`) || o === '/';
  const matches = matcher(o);
  if (!matches(i)) return false;
  return GLOB.test(i) || matches(`${i}/x`);
}

/** Finds the position of a capability (or one entry of its list) in the current manifest. */
function locator(loaded: LoadedManifest): (e: CapabilityEntry) => Position | undefined {
  return (e) => {
    const fieldPos = loaded.positions.get(e.field);
    if (e.target === undefined) return fieldPos;
    const node = nodeAt(loaded, e.field);
    const item = node?.items?.find(
      (n) => typeof n.value === 'string' && n.value.trim() === e.target,
    );
    return item?.valuePos ?? fieldPos;
  };
}

let treeCache: { source: string; root: TomlNode | undefined } | undefined;

/** The node of a dotted field in the manifest's tree (keys matched without case, as Samuel does). */
function nodeAt(loaded: LoadedManifest, field: string): TomlNode | undefined {
  if (treeCache?.source !== loaded.source) {
    let root: TomlNode | undefined;
    try {
      root = parseTomlTree(loaded.source);
    } catch {
      root = undefined;
    }
    treeCache = { source: loaded.source, root };
  }
  let node = treeCache.root;
  for (const key of field.split('.')) {
    const entries: Map<string, TomlNode> | undefined = node?.entries;
    if (!entries) return undefined;
    node = entries.get(key) ?? [...entries].find(([k]) => k.toLowerCase() === key)?.[1];
  }
  return node;
}
