/**
 * The guest side of the harness: instantiates the module the way Samuel's wazero runtime does
 * (host module `samuel`, WASI preview1, `_start` run at instantiation, `_initialize` not) and
 * runs the probes. It executes inside a worker thread so a hung guest can be terminated.
 *
 * `guestMain` is shipped to the worker as source text (Function#toString) so it works the same
 * from TypeScript tests, the CLI and the single-file bundle: it must not reference anything
 * outside its own body — Node modules arrive as arguments.
 */
import type { GuestPolicy } from './policy.js';
import type { WasmEngine, WasmInstance, WasmMemory } from './engine.js';

/** What the worker receives. */
export interface GuestInput {
  /** Module bytes, already rewritten so memory cannot grow past the cap. */
  bytes: Uint8Array;
  policy: GuestPolicy;
  /** Exports the manifest declares (checked for presence as functions). */
  declared: string[];
  /** Exports to call after the probes (`--call`). */
  calls: string[];
  /** Call `_initialize` first (Samuel v2.3 does not; for testing reactor logic only). */
  initialize: boolean;
  /** File descriptors for the guest's stdout and stderr. */
  stdoutFd: number;
  stderrFd: number;
}

/** The outcome of one call into the guest. */
export interface CallOutcome {
  name: string;
  missing?: boolean;
  value?: number;
  /** Trap or exit message, with the wasm frames that led to it. */
  error?: string;
  ms: number;
}

/** What the worker reports when it finishes. */
export interface GuestResult {
  /** Set when the module did not compile, link or start. */
  instantiateError?: string;
  /** Set when `_start` exited with code 0: later calls fail like in wazero. */
  closedAfterStart?: boolean;
  protocol?: CallOutcome;
  health?: CallOutcome;
  presentExports: string[];
  calls: CallOutcome[];
}

/** Messages from the worker, in order. */
export type GuestMessage =
  | { t: 'phase'; name: string }
  | { t: 'log'; line: string }
  | { t: 'denial'; line: string }
  | { t: 'memory'; bytes: number }
  | { t: 'done'; result: GuestResult }
  | { t: 'crash'; message: string };

type WasiCtor = typeof import('node:wasi').WASI;
type Fn = (...args: unknown[]) => unknown;

