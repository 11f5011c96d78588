/** What each kind needs and which blocks it reads. */
import { add, missingAt, node, str, type RuleContext } from './context.js';
import { checkWasm } from './wasm.js';
import { checkOciImage } from './oci.js';

export function checkKindBlocks(ctx: RuleContext): void {
  const kind = str(ctx, 'kind');
  if (kind === 'meta') {
    add(
      ctx,
      'warning',
      'meta-not-installable',
      'kind',
      node(ctx, 'kind')!.valuePos,
      'Samuel v2.3 cannot install a meta plugin: `samuel install` stops with "unsupported plugin kind"',
      'release it for a later Samuel, or ship its plugins on their own until Samuel installs meta plugins',
    );
  }
  if (kind === 'meta' && (node(ctx, 'requires')?.entries?.size ?? 0) === 0) {
    add(
      ctx,
      'error',
      'meta-requires',
      'requires',
      missingAt(ctx, 'requires'),
      'meta plugin must declare at least one entry in [requires]',
      'add `[requires]` with lines like `other-plugin = "^1.0.0"`',
    );
  }
  if (kind === 'wasm') checkWasm(ctx);
  if (kind === 'oci') checkOciImage(ctx);
  for (const [block, owner] of [
    ['wasm', 'wasm'],
    ['runtime', 'wasm'],
    ['oci', 'oci'],
  ] as const) {
    const n = node(ctx, block);
    if (
      n &&
      kind !== undefined &&
      ['skill', 'wasm', 'oci', 'meta'].includes(kind) &&
      kind !== owner
    ) {
      add(
        ctx,
        'warning',
        'kind-block',
        block,
        n.keyPos,
        `[${block}] is only read for kind = "${owner}"; this ${kind} plugin ignores it`,
        `remove [${block}] or set kind = "${owner}"`,
      );
    }
  }
}
