/**
 * How Samuel v2.3 launches an oci plugin and talks to it, as data (contract §3):
 * `internal/plugin/oci/launcher.go` (`BuildRunArgs`, `CapabilityMountsFromManifest`),
 * `plugin.go` (`BuildMountLayout`), `capability.go` (`FromManifest`), `runtime.go`
 * (`SAMUEL_RUNTIME`) and `bridge/bridge.go` (the JSON envelope over `/samuel-bridge`). v2.3 uses
 * this launch only for the agent sandbox; plugin launches will use the same code.
 */

/** The container runtimes Samuel knows, as `SAMUEL_RUNTIME` spells them. */
export const SAMUEL_RUNTIMES = ['podman', 'podman-root', 'docker'] as const;
export type SamuelRuntime = (typeof SAMUEL_RUNTIMES)[number];

/**
 * The runtime Samuel picks: `SAMUEL_RUNTIME` (case-insensitive, anything else is an error in
 * Samuel), else podman (always treated as rootless), else docker. `has` says what is on PATH.
 */
export function samuelRuntime(
  env: NodeJS.ProcessEnv,
  has: (program: string) => boolean,
): { runtime?: SamuelRuntime; program?: string; problem?: string } {
  const override = (env.SAMUEL_RUNTIME ?? '').trim().toLowerCase();
  if (override) {
    if (!(SAMUEL_RUNTIMES as readonly string[]).includes(override)) {
      return {
        problem: `SAMUEL_RUNTIME="${env.SAMUEL_RUNTIME}" is not one of ${SAMUEL_RUNTIMES.join(', ')}: Samuel refuses it`,
      };
    }
    const program = override === 'docker' ? 'docker' : 'podman';
    if (!has(program))
      return { problem: `SAMUEL_RUNTIME=${override} but ${program} is not on PATH` };
    return { runtime: override as SamuelRuntime, program };
  }
  if (has('podman')) return { runtime: 'podman', program: 'podman' };
  if (has('docker')) return { runtime: 'docker', program: 'docker' };
  return { problem: 'no container runtime found (podman or docker)' };
}

/** The capability kinds a grant can carry (`capability.Kind`). */
export type CapabilityKind =
  | 'filesystem.read'
  | 'filesystem.write'
  | 'exec'
  | 'network.outbound'
  | 'samuel.api'
  | 'assistant.invoke';

/** One requested (and, at install with `--yes`, granted) capability. */
export interface Grant {
  kind: CapabilityKind;
  targets: string[];
}

/** The parts of a manifest the launch reads; `PluginManifest` satisfies it. */
export interface LaunchManifest {
  name: string;
  capabilities: {
    exec: boolean;
    env: string[];
    filesystem: { read: string[]; write: string[] };
    network: { outbound: string[] };
    samuelApi: boolean;
    assistantInvoke: boolean;
  };
  oci?: { entrypoint?: string[]; workdir?: string; cpuQuota?: string; memoryLimit?: string };
}

/**
 * The capabilities a manifest requests, in Samuel's order. Only the legacy
 * `[capabilities.network].outbound` becomes a network grant; `allowed_hosts` does not.
 */
export function grantsFromManifest(m: Pick<LaunchManifest, 'capabilities'>): Grant[] {
  const c = m.capabilities;
  const out: Grant[] = [];
  if (c.filesystem.read.length) out.push({ kind: 'filesystem.read', targets: c.filesystem.read });
  if (c.filesystem.write.length)
    out.push({ kind: 'filesystem.write', targets: c.filesystem.write });
  if (c.exec) out.push({ kind: 'exec', targets: [] });
  if (c.network.outbound.length)
    out.push({ kind: 'network.outbound', targets: c.network.outbound });
  if (c.samuelApi) out.push({ kind: 'samuel.api', targets: [] });
  if (c.assistantInvoke) out.push({ kind: 'assistant.invoke', targets: [] });
  return out;
}

/** Host paths of the fixed mounts (`MountLayout`); the container side is fixed by Samuel. */
export interface MountLayout {
  workspace: string;
  skills: string;
  samuelRun: string;
  pluginConfig: string;
  bridgeSocket: string;
}

