/**
 * `build`, `audit` and `smoke` for wasm plugins. Each takes the plugin directory or its
 * manifest, reports findings as annotations, and exits 0 (pass), 1 (the plugin fails) or 2.
 */
import { resolve } from 'node:path';
import { displayPath } from '../../util/paths.js';
import { boolOpt, listOpt, stringOpt, type CommandSpec, type CommandContext } from '../command.js';
import { mdCell, type Finding, type Reporter } from '../report.js';
import { loadManifest } from '../../manifest/load.js';
import type { LoadedManifest } from '../../manifest/types.js';
import { ConfigurationError, UsageError } from '../../errors.js';
import {
  auditWasm,
  buildWasm,
  formatSize,
  parseSize,
  smokeWasm,
  TOOLCHAINS,
  type SmokeReport,
} from '../../wasm/index.js';

async function loadWasmPlugin(
  ctx: CommandContext,
): Promise<{ loaded: LoadedManifest; display: string; modulePath: string }> {
  if (ctx.positionals.length > 1) {
    throw new UsageError('give one plugin directory or manifest', {
      fix: 'run the command once per plugin (a job matrix in Actions)',
    });
  }
  const loaded = await loadManifest(ctx.positionals[0] ?? '.', { cwd: ctx.cwd });
  const display = displayPath(loaded.file, ctx.cwd);
  if (loaded.manifest.kind !== 'wasm' || !loaded.manifest.wasm) {
    throw new ConfigurationError(
      `${display} declares kind = "${loaded.manifest.kind}"; this command handles wasm plugins`,
      {
        fix: 'point it at a plugin with kind = "wasm" (an oci plugin runs as a container image and has no wasm module)',
        position: { file: display },
      },
    );
  }
  return { loaded, display, modulePath: resolve(loaded.dir, loaded.manifest.wasm.module) };
}

function reportFindings(reporter: Reporter, findings: Finding[]): number {
  for (const f of findings) reporter.finding(f);
  return findings.filter((f) => f.severity === 'error').length;
}

function auditSummary(reporter: Reporter, title: string, findings: Finding[]): void {
  const rows = findings.map(
    (f) =>
      `| ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | \`${f.rule}\` | ${mdCell(f.message)}${f.fix ? `<br>**Fix:** ${mdCell(f.fix)}` : ''} |`,
  );
  reporter.summary(
    [
      `### ${title}`,
      '',
      rows.length ? '| | Rule | Finding |\n|---|---|---|\n' + rows.join('\n') : 'No findings.',
      '',
    ].join('\n'),
  );
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Compile a wasm plugin into [wasm].module, check its size budget, and audit it.',
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    toolchain: {
      type: 'string',
      value: 'NAME',
      description: `Compiler to use: ${TOOLCHAINS.join(', ')} (default: detected from go.mod, Cargo.toml or asconfig.json; TinyGo when installed).`,
    },
    'build-command': {
      type: 'string',
      value: 'CMD',
      description:
        'The command that writes the module, for --toolchain command (split on spaces, quotes group, no shell).',
    },
    'size-budget': {
      type: 'string',
      value: 'SIZE',
      description:
        "Largest allowed module, e.g. 2MiB or 500KiB (default 2MiB, like Samuel's reference plugin).",
    },
  },
  async run(ctx) {
    const { loaded, display } = await loadWasmPlugin(ctx);
    const budget = stringOpt(ctx.values, 'size-budget');
    const result = await buildWasm(loaded, {
      toolchain: stringOpt(ctx.values, 'toolchain'),
      buildCommand: stringOpt(ctx.values, 'build-command'),
      sizeBudget: budget ? parseSize(budget) : undefined,
      reporter: ctx.reporter,
      env: ctx.env,
    });
    const r = ctx.reporter;
    const modulePath = displayPath(result.modulePath, ctx.cwd);
    r.setOutput('module', modulePath);
    r.setOutput('size', String(result.size));
    r.setOutput('toolchain', result.toolchain);
    r.setOutput('toolchain-version', result.version);
    const findings = auditWasm(loaded, result.modulePath, display);
    const errors = reportFindings(r, findings);
    r.print(
      `${errors ? '✗' : '✓'} built ${modulePath}: ${formatSize(result.size)} with ${result.toolchain} (${result.version})${errors ? `, ${errors} audit error${errors > 1 ? 's' : ''}` : ''}`,
    );
    r.summary(
      `### Build of ${loaded.manifest.name}\n\n| Module | Size | Toolchain |\n|---|---|---|\n| \`${mdCell(modulePath)}\` | ${formatSize(result.size)} | ${mdCell(`${result.toolchain} (${result.version})`)} |\n`,
    );
    auditSummary(r, 'Static audit', findings);
    r.result({
      ok: errors === 0,
      module: modulePath,
      size: result.size,
      toolchain: result.toolchain,
      version: result.version,
      findings,
    });
    return errors === 0 ? 0 : 1;
  },
};

