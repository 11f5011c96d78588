/**
 * One module per WebAssembly feature Samuel's runtime (wazero, core 2.0 features only) refuses:
 * the feature's name as messages say it, a short id, the WAT and the wat2wasm flags it needs.
 */
export interface RejectedFeature {
  id: string;
  feature: string;
  wat: string;
  flags: string[];
}

export const REJECTED_FEATURES: RejectedFeature[] = [
  {
    id: 'threads',
    feature: 'threads (shared memory and atomics)',
    wat: `(module (memory 1 1 shared)
      (func (export "health") (result i32) (i32.atomic.load (i32.const 0))))`,
    flags: ['--enable-threads'],
  },
  {
    id: 'tail-call',
    feature: 'tail calls',
    wat: `(module (func $z (result i32) (i32.const 0))
      (func (export "health") (result i32) (return_call $z)))`,
    flags: ['--enable-tail-call'],
  },
  {
    id: 'exceptions',
    feature: 'exception handling',
    wat: `(module (tag $e)
      (func (export "health") (result i32)
        (try (result i32) (do (throw $e)) (catch $e (i32.const 0)))))`,
    flags: ['--enable-exceptions'],
  },
  {
    id: 'memory64',
    feature: 'memory64',
    wat: `(module (memory i64 1) (func (export "health") (result i32) (i32.const 0)))`,
    flags: ['--enable-memory64'],
  },
  {
    id: 'multi-memory',
    feature: 'multiple memories',
    wat: `(module (memory 1) (memory 1) (func (export "health") (result i32) (i32.const 0)))`,
    flags: ['--enable-multi-memory'],
  },
  {
    id: 'extended-const',
    feature: 'extended constant expressions',
    wat: `(module (global i32 (i32.add (i32.const 1) (i32.const 2)))
      (func (export "health") (result i32) (i32.const 0)))`,
    flags: ['--enable-extended-const'],
  },
  {
    id: 'relaxed-simd',
    feature: 'relaxed SIMD',
    wat: `(module (func (export "health") (result i32)
      (drop (i32x4.relaxed_trunc_f32x4_s (v128.const i32x4 0 0 0 0))) (i32.const 0)))`,
    flags: ['--enable-relaxed-simd'],
  },
];
