/**
 * `publish`: the publish step on its own — pushes the wasm module as a CNCF wasm OCI artifact,
 * or an OCI image layout, to a registry (or a local OCI layout folder), then tags it. The digest
 * is always output, even when tagging is off.
 */
import {
  manifestGroup,
  moduleGroup,
  outputGroup,
  publishGroup,
  registryGroup,
  targetGroup,
} from '../../options/index.js';
import { pipelineCommand } from '../pipeline-command.js';
import { publishSummary } from '../render/summaries.js';

export const publishCommand = pipelineCommand({
  name: 'publish',
  summary:
    'Push the wasm module or the image layout to an OCI registry (or a local OCI layout) and output its digest.',
  steps: ['validate', 'publish'],
  groups: [manifestGroup, registryGroup, targetGroup, publishGroup, moduleGroup, outputGroup],
  fixed(options) {
    // Publishing is what this command is for: never a dry run.
    options.release = { dryRun: false };
    options.manifest = { strict: false, ...options.manifest, pin: true };
  },
  render(ctx) {
    const p = ctx.results.publish;
    if (!p) return undefined;
    return {
      text: [`published ${p.reference}`, ...p.tags.map((t) => `  tag ${p.location}:${t}`)],
      summary: publishSummary(p),
      json: {
        digest: p.digest,
        image: p.reference,
        mediaType: p.mediaType,
        tags: p.tags,
        location: p.location,
        blobs: p.stats,
      },
    };
  },
});