export const auditCommand: CommandSpec = {
  name: 'audit',
  summary:
    'Check a built wasm module against its manifest: exports, imports, capabilities, memory.',
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    module: {
      type: 'string',
      value: 'PATH',
      description: "Module to audit (default: the manifest's [wasm].module).",
    },
  },
  async run(ctx) {
    const { loaded, display, modulePath } = await loadWasmPlugin(ctx);
    const explicit = stringOpt(ctx.values, 'module');
    const path = explicit ? resolve(ctx.cwd, explicit) : modulePath;
    const findings = auditWasm(loaded, path, display);
    const errors = reportFindings(ctx.reporter, findings);
    ctx.reporter.print(
      errors
        ? `✗ ${displayPath(path, ctx.cwd)}: ${errors} audit error${errors > 1 ? 's' : ''}`
        : `✓ ${displayPath(path, ctx.cwd)} fits ${display}`,
    );
    auditSummary(ctx.reporter, `Static audit of ${loaded.manifest.name}`, findings);
    ctx.reporter.result({ ok: errors === 0, module: path, findings });
    return errors === 0 ? 0 : 1;
  },
};

function renderSmoke(r: Reporter, s: SmokeReport, display: string): void {
  const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(2)} MiB`;
  const protocol =
    s.protocol.value === null
      ? '—'
      : `${s.protocol.value}${s.protocol.missing ? ' (no export: counts as 1)' : ''}`;
  const health = s.health.missing
    ? 'healthy (no health export)'
    : s.health.value === null
      ? '—'
      : s.health.value === 0
        ? 'healthy (0)'
        : `unhealthy (${s.health.value})`;
  const lines = [
    `protocol:  ${protocol}`,
    `health:    ${health}`,
    `exports:   ${s.exports.map((e) => `${e.name} ${e.present ? '✓' : '✗'}`).join(', ') || '—'}`,
    ...s.calls.map(
      (c) =>
        `call:      ${c.name}() → ${c.error ?? (c.missing ? 'missing' : String(c.value ?? 'void'))} (${c.ms.toFixed(1)} ms)`,
    ),
    `memory:    peak ${mib(s.peakMemoryBytes)} of ${mib(s.memoryCapBytes)}`,
    `wall time: ${s.wallMs} ms`,
    ...s.logs.map((l) => `log:       ${l}`),
    ...s.denials.map((l) => `denial:    ${l}`),
    ...s.warnings.map((w) => `warning:   ${w}`),
  ];
  r.print(`${s.ok ? '✓' : '✗'} smoke ${s.plugin} (${s.module})`);
  for (const l of lines) r.print('  ' + l);
  for (const f of s.failures.filter((x) => x.check !== 'audit')) {
    r.finding({
      severity: 'error',
      rule: `smoke-${f.check}`,
      message: f.message,
      fix: f.fix,
      file: display,
    });
  }
  for (const w of s.warnings)
    r.finding({ severity: 'warning', rule: 'smoke-soft-timeout', message: w, file: display });
  const table = [
    ['Verdict', s.ok ? '✅ pass' : '❌ fail'],
    ['Protocol', protocol],
    ['Health', health],
    ['Exports', s.exports.map((e) => `\`${e.name}\` ${e.present ? '✅' : '❌'}`).join(' ')],
    ['Capability denials', String(s.denials.length)],
    ['Wall time', `${s.wallMs} ms`],
    ['Peak memory', `${mib(s.peakMemoryBytes)} of ${mib(s.memoryCapBytes)}`],
  ];
  const extra = [
    ...s.failures.map((f) => `- ❌ ${f.message} — **Fix:** ${f.fix}`),
    ...s.logs.map((l) => `- log: \`${l}\``),
    ...s.denials.map((l) => `- ${l}`),
  ];
  r.summary(
    [
      `### Smoke test of ${s.plugin}`,
      '',
      '| | |',
      '|---|---|',
      ...table.map(([k, v]) => `| ${k} | ${mdCell(v ?? '')} |`),
      '',
      ...extra,
      '',
    ].join('\n'),
  );
}

export const smokeCommand: CommandSpec = {
  name: 'smoke',
  summary: "Audit a wasm module, then run it in a harness that behaves like Samuel's runtime.",
  positionals: '[PLUGIN_DIR|MANIFEST]',
  options: {
    call: {
      type: 'string',
      multiple: true,
      value: 'EXPORT',
      description:
        "Also call this export (repeatable), under the manifest's soft and hard timeouts.",
    },
    module: {
      type: 'string',
      value: 'PATH',
      description: "Module to run (default: the manifest's [wasm].module).",
    },
    initialize: {
      type: 'boolean',
      description:
        'Call _initialize before the probes. Samuel v2.3 does not, so a pass with this flag does not mean Samuel can run the module.',
    },
  },
  async run(ctx) {
    const { loaded, display, modulePath } = await loadWasmPlugin(ctx);
    const explicit = stringOpt(ctx.values, 'module');
    const report = await smokeWasm(loaded, explicit ? resolve(ctx.cwd, explicit) : modulePath, {
      calls: listOpt(ctx.values, 'call'),
      initialize: boolOpt(ctx.values, 'initialize'),
      env: ctx.env,
      displayFile: display,
    });
    reportFindings(ctx.reporter, report.audit);
    renderSmoke(ctx.reporter, report, display);
    ctx.reporter.setOutput('protocol', String(report.protocol.value ?? ''));
    ctx.reporter.setOutput('healthy', String(report.ok));
    ctx.reporter.setOutput('peak-memory', String(report.peakMemoryBytes));
    ctx.reporter.result(report);
    return report.ok ? 0 : 1;
  },
};
