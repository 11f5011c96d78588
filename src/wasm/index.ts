/**
 * The wasm tier of the release pipeline: build the module, audit it against the manifest, and
 * smoke-test it in a harness that behaves like Samuel's runtime.
 */
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding } from '../report/index.js';
import { auditModule } from './audit.js';
import { parseModule } from './module.js';
import { readModule } from './read.js';

export {
  buildWasm,
  parseSize,
  formatSize,
  DEFAULT_SIZE_BUDGET,
  type BuildOptions,
  type BuildResult,
} from './build.js';
export { smokeWasm, type SmokeOptions, type SmokeReport, type SmokeFailure } from './smoke.js';
export { parseModule, type WasmModuleInfo } from './module.js';
export { TOOLCHAINS, type Toolchain } from './toolchain.js';

/** Statically audits the module at `modulePath` against `loaded`'s manifest. */
export function auditWasm(
  loaded: LoadedManifest,
  modulePath: string,
  displayFile?: string,
): Finding[] {
  return auditModule(parseModule(readModule(modulePath)), {
    manifest: loaded.manifest,
    file: displayFile ?? loaded.file,
    positions: loaded.positions,
  });
}