/** `BuildMountLayout(home)` for plugin `name` in `projectDir`. */
export function mountLayout(projectDir: string, home: string, name: string): MountLayout {
  const join = (...p: string[]) => p.join('/').replace(/\/+/g, '/');
  return {
    workspace: projectDir,
    skills: join(home, '.samuel', 'builtins'),
    samuelRun: join(projectDir, '.samuel', 'run'),
    pluginConfig: join(projectDir, '.samuel', 'plugins', name, 'config'),
    bridgeSocket: join(projectDir, '.samuel', 'run', `${name}.sock`),
  };
}

/** The container side of each fixed mount. */
export const CONTAINER_PATHS = {
  workspace: '/workspace',
  skills: '/skills',
  samuelRun: '/.samuel/run',
  pluginConfig: '/plugin/config',
  bridgeSocket: '/samuel-bridge',
} as const;

/** A `-v` bind from `[capabilities.filesystem]`. */
export interface CapabilityMount {
  hostPath: string;
  containerPath: string;
  readOnly: boolean;
}

/** Go's `filepath.Clean` for the absolute and relative paths manifests hold. */
function cleanPath(p: string): string {
  const abs = p.startsWith('/');
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!abs) parts.push('..');
      continue;
    }
    parts.push(s);
  }
  return (abs ? '/' : '') + parts.join('/') || (abs ? '/' : '.');
}

/** `normalizeContainerPath`: relative entries (globs included, literally) sit under /workspace. */
export function containerPathOf(entry: string): string {
  const p = entry.trim();
  if (!p) return '';
  return p.startsWith('/') ? p : cleanPath(`/workspace/${p}`);
}

/** `containerPathToHost`: /workspace maps to the project, any other path to itself. */
export function hostPathOf(containerPath: string, projectDir: string): string {
  if (containerPath === '/workspace') return projectDir;
  if (containerPath.startsWith('/workspace/'))
    return cleanPath(`${projectDir}/${containerPath.slice('/workspace/'.length)}`);
  return containerPath;
}

/**
 * `CapabilityMountsFromManifest`: one bind per filesystem entry, read entries first (read-only
 * unless also written), then write entries; a glob is mounted literally, as Samuel does.
 */
export function capabilityMounts(m: LaunchManifest, projectDir: string): CapabilityMount[] {
  const { read, write } = m.capabilities.filesystem;
  const writes = new Set(write.map(containerPathOf));
  const seen = new Set<string>();
  const out: CapabilityMount[] = [];
  const add = (entry: string, readOnly: boolean) => {
    const containerPath = containerPathOf(entry);
    if (seen.has(containerPath)) return;
    seen.add(containerPath);
    out.push({ hostPath: hostPathOf(containerPath, projectDir), containerPath, readOnly });
  };
  for (const r of read) add(r, !writes.has(containerPathOf(r)));
  for (const w of write) add(w, false);
  return out;
}

/** True when a grant lets the plugin write /workspace (which then mounts the whole project rw). */
export function workspaceWritable(grants: Grant[]): boolean {
  return grants.some(
    (g) =>
      g.kind === 'filesystem.write' &&
      g.targets.some((t) => t === '/workspace' || t.startsWith('/workspace/')),
  );
}

export interface LaunchOptions {
  image: string;
  layout: MountLayout;
  grants: Grant[];
  envAllowlist: string[];
  hostEnv: NodeJS.ProcessEnv;
  /** `UID:GID` of the host user; Samuel always passes it. */
  user?: string;
  entrypoint?: string[];
  workdir?: string;
  cpuQuota?: string;
  memoryLimit?: string;
  extraMounts: CapabilityMount[];
  proxySocket?: string;
  networkMode?: string;
  command?: string[];
}

