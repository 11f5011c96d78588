/**
 * Job-summary Markdown, built once per result type; every command and the release use these.
 * Untrusted text (guest logs, registry words, manifest strings) goes through `mdCell`.
 */
import type { Finding } from '../../report/index.js';
import { inertMarkdown } from '../../report/index.js';
import type { BuildResult, SmokeReport } from '../../wasm/index.js';
import type { SignPluginResult } from '../../sigstore/index.js';
import type { PipelineRun } from '../../pipeline/runner.js';
import { formatBytes, formatSize } from '../../util/size.js';

/** Escapes a value for a Markdown table cell (and makes untrusted text inert). */
export function mdCell(value: string): string {
  return inertMarkdown(value);
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

export function findingsSummary(title: string, findings: Finding[]): string {
  const rows = findings.map(
    (f) =>
      `| ${ICON[f.severity]} | \`${mdCell(f.rule)}\` | ${mdCell(f.message)}${f.fix ? `<br>**Fix:** ${mdCell(f.fix)}` : ''} |`,
  );
  return [
    `### ${mdCell(title)}`,
    '',
    rows.length ? '| | Rule | Finding |\n|---|---|---|\n' + rows.join('\n') : 'No findings.',
    '',
  ].join('\n');
}

export function buildSummary(name: string, module: string, result: BuildResult): string {
  return `### Build of ${mdCell(name)}\n\n| Module | Size | Toolchain |\n|---|---|---|\n| \`${mdCell(module)}\` | ${formatSize(result.size)} | ${mdCell(`${result.toolchain} (${result.version})`)} |\n`;
}

export function smokeFacts(s: SmokeReport): { protocol: string; health: string } {
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
  return { protocol, health };
}

export function smokeSummary(s: SmokeReport): string {
  const { protocol, health } = smokeFacts(s);
  const table = [
    ['Verdict', s.ok ? '✅ pass' : '❌ fail'],
    ['Protocol', protocol],
    ['Health', health],
    ['Exports', s.exports.map((e) => `${e.name} ${e.present ? '✅' : '❌'}`).join(' ')],
    ['Capability denials', String(s.denials.length)],
    ['Wall time', `${s.wallMs} ms`],
    ['Peak memory', `${formatBytes(s.peakMemoryBytes)} of ${formatBytes(s.memoryCapBytes)}`],
  ];
  const extra = [
    ...s.failures.map((f) => `- ❌ ${mdCell(f.message)} — **Fix:** ${mdCell(f.fix)}`),
    ...s.logs.map((l) => `- log: ${mdCell(l)}`),
    ...s.denials.map((l) => `- ${mdCell(l)}`),
  ];
  return [
    `### Smoke test of ${mdCell(s.plugin)}`,
    '',
    '| | |',
    '|---|---|',
    ...table.map(([k, v]) => `| ${k} | ${mdCell(v ?? '')} |`),
    '',
    ...extra,
    '',
  ].join('\n');
}

/** The smoke report as terminal lines. */
export function smokeText(s: SmokeReport): string[] {
  const { protocol, health } = smokeFacts(s);
  return [
    `${s.ok ? '✓' : '✗'} smoke ${s.plugin} (${s.module})`,
    ...[
      `protocol:  ${protocol}`,
      `health:    ${health}`,
      `exports:   ${s.exports.map((e) => `${e.name} ${e.present ? '✓' : '✗'}`).join(', ') || '—'}`,
      ...s.calls.map(
        (c) =>
          `call:      ${c.name}() → ${c.error ?? (c.missing ? 'missing' : String(c.value ?? 'void'))} (${c.ms.toFixed(1)} ms)`,
      ),
      `memory:    peak ${formatBytes(s.peakMemoryBytes)} of ${formatBytes(s.memoryCapBytes)}`,
      `wall time: ${s.wallMs} ms`,
      ...s.logs.map((l) => `log:       ${l}`),
      ...s.denials.map((l) => `denial:    ${l}`),
      ...s.warnings.map((w) => `warning:   ${w}`),
    ].map((l) => '  ' + l),
  ];
}

export function publishSummary(p: { reference: string; digest: string; tags: string[] }): string {
  return `### Published\n\n| | |\n|---|---|\n| image | \`${mdCell(p.reference)}\` |\n| digest | \`${p.digest}\` |\n| tags | ${mdCell(p.tags.join(', ') || '(none)')} |\n`;
}

export function signSummary(result: SignPluginResult): string {
  return [
    '### Signatures',
    '',
    `Signed by \`${mdCell(result.signer?.identity ?? '')}\`. Verify with:`,
    '',
    '```sh',
    ...result.verifyCommands,
    '```',
    '',
  ].join('\n');
}

export function stepsSummary(
  title: string,
  run: PipelineRun,
  extra: { digest?: string; verify: string[] },
): string {
  const icon = { ok: '✅', skipped: '⏭️', failed: '❌' } as const;
  return [
    `### ${mdCell(title)}`,
    '',
    '| Step | | Result | Time |',
    '|---|---|---|---|',
    ...run.steps.map(
      (s) =>
        `| ${s.step} | ${icon[s.status]} | ${mdCell(s.detail)} | ${(s.ms / 1000).toFixed(1)} s |`,
    ),
    '',
    ...(extra.digest ? [`**Digest:** \`${extra.digest}\``, ''] : []),
    ...(extra.verify.length ? ['**Verify:**', '', '```sh', ...extra.verify, '```', ''] : []),
  ].join('\n');
}
