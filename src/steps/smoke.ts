/** smoke: run the module the way Samuel's runtime does (host ABI, WASI, budgets, health). */
import { FindingsFailure } from '../pipeline/runner.js';
import { displayPath } from '../util/paths.js';
import { plugin, setOutput, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { unlessWasm, wasmModulePath } from './module.js';

export const smokeStep: Step = {
  name: 'smoke',
  skip: (ctx) => unlessWasm(ctx, 'the smoke test'),
  async run(ctx: PipelineContext) {
    const loaded = plugin(ctx);
    const display = displayPath(loaded.file, ctx.cwd);
    const { smokeWasm } = await import('../wasm/index.js');
    const report = await smokeWasm(loaded, wasmModulePath(ctx), {
      env: ctx.env,
      calls: ctx.options.smoke.calls,
      initialize: ctx.options.smoke.initialize,
      displayFile: display,
    });
    ctx.results.smoke = report;
    // The audit step reports the static findings when it ran; otherwise they come from here.
    if (!ctx.results.audit) report.audit.forEach((f) => ctx.reporter.finding(f));
    for (const f of report.failures.filter((x) => x.check !== 'audit')) {
      ctx.reporter.finding({
        severity: 'error',
        rule: `smoke-${f.check}`,
        message: f.message,
        fix: f.fix,
        file: display,
      });
    }
    for (const note of report.notes ?? []) {
      ctx.reporter.finding({
        severity: 'notice',
        rule: 'smoke-bounds',
        message: note,
        file: display,
      });
    }
    for (const w of report.warnings) {
      ctx.reporter.finding({
        severity: 'warning',
        rule: 'smoke-soft-timeout',
        message: w,
        file: display,
      });
    }
    setOutput(ctx, 'protocol', String(report.protocol.value ?? ''));
    setOutput(ctx, 'healthy', String(report.ok));
    setOutput(ctx, 'peak-memory', String(report.peakMemoryBytes));
    if (!report.ok) {
      throw new FindingsFailure(
        `smoke test failed: ${report.failures.map((f) => f.message).join('; ')}`,
      );
    }
    const health = report.health.missing ? 'missing (healthy)' : String(report.health.value);
    return ok(
      `protocol ${report.protocol.value ?? 1}, health ${health}, ${report.exports.length} export(s), ${report.wallMs} ms`,
    );
  },
};