/** `BuildRunArgs`: the argument list after the runtime's program name, in Samuel's order. */
export function buildRunArgs(o: LaunchOptions): string[] {
  const args = ['run', '--rm'];
  if (o.user) args.push('--user', o.user);
  const mode = workspaceWritable(o.grants) ? '' : ':ro';
  const L = o.layout;
  const C = CONTAINER_PATHS;
  if (L.workspace) args.push('-v', `${L.workspace}:${C.workspace}${mode}`);
  if (L.skills) args.push('-v', `${L.skills}:${C.skills}:ro`);
  if (L.samuelRun) args.push('-v', `${L.samuelRun}:${C.samuelRun}${mode}`);
  if (L.pluginConfig) args.push('-v', `${L.pluginConfig}:${C.pluginConfig}:ro`);
  if (L.bridgeSocket) args.push('-v', `${L.bridgeSocket}:${C.bridgeSocket}`);
  for (const m of o.extraMounts)
    args.push('-v', `${m.hostPath}:${m.containerPath}${m.readOnly ? ':ro' : ''}`);
  if (o.proxySocket) {
    args.push('-v', `${o.proxySocket}:/samuel-proxy`);
    for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'])
      args.push('-e', `${k}=unix:///samuel-proxy`);
  }
  const network =
    o.networkMode ||
    (o.grants.some((g) => g.kind === 'network.outbound' && g.targets.length) ? 'bridge' : 'none');
  args.push('--network', network);
  if (o.cpuQuota) args.push('--cpus', o.cpuQuota);
  if (o.memoryLimit) args.push('--memory', o.memoryLimit);
  if (o.workdir) args.push('-w', o.workdir);
  if (o.entrypoint?.length) args.push('--entrypoint', o.entrypoint[0]!);
  const allow = new Set(o.envAllowlist);
  for (const [k, v] of Object.entries(o.hostEnv)) {
    if (allow.has(k) && v !== undefined) args.push('-e', `${k}=${v}`);
  }
  args.push(o.image);
  if (o.entrypoint && o.entrypoint.length > 1) args.push(...o.entrypoint.slice(1));
  args.push(...(o.command ?? []));
  return args;
}

/** The launch options Samuel derives from a manifest, with every capability granted. */
export function launchOptionsFor(
  m: LaunchManifest,
  image: string,
  place: { projectDir: string; home: string; user?: string; hostEnv: NodeJS.ProcessEnv },
): LaunchOptions {
  const o = m.oci ?? {};
  return {
    image,
    layout: mountLayout(place.projectDir, place.home, m.name),
    grants: grantsFromManifest(m),
    envAllowlist: m.capabilities.env,
    hostEnv: place.hostEnv,
    ...(place.user ? { user: place.user } : {}),
    ...(o.entrypoint?.length ? { entrypoint: o.entrypoint } : {}),
    ...(o.workdir ? { workdir: o.workdir } : {}),
    ...(o.cpuQuota ? { cpuQuota: o.cpuQuota } : {}),
    ...(o.memoryLimit ? { memoryLimit: o.memoryLimit } : {}),
    extraMounts: capabilityMounts(m, place.projectDir),
  };
}

/** Unix socket paths longer than this (sun_path, with its NUL) cannot be bound or dialled. */
export const MAX_SOCKET_PATH = 107;

// ---- The bridge (bridge.go) -------------------------------------------------------------

/** The methods of `PluginService`, as the envelope names them. */
export const BRIDGE_METHODS = [
  'PluginService/Detect',
  'PluginService/Install',
  'PluginService/Check',
  'PluginService/Uninstall',
  'PluginService/Hook',
] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** A request on the wire: `{"method": "...", "body": {...}}`, one per connection. */
export interface BridgeRequest {
  method: string;
  body?: unknown;
}

/** A response on the wire; Go's `omitempty` drops an empty `error` and an empty `body`. */
export interface BridgeResponse {
  ok: boolean;
  error?: string;
  body?: unknown;
}

/** What Samuel answers when no handler is registered (v2.3 registers none). */
export const bridgeErrors = {
  unimplemented: (method: string) => `unimplemented: ${method}`,
  unknownMethod: (method: string) => `unknown method: ${method}`,
  unknownHook: (name: string) => `unknown hook: ${name}`,
  malformed: (why: string) => `bridge: malformed request: ${why}`,
};

type FieldType = 'bool' | 'string' | 'bytes' | 'capabilities' | 'mutations' | 'string-map';

/**
 * The request messages of `plugin.proto`, by JSON name (the bridge's Go structs use the proto
 * field names in snake_case). `bytes` fields are raw JSON in the envelope.
 */