/** Runs inside the worker; see the file comment for why it is self-contained. */
export async function guestMain(
  input: GuestInput,
  post: (m: GuestMessage) => void,
  WASI: WasiCtor,
  fs: typeof import('node:fs'),
  path: typeof import('node:path'),
): Promise<GuestResult> {
  const p = input.policy;
  const result: GuestResult = { presentExports: [], calls: [] };
  const dec = new TextDecoder();
  // The global is read inside the worker; engine.ts only lends the types.
  const WA = (globalThis as unknown as { WebAssembly: WasmEngine }).WebAssembly;
  // Assigned once the instance exists; the host functions close over it before that.
  // eslint-disable-next-line prefer-const
  let memory: WasmMemory | undefined;
  let exports: Record<string, unknown> = {};
  let exitCode: number | null = null;

  const deny = (line: string): void => post({ t: 'denial', line: 'denied: ' + line });
  const bytesAt = (ptr: number, len: number): Uint8Array | undefined => {
    try {
      return memory ? new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0).slice() : undefined;
    } catch {
      return undefined; // out of range: Samuel's Memory().Read fails the same way
    }
  };
  const str = (ptr: number, len: number): string => {
    const b = bytesAt(ptr, len);
    return b ? dec.decode(b) : '';
  };
  const compile = (gs: GuestPolicy['fsRead']) =>
    gs.map((g) => ({ ...g, re: new RegExp(g.source, g.flags) }));
  const readGrants = compile(p.fsRead);
  const writeGrants = compile(p.fsWrite);
  // Samuel's capability.Match: a doublestar glob, or a literal path and everything below it.
  const matches = (gs: ReturnType<typeof compile>, target: string): boolean =>
    gs.some(
      (g) =>
        g.re.test(target) ||
        (g.literal && (target === g.glob || target.startsWith(g.glob.replace(/\/+$/, '') + '/'))),
    );
  const allowsHost = (hostPort: string): boolean => {
    const viaHosts = p.hosts.some(
      (pat) =>
        pat === '*' ||
        pat === hostPort ||
        (pat.startsWith('*.') && hostPort.endsWith(pat.slice(1))),
    );
    const i = hostPort.lastIndexOf(':');
    const host = i >= 0 ? hostPort.slice(0, i) : hostPort;
    const viaOutbound = p.outbound.some(
      (pat) =>
        pat === '*' ||
        pat === host ||
        (pat.startsWith('*.') && (host.endsWith(pat.slice(1)) || host === pat.slice(2))),
    );
    return viaHosts || viaOutbound;
  };
  // Guest paths are absolute paths of the plugin's world; they resolve inside the workspace.
  const onHost = (guestPath: string): string =>
    path.join(p.workspace, path.posix.normalize('/' + guestPath));

  const samuel: Record<string, Fn> = {
    log: (lp, ll, mp, ml) => {
      post({
        t: 'log',
        line: `[${str(lp as number, ll as number)}] ${str(mp as number, ml as number)}`,
      });
    },
    fs_read: (pp, pl) => {
      const target = str(pp as number, pl as number);
      if (!matches(readGrants, target)) {
        deny(`wasm: plugin "${p.plugin}" lacks filesystem.read capability for "${target}"`);
        return 0n;
      }
      let body: Buffer;
      try {
        body = fs.readFileSync(onHost(target));
      } catch {
        return 0n;
      }
      const alloc = exports.samuel_alloc;
      if (typeof alloc !== 'function' || !memory) return 0n;
      const ptr = ((alloc as Fn)(body.length) as number) >>> 0;
      try {
        new Uint8Array(memory.buffer, ptr, body.length).set(body);
      } catch {
        return 0n;
      }
      return BigInt(ptr);
    },
    fs_write: (pp, pl, bp, bl) => {
      const target = str(pp as number, pl as number);
      if (!matches(writeGrants, target)) {
        deny(`wasm: plugin "${p.plugin}" lacks filesystem.write capability for "${target}"`);
        return 2;
      }
      const body = bytesAt(bp as number, bl as number);
      if (!body) return 1;
      try {
        fs.writeFileSync(onHost(target), body, { mode: 0o600 });
      } catch {
        return 1;
      }
      return 0;
    },
    exec: (cp, cl) => {
      const cmd = str(cp as number, cl as number);
      if (!p.exec) {
        deny(`wasm: plugin "${p.plugin}" lacks exec capability`);
        return 2;
      }
      // Samuel v2.3 records the command and spawns nothing.
      post({ t: 'log', line: 'exec: ' + cmd });
      return 0;
    },
    net_outbound: (hp, hl) => {
      const host = str(hp as number, hl as number);
      if (!allowsHost(host)) {
        deny(`network.outbound ${host} not in allowlist`);
        return 2;
      }
      return 0;
    },
    config_get: () => 0n,
    callback: () => 0,
  };

  const wasi = new WASI({
    version: 'preview1',
    args: [p.plugin],
    env: p.env,
    preopens: p.preopens,
    returnOnExit: true,
    stdout: input.stdoutFd,
    stderr: input.stderrFd,
  });
  const wasiImport: Record<string, Fn> = { ...(wasi.wasiImport as Record<string, Fn>) };
  const realExit = wasiImport.proc_exit as Fn;
  wasiImport.proc_exit = (code) => {
    exitCode = code as number;
    return realExit(code);
  };
  // node:wasi has no read-only preopens: refuse mutations below a read-only mount ourselves.
  const roFds = new Set<number>();
  Object.keys(p.preopens).forEach((guest, i) => {
    if (p.readOnly.includes(guest)) roFds.add(3 + i);
  });
  const ENOTCAPABLE = 76;
  const guardFd = (name: string, fdArg: number): void => {
    const real = wasiImport[name] as Fn;
    wasiImport[name] = (...args) => {
      if (roFds.has(args[fdArg] as number)) {
        deny(`filesystem.write via WASI ${name} below a read-only mount`);
        return ENOTCAPABLE;
      }
      return real(...args);
    };
  };
  for (const [name, fdArg] of [
    ['path_create_directory', 0],
    ['path_remove_directory', 0],
    ['path_unlink_file', 0],
    ['path_rename', 3],
    ['path_symlink', 2],
    ['path_link', 4],
    ['path_filestat_set_times', 0],
  ] as const) {
    guardFd(name, fdArg);
  }
  const realOpen = wasiImport.path_open as Fn;
  wasiImport.path_open = (...args) => {
    const [fd, , pp, pl, oflags, rights, , fdflags, fdOut] = args as [
      number,
      number,
      number,
      number,
      number,
      bigint,
      bigint,
      number,
      number,
    ];
    const ro = roFds.has(fd);
    const writes =
      (oflags & (1 | 8)) !== 0 || (BigInt(rights) & (1n << 6n)) !== 0n || (fdflags & 1) !== 0;
    if (ro && writes) {
      deny(`filesystem.write ${str(pp, pl)} is below a read-only mount`);
      return ENOTCAPABLE;
    }
    const errno = realOpen(...args);
    if (ro && errno === 0 && memory)
      roFds.add(new DataView(memory.buffer).getUint32(fdOut >>> 0, true));
    return errno;
  };

  const frames = (e: unknown): string => {
    const err = e as Error;
    const names = String(err?.stack ?? '')
      .split('\n')
      .map(
        (l) =>
          /at (\S+) \(wasm:\/\//.exec(l)?.[1] ??
          /at wasm:\/\/\S*:(wasm-function\[\d+\])/.exec(l)?.[1],
      )
      .filter((n): n is string => !!n)
      .slice(0, 4);
    return `${err?.message ?? String(e)}${names.length ? ` (in ${names.join(' ← ')})` : ''}`;
  };
  const reportMemory = (): void => {
    if (memory) post({ t: 'memory', bytes: memory.buffer.byteLength });
  };
  const call = (name: string): CallOutcome => {
    post({ t: 'phase', name });
    const fn = exports[name];
    if (typeof fn !== 'function') return { name, missing: true, ms: 0 };
    const started = performance.now();
    try {
      if (exitCode !== null) throw new Error(`module closed with exit_code(${exitCode})`);
      const value = (fn as Fn)() as number | bigint | undefined;
      return {
        name,
        ...(value === undefined ? {} : { value: Number(value) }),
        ms: performance.now() - started,
      };
    } catch (e) {
      const error = exitCode !== null ? `module closed with exit_code(${exitCode})` : frames(e);
      return { name, error, ms: performance.now() - started };
    } finally {
      reportMemory();
    }
  };

  post({ t: 'phase', name: 'instantiate' });
  let instance: WasmInstance;
  try {
    const mod = await WA.compile(input.bytes);
    instance = await WA.instantiate(mod, { wasi_snapshot_preview1: wasiImport, samuel });
  } catch (e) {
    result.instantiateError = frames(e);
    return result;
  }
  exports = instance.exports as Record<string, unknown>;
  memory =
    exports.memory instanceof WA.Memory
      ? exports.memory
      : (Object.values(exports).find((v) => v instanceof WA.Memory) as WasmMemory | undefined);
  reportMemory();
  try {
    if (typeof exports._start === 'function') {
      post({ t: 'phase', name: '_start' });
      const code = wasi.start(instance);
      if (exitCode !== null && code !== 0) {
        result.instantiateError = `module closed with exit_code(${code})`;
        return result;
      }
      result.closedAfterStart = exitCode !== null;
    } else if (input.initialize && typeof exports._initialize === 'function') {
      post({ t: 'phase', name: '_initialize' });
      wasi.initialize(instance);
    } else {
      // Arm node:wasi for reactors without running _initialize, as wazero does.
      wasi.initialize({
        exports: { memory: memory ?? new WA.Memory({ initial: 0 }) },
      } as unknown as WasmInstance);
    }
  } catch (e) {
    result.instantiateError =
      exitCode !== null ? `module closed with exit_code(${exitCode})` : frames(e);
    return result;
  } finally {
    reportMemory();
  }

  result.presentExports = input.declared.filter((n) => typeof exports[n] === 'function');
  result.protocol = call('samuel_protocol_version');
  result.health = call('health');
  for (const name of input.calls) result.calls.push(call(name));
  return result;
}
