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
import type { CompiledModule, WasmEngine, WasmInstance, WasmMemory } from './engine.js';
import type { COUNTER, GUEST_LIMITS } from './limits.js';

/** What the worker receives. */
export interface GuestInput {
  /** The compiled module (memory already capped), compiled by the parent and shared. */
  module: CompiledModule;
  policy: GuestPolicy;
  /** Exports the manifest declares (checked for presence as functions). */
  declared: string[];
  /** Exports to call after the probes (`--call`). */
  calls: string[];
  /** Call `_initialize` first (Samuel v2.3 does not; for testing reactor logic only). */
  initialize: boolean;
  /** A descriptor of the null device: the guest's stdin, stdout and stderr at the OS level. */
  nullFd: number;
  /** Counters and the kept stdout/stderr bytes, shared with the parent (see limits.ts). */
  shared: SharedArrayBuffer;
  limits: typeof GUEST_LIMITS;
  counter: typeof COUNTER;
  layout: { stdout: number; stderr: number };
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
  /** A log line; `cut` counts the bytes of the message that were not kept. */
  | { t: 'log'; line: string; cut: number }
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
  const L = input.limits;
  const C = input.counter;
  const result: GuestResult = { presentExports: [], calls: [] };
  const dec = new TextDecoder();
  const counters = new Float64Array(input.shared, 0, 8);
  // The global is read inside the worker; engine.ts only lends the types.
  const WA = (globalThis as unknown as { WebAssembly: WasmEngine }).WebAssembly;
  // Assigned once the instance exists; the host functions close over it before that.
  // eslint-disable-next-line prefer-const
  let memory: WasmMemory | undefined;
  let exports: Record<string, unknown> = {};
  let exitCode: number | null = null;
  let logsKept = 0;
  let denialsKept = 0;

  // WASI errno values (preview1).
  const EBADF = 8;
  const EFAULT = 21;
  const EINVAL = 28;
  const ENOSPC = 51;
  const ENOTSUP = 58;
  const ENOTCAPABLE = 76;

