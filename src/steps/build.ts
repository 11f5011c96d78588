/** build: compile the wasm module (or, for oci plugins, the image) the release ships. */
import { ConfigurationError } from '../errors.js';
import { formatSize } from '../util/size.js';
import { displayPath } from '../util/paths.js';
import { outputDir, plugin, setOutput, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step, type StepOutcome } from '../pipeline/step.js';
import { join } from 'node:path';

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
    if (loaded.manifest.kind === 'oci') return buildOciImage(ctx);
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

/** The image of an oci plugin: an optional build command (cross-compiling binaries), then the image. */
async function buildOciImage(ctx: PipelineContext): Promise<StepOutcome> {
  const loaded = plugin(ctx);
  const b = ctx.options.build;
  const { containerfileOf, buildImage } = await import('../container/index.js');
  if (!containerfileOf(loaded.dir)) {
    throw new ConfigurationError(
      `${loaded.manifest.name} is an oci plugin without a Containerfile`,
      {
        fix: 'add a Containerfile beside samuel-plugin.toml, or give the image as an OCI image layout with --layout DIR',
      },
    );
  }
  if (b.buildCommand) {
    const { splitCommand } = await import('../wasm/toolchain.js');
    const [command, ...args] = splitCommand(b.buildCommand);
    const { run } = await import('../util/exec.js');
    const r = await run(command!, args, {
      cwd: loaded.dir,
      env: ctx.env,
      onOutput: (c) => ctx.reporter.info(c.trimEnd()),
    });
    if (r.code !== 0) {
      throw new ConfigurationError(`${b.buildCommand} failed (exit code ${r.code})`, {
        code: 'BUILD',
        fix: 'fix the build command (its output is above)',
      });
    }
  }
  const image = await buildImage(loaded, {
    ...(b.platforms ? { platforms: b.platforms } : {}),
    ...(b.builder ? { builder: b.builder } : {}),
    layoutDir: join(outputDir(ctx), 'image-layout'),
    env: ctx.env,
    reporter: ctx.reporter,
  });
  ctx.artifacts.add({
    type: 'image-layout',
    dir: image.layoutDir,
    digest: image.digest,
    platforms: image.platforms,
    builder: `${image.builder} (${image.builderVersion})`,
  });
  setOutput(ctx, 'image-digest', image.digest);
  return ok(
    `${image.platforms.map((p) => p.platform).join(', ')} with ${image.builder}: ${image.digest}`,
  );
}
