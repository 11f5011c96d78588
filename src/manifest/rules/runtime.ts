/** [runtime]: memory and time budgets. */
import { parseGoDuration } from '../duration.js';
import { add, node, WASM32_MAX_MIB, type RuleContext } from './context.js';

export function checkRuntime(ctx: RuleContext): void {
  const maxMemory = node(ctx, 'runtime.max_memory');
  if (maxMemory?.type === 'integer') {
    const v = maxMemory.value as number;
    const problem =
      v < 1
        ? [
            `runtime.max_memory must be at least 1 (MiB), found ${v}`,
            "set a budget in MiB, e.g. max_memory = 64 (Samuel's default)",
          ]
        : v > WASM32_MAX_MIB
          ? [
              `runtime.max_memory ${v} MiB exceeds what a wasm32 module can address (${WASM32_MAX_MIB} MiB)`,
              `use at most ${WASM32_MAX_MIB}`,
            ]
          : undefined;
    if (problem)
      add(
        ctx,
        'error',
        'runtime-max-memory',
        'runtime.max_memory',
        maxMemory.valuePos,
        problem[0]!,
        problem[1]!,
      );
  }
  const durations: Record<string, number | undefined> = {};
  for (const key of ['timeout', 'hard_timeout']) {
    const n = node(ctx, `runtime.${key}`);
    if (n?.type !== 'string') continue;
    const ms = parseGoDuration((n.value as string).trim());
    if (ms === undefined) {
      add(
        ctx,
        'error',
        'runtime-duration',
        `runtime.${key}`,
        n.valuePos,
        `runtime.${key} ${JSON.stringify(n.value)} is not a Go duration; Samuel would silently use its default`,
        'write a number with a unit, e.g. "5s", "1500ms" or "2m"',
      );
    } else if (ms <= 0) {
      add(
        ctx,
        'warning',
        'runtime-duration',
        `runtime.${key}`,
        n.valuePos,
        `runtime.${key} ${JSON.stringify(n.value)} is not positive; Samuel ignores it and uses ${key === 'timeout' ? '5s' : '30s'}`,
        'use a positive duration or remove the key',
      );
    } else {
      durations[key] = ms;
    }
  }
  const soft = durations.timeout ?? 5000;
  const hard = durations.hard_timeout ?? 30000;
  if ((durations.timeout !== undefined || durations.hard_timeout !== undefined) && soft >= hard) {
    const at =
      node(ctx, 'runtime.timeout')?.valuePos ?? node(ctx, 'runtime.hard_timeout')!.valuePos;
    add(
      ctx,
      'warning',
      'runtime-timeouts',
      'runtime.timeout',
      at,
      `the soft timeout (${soft} ms) is not below the hard timeout (${hard} ms), so it can never warn`,
      'make timeout shorter than hard_timeout',
    );
  }
}
