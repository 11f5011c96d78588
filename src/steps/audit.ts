/** audit: the built module against its manifest, without running it. */
import { displayPath } from '../util/paths.js';
import { FindingsFailure } from '../pipeline/runner.js';
import { plugin, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { unlessWasm, wasmModulePath } from './module.js';

export const auditStep: Step = {
  name: 'audit',
  skip: (ctx) => unlessWasm(ctx, 'the static audit'),
  async run(ctx: PipelineContext) {
    const loaded = plugin(ctx);
    const { auditWasm } = await import('../wasm/index.js');
    const module = wasmModulePath(ctx);
    const findings = await auditWasm(loaded, module, displayPath(loaded.file, ctx.cwd));
    findings.forEach((f) => ctx.reporter.finding(f));
    ctx.results.audit = { module, findings };
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (errors > 0) {
      throw new FindingsFailure(
        `${displayPath(module, ctx.cwd)}: ${errors} audit error${errors > 1 ? 's' : ''}`,
      );
    }
    return ok(`${displayPath(module, ctx.cwd)} fits ${displayPath(loaded.file, ctx.cwd)}`);
  },
};
