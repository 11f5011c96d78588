/**
 * `release [PLUGIN_DIR] --dry-run` — the whole pipeline. A dry run needs no account and no
 * network: the image goes to a local OCI layout, the assets and notes to a local folder.
 */
import { boolOpt, stringOpt, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { runRelease } from '../../release/pipeline.js';
import { tagFromEnv } from './validate.js';

export const releaseCommand: CommandSpec = {
  name: 'release',
  summary: 'Run the whole pipeline: validate, build, smoke, publish, sign, pin, release.',
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    'dry-run': {
      type: 'boolean',
      description:
        'Keep everything local: an OCI layout instead of a registry, a folder instead of a GitHub release.',
    },
    output: {
      type: 'string',
      value: 'DIR',
      description:
        'Folder for the release assets and notes (default: samuel-release/<name>-<version>).',
    },
    tag: {
      type: 'string',
      value: 'TAG',
      description:
        'Release tag; must match version (default: the pushed tag in Actions, else v<version>).',
    },
    to: {
      type: 'string',
      value: 'TARGET',
      description:
        'Where publish pushes: a registry reference or oci-layout:DIR (default on dry runs: an OCI layout in the output folder).',
    },
    sign: {
      type: 'string',
      value: 'auto|true|false',
      description:
        'Sign with Sigstore: auto signs when an OIDC identity is available (default: auto).',
    },
    layout: {
      type: 'string',
      value: 'DIR',
      description:
        'For oci plugins: the image to publish, as an OCI image layout (single image or multi-platform index).',
    },
    insecure: {
      type: 'boolean',
      description: 'Talk plain http to the registry (only for a registry on this machine).',
    },
    'identity-token': {
      type: 'string',
      value: 'JWT',
      description:
        'OIDC token to sign with (default: the GitHub Actions OIDC token when id-token: write is granted).',
    },
    'fulcio-url': {
      type: 'string',
      value: 'URL',
      description: 'Fulcio URL for a private Sigstore (default: public-good).',
    },
    'rekor-url': {
      type: 'string',
      value: 'URL',
      description: 'Rekor URL for a private Sigstore (default: public-good).',
    },
    'tsa-url': {
      type: 'string',
      value: 'URL',
      description: "RFC 3161 timestamp authority URL (default: none; Rekor's time is used).",
    },
    'trusted-root': {
      type: 'string',
      value: 'FILE',
      description:
        'trusted_root.json of a private Sigstore, used to check an earlier signature before a re-run reuses it (default: public-good over TUF).',
    },
    strict: { type: 'boolean', description: 'Treat unknown manifest keys as errors.' },
  },
  async run({ positionals, values, reporter, cwd, env }) {
    if (positionals.length > 1)
      throw new UsageError('release takes one plugin directory', {
        fix: 'run release once per plugin (a job matrix in CI)',
      });
    const sign = stringOpt(values, 'sign') ?? 'auto';
    if (sign !== 'auto' && sign !== 'true' && sign !== 'false') {
      throw new UsageError(`--sign must be auto, true or false, got "${sign}"`);
    }
    const tag = stringOpt(values, 'tag') ?? (reporter.actions ? tagFromEnv(env) : undefined);
    const to = stringOpt(values, 'to');
    const output = stringOpt(values, 'output');
    const layout = stringOpt(values, 'layout');
    const signing: Record<string, string> = {};
    for (const [flag, key] of [
      ['identity-token', 'identityToken'],
      ['fulcio-url', 'fulcioUrl'],
      ['rekor-url', 'rekorUrl'],
      ['tsa-url', 'tsaUrl'],
      ['trusted-root', 'trustedRoot'],
    ] as const) {
      const v = stringOpt(values, flag);
      if (v) signing[key] = v;
    }
    if (signing.identityToken) reporter.secret(signing.identityToken);
    const result = await runRelease(
      positionals[0] ?? '.',
      {
        dryRun: boolOpt(values, 'dry-run'),
        strict: boolOpt(values, 'strict'),
        sign,
        ...(tag ? { tag } : {}),
        ...(to ? { to } : {}),
        ...(output ? { output } : {}),
        ...(layout ? { layout } : {}),
        insecure: boolOpt(values, 'insecure'),
        signing,
      },
      reporter,
      cwd,
      env,
    );
    const ctx = result.context;
    for (const s of result.steps)
      reporter.print(
        `${s.status === 'ok' ? '✓' : s.status === 'skipped' ? '–' : '✗'} ${s.step.padEnd(8)} ${s.detail}`,
      );
    if (result.error) throw result.error;
    if (ctx) {
      if (ctx.digest) reporter.setOutput('digest', ctx.digest);
      if (ctx.imageReference) reporter.setOutput('image', ctx.imageReference);
      reporter.setOutput('verify-commands', ctx.verifyCommands.join('\n'));
      reporter.print(`\nRelease folder: ${ctx.outputDir}`);
    }
    reporter.result({
      ok: result.ok,
      steps: result.steps,
      ...(ctx
        ? {
            output: ctx.outputDir,
            digest: ctx.digest ?? null,
            image: ctx.imageReference ?? null,
            assets: ctx.assets.map((a) => a.name),
            verify: ctx.verifyCommands,
          }
        : {}),
    });
    return result.ok ? 0 : 1;
  },
};
