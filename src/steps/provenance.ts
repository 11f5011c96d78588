/**
 * provenance: an in-toto statement with the SLSA Provenance v1 predicate for every released
 * artifact (the module, SKILL.md, the image index and each platform), signed keylessly through
 * the same Sigstore path as the signatures, attached to images as a referrer and released as
 * `<name>.provenance.sigstore.json`. Runs only when the sign step signed.
 */
import { join } from 'node:path';
import { outputDir, plugin } from '../pipeline/context.js';
import type { PipelineContext } from '../pipeline/context.js';
import { ok, skipped, type Step } from '../pipeline/step.js';
import { VERSION } from '../version.js';
import { wasmModulePath } from './module.js';

export const provenanceStep: Step = {
  name: 'provenance',
  skip(ctx) {
    const kind = plugin(ctx).manifest.kind;
    return kind === 'meta' ? 'a meta plugin has no artifact to attest' : undefined;
  },
  async run(ctx: PipelineContext) {
    const signed = ctx.results.sign;
    if (!signed || signed.skipped)
      return skipped('nothing was signed, so no provenance is attested');
    const sig = await import('../sigstore/index.js');
    const s = ctx.options.sigstore;
    const decision = await sig.resolveIdentity({
      mode: 'true',
      ...(s.identityToken ? { identityToken: s.identityToken } : {}),
      env: ctx.env,
      releasing: true,
    });
    if (!decision.sign) return skipped(decision.reason);
    const loaded = plugin(ctx);
    const m = loaded.manifest;
    const image = ctx.artifacts.get('image');
    const subjects =
      m.kind === 'oci' && image
        ? await sig.imageProvenanceSubjects(image.store, image.digest, image.reference)
        : m.kind === 'skill'
          ? [await sig.fileSubject(join(loaded.dir, 'SKILL.md'))]
          : [await sig.fileSubject(wasmModulePath(ctx), 'plugin.wasm')];
    const build = ctx.results.build;
    const statement = sig.provenanceStatement({
      subjects,
      context: sig.readBuildContext(ctx.env, { identityToken: decision.token }),
      externalParameters: {
        kind: m.kind,
        manifest: 'samuel-plugin.toml',
        ...(ctx.options.build.toolchain ? { toolchain: ctx.options.build.toolchain } : {}),
        ...(ctx.options.build.buildCommand
          ? { 'build-command': ctx.options.build.buildCommand }
          : {}),
        ...(ctx.options.build.platforms
          ? { platforms: ctx.options.build.platforms.join(',') }
          : {}),
      },
      resolvedDependencies: build ? [sig.toolDependency(build.toolchain, build.version)] : [],
      startedOn: ctx.startedAt,
      finishedOn: new Date(),
      builderVersion: { 'samuel-plugin-release': VERSION },
    });
    const result = await sig.attestProvenance({
      statement,
      outputDir: outputDir(ctx),
      pluginName: m.name,
      identityToken: decision.token,
      ...(s.fulcioUrl ? { fulcioUrl: s.fulcioUrl } : {}),
      ...(s.rekorUrl ? { rekorUrl: s.rekorUrl } : {}),
      ...(s.tsaUrl ? { tsaUrl: s.tsaUrl } : {}),
      ...(m.kind === 'oci' && image
        ? { image: { store: image.store, digest: image.digest, reference: image.reference } }
        : {}),
      reporter: ctx.reporter,
    });
    for (const path of result.assets) {
      ctx.artifacts.add({
        type: 'bundle',
        name: path.split('/').pop()!,
        path,
        subject: 'provenance',
      });
    }
    if (signed.signer) {
      const bundle = sig.provenanceAssetName(m.name);
      const file = m.kind === 'skill' ? 'SKILL.md' : 'plugin.wasm';
      const commands =
        m.kind === 'oci' && image
          ? [sig.cosignVerifyProvenanceImageCommand(image.reference, signed.signer)]
          : [
              sig.cosignVerifyProvenanceBlobCommand(file, bundle, signed.signer),
              sig.ghVerifyProvenanceCommand(file, bundle, signed.signer),
            ];
      for (const command of commands) ctx.artifacts.add({ type: 'verify-command', command });
    }
    return ok(
      `${sig.provenanceAssetName(m.name)} (${subjects.length} subject${subjects.length === 1 ? '' : 's'})`,
    );
  },
};
