/**
 * The slice of the global `WebAssembly` API the harness uses, typed here because this
 * project's Node typings do not declare the global.
 */

/** A linear memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

/** An instantiated module. */
export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

/** The engine entry points the guest calls. */
export interface WasmEngine {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<WasmInstance>;
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}
