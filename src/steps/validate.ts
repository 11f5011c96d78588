/** validate: the manifest as Samuel v2.3 reads it, plus the tag and (for skills) SKILL.md. */
import { displayPath } from '../util/paths.js';
import { validateManifestFile, type ValidationResult } from '../manifest/validate.js';
import type { ManifestOptions } from '../options/index.js';
import { FindingsFailure } from '../pipeline/runner.js';
import { tagFromEnv } from '../pipeline/github-env.js';
import { setOutput, type PipelineContext } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';

/** Validates one manifest; shared by the step and the multi-manifest `validate` command. */
export function validateTarget(
  target: string,
  options: ManifestOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ValidationResult> {
  const tag = options.tag ?? tagFromEnv(env);
  return validateManifestFile(target, {
    cwd,
    strict: options.strict,
    willPin: options.pin,
    ...(tag === undefined ? {} : { tag }),
  });
}

export const validateStep: Step = {
  name: 'validate',
  async run(ctx: PipelineContext) {
    const options = { ...ctx.options.manifest, pin: ctx.options.manifest.pin || releases(ctx) };
    const result = await validateTarget(ctx.target, options, ctx.cwd, ctx.env);
    result.findings.forEach((f) => ctx.reporter.finding(f));
    ctx.results.validate = { displayPath: result.displayPath, findings: result.findings };
    if (!result.loaded) {
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      throw new FindingsFailure(
        `${errors} error${errors === 1 ? '' : 's'} in ${displayPath(result.file, ctx.cwd)}`,
      );
    }
    const m = result.loaded.manifest;
    ctx.loaded = result.loaded;
    ctx.tag = options.tag ?? tagFromEnv(ctx.env) ?? `v${m.version}`;
    setOutput(ctx, 'name', m.name);
    setOutput(ctx, 'version', m.version);
    setOutput(ctx, 'kind', m.kind);
    return ok(`${m.name} ${m.version} (${m.kind})`);
  },
};

/** The release pins [oci].image itself, so an unpinned one is fine there. */
function releases(ctx: PipelineContext): boolean {
  return ctx.command === 'release';
}
