/**
 * The first audit check: would Samuel's runtime load this module at all? The structure is read
 * strictly (UTF-8 names, a body for every function), every feature beyond WebAssembly 2.0 is
 * named, and V8 validates the rest. What V8 refuses only because of its own implementation
 * limits is said to be a limit of the harness, not a fault of the module.
 */
import type { Finding } from '../report/index.js';
import { WasmFormatError } from './binary.js';
import { unsupportedFeatures } from './features.js';
import { adaptForHarness, parseModule, type Adaptation, type WasmModuleInfo } from './module.js';
import { engine, type CompiledModule } from './harness/engine.js';

/** What the check found, and what the harness can run. */
export interface ModuleCheck {
  /** Errors that stop Samuel's runtime (and the harness) from loading the module. */
  findings: Finding[];
  info?: WasmModuleInfo;
  /** The module as the harness runs it (memory capped, tables within V8's limits). */
  adapted?: Adaptation;
  /** Compiled for the harness when `compile` was asked and the module is valid. */
  compiled?: CompiledModule;
  /** Set when only V8's own limits refuse the module: the harness cannot run it. */
  engineLimit?: string;
  /**
   * With `deferFeatures`, when the module compiled: the feature scan, not yet run. Its findings
   * (when any) replace `findings` and make the module one Samuel cannot load.
   */
  featureFindings?: () => Finding[];
}

const RUNTIME = "Samuel's runtime (wazero v1.11 with its default WebAssembly 2.0 features)";
const ENGINE_LIMIT = /implementation limit|exceeds? (the )?(maximum|internal limit)|too many/i;

/**
 * Checks the module bytes. With `compile`, the adapted module is compiled (and returned) instead
 * of only validated, so the smoke test does not pay for V8's work twice.
 *
 * With `deferFeatures` (and `compile`), a module V8 compiles is returned before the feature scan
 * has run, with the scan as `featureFindings`: the smoke test starts the guest and scans while it
 * runs, and must call it before trusting anything else in the result. The scan's findings, when
 * there are any, are exactly the `findings` the check would otherwise have returned (and they
 * take precedence over everything else, as they do there). A module V8 refuses is scanned before
 * the check returns, as without the option.
 */
export async function checkModule(
  bytes: Uint8Array,
  maxPages: number,
  options: { compile?: boolean; deferFeatures?: boolean } = {},
): Promise<ModuleCheck> {
  let info: WasmModuleInfo;
  try {
    info = parseModule(bytes);
  } catch (e) {
    if (!(e instanceof WasmFormatError)) throw e;
    return { findings: [invalid(e.message, e.fix)] };
  }
  const adapted = adaptForHarness(bytes, info, maxPages);
  const WA = engine();
  // V8 compiles on background threads while the feature scan runs here.
  const compiling = options.compile ? WA.compile(adapted.bytes) : undefined;
  compiling?.catch(() => undefined);
  const scan = (): Finding[] =>
    unsupportedFeatures(bytes, info).map((f) => ({
      severity: 'error',
      rule: 'unsupported-feature',
      message: `the module uses ${f.feature} (${f.where}); ${RUNTIME} rejects it, so Samuel cannot load the module`,
      fix: `build without ${f.feature}: target plain wasm32-wasip1 and turn off the feature in the compiler flags`,
    }));
  const deferred = options.deferFeatures === true && compiling !== undefined;
  if (!deferred) {
    const features = scan();
    if (features.length > 0) return { info, findings: features };
  }
  if (!compiling && WA.validate(adapted.bytes)) return { findings: [], info, adapted };
  try {
    const compiled = await (compiling ?? WA.compile(adapted.bytes));
    return {
      findings: [],
      info,
      adapted,
      compiled,
      ...(deferred ? { featureFindings: scan } : {}),
    };
  } catch (e) {
    // Deferred, the scan has not run: its findings come first, as they would have.
    const features = deferred ? scan() : [];
    if (features.length > 0) return { info, findings: features };
    const message = String((e as Error).message ?? e).replace(/^WebAssembly\.\w+\(\): /, '');
    if (ENGINE_LIMIT.test(message)) return { findings: [], info, adapted, engineLimit: message };
    return {
      info,
      findings: [
        invalid(
          `the module is not valid WebAssembly: ${message}`,
          'rebuild the module; if a post-processing tool rewrote it, check that tool',
        ),
      ],
    };
  }
}

function invalid(message: string, fix?: string): Finding {
  return {
    severity: 'error',
    rule: 'module-invalid',
    message,
    ...(fix ? { fix } : {}),
  };
}