  const view = (): DataView | undefined => (memory ? new DataView(memory.buffer) : undefined);
  const inRange = (ptr: number, len: number): boolean =>
    !!memory && (ptr >>> 0) + (len >>> 0) <= memory.buffer.byteLength;
  /** At most `max` bytes at ptr, or undefined when the whole range is not in memory. */
  const bytesAt = (ptr: number, len: number, max = Infinity): Uint8Array | undefined => {
    if (!memory || !inRange(ptr, len)) return undefined; // Samuel's Memory().Read fails the same way
    return new Uint8Array(memory.buffer, ptr >>> 0, Math.min(len >>> 0, max)).slice();
  };
  const str = (ptr: number, len: number, max = L.pathBytes): string | undefined => {
    if (len >>> 0 > max) return undefined;
    const b = bytesAt(ptr, len);
    return b ? dec.decode(b) : '';
  };
  /** Text kept for the report: at most `max` bytes (the caller notes what was cut). */
  const kept = (ptr: number, len: number, max: number): string => {
    const b = bytesAt(ptr, len, max);
    return b ? dec.decode(b) : '';
  };
  const cutOf = (ptr: number, len: number, max: number): number =>
    inRange(ptr, len) ? Math.max(0, (len >>> 0) - max) : 0;
  const deny = (line: string): void => {
    if (denialsKept < L.denials) {
      denialsKept++;
      post({ t: 'denial', line: 'denied: ' + line });
    } else counters[C.denialsCut] = (counters[C.denialsCut] ?? 0) + 1;
  };
  const log = (line: string, bytes: number, cut: number): void => {
    if (logsKept < L.logLines) {
      logsKept++;
      post({ t: 'log', line, cut });
    } else {
      counters[C.logLinesCut] = (counters[C.logLinesCut] ?? 0) + 1;
      counters[C.logBytesCut] = (counters[C.logBytesCut] ?? 0) + bytes;
    }
  };
  /** Reserves workspace bytes; false (and counted) when the quota would be exceeded. */
  const reserve = (n: number): boolean => {
    const used = counters[C.workspaceBytes] ?? 0;
    if (used + n > L.workspaceBytes) {
      counters[C.workspaceRefused] = (counters[C.workspaceRefused] ?? 0) + 1;
      return false;
    }
    counters[C.workspaceBytes] = used + n;
    return true;
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
  // Guest paths are absolute paths of the plugin's world; they resolve inside the workspace, and
  // what they finally point at (after symlinks the guest may have made) must stay inside it.
  const root = fs.realpathSync(p.workspace);
  const onHost = (guestPath: string): string =>
    path.join(p.workspace, path.posix.normalize('/' + guestPath));
  const insideRoot = (real: string): boolean => real === root || real.startsWith(root + path.sep);

  // Samuel's host functions return at once while there is no host state (the start function,
  // _start and the protocol probe run without one); after that they read their arguments from
  // the module's memory, and a module without one panics the call, which traps the guest.
  let hostState = false;
  const needMemory = (fn: string): void => {
    if (!memory) throw new Error(`samuel.${fn} called by a module without memory`);
  };

  const samuel: Record<string, Fn> = {
    log: (lp, ll, mp, ml) => {
      if (!hostState) return;
      needMemory('log');
      const level = kept(lp as number, ll as number, L.logLevelBytes);
      const msg = kept(mp as number, ml as number, L.logMessageBytes);
      log(
        `[${level}] ${msg}`,
        ((ll as number) >>> 0) + ((ml as number) >>> 0),
        cutOf(lp as number, ll as number, L.logLevelBytes) +
          cutOf(mp as number, ml as number, L.logMessageBytes),
      );
    },
    fs_read: (pp, pl) => {
      if (!hostState) return 0n;
      needMemory('fs_read');
      const target = str(pp as number, pl as number);
      if (target === undefined) return 0n;
      if (!matches(readGrants, target)) {
        deny(`wasm: plugin "${p.plugin}" lacks filesystem.read capability for "${target}"`);
        return 0n;
      }
      let body: Buffer;
      let fd: number | undefined;
      try {
        const real = fs.realpathSync(onHost(target));
        if (!insideRoot(real)) return 0n;
        fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
        const st = fs.fstatSync(fd);
        if (!st.isFile() || st.size > L.workspaceBytes) return 0n;
        body = Buffer.alloc(st.size);
        let n = 0;
        while (n < body.length) {
          const r = fs.readSync(fd, body, n, body.length - n, null);
          if (r === 0) break;
          n += r;
        }
        body = body.subarray(0, n);
      } catch {
        return 0n;
      } finally {
        if (fd !== undefined) fs.closeSync(fd);
      }
      const alloc = exports.samuel_alloc;
      if (typeof alloc !== 'function' || !memory) return 0n;
      const ptr = ((alloc as Fn)(body.length) as number) >>> 0;
      if (!inRange(ptr, body.length)) return 0n;
      new Uint8Array(memory.buffer, ptr, body.length).set(body);
      return BigInt(ptr);
    },
    fs_write: (pp, pl, bp, bl) => {
      if (!hostState) return 1;
      needMemory('fs_write');
      const target = str(pp as number, pl as number);
      if (target === undefined) return 1;
      if (!matches(writeGrants, target)) {
        deny(`wasm: plugin "${p.plugin}" lacks filesystem.write capability for "${target}"`);
        return 2;
      }
      if (!inRange(bp as number, bl as number)) return 1;
      if (!reserve((bl as number) >>> 0)) return 1;
      const body = bytesAt(bp as number, bl as number) as Uint8Array;
      let fd: number | undefined;
      try {
        const hostPath = onHost(target);
        if (!insideRoot(fs.realpathSync(path.dirname(hostPath)))) return 1;
        fd = fs.openSync(
          hostPath,
          fs.constants.O_WRONLY |
            fs.constants.O_CREAT |
            fs.constants.O_TRUNC |
            fs.constants.O_NOFOLLOW |
            fs.constants.O_NONBLOCK,
          0o600,
        );
        if (!fs.fstatSync(fd).isFile()) return 1;
        fs.writeSync(fd, body);
      } catch {
        return 1;
      } finally {
        if (fd !== undefined) fs.closeSync(fd);
      }
      return 0;
    },
    exec: (cp, cl) => {
      if (!hostState) return 1;
      needMemory('exec');
      const cmd = kept(cp as number, cl as number, L.logMessageBytes);
      if (!p.exec) {
        deny(`wasm: plugin "${p.plugin}" lacks exec capability`);
        return 2;
      }
      // Samuel v2.3 records the command and spawns nothing.
      log(
        'exec: ' + cmd,
        (cl as number) >>> 0,
        cutOf(cp as number, cl as number, L.logMessageBytes),
      );
      return 0;
    },
    net_outbound: (hp, hl) => {
      if (!hostState) return 1;
      needMemory('net_outbound');
      const host = str(hp as number, hl as number);
      if (host === undefined) return 1;
      if (!allowsHost(host)) {
        deny(`network.outbound ${host} not in allowlist`);
        return 2;
      }
      return 0;
    },
    config_get: () => 0n,
    callback: () => 0,
  };

  // The guest gets no stdin (reads see end of file, as in wazero) and its stdout/stderr go to the
  // null device at the OS level; fd_write on 1 and 2 is captured below, up to the cap.
  const wasi = new WASI({
    version: 'preview1',
    args: [p.plugin],
    env: p.env,
    preopens: p.preopens,
    returnOnExit: true,
    stdin: input.nullFd,
    stdout: input.nullFd,
    stderr: input.nullFd,
  });
  const wasiImport: Record<string, Fn> = { ...(wasi.wasiImport as Record<string, Fn>) };
  const real = (name: string): Fn => wasi.wasiImport[name as keyof typeof wasi.wasiImport] as Fn;
  wasiImport.proc_exit = (code) => {
    exitCode = code as number;
    return real('proc_exit')(code);
  };

  /** Sums an iovec array; undefined when it is not inside memory. */
  const iovecs = (iovs: number, n: number): { ptr: number; len: number }[] | undefined => {
    const v = view();
    if (!v || !inRange(iovs, (n >>> 0) * 8)) return undefined;
    const out: { ptr: number; len: number }[] = [];
    for (let i = 0; i < n >>> 0; i++) {
      const ptr = v.getUint32((iovs >>> 0) + i * 8, true);
      const len = v.getUint32((iovs >>> 0) + i * 8 + 4, true);
      if (!inRange(ptr, len)) return undefined;
      out.push({ ptr, len });
    }
    return out;
  };
  const capture = (fd: number, iovs: number, n: number, nwritten: number): number => {
    const list = iovecs(iovs, n);
    if (!list || !inRange(nwritten, 4) || !memory) return EFAULT;
    const slot = fd === 1 ? C.stdoutBytes : C.stderrBytes;
    const base = fd === 1 ? input.layout.stdout : input.layout.stderr;
    const keep = new Uint8Array(input.shared, base, L.stdioBytes);
    let total = 0;
    for (const { ptr, len } of list) {
      const have = (counters[slot] ?? 0) + total;
      if (have < L.stdioBytes) {
        const take = Math.min(len, L.stdioBytes - have);
        keep.set(new Uint8Array(memory.buffer, ptr, take), have);
      }
      total += len;
    }
    counters[slot] = (counters[slot] ?? 0) + total;
    (view() as DataView).setUint32(nwritten >>> 0, total, true);
    return 0;
  };
  const writeWith = (name: 'fd_write' | 'fd_pwrite'): Fn => {
    return (...args) => {
      const [fd, iovs, n] = args as number[];
      if (fd === 1 || fd === 2)
        return capture(fd, iovs as number, n as number, args[args.length - 1] as number);
      const list = iovecs(iovs as number, n as number);
      if (!list) return EFAULT;
      if (!reserve(list.reduce((sum, x) => sum + x.len, 0))) return ENOSPC;
      return real(name)(...args);
    };
  };
  wasiImport.fd_write = writeWith('fd_write');
  wasiImport.fd_pwrite = writeWith('fd_pwrite');
  wasiImport.fd_allocate = (fd, offset, len) =>
    reserve(Number(len as bigint)) ? real('fd_allocate')(fd, offset, len) : ENOSPC;
  const eof = (fd: number, nread: number, realName: string, args: unknown[]): unknown => {
    if (fd !== 0) return real(realName)(...args);
    if (!inRange(nread, 4)) return EFAULT;
    (view() as DataView).setUint32(nread >>> 0, 0, true);
    return 0;
  };
  wasiImport.fd_read = (...args) =>
    eof(args[0] as number, args[args.length - 1] as number, 'fd_read', args);
  wasiImport.fd_pread = (...args) =>
    eof(args[0] as number, args[args.length - 1] as number, 'fd_pread', args);

  // Clocks and sleeps as wazero's defaults: fake clocks that advance 1 ms per reading, and a
  // poll_oneoff that never waits — so no host call can outlive the hard timeout.
  let wallNs = 1640995200000n * 1000000n - 1000000n;
  let monoNs = -1000000n;
  wasiImport.clock_time_get = (id, _precision, out) => {
    if (id !== 0 && id !== 1) return EINVAL;
    if (!inRange(out as number, 8)) return EFAULT;
    const value = id === 0 ? (wallNs += 1000000n) : (monoNs += 1000000n);
    (view() as DataView).setBigUint64((out as number) >>> 0, value, true);
    return 0;
  };
  wasiImport.poll_oneoff = (inPtr, outPtr, nsubs, neventsPtr) => {
    const n = (nsubs as number) >>> 0;
    if (n === 0) return EINVAL;
    const inAt = (inPtr as number) >>> 0;
    const outAt = (outPtr as number) >>> 0;
    if (!inRange(inAt, n * 48) || !inRange(outAt, n * 32) || !inRange(neventsPtr as number, 4))
      return EFAULT;
    const v = view() as DataView;
    new Uint8Array(memory!.buffer, outAt, n * 32).fill(0);
    v.setUint32((neventsPtr as number) >>> 0, n, true);
    const fdstat = real('fd_fdstat_get');
    for (let i = 0; i < n; i++) {
      const sub = inAt + i * 48;
      const ev = outAt + i * 32;
      const tag = v.getUint8(sub + 8);
      let errno = 0;
      if (tag === 0) {
        const flags = v.getUint16(sub + 40, true);
        if (flags === 1) return ENOTSUP;
        if (flags !== 0) return EINVAL;
      } else if (tag === 1 || tag === 2) {
        // Probe the descriptor with fd_fdstat_get, using the event slot as scratch space.
        const exists = fdstat(v.getUint32(sub + 16, true), ev) === 0;
        new Uint8Array(memory!.buffer, ev, 32).fill(0);
        errno = !exists ? EBADF : tag === 2 ? ENOTSUP : 0;
      } else return EINVAL;
      v.setBigUint64(ev, v.getBigUint64(sub, true), true);
      v.setUint16(ev + 8, errno, true);
      v.setUint8(ev + 10, tag);
    }
    return 0;
  };

  // node:wasi has no read-only preopens: refuse mutations below a read-only mount ourselves.
  const roFds = new Set<number>();
  Object.keys(p.preopens).forEach((guest, i) => {
    if (p.readOnly.includes(guest)) roFds.add(3 + i);
  });
  const guardFd = (name: string, fdArg: number): void => {
    const inner = wasiImport[name] as Fn;
    wasiImport[name] = (...args) => {
      if (roFds.has(args[fdArg] as number)) {
        deny(`filesystem.write via WASI ${name} below a read-only mount`);
        return ENOTCAPABLE;
      }
      return inner(...args);
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
      deny(`filesystem.write ${str(pp, pl) ?? ''} is below a read-only mount`);
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
    const message = String(err?.message ?? e).slice(0, 1000);
    return `${message}${names.length ? ` (in ${names.join(' ← ')})` : ''}`;
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
    instance = await WA.instantiate(input.module, { wasi_snapshot_preview1: wasiImport, samuel });
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
  hostState = true;
  result.health = call('health');
  for (const name of input.calls) result.calls.push(call(name));
  return result;
}
