/** validate: the manifest as Samuel v2.3 reads it, plus the tag and (for skills) SKILL.md. */
import { displayPath } from '../util/paths.js';
import { validateManifestFile, type ValidationResult } from '../manifest/validate.js';
import type { CompareReleaseOptions, ManifestOptions } from '../options/index.js';
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding, Reporter } from '../report/index.js';
import { UsageError } from '../errors.js';
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

/** The environment variable of a token used only for the comparison, then removed. */
export const COMPARE_TOKEN_ENV = 'COMPARE_RELEASE_TOKEN';

/**
 * The token the comparison reads with: COMPARE_RELEASE_TOKEN, removed from `env` once read (so
 * the build that follows, which runs the pull request's code, never sees it), else GITHUB_TOKEN
 * or GH_TOKEN; undefined reads anonymously (enough for a public repository).
 */
export function takeCompareToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env[COMPARE_TOKEN_ENV] || env.GITHUB_TOKEN || env.GH_TOKEN;
  delete env[COMPARE_TOKEN_ENV];
  return token?.trim() || undefined;
}

export interface Comparison {
  findings: Finding[];
  /** Terminal lines and the job-summary section, for the caller to show where it shows them. */
  lines: string[];
  summary: string;
}

/**
 * Compares a validated manifest with the plugin's latest GitHub release and reports the
 * findings. Never throws for GitHub's sake: an unreadable release is a warning finding.
 */
export async function compareTarget(
  loaded: LoadedManifest,
  displayPath: string,
  options: CompareReleaseOptions & { token?: string | undefined },
  env: NodeJS.ProcessEnv,
  reporter: Reporter,
): Promise<Comparison | undefined> {
  if (options.compareRelease === undefined) return undefined;
  const repository =
    options.compareRelease === true ? env.GITHUB_REPOSITORY?.trim() : options.compareRelease;
  if (!repository) {
    throw new UsageError('--compare-release needs a repository: GITHUB_REPOSITORY is not set', {
      fix: 'name it: --compare-release=OWNER/REPO (in GitHub Actions GITHUB_REPOSITORY is set for you)',
    });
  }
  const { compareWithLatestRelease, compareFindings, compareLines, compareSummary } =
    await import('../github/compare/index.js');
  const result = await compareWithLatestRelease(loaded, {
    repository,
    env,
    reporter,
    ...(options.token ? { token: options.token } : {}),
  });
  const findings = compareFindings(result, loaded, displayPath);
  findings.forEach((f) => reporter.finding(f));
  return { findings, lines: compareLines(result), summary: compareSummary(result) };
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
    // The compare slice is filled by commands that declare the compare-release flag.
    const compare = ctx.options.compare;
    if (compare.compareRelease !== undefined) {
      const token = takeCompareToken(ctx.env);
      const compared = await compareTarget(
        result.loaded,
        result.displayPath,
        { ...compare, token },
        ctx.env,
        ctx.reporter,
      );
      if (compared) {
        ctx.results.validate.findings.push(...compared.findings);
        compared.lines.forEach((line) => ctx.reporter.info(line));
        ctx.reporter.summary(compared.summary);
      }
    }
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
