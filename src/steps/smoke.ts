/** smoke: run the module the way Samuel's runtime does (host ABI, WASI, budgets, health). */
import { FindingsFailure } from '../pipeline/runner.js';
import { displayPath } from '../util/paths.js';
import { plugin, setOutput, type PipelineContext } from '../pipeline/context.js';
import { ok, skipped, type Step, type StepOutcome } from '../pipeline/step.js';
import { resolve } from 'node:path';
import { unlessWasm, wasmModulePath } from './module.js';

export const smokeStep: Step = {
  name: 'smoke',
  skip: (ctx) =>
    plugin(ctx).manifest.kind === 'oci' ? undefined : unlessWasm(ctx, 'the smoke test'),
  async run(ctx: PipelineContext) {
    const loaded = plugin(ctx);
    if (loaded.manifest.kind === 'oci') return smokeImage(ctx);
    const display = displayPath(loaded.file, ctx.cwd);
    const { smokeWasm } = await import('../wasm/index.js');
    const report = await smokeWasm(loaded, wasmModulePath(ctx), {
      env: ctx.env,
      calls: ctx.options.smoke.calls,
      initialize: ctx.options.smoke.initialize,
      displayFile: display,
    });
    ctx.results.smoke = report;
    // The audit step reports the static findings when it ran; otherwise they come from here.
    if (!ctx.results.audit) report.audit.forEach((f) => ctx.reporter.finding(f));
    for (const f of report.failures.filter((x) => x.check !== 'audit')) {
      ctx.reporter.finding({
        severity: 'error',
        rule: `smoke-${f.check}`,
        message: f.message,
        fix: f.fix,
        file: display,
      });
    }
    for (const note of report.notes ?? []) {
      ctx.reporter.finding({
        severity: 'notice',
        rule: 'smoke-bounds',
        message: note,
        file: display,
      });
    }
    for (const w of report.warnings) {
      ctx.reporter.finding({
        severity: 'warning',
        rule: 'smoke-soft-timeout',
        message: w,
        file: display,
      });
    }
    setOutput(ctx, 'protocol', String(report.protocol.value ?? ''));
    setOutput(ctx, 'healthy', String(report.ok));
    setOutput(ctx, 'peak-memory', String(report.peakMemoryBytes));
    if (!report.ok) {
      throw new FindingsFailure(
        `smoke test failed: ${report.failures.map((f) => f.message).join('; ')}`,
      );
    }
    const health = report.health.missing ? 'missing (healthy)' : String(report.health.value);
    return ok(
      `protocol ${report.protocol.value ?? 1}, health ${health}, ${report.exports.length} export(s), ${report.wallMs} ms`,
    );
  },
};

/** The static image checks: platforms, entrypoint architecture, linkage (no container is run). */
async function smokeImage(ctx: PipelineContext): Promise<StepOutcome> {
  const loaded = plugin(ctx);
  const display = displayPath(loaded.file, ctx.cwd);
  const built = ctx.artifacts.get('image-layout');
  const given = ctx.options.publish.layout
    ? resolve(ctx.cwd, ctx.options.publish.layout)
    : undefined;
  const dir = built?.dir ?? given;
  if (!dir)
    return skipped('no image to check: it is built by the build step or given with --layout');
  const container = await import('../container/index.js');
  // A given layout is read the way publish reads it: its one image, or the one --layout-ref names.
  const digest =
    built?.digest ??
    (await import('../oci/digest.js')).sha256Digest(
      (await (await import('../oci/publish.js')).layoutRoot(dir, ctx.options.publish.layoutRef))
        .bytes,
    );
  const platforms = built
    ? (ctx.options.build.platforms ?? container.DEFAULT_PLATFORMS)
    : await container.indexPlatforms(container.layoutReader(dir), digest);
  // Static checks, then install (pull, image inspect) and launch (Samuel's run arguments, a
  // served bridge, a hard timeout) on every container runtime present.
  const wanted = ctx.options.smoke.runtimes;
  const runtimes =
    wanted === undefined || wanted === 'auto'
      ? 'auto'
      : wanted === 'none'
        ? 'none'
        : (wanted.split(',').map((r) => r.trim()) as ('podman' | 'podman-root' | 'docker')[]);
  const report = await container.smokeImage(loaded, {
    layoutDir: dir,
    digest,
    platforms,
    runtimes,
    env: ctx.env,
    reporter: ctx.reporter,
    file: display,
  });
  report.findings.forEach((f) => ctx.reporter.finding(f));
  for (const note of report.skipped) ctx.reporter.info(`smoke: ${note}`);
  const install = report.install[0];
  if (install) setOutput(ctx, 'lock-digest', install.lockDigest);
  if (!report.ok) {
    const first = report.findings.find((f) => f.severity === 'error');
    throw new FindingsFailure(
      `the image would not run: ${first?.message ?? 'see the findings above'}`,
    );
  }
  const parts = [
    report.platforms.map((p) => `${p.platform}: ${p.entrypoint} ${p.linkage}`).join('; '),
  ];
  if (install) parts.push(`${install.runtime} records ${install.lockDigest.slice(0, 19)}`);
  if (report.launch) parts.push(`runs with Samuel's arguments, exit ${report.launch.exitCode}`);
  return ok(parts.join('; '));
}
