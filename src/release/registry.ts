/**
 * The steps between validate and release, in order. Each is a thin adapter from the shared
 * `ReleaseContext` to its domain library (src/wasm, src/oci, src/sigstore).
 */
import { basename } from 'node:path';
import { displayPath } from '../util/paths.js';
import { ConfigurationError } from '../errors.js';
import { buildWasm, formatSize, smokeWasm } from '../wasm/index.js';
import { openStore, publishLayout, publishWasm } from '../oci/index.js';
import { isReleaseEvent, signPlugin } from '../sigstore/index.js';
import { parseSamuelImage } from '../manifest/image.js';
import { upsert } from './assets.js';
import { pinManifest, pinnedReference } from './pin.js';
import { ok, skipped, type Step } from './steps.js';

const build: Step = {
  name: 'build',
  kinds: ['wasm', 'oci'],
  async run(ctx) {
    if (ctx.loaded.manifest.kind === 'oci')
      return skipped('building container images is not available yet');
    const result = await buildWasm(ctx.loaded, { reporter: ctx.reporter, env: ctx.env });
    ctx.modulePath = result.modulePath;
    upsert(ctx, { name: 'plugin.wasm', path: result.modulePath });
    return ok(
      `${basename(result.modulePath)}: ${formatSize(result.size)} with ${result.toolchain} (${result.version})`,
    );
  },
};

const smoke: Step = {
  name: 'smoke',
  kinds: ['wasm'],
  async run(ctx) {
    // smokeWasm audits the module first (imports, exports, capabilities, memory) and fails on
    // audit errors, so the findings are reported here, once.
    const report = await smokeWasm(ctx.loaded, ctx.modulePath!, {
      env: ctx.env,
      calls: [],
      displayFile: displayPath(ctx.loaded.file, ctx.cwd),
    });
    report.audit.forEach((f) => ctx.reporter.finding(f));
    report.warnings.forEach((w) => ctx.reporter.info(`warning: ${w}`));
    if (!report.ok) {
      const first = report.failures[0]!;
      throw new ConfigurationError(
        `smoke test failed: ${report.failures.map((f) => f.message).join('; ')}`,
        { code: 'SMOKE', fix: first.fix },
      );
    }
    return ok(
      `audit clean, protocol ${report.protocol.value ?? 1}, health ${report.health.missing ? 'missing (healthy)' : report.health.value}, ${report.exports.length} export(s), ${report.wallMs} ms`,
    );
  },
};

const publish: Step = {
  name: 'publish',
  kinds: ['wasm', 'oci'],
  async run(ctx) {
    const isOci = ctx.loaded.manifest.kind === 'oci';
    if (isOci && !ctx.layout) {
      return skipped(
        'no image to publish: pass --layout DIR with the image as an OCI layout (image builds are not available yet)',
      );
    }
    const store = await openStore(ctx.publishTarget!, {
      reporter: ctx.reporter,
      env: ctx.env,
      insecure: ctx.insecure,
    });
    const options = {
      env: ctx.env,
      log: (m: string) => ctx.reporter.info(m),
      version: ctx.loaded.manifest.version,
    };
    const result = isOci
      ? await publishLayout(ctx.layout!, store, options)
      : await publishWasm(ctx.loaded, ctx.modulePath!, store, options);
    ctx.store = store;
    ctx.digest = result.digest;
    ctx.imageReference = result.reference;
    ctx.reporter.setOutput('digest', result.digest);
    return ok(
      `${result.reference}${result.tags.length ? ` (tags ${result.tags.join(', ')})` : ''}`,
    );
  },
};

const sign: Step = {
  name: 'sign',
  kinds: ['wasm', 'oci', 'skill'],
  async run(ctx) {
    if (ctx.loaded.manifest.kind === 'oci' && !ctx.digest) {
      return skipped('no image was published, so there is nothing to sign');
    }
    const image =
      ctx.store && ctx.digest && ctx.imageReference
        ? { store: ctx.store, digest: ctx.digest, reference: ctx.imageReference }
        : undefined;
    const result = await signPlugin(ctx.loaded, {
      mode: ctx.signMode,
      env: ctx.env,
      // A tag push (or release/dispatch) is a release even while the final upload is a dry run.
      releasing: !ctx.dryRun || isReleaseEvent(ctx.env),
      outputDir: ctx.outputDir,
      ...ctx.signing,
      ...(image ? { image } : {}),
    });
    if (result.skipped) {
      if (result.skipped.warn)
        ctx.reporter.finding({
          severity: 'warning',
          rule: 'sign-skipped',
          message: result.skipped.reason,
        });
      return skipped(result.skipped.reason);
    }
    for (const file of result.bundleFiles) upsert(ctx, { name: basename(file), path: file });
    ctx.verifyCommands.push(...result.verifyCommands);
    return ok(`${result.bundleFiles.map((f) => basename(f)).join(', ')}`);
  },
};

const pin: Step = {
  name: 'pin',
  kinds: ['oci'],
  async run(ctx) {
    const image = ctx.loaded.manifest.oci?.image ?? '';
    if (!ctx.digest) return skipped('nothing was published, so [oci].image keeps its reference');
    const declared = pinnedReference(image, ctx.digest);
    const published = ctx.imageReference ?? '';
    let reference = declared;
    if (published.startsWith('oci-layout:')) {
      ctx.reporter.info(
        `dry run: pinned to the digest in the local layout; the same layout pushed to ${declared.split('@')[0]} has this digest`,
      );
    } else if (published) {
      // Pin to where the image really is, so the released manifest always resolves.
      reference = pinnedReference(published, ctx.digest);
      if (!parseSamuelImage(reference)) {
        throw new ConfigurationError(
          `the image was published as ${reference}, which Samuel cannot pull (it needs registry/owner/name)`,
          {
            fix: 'publish to a repository with exactly one owner segment, e.g. ghcr.io/<owner>/<name>',
          },
        );
      }
      if (reference.split('@')[0] !== declared.split('@')[0]) {
        ctx.reporter.finding({
          severity: 'notice',
          rule: 'pin-repository',
          message: `[oci].image names ${declared.split('@')[0]} but the image was published to ${reference.split('@')[0]}; the release pins the published one`,
          fix: 'make [oci].image and the publish target (image input / --to) name the same repository',
        });
      }
    }
    ctx.releasedManifest = pinManifest(ctx.loaded, reference);
    return ok(`[oci].image = "${reference}"`);
  },
};

export const PIPELINE_STEPS: Step[] = [build, smoke, publish, sign, pin];
