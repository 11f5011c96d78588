/**
 * Samuel's WASM ABI as its runtime (v2.3, wazero) implements it: the host module `samuel`, the
 * WASI preview1 function names wazero provides, the protocol window and reserved export names.
 * The audit and the harness both read these tables, so they can never disagree.
 */
import type { FuncType } from './module.js';

/** Supported `samuel_protocol_version()` window (a missing export counts as 1). */
export const PROTOCOL_MIN = 1;
export const PROTOCOL_MAX = 1;

const i32 = 'i32' as const;
const i64 = 'i64' as const;

/** The capability a host function needs before it does anything, as a manifest field. */
export type HostCapability = 'filesystem.read' | 'filesystem.write' | 'exec' | 'network.hosts';

export interface HostFunction {
  type: FuncType;
  /** Undefined when the function is always allowed. */
  needs?: HostCapability;
}

/** The seven functions of host module `samuel`, with the exact signatures wazero registers. */
export const SAMUEL_HOST: Readonly<Record<string, HostFunction>> = {
  log: { type: { params: [i32, i32, i32, i32], results: [] } },
  fs_read: { type: { params: [i32, i32], results: [i64] }, needs: 'filesystem.read' },
  fs_write: { type: { params: [i32, i32, i32, i32], results: [i32] }, needs: 'filesystem.write' },
  exec: { type: { params: [i32, i32], results: [i32] }, needs: 'exec' },
  net_outbound: { type: { params: [i32, i32, i32, i32], results: [i32] }, needs: 'network.hosts' },
  config_get: { type: { params: [i32, i32], results: [i64] } },
  callback: { type: { params: [i32, i32, i32, i32], results: [i32] } },
};

/** Host return codes shared by fs_write, exec and net_outbound. */
export const HOST_OK = 0;
export const HOST_ERROR = 1;
export const HOST_DENIED = 2;
export const HOST_REFUSED = 3;

/** The import module names a Samuel wasm plugin may link against. */
export const SAMUEL_MODULE = 'samuel';
export const WASI_MODULE = 'wasi_snapshot_preview1';

/** Every function of WASI preview1 (what wazero's `wasi_snapshot_preview1` exports). */
export const WASI_PREVIEW1 = new Set([
  'args_get',
  'args_sizes_get',
  'environ_get',
  'environ_sizes_get',
  'clock_res_get',
  'clock_time_get',
  'fd_advise',
  'fd_allocate',
  'fd_close',
  'fd_datasync',
  'fd_fdstat_get',
  'fd_fdstat_set_flags',
  'fd_fdstat_set_rights',
  'fd_filestat_get',
  'fd_filestat_set_size',
  'fd_filestat_set_times',
  'fd_pread',
  'fd_prestat_get',
  'fd_prestat_dir_name',
  'fd_pwrite',
  'fd_read',
  'fd_readdir',
  'fd_renumber',
  'fd_seek',
  'fd_sync',
  'fd_tell',
  'fd_write',
  'path_create_directory',
  'path_filestat_get',
  'path_filestat_set_times',
  'path_link',
  'path_open',
  'path_readlink',
  'path_remove_directory',
  'path_rename',
  'path_symlink',
  'path_unlink_file',
  'poll_oneoff',
  'proc_exit',
  'proc_raise',
  'random_get',
  'sched_yield',
  'sock_accept',
  'sock_recv',
  'sock_send',
  'sock_shutdown',
]);

/**
 * Export names Samuel reserves for its own commands (a manifest may not declare them). Taken
 * from the module that defines them, not the rules barrel, which would load every manifest rule
 * (and semver) into the smoke harness.
 */
export { RESERVED_EXPORTS, isReservedExport } from '../manifest/rules/context.js';

/** Exports whose signature Samuel relies on: `() -> i32`. */
export const PROBE_EXPORTS = ['samuel_protocol_version', 'health'] as const;
