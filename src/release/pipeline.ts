/**
 * validate → build → smoke → publish → sign → pin → release, for the plugin's kind. On a dry run
 * everything stays local: publish writes an OCI image layout, the release writes a folder.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Reporter } from '../cli/report.js';
import { mdCell } from '../cli/report.js';
import { ConfigurationError, ReleaseError, UsageError } from '../errors.js';
import { validateManifestFile } from '../manifest/validate.js';
import { parseSamuelImage, ZERO_DIGEST } from '../manifest/image.js';
import { requiredAssets, writeAssets, writeRecord } from './assets.js';
import { ok, skipped, type ReleaseContext, type Step, type StepOutcome } from './steps.js';
import { PIPELINE_STEPS } from './registry.js';

export interface ReleaseOptions {
  dryRun: boolean;
  /** Output folder for assets; default `<cwd>/samuel-release/<name>-<version>`. */
  output?: string;
  tag?: string;
  strict: boolean;
  sign: 'auto' | 'true' | 'false';
  /** Publish target; dry runs default to an OCI layout inside the output folder. */
  to?: string;
  /** OCI image layout to publish for an oci plugin. */
  layout?: string;
  insecure?: boolean;
  signing?: ReleaseContext['signing'];
}

export interface StepRecord {
  step: string;
  status: 'ok' | 'skipped' | 'failed';
  detail: string;
  ms: number;
}

export interface ReleaseResult {
  ok: boolean;
  context?: ReleaseContext;
  steps: StepRecord[];
  /** Why a step failed; the caller reports the steps so far, then raises it. */
  error?: ReleaseError;
}

/** Runs the pipeline for the plugin at `pathOrDir`. */
export async function runRelease(
  pathOrDir: string,
  options: ReleaseOptions,
  reporter: Reporter,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ReleaseResult> {
  if (!options.dryRun) {
    throw new UsageError(
      'only dry runs are available: publishing a GitHub release is not implemented yet',
      {
        fix: 'run `release --dry-run` (assets go to a local folder, images to an OCI layout)',
      },
    );
  }
  const steps: StepRecord[] = [];
  const started = Date.now();
  const validation = await reporter.group('validate', () =>
    validateManifestFile(pathOrDir, {
      cwd,
      strict: options.strict,
      willPin: true,
      ...(options.tag ? { tag: options.tag } : {}),
    }),
  );
  validation.findings.forEach((f) => reporter.finding(f));
  const loaded = validation.loaded;
  if (!loaded) {
    steps.push({
      step: 'validate',
      status: 'failed',
      detail: `${validation.findings.filter((f) => f.severity === 'error').length} error(s) in ${validation.displayPath}`,
      ms: Date.now() - started,
    });
    return { ok: false, steps };
  }
  const m = loaded.manifest;
  steps.push({
    step: 'validate',
    status: 'ok',
    detail: `${m.name} ${m.version} (${m.kind})`,
    ms: Date.now() - started,
  });

  const outputDir = resolve(
    cwd,
    options.output ?? join('samuel-release', `${m.name}-${m.version}`),
  );
  await mkdir(outputDir, { recursive: true });
  const ctx: ReleaseContext = {
    loaded,
    reporter,
    cwd,
    env,
    dryRun: options.dryRun,
    tag: options.tag ?? `v${m.version}`,
    outputDir,
    publishTarget: options.to ?? `oci-layout:${join(outputDir, 'oci-layout')}`,
    signMode: options.sign,
    signing: options.signing ?? {},
    insecure: options.insecure === true,
    ...(options.layout ? { layout: resolve(cwd, options.layout) } : {}),
    releasedManifest: loaded.source,
    assets: [],
    verifyCommands: [],
  };

  const all: Step[] = [...PIPELINE_STEPS, releaseStep];
  for (const step of all) {
    const t0 = Date.now();
    let outcome: StepOutcome;
    if (!step.kinds.includes(m.kind)) {
      outcome = skipped(`not used for ${m.kind} plugins`);
    } else {
      try {
        outcome = await reporter.group(step.name, () => step.run(ctx));
      } catch (e) {
        steps.push({
          step: step.name,
          status: 'failed',
          detail: e instanceof Error ? e.message.split('\n')[0]! : String(e),
          ms: Date.now() - t0,
        });
        summarise(reporter, ctx, steps);
        const error =
          e instanceof ReleaseError
            ? e
            : new ReleaseError(
                'RELEASE',
                `the ${step.name} step failed: ${e instanceof Error ? e.message : String(e)}`,
                { cause: e },
              );
        return { ok: false, context: ctx, steps, error };
      }
    }
    steps.push({ step: step.name, ...outcome, ms: Date.now() - t0 });
  }
  await writeRecord(ctx, steps);
  summarise(reporter, ctx, steps);
  return { ok: true, context: ctx, steps };
}

const releaseStep: Step = {
  name: 'release',
  kinds: ['wasm', 'oci', 'skill', 'meta'],
  async run(ctx) {
    const missing = requiredAssets(ctx).filter(
      (name) => name !== 'samuel-plugin.toml' && !ctx.assets.some((a) => a.name === name),
    );
    if (missing.length > 0) {
      throw new ConfigurationError(
        `the release would lack ${missing.join(', ')}, which Samuel's installer downloads`,
        {
          fix: 'make sure the build step produced the module (see the build step above)',
        },
      );
    }
    const oci = ctx.loaded.manifest.oci;
    if (oci && !ctx.digest) {
      const digest = parseSamuelImage(oci.image)?.digest;
      if (!digest || digest === ZERO_DIGEST) {
        throw new ConfigurationError(
          `the released samuel-plugin.toml would keep [oci].image = "${oci.image}", which Samuel cannot install: no image was published to pin it`,
          {
            fix: 'give the image to publish with --layout DIR (or the image input), so the release pins its digest',
          },
        );
      }
    }
    await writeAssets(ctx);
    ctx.reporter.setOutput('assets', ctx.assets.map((a) => a.name).join('\n'));
    return ok(`${ctx.assets.length} asset(s), notes and release.json in ${ctx.outputDir}`);
  },
};

function summarise(reporter: Reporter, ctx: ReleaseContext, steps: StepRecord[]): void {
  const icon = { ok: '✅', skipped: '⏭️', failed: '❌' } as const;
  reporter.summary(
    [
      `### Release ${ctx.dryRun ? '(dry run) ' : ''}of ${ctx.loaded.manifest.name} ${ctx.loaded.manifest.version}`,
      '',
      '| Step | | Result | Time |',
      '|---|---|---|---|',
      ...steps.map(
        (s) =>
          `| ${s.step} | ${icon[s.status]} | ${mdCell(s.detail)} | ${(s.ms / 1000).toFixed(1)} s |`,
      ),
      '',
      ...(ctx.digest ? [`**Digest:** \`${ctx.digest}\``, ''] : []),
      ...(ctx.verifyCommands.length
        ? ['**Verify:**', '', '```sh', ...ctx.verifyCommands, '```', '']
        : []),
    ].join('\n'),
  );
}
