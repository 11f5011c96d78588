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

/** A compiled module (a `WebAssembly.Module`); it can be posted to a worker thread. */
export type CompiledModule = object;

/** The engine entry points the harness calls. */
export interface WasmEngine {
  compile(bytes: Uint8Array): Promise<CompiledModule>;
  validate(bytes: Uint8Array): boolean;
  instantiate(
    module: CompiledModule,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<WasmInstance>;
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}

/** The engine of this process. */
export function engine(): WasmEngine {
  return (globalThis as unknown as { WebAssembly: WasmEngine }).WebAssembly;
}
