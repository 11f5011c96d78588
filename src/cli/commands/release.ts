/**
 * `release`: the whole pipeline — validate, build, audit, smoke, publish, sign, provenance, pin,
 * lock, release.
 * `--dry-run` keeps everything local: nothing is pushed and no GitHub release is created.
 */
import {
  buildGroup,
  compareGroup,
  manifestGroup,
  outputGroup,
  publishGroup,
  registryGroup,
  targetGroup,
  releaseGroup,
  sigstoreGroup,
  smokeGroup,
} from '../../options/index.js';
import { isDryRun, outputDir } from '../../pipeline/context.js';
import { pipelineCommand } from '../pipeline-command.js';
import { stepLines } from '../render/run.js';
import { stepsSummary } from '../render/summaries.js';

export const releaseCommand = pipelineCommand({
  name: 'release',
  summary: 'Run the whole pipeline: validate, build, smoke, publish, sign, pin, lock, release.',
  steps: 'all',
  groups: [
    manifestGroup,
    compareGroup,
    buildGroup,
    smokeGroup,
    targetGroup,
    registryGroup,
    publishGroup,
    sigstoreGroup,
    outputGroup,
    releaseGroup,
  ],
  render(ctx, run) {
    const image = ctx.artifacts.get('image');
    const verify = ctx.artifacts.all('verify-command').map((c) => c.command);
    const m = ctx.loaded?.manifest;
    const folder = ctx.results.release?.outputDir ?? (ctx.loaded ? outputDir(ctx) : undefined);
    const gh = ctx.artifacts.get('github-release');
    const entries = ctx.artifacts.get('lock-entry');
    return {
      text: [
        ...stepLines(run),
        ...(run.ok && folder ? ['', `Release folder: ${folder}`] : []),
        ...(gh ? [`GitHub release: ${gh.url}`] : []),
      ],
      ...(m
        ? {
            summary: stepsSummary(
              `Release ${isDryRun(ctx) ? '(dry run) ' : ''}of ${m.name} ${m.version}`,
              run,
              { ...(image ? { digest: image.digest } : {}), verify },
            ),
          }
        : {}),
      json: {
        ...(folder ? { output: folder } : {}),
        digest: image?.digest ?? null,
        image: image?.reference ?? null,
        assets: ctx.artifacts.all('release-asset').map((a) => a.name),
        verify,
        ...(entries ? { lockEntry: entries.lockToml, registryEntry: entries.indexToml } : {}),
        ...(gh ? { release: { url: gh.url, id: gh.id, action: gh.action } } : {}),
      },
    };
  },
});
