/**
 * The wasm tier of the release pipeline: build the module, audit it against the manifest, and
 * smoke-test it in a harness that behaves like Samuel's runtime.
 */
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding } from '../report/index.js';
import { auditModule } from './audit.js';
import { PAGE_SIZE } from './module.js';
import { readModule } from './read.js';
import { checkModule } from './validate.js';

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
export { checkModule, type ModuleCheck } from './validate.js';
export { unsupportedFeatures, type UnsupportedFeature } from './features.js';
export { GUEST_LIMITS } from './harness/limits.js';
export { TOOLCHAINS, type Toolchain } from './toolchain.js';

/**
 * Statically audits the module at `modulePath` against `loaded`'s manifest. The first check is
 * whether Samuel's runtime would load the module at all; when it would not, that is the only
 * finding (the rest of the audit would describe a module that never runs).
 */
export async function auditWasm(
  loaded: LoadedManifest,
  modulePath: string,
  displayFile?: string,
): Promise<Finding[]> {
  const bytes = await readModule(modulePath);
  const check = await checkModule(
    bytes,
    Math.floor((loaded.manifest.runtime.maxMemoryMiB * 1024 * 1024) / PAGE_SIZE),
  );
  if (!check.info || check.findings.length > 0) return check.findings;
  const findings = auditModule(check.info, {
    manifest: loaded.manifest,
    file: displayFile ?? loaded.file,
    positions: loaded.positions,
  });
  if (check.engineLimit) {
    findings.push({
      severity: 'warning',
      rule: 'harness-engine-limit',
      message: `the smoke harness's engine (V8) cannot load this module (${check.engineLimit}); Samuel's runtime can, so smoke cannot test it`,
      fix: 'stay within V8 limits (e.g. at most 10,000,000 table entries) to have it smoke-tested',
    });
  }
  return findings;
}