export const BRIDGE_REQUEST_FIELDS: Record<BridgeMethod, Record<string, FieldType>> = {
  'PluginService/Detect': {},
  'PluginService/Install': {
    dry_run: 'bool',
    force: 'bool',
    verbose: 'bool',
    granted: 'capabilities',
  },
  'PluginService/Check': {},
  'PluginService/Uninstall': {
    dry_run: 'bool',
    global: 'bool',
    project: 'bool',
    all: 'bool',
    prior_mutations: 'mutations',
  },
  'PluginService/Hook': { hook_name: 'string', payload: 'bytes', env: 'string-map' },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldProblem(type: FieldType, v: unknown): string | undefined {
  const listOf = (keys: Record<string, 'string' | 'strings'>) =>
    Array.isArray(v) &&
    v.every(
      (e) =>
        isObject(e) &&
        Object.entries(e).every(([k, x]) =>
          keys[k] === 'string'
            ? typeof x === 'string'
            : keys[k] === 'strings'
              ? Array.isArray(x) && x.every((s) => typeof s === 'string')
              : false,
        ),
    );
  switch (type) {
    case 'bool':
      return typeof v === 'boolean' ? undefined : 'a boolean';
    case 'string':
      return typeof v === 'string' ? undefined : 'a string';
    case 'bytes':
      return undefined;
    case 'string-map':
      return isObject(v) && Object.values(v).every((x) => typeof x === 'string')
        ? undefined
        : 'an object of strings';
    case 'capabilities':
      return listOf({ kind: 'string', targets: 'strings' })
        ? undefined
        : 'a list of {kind, targets}';
    case 'mutations':
      return listOf({ kind: 'string', path: 'string', description: 'string' })
        ? undefined
        : 'a list of {kind, path, description}';
  }
}

/**
 * Checks one request against the envelope and `plugin.proto`; returns the problems (empty
 * when the request is well formed). Samuel's Go decoder drops unknown fields and ignores type
 * errors in the body, so these are what a plugin author would never learn from Samuel.
 */
export function checkBridgeRequest(value: unknown): string[] {
  if (!isObject(value)) return ['the request is not a JSON object'];
  const problems: string[] = [];
  for (const k of Object.keys(value)) {
    if (k !== 'method' && k !== 'body') problems.push(`unknown envelope field "${k}"`);
  }
  if (typeof value.method !== 'string') return [...problems, '"method" is not a string'];
  const fields = BRIDGE_REQUEST_FIELDS[value.method as BridgeMethod];
  if (!fields) {
    return [
      ...problems,
      `unknown method "${value.method}" (Samuel knows ${BRIDGE_METHODS.join(', ')})`,
    ];
  }
  const body = value.body;
  if (body === undefined || body === null) {
    if (value.method === 'PluginService/Hook') problems.push('a Hook request needs "hook_name"');
    return problems;
  }
  if (!isObject(body)) return [...problems, '"body" is not a JSON object'];
  for (const [k, v] of Object.entries(body)) {
    const type = fields[k];
    if (!type) {
      problems.push(`"${k}" is not a field of ${value.method.split('/')[1]}Request`);
      continue;
    }
    const want = fieldProblem(type, v);
    if (want) problems.push(`"${k}" must be ${want}`);
  }
  if (value.method === 'PluginService/Hook' && typeof body.hook_name !== 'string')
    problems.push('a Hook request needs "hook_name"');
  return problems;
}

/**
 * Samuel's answer to a request when it registered no handlers (v2.3): `unimplemented` for the
 * four plain methods, `unknown hook` for a hook, `unknown method` for anything else.
 */
export function unregisteredAnswer(value: unknown): BridgeResponse {
  if (!isObject(value)) return { ok: false, error: bridgeErrors.malformed('not an object') };
  const method = typeof value.method === 'string' ? value.method : '';
  if (method === 'PluginService/Hook') {
    const body = isObject(value.body) ? value.body : {};
    const name = typeof body.hook_name === 'string' ? body.hook_name : '';
    return { ok: false, error: bridgeErrors.unknownHook(name) };
  }
  if ((BRIDGE_METHODS as readonly string[]).includes(method))
    return { ok: false, error: bridgeErrors.unimplemented(method) };
  return { ok: false, error: bridgeErrors.unknownMethod(method) };
}
