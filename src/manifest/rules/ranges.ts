/** Version ranges in [samuel] and [requires]. */
import type { TomlNode } from '../toml.js';
import { checkVersionRange } from '../ranges.js';
import { add, node, NAME_RE, type RuleContext } from './context.js';

/** Reports the `range` rule when `n`'s string is not a Cargo-style version requirement. */
function badRange(ctx: RuleContext, field: string, n: TomlNode, what: string): void {
  const problem = checkVersionRange(n.value as string);
  if (!problem) return;
  add(
    ctx,
    'error',
    'range',
    field,
    n.valuePos,
    `${what}: ${problem}`,
    'use cargo-style ranges (^X.Y.Z, ~X.Y.Z, >=X,<Y, *, exact)',
  );
}

export function checkRanges(ctx: RuleContext): void {
  for (const key of ['framework', 'protocol']) {
    const n = node(ctx, `samuel.${key}`);
    if (n?.type !== 'string') continue;
    badRange(ctx, `samuel.${key}`, n, `invalid samuel.${key} version range`);
  }
  const requires = node(ctx, 'requires');
  for (const [dep, value] of requires?.entries ?? []) {
    if (!NAME_RE.test(dep) || dep.endsWith('-')) {
      add(
        ctx,
        'error',
        'requires-name',
        `requires.${dep}`,
        value.keyPos,
        `[requires] names ${JSON.stringify(dep)}, which is not a valid plugin name`,
        'use the required plugin\'s manifest name (lowercase letters, digits and "-")',
      );
    }
    if (value.type !== 'string') continue;
    badRange(ctx, `requires.${dep}`, value, `invalid version range for requires.${dep}`);
  }
}
