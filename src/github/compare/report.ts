/**
 * A comparison as findings (annotations on the manifest lines that ask for more), a Markdown
 * table for the job summary and plain lines for the terminal. Scopes come from manifests a pull
 * request controls, so every cell and line is neutralised before it is shown.
 */
import { inertLog, inertMarkdown, type Finding } from '../../report/index.js';
import type { LoadedManifest, Position } from '../../manifest/types.js';
import { describeEntry, type CapabilityChange } from './diff.js';
import type { CompareResult } from './compare.js';

/** Every rule id the comparison reports. */
export const COMPARE_RULES = [
  'capability-added',
  'capability-widened',
  'capability-removed',
  'compare-release-unavailable',
] as const;

/** Why Samuel cares about each capability (it asks users to confirm every one but safe reads). */
const RISK: Record<string, string> = {
  'filesystem.read': 'files the plugin may read',
  'filesystem.write': 'files the plugin may change',
  exec: 'the plugin may run programs',
  env: 'environment variables the plugin sees',
  'network.outbound': 'hosts the plugin may reach',
  'network.hosts': 'hosts the plugin may reach',
  'network.allowed_hosts': 'hosts the plugin container may reach',
  'samuel.api': "the plugin may call Samuel's API",
  'assistant.invoke': 'the plugin may invoke the assistant',
};

/** The findings of a comparison, placed in `displayPath` (the manifest as shown to the user). */
export function compareFindings(
  result: CompareResult,
  loaded: LoadedManifest,
  displayPath: string,
): Finding[] {
  if (result.status === 'first-release') return [];
  if (result.status === 'unavailable') {
    return [
      {
        severity: 'warning',
        rule: 'compare-release-unavailable',
        message: `capabilities not compared with the latest release: ${result.reason}`,
        fix: result.fix,
        file: displayPath,
      },
    ];
  }
  const tag = result.release.tag;
  const where = (c: CapabilityChange): Partial<Finding> => {
    const p: Position | undefined =
      c.position ?? loaded.positions.get(c.field) ?? loaded.positions.get('capabilities');
    return { field: c.field, file: displayPath, ...(p ? { line: p.line, col: p.col } : {}) };
  };
  const out: Finding[] = [];
  for (const c of result.diff.added) {
    out.push({
      severity: 'warning',
      rule: 'capability-added',
      message: `this change asks for ${describeEntry(c)} (${RISK[c.capability]}), which the latest release ${tag} did not`,
      fix: 'keep it only if the plugin needs it: Samuel asks every user to confirm it at install; say why in the pull request',
      ...where(c),
    });
  }
  for (const c of result.diff.widened) {
    out.push({
      severity: 'warning',
      rule: 'capability-widened',
      message: `${describeEntry(c)} widens ${list(c.related)} of the latest release ${tag} (${RISK[c.capability]})`,
      fix: 'scope it as narrowly as the plugin needs, or say in the pull request why the wider scope is needed',
      ...where(c),
    });
  }
  for (const c of result.diff.removed) {
    out.push({
      severity: 'notice',
      rule: 'capability-removed',
      message: `${describeEntry(c)} of the latest release ${tag} is no longer asked for${c.related ? ` (narrowed to ${list(c.related)})` : ''}`,
      ...where(c),
    });
  }
  return out;
}

/** The comparison as a job-summary section: one row per capability scope. */
export function compareSummary(result: CompareResult): string {
  const head =
    result.status === 'compared'
      ? `### Capabilities against ${inertMarkdown(result.release.tag)} of ${inertMarkdown(result.repository)}`
      : result.status === 'first-release'
        ? `### Capabilities: first release of ${inertMarkdown(result.repository)}, every capability is new`
        : `### Capabilities not compared with the latest release of ${inertMarkdown(result.repository)}`;
  if (result.status === 'unavailable') {
    return [
      head,
      '',
      `⚠️ ${inertMarkdown(result.reason)}<br>**Fix:** ${inertMarkdown(result.fix)}`,
      '',
    ].join('\n');
  }
  const { added, widened, removed, unchanged } = result.diff;
  const row = (icon: string, change: string, c: CapabilityChange, released: string) =>
    `| \`${c.capability}\` | ${c.target === undefined ? '' : `\`${inertMarkdown(c.target)}\``} | ${icon} ${change} | ${released} |`;
  const rel = (c: CapabilityChange) =>
    (c.related ?? []).map((r) => `\`${inertMarkdown(r)}\``).join(', ');
  const rows = [
    ...added.map((c) => row('⚠️', result.status === 'first-release' ? 'new' : 'added', c, '—')),
    ...widened.map((c) => row('⚠️', 'widened', c, rel(c))),
    ...removed.map((c) => row('ℹ️', c.related ? `narrowed to ${rel(c)}` : 'removed', c, 'yes')),
    ...unchanged.map((c) => row('', 'unchanged', c, 'yes')),
  ];
  if (rows.length === 0) return [head, '', 'The plugin asks for no capabilities.', ''].join('\n');
  return [
    head,
    '',
    '| Capability | Scope | Change | Released |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The comparison as terminal lines: a count, then one line per change. */
export function compareLines(result: CompareResult): string[] {
  if (result.status === 'unavailable') {
    return [`capabilities not compared: ${inertLog(result.reason)}`];
  }
  const { added, widened, removed, unchanged } = result.diff;
  if (result.status === 'first-release') {
    return [
      `capabilities: first release of ${result.repository}, every capability is new (${added.length})`,
      ...added.map((c) => `  + ${inertLog(describeEntry(c))}`),
    ];
  }
  return [
    `capabilities against ${inertLog(result.release.tag)}: ${added.length} added, ${widened.length} widened, ${removed.length} removed, ${unchanged.length} unchanged`,
    ...added.map((c) => `  + ${inertLog(describeEntry(c))}`),
    ...widened.map((c) => `  ^ ${inertLog(describeEntry(c))} (was ${inertLog(list(c.related))})`),
    ...removed.map((c) => `  - ${inertLog(describeEntry(c))}`),
  ];
}

function list(values: string[] | undefined): string {
  return (values ?? []).map((v) => JSON.stringify(v)).join(', ');
}
