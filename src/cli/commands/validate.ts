/**
 * `validate [PLUGIN_DIR|MANIFEST|GLOB ...]` — checks manifests exactly as Samuel v2.3 reads
 * them, with positions, fixes, annotations on pull requests and a job-summary table.
 */
import { glob } from 'tinyglobby';
import { boolOpt, stringOpt, type CommandSpec } from '../command.js';
import { mdCell, type Reporter } from '../report.js';
import { validateManifestFile, type ValidationResult } from '../../manifest/validate.js';
import { UsageError } from '../../errors.js';

/** The release tag from the Actions context (`refs/tags/v1.2.3` → `v1.2.3`), if any. */
export function tagFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  if (env.GITHUB_REF?.startsWith('refs/tags/')) return env.GITHUB_REF.slice('refs/tags/'.length);
  return undefined;
}

/** Expands positionals (dirs, files, globs) into manifest paths; a glob must match something. */
export async function expandTargets(positionals: string[], cwd: string): Promise<string[]> {
  if (positionals.length === 0) return ['.'];
  const out: string[] = [];
  for (const p of positionals) {
    if (/[*?[\]{}]/.test(p)) {
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

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Check samuel-plugin.toml (and SKILL.md) exactly as Samuel v2.3 reads them.',
  positionals: '[PLUGIN_DIR|MANIFEST|GLOB ...]',
  options: {
    strict: {
      type: 'boolean',
      description: "Treat unknown keys as errors (the JSON schema's view); default: warnings.",
    },
    tag: {
      type: 'string',
      value: 'TAG',
      description:
        'Release tag that must equal version, with or without "v" (default in Actions: the pushed tag).',
    },
    pin: {
      type: 'boolean',
      description:
        'The release will pin [oci].image to the pushed digest, so an unpinned or all-zero image is fine.',
    },
  },
  async run({ positionals, values, reporter, cwd, env }) {
    const targets = await expandTargets(positionals, cwd);
    const tag = stringOpt(values, 'tag') ?? (reporter.actions ? tagFromEnv(env) : undefined);
    const results: ValidationResult[] = [];
    for (const target of targets) {
      const result = await validateManifestFile(target, {
        cwd,
        strict: boolOpt(values, 'strict'),
        willPin: boolOpt(values, 'pin'),
        ...(tag === undefined ? {} : { tag }),
      });
      result.findings.forEach((f) => reporter.finding(f));
      results.push(result);
    }
    const valid = results.every((r) => r.loaded !== undefined);
    renderText(reporter, results);
    renderSummary(reporter, results);
    const first = results[0]?.loaded?.manifest;
    if (results.length === 1 && first) {
      reporter.setOutput('name', first.name);
      reporter.setOutput('version', first.version);
      reporter.setOutput('kind', first.kind);
    }
    reporter.setOutput('valid', String(valid));
    reporter.result({
      ok: valid,
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
    });
    return valid ? 0 : 1;
  },
};
