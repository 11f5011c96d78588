/**
 * lock: what this release means to the projects that consume it — the `samuel.lock` entry
 * `samuel install` of this release writes (oci: with every platform's manifest and config
 * digest beside the pinned one) and the `[[plugins]]` entry of a registry `index.toml` that
 * makes it installable. Both go to the release notes and to step outputs.
 */
import type { ReleaseFacts } from '../lock/entry.js';
import { plugin, setOutput } from '../pipeline/context.js';
import { ok, type Step } from '../pipeline/step.js';
import { knownRepository } from './release.js';

export const lockStep: Step = {
  name: 'lock',
  skip(ctx) {
    if (plugin(ctx).manifest.kind === 'meta') {
      return 'Samuel v2.3 cannot install a meta plugin, so no project locks one';
    }
    return undefined;
  },
  async run(ctx) {
    const loaded = plugin(ctx);
    const m = loaded.manifest;
    const image = ctx.artifacts.get('image');
    const repository = knownRepository(ctx);
    const facts: ReleaseFacts = {
      manifestText: ctx.artifacts.get('released-manifest')?.text ?? loaded.source,
      // Without a repository the entries still show their shape, with the owner to fill in.
      repo: repository ?? `<owner>/${m.name}`,
      tag: ctx.tag ?? `v${m.version}`,
      signed: ctx.results.sign !== undefined && !ctx.results.sign.skipped,
    };
    if (m.kind === 'oci' && image) {
      // Loaded only here: the image reader brings the OCI client with it.
      const { imageDigestsIn } = await import('../lock/image.js');
      const digests = await imageDigestsIn(image.store, image.digest);
      facts.digest = image.digest;
      facts.platforms = digests.platforms.map((p) => ({
        platform: p.platform,
        digest: p.manifest,
        config: p.config,
      }));
    }
    const { lockEntryFor } = await import('../lock/entry.js');
    const { lockToml, indexToml } = lockEntryFor(facts);
    ctx.artifacts.add({ type: 'lock-entry', lockToml, indexToml });
    setOutput(ctx, 'lock-entry', lockToml);
    setOutput(ctx, 'registry-entry', indexToml);
    if (!repository) {
      ctx.reporter.info(
        `the entries name github.com/<owner>/${m.name}: pass --repository OWNER/NAME (GITHUB_REPOSITORY in Actions) to fill it in`,
      );
    }
    return ok(
      `samuel.lock and index.toml entries for ${m.name} ${m.version}${facts.platforms ? ` (${facts.platforms.length} platform digest(s))` : ''}`,
    );
  },
};
