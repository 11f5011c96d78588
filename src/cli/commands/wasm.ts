/** `build`, `audit` and `smoke`: slices of the pipeline for the module a plugin ships. */
import { displayPath } from '../../util/paths.js';
import { formatSize } from '../../util/size.js';
import { buildGroup, manifestGroup, moduleGroup, smokeGroup } from '../../options/index.js';
import { pipelineCommand } from '../pipeline-command.js';
import { buildSummary, findingsSummary, smokeSummary, smokeText } from '../render/summaries.js';

export const buildCommand = pipelineCommand({
  name: 'build',
  summary: 'Compile a wasm plugin into [wasm].module, check its size budget, and audit it.',
  steps: ['validate', 'build', 'audit'],
  groups: [manifestGroup, buildGroup],
  render(ctx) {
    const built = ctx.results.build;
    if (!built) return undefined;
    const module = displayPath(built.modulePath, ctx.cwd);
    const findings = ctx.results.audit?.findings ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
      text: [
        `${errors ? '✗' : '✓'} built ${module}: ${formatSize(built.size)} with ${built.toolchain} (${built.version})${errors ? `, ${errors} audit error${errors > 1 ? 's' : ''}` : ''}`,
      ],
      summary:
        buildSummary(ctx.loaded!.manifest.name, module, built) +
        '\n' +
        findingsSummary('Static audit', findings),
      json: {
        module,
        size: built.size,
        toolchain: built.toolchain,
        version: built.version,
      },
    };
  },
});

export const auditCommand = pipelineCommand({
  name: 'audit',
  summary:
    'Check a built wasm module against its manifest: exports, imports, capabilities, memory.',
  steps: ['validate', 'audit'],
  groups: [manifestGroup, moduleGroup],
  render(ctx) {
    const audit = ctx.results.audit;
    if (!audit) return undefined;
    const module = displayPath(audit.module, ctx.cwd);
    const errors = audit.findings.filter((f) => f.severity === 'error').length;
    return {
      text: [
        errors
          ? `✗ ${module}: ${errors} audit error${errors > 1 ? 's' : ''}`
          : `✓ ${module} fits ${displayPath(ctx.loaded!.file, ctx.cwd)}`,
      ],
      summary: findingsSummary(`Static audit of ${ctx.loaded!.manifest.name}`, audit.findings),
      json: { module: audit.module },
    };
  },
});

export const smokeCommand = pipelineCommand({
  name: 'smoke',
  summary: "Audit a wasm module, then run it in a harness that behaves like Samuel's runtime.",
  steps: ['validate', 'smoke'],
  groups: [manifestGroup, moduleGroup, smokeGroup],
  render(ctx) {
    const report = ctx.results.smoke;
    if (!report) return undefined;
    return { text: smokeText(report), summary: smokeSummary(report), json: { ...report } };
  },
});
