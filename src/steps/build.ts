/** build: compile the wasm module (or, for oci plugins, the image) the release ships. */
import { ConfigurationError } from '../errors.js';
import { formatSize } from '../util/size.js';
import { displayPath } from '../util/paths.js';
import { plugin, setOutput, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';

export const buildStep: Step = {
  name: 'build',
  skip(ctx) {
    const kind = plugin(ctx).manifest.kind;
    if (kind === 'skill' || kind === 'meta') return `nothing to build for ${kind} plugins`;
    if (kind === 'oci' && ctx.options.publish.layout)
      return 'the image comes from the layout given with --layout';
    return undefined;
  },
  async run(ctx: PipelineContext) {
    const loaded = plugin(ctx);
    if (loaded.manifest.kind === 'oci') {
      throw new ConfigurationError(
        `${loaded.manifest.name} is an oci plugin, and building its image is not available in this build`,
        { fix: 'build the image into an OCI image layout yourself and pass it with --layout DIR' },
      );
    }
    const b = ctx.options.build;
    const { buildWasm } = await import('../wasm/index.js');
    const result = await buildWasm(loaded, {
      ...(b.toolchain ? { toolchain: b.toolchain } : {}),
      ...(b.buildCommand ? { buildCommand: b.buildCommand } : {}),
      ...(b.sizeBudget ? { sizeBudget: b.sizeBudget } : {}),
      reporter: ctx.reporter,
      env: ctx.env,
    });
    ctx.results.build = result;
    ctx.artifacts.add({
      type: 'wasm-module',
      path: result.modulePath,
      size: result.size,
      toolchain: result.toolchain,
      toolchainVersion: result.version,
    });
    setOutput(ctx, 'module', displayPath(result.modulePath, ctx.cwd));
    setOutput(ctx, 'size', String(result.size));
    setOutput(ctx, 'toolchain', result.toolchain);
    setOutput(ctx, 'toolchain-version', result.version);
    return ok(
      `${displayPath(result.modulePath, ctx.cwd)}: ${formatSize(result.size)} with ${result.toolchain} (${result.version})`,
    );
  },
};
