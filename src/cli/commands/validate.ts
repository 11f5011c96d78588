/**
 * `validate [PLUGIN_DIR|MANIFEST|GLOB ...]` — checks manifests exactly as Samuel v2.3 reads
 * them, with positions, fixes, annotations on pull requests and a job-summary table.
 */
import { flagsOf, type CommandSpec } from '../command.js';
import type { Reporter } from '../report.js';
import { mdCell } from '../render/summaries.js';
import type { ValidationResult } from '../../manifest/validate.js';
import { UsageError } from '../../errors.js';
import { compareGroup, manifestGroup, pinGroup } from '../../options/index.js';

/** Expands positionals (dirs, files, globs) into manifest paths; a glob must match something. */
export async function expandTargets(positionals: string[], cwd: string): Promise<string[]> {
  if (positionals.length === 0) return ['.'];
  const out: string[] = [];
  for (const p of positionals) {
    if (/[*?[\]{}]/.test(p)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(p, {
        cwd,
        onlyFiles: false,
        dot: false,
        expandDirectories: false,
      });
      if (matches.length === 0) {
        throw new UsageError(`the pattern "${p}" matches no files`, {
          fix: "quote the pattern so the shell does not expand it, and check the path, e.g. 'plugins/*/samuel-plugin.toml'",
        });
      }
      out.push(...matches.sort());
    } else {
      out.push(p);
    }
  }
  return out;
}

function renderText(reporter: Reporter, results: ValidationResult[]): void {
  for (const r of results) {
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const m = r.loaded?.manifest;
    const what = m ? ` (${m.name} ${m.version}, ${m.kind})` : '';
    reporter.print(
      errors === 0
        ? `✓ ${r.displayPath}${what} is valid${warnings ? ` with ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`
        : `✗ ${r.displayPath}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
    );
  }
}

function renderSummary(reporter: Reporter, results: ValidationResult[]): void {
  const rows = results.flatMap((r) =>
    r.findings.length === 0
      ? [`| ${mdCell(r.displayPath)} | ✅ | | valid |`]
      : r.findings.map(
          (f) =>
            `| ${mdCell(`${f.file ?? r.displayPath}:${f.line ?? 1}:${f.col ?? 1}`)} | ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | \`${f.rule}\` | ${mdCell(f.message)}${f.fix ? `<br>**Fix:** ${mdCell(f.fix)}` : ''} |`,
        ),
  );
  reporter.summary(
    [
      '### Manifest validation',
      '',
      '| Where | | Rule | Finding |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

/** Manifests validated at once: enough to hide file I/O latency, few enough to bound memory. */
const CONCURRENCY = 16;

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Check samuel-plugin.toml (and SKILL.md) exactly as Samuel v2.3 reads them.',
  positionals: '[PLUGIN_DIR|MANIFEST|GLOB ...]',
  options: flagsOf([manifestGroup, pinGroup, compareGroup]),
  async run({ positionals, values, reporter, cwd, env }) {
    const { validateTarget, compareTarget, takeCompareToken } =
      await import('../../steps/validate.js');
    const targets = await expandTargets(positionals, cwd);
    const options = { ...manifestGroup.read(values), ...pinGroup.read(values) };
    const compare = compareGroup.read(values);
    const results: ValidationResult[] = new Array<ValidationResult>(targets.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, targets.length) }, async () => {
        while (next < targets.length) {
          const i = next++;
          results[i] = await validateTarget(targets[i]!, options, cwd, env);
        }
      }),
    );
    // Findings are shown in the order the manifests were given, whatever finished first.
    for (const r of results) r.findings.forEach((f) => reporter.finding(f));
    // Each valid manifest against its plugin's latest release, one after another (they share
    // the API's rate limit); the comparison's findings join the manifest's.
    const comparisons: { lines: string[]; summary: string }[] = [];
    if (compare.compareRelease !== undefined) {
      const token = takeCompareToken(env);
      for (const r of results) {
        if (!r.loaded) continue;
        const c = await compareTarget(
          r.loaded,
          r.displayPath,
          { ...compare, token },
          env,
          reporter,
        );
        if (!c) continue;
        r.findings.push(...c.findings);
        comparisons.push(c);
      }
    }
    const valid = results.every((r) => r.loaded !== undefined);
    renderText(reporter, results);
    for (const c of comparisons) c.lines.forEach((line) => reporter.print(line));
    renderSummary(reporter, results);
    for (const c of comparisons) reporter.summary(c.summary);
    const first = results[0]?.loaded?.manifest;
    if (results.length === 1 && first) {
      reporter.setOutput('name', first.name);
      reporter.setOutput('version', first.version);
      reporter.setOutput('kind', first.kind);
    }
    reporter.setOutput('valid', String(valid));
    reporter.result({
      ok: valid,
      command: 'validate',
      manifests: results.map((r) => ({
        file: r.displayPath,
        valid: r.loaded !== undefined,
        ...(r.loaded
          ? {
              name: r.loaded.manifest.name,
              version: r.loaded.manifest.version,
              kind: r.loaded.manifest.kind,
            }
          : {}),
        findings: r.findings,
      })),
      counts: reporter.counts(),
      outputs: reporter.outputs,
      findings: reporter.findings,
    });
    return valid ? 0 : 1;
  },
};
