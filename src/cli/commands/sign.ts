/**
 * `sign` is the sign step on its own: keyless Sigstore bundles over what the plugin kind
 * releases. `verify` checks a file or an image digest against its bundle and an identity policy
 * (exit 0 verified, 1 not verified, 2 usage or I/O error), with cosign's flag names.
 */
import type { CommandSpec } from '../command.js';
import { flagsOf } from '../command.js';
import {
  identityPolicyFlags,
  manifestGroup,
  outputGroup,
  registryGroup,
  sigstoreGroup,
  sigstoreInstanceFlags,
  signImageGroup,
} from '../../options/index.js';
import { pipelineCommand } from '../pipeline-command.js';
import { signSummary } from '../render/summaries.js';

export const signCommand = pipelineCommand({
  name: 'sign',
  summary: 'Sign the release artifacts keylessly with Sigstore (GitHub Actions OIDC identity).',
  steps: ['validate', 'sign'],
  groups: [manifestGroup, sigstoreGroup, signImageGroup, registryGroup, outputGroup],
  fixed(options) {
    options.manifest = { strict: false, ...options.manifest, pin: true };
  },
  render(ctx) {
    const result = ctx.results.sign;
    if (!result) return undefined;
    if (result.skipped) {
      return { text: [], json: { signed: false, reason: result.skipped.reason } };
    }
    return {
      text: [
        ...result.bundleFiles.map((f) => `wrote ${f}`),
        ...result.images.map((s) => `signed ${s.digest}${s.platform ? ` (${s.platform})` : ''}`),
        `signer: ${result.signer?.identity ?? 'unknown'}`,
        'verify with:',
        ...result.verifyCommands.map((c) => `  ${c}`),
      ],
      summary: signSummary(result),
      json: {
        signed: true,
        signer: result.signer,
        bundles: result.bundleFiles,
        images: result.images.map((s) => ({
          digest: s.digest,
          platform: s.platform,
          referrer: s.referrer.digest,
        })),
        verifyCommands: result.verifyCommands,
      },
    };
  },
});

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary:
    'Verify a file or an image digest against its Sigstore bundle and an identity policy, or its build provenance.',
  positionals: 'FILE|REGISTRY/REPO@sha256:DIGEST',
  options: flagsOf([registryGroup], {
    ...sigstoreInstanceFlags,
    bundle: {
      type: 'string',
      value: 'FILE',
      description:
        'The bundle (required for a file; for an image, default: the bundle attached in the registry).',
    },
    ...identityPolicyFlags,
    provenance: {
      type: 'boolean',
      description:
        'Verify the SLSA provenance attestation instead of the signature: it must name this digest, be signed by the builder it names, and match --builder-id and --source-repository.',
    },
    'builder-id': {
      type: 'string',
      value: 'ID',
      description:
        'With --provenance: the builder that must have built it, the reusable workflow that released (e.g. https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1).',
    },
    'source-repository': {
      type: 'string',
      value: 'OWNER/REPO',
      description: 'With --provenance: the repository it must have been built from.',
    },
  }),
  async run(ctx) {
    const { runVerify } = await import('./verify-run.js');
    return runVerify(ctx);
  },
};
