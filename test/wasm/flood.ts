/**
 * A module that floods every output channel at once: a memory of `pages` pages, one log line of
 * `bigLogBytes` bytes, `stdoutMiB` writes of 1 MiB to stdout, 100,000 short log lines, newlines
 * and workflow commands inside the text (and, with `stopCommands`, a `::stop-commands::` line and
 * an escape sequence at the start of stdout).
 */
export function floodWat(o: {
  pages: number;
  bigLogBytes: number;
  stdoutMiB: number;
  stopCommands?: boolean;
}): string {
  return `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "samuel" "log" (func $log (param i32 i32 i32 i32)))
  (memory (export "memory") ${o.pages})
  (data (i32.const 0) "info")
  (data (i32.const 16) "x\\n::error::owned")${o.stopCommands ? `\n  (data (i32.const 1024) "::stop-commands::tok\\n\\1b[31m")` : ''}
  (func (export "health") (result i32) (local $i i32)
    (i32.store (i32.const 100) (i32.const 1024))
    (i32.store (i32.const 104) (i32.const 1048576))
    (call $log (i32.const 0) (i32.const 4) (i32.const 16) (i32.const 16))
    (call $log (i32.const 0) (i32.const 4) (i32.const 1024) (i32.const ${o.bigLogBytes}))
    (loop $out
      (drop (call $write (i32.const 1) (i32.const 100) (i32.const 1) (i32.const 200)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $out (i32.lt_u (local.get $i) (i32.const ${o.stdoutMiB}))))
    (local.set $i (i32.const 0))
    (loop $logs
      (call $log (i32.const 0) (i32.const 4) (i32.const 0) (i32.const 4))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $logs (i32.lt_u (local.get $i) (i32.const 100000))))
    (i32.const 0)))`;
}
