/** Which wasm module the audit, smoke and publish steps use. */
import { resolve } from 'node:path';
import { plugin, type PipelineContext } from '../pipeline/context.js';

/** `--module`, else what the build step made, else `[wasm].module` beside the manifest. */
export function wasmModulePath(ctx: PipelineContext): string {
  const explicit = ctx.options.module.module;
  if (explicit) return resolve(ctx.cwd, explicit);
  const built = ctx.artifacts.get('wasm-module');
  if (built) return built.path;
  const loaded = plugin(ctx);
  return resolve(loaded.dir, loaded.manifest.wasm?.module ?? 'plugin.wasm');
}

/** Skip reason for steps that only apply to wasm plugins. */
export function unlessWasm(ctx: PipelineContext, what: string): string | undefined {
  const kind = plugin(ctx).manifest.kind;
  return kind === 'wasm' ? undefined : `${what} applies to wasm plugins, not ${kind}`;
}
