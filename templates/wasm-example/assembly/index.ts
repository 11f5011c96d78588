// A Samuel wasm plugin: the protocol probe, the health check, and one export that logs through
// the host's `samuel.log(level, message)`.

@external('samuel', 'log')
declare function hostLog(levelPtr: usize, levelLen: i32, msgPtr: usize, msgLen: i32): void;

function log(level: string, message: string): void {
  const l = String.UTF8.encode(level);
  const m = String.UTF8.encode(message);
  hostLog(changetype<usize>(l), l.byteLength, changetype<usize>(m), m.byteLength);
}

/** Samuel's plugin protocol version: the framework accepts [1, 1]. */
export function samuel_protocol_version(): i32 {
  return 1;
}

/** 0 means healthy. */
export function health(): i32 {
  return 0;
}

/** Says hello through the host log. */
export function greet(): i32 {
  log('info', 'hello from wasm-example');
  return 0;
}
