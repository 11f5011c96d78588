/** [wasm] and the exports a wasm plugin declares. */
import { posix } from 'node:path';
import { INSTALLED_MODULE } from '../../samuel/installer.js';
import {
  add,
  missingAt,
  node,
  str,
  strings,
  RESERVED_EXPORTS,
  isReservedExport,
  type RuleContext,
} from './context.js';

export function checkWasm(ctx: RuleContext): void {
  const wasm = node(ctx, 'wasm');
  const module = str(ctx, 'wasm.module');
  if (!wasm || module === undefined || module.trim() === '') {
    if (!ctx.badTypes.has('wasm') && !ctx.badTypes.has('wasm.module')) {
      const at = node(ctx, 'wasm.module')?.valuePos ?? missingAt(ctx, 'wasm');
      add(
        ctx,
        'error',
        'wasm-module',
        'wasm.module',
        at,
        'wasm manifest missing [wasm] module reference',
        'add `[wasm]` with `module = "plugin.wasm"`',
      );
    }
  }
  // Samuel's installer reads the declared module but stores it as plugin.wasm, and its doctor
  // then looks for the declared name in the install directory ("wasm module missing").
  if (
    module !== undefined &&
    module.trim() !== '' &&
    posix.normalize(module) !== INSTALLED_MODULE
  ) {
    add(
      ctx,
      'notice',
      'wasm-module-renamed',
      'wasm.module',
      node(ctx, 'wasm.module')!.valuePos,
      `Samuel installs the module as ${INSTALLED_MODULE} whatever [wasm].module says, and \`samuel doctor\` then looks for ${JSON.stringify(module)}: the release uploads ${INSTALLED_MODULE} and writes module = "${INSTALLED_MODULE}" into the released manifest`,
      `nothing to do for a release; name the module ${INSTALLED_MODULE} to keep the released manifest identical to yours`,
    );
  }
  const runtimeExports = strings(ctx, 'runtime.exports');
  const wasmExports = strings(ctx, 'wasm.exports');
  const effective = runtimeExports.length > 0 ? runtimeExports : wasmExports;
  const source = runtimeExports.length > 0 ? 'runtime.exports' : 'wasm.exports';
  if (
    effective.length === 0 &&
    !ctx.badTypes.has('runtime.exports') &&
    !ctx.badTypes.has('wasm.exports')
  ) {
    const at =
      node(ctx, 'runtime.exports')?.valuePos ??
      node(ctx, 'wasm.exports')?.valuePos ??
      missingAt(ctx, 'wasm');
    add(
      ctx,
      'error',
      'wasm-exports',
      'wasm.exports',
      at,
      'wasm manifest declares no exports',
      'add `exports = ["<fn>"]` under [wasm] (or [runtime], which wins when both are set)',
    );
  }
  // Samuel's doctor (exportSetsEquivalent) fails an installed plugin whose non-empty
  // [runtime].exports is not the same set, of the same length, as [wasm].exports.
  if (
    runtimeExports.length > 0 &&
    node(ctx, 'wasm') &&
    !sameExportSets(wasmExports, runtimeExports)
  ) {
    add(
      ctx,
      'error',
      'wasm-exports-drift',
      'runtime.exports',
      node(ctx, 'runtime.exports')!.valuePos,
      '[wasm].exports and [runtime].exports disagree: `samuel doctor` fails the installed plugin with "wasm manifest drift"',
      'make the two lists the same (same names, no duplicates), or remove [runtime].exports',
    );
  }
  const seen = new Set<string>();
  for (const { value, at } of effective) {
    if (value.trim() === '') {
      add(
        ctx,
        'error',
        'export-name',
        source,
        at.valuePos,
        'an export name is empty',
        'remove the empty string from the list',
      );
    } else if (isReservedExport(value)) {
      add(
        ctx,
        'error',
        'reserved-export',
        source,
        at.valuePos,
        `export ${JSON.stringify(value)} collides with built-in samuel verb`,
        `rename the wasm export (e.g. "${value.trim().toLowerCase()}_plugin"); reserved: ${[...RESERVED_EXPORTS].join(' ')}`,
      );
    } else if (seen.has(value)) {
      add(
        ctx,
        'warning',
        'export-name',
        source,
        at.valuePos,
        `export ${JSON.stringify(value)} is listed twice`,
        'remove the duplicate',
      );
    }
    seen.add(value);
  }
}

/** Samuel's doctor's comparison: equal lengths, and every [runtime] export among [wasm]'s. */
function sameExportSets(wasm: { value: string }[], runtime: { value: string }[]): boolean {
  if (wasm.length !== runtime.length) return false;
  const have = new Set(wasm.map((e) => e.value));
  return runtime.every((e) => have.has(e.value));
}
