/**
 * The semantic rules of a v2.3 manifest, by area, run after the schema check. Each area reports
 * findings with a rule id, the position of the key or value at fault, and the fix.
 */
import type { RuleContext } from './context.js';
import { checkIdentity } from './identity.js';
import { checkRanges } from './ranges.js';
import { checkKindBlocks } from './kinds.js';
import { checkCapabilities } from './capabilities.js';
import { checkRuntime } from './runtime.js';
import { checkOciFlags } from './oci.js';

export {
  NAME_RE,
  RESERVED_EXPORTS,
  isReservedExport,
  WASM32_MAX_MIB,
  node,
  type RuleContext,
} from './context.js';
export { globProblem } from './capabilities.js';

/** Runs every semantic rule. */
export function checkRules(ctx: RuleContext): void {
  checkIdentity(ctx);
  checkRanges(ctx);
  checkKindBlocks(ctx);
  checkCapabilities(ctx);
  checkRuntime(ctx);
  checkOciFlags(ctx);
}
