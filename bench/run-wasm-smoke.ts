/** Entry: `node --import ./scripts/ts-loader.js bench/run-wasm-smoke.ts` prints the wasm smoke benchmark. */
import { benchWasmSmoke, formatWasmSmokeBench } from './wasm-smoke.js';

console.log(formatWasmSmokeBench(await benchWasmSmoke(Number(process.env.BENCH_RUNS ?? 7))));
