/**
 * The Reporter the faces use: plain text on a terminal, a single JSON document with `--json`,
 * and workflow commands (annotations, groups, outputs, job summary) inside GitHub Actions.
 * Every line passes through `redact` (no credential form ever printed) and untrusted text is
 * made inert, so a guest's `::error::` line cannot become a workflow command.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import type * as ActionsCore from '@actions/core';
import {
  formatFinding,
  inertLog,
  onSecret,
  redact,
  type Finding,
  type Reporter as ReporterApi,
} from '../report/index.js';

export type { Finding, Severity } from '../report/index.js';
export { formatFinding } from '../report/index.js';

export interface ReporterOptions {
  json: boolean;
  /** Emit GitHub workflow commands (defaults to `GITHUB_ACTIONS === 'true'`). */
  actions: boolean;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** File that receives the job summary (defaults to `$GITHUB_STEP_SUMMARY`; null: none). */
  summaryFile?: string | null;
  /** The folder finding paths are relative to (the command's working directory). */
  cwd?: string;
  /** The repository root (`GITHUB_WORKSPACE`): annotation paths are made relative to it. */
  workspace?: string;
  /** `@actions/core`, loaded by the caller only inside Actions (required when `actions`). */
  core?: typeof ActionsCore;
}

/** Collects findings, outputs and summaries, and renders them for the current medium. */
export class Reporter implements ReporterApi {
  readonly json: boolean;
  readonly actions: boolean;
  readonly findings: Finding[] = [];
  readonly outputs: Record<string, string> = {};
  /** True once the JSON document was written (there is exactly one). */
  resultWritten = false;
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;
  private readonly summaryFile: string | undefined;
  private readonly cwd: string;
  private readonly workspace: string | undefined;
  private readonly unsubscribe: () => void;
  private readonly core: typeof ActionsCore | undefined;

  constructor(options: ReporterOptions) {
    this.json = options.json;
    this.actions = options.actions;
    this.out = options.out ?? ((t) => process.stdout.write(t));
    this.err = options.err ?? ((t) => process.stderr.write(t));
    this.summaryFile =
      options.summaryFile === null
        ? undefined
        : (options.summaryFile ?? process.env.GITHUB_STEP_SUMMARY ?? undefined);
    this.cwd = options.cwd ?? process.cwd();
    this.workspace = options.workspace;
    this.core = options.core;
    if (this.actions && !this.core) throw new Error('a Reporter for GitHub Actions needs core');
    const core = this.core;
    // Every credential form registered anywhere is masked by the runner too.
    this.unsubscribe = core ? onSecret((s) => core.setSecret(s)) : () => undefined;
  }

  /** Stops masking new secrets through this reporter (tests create many reporters). */
  close(): void {
    this.unsubscribe();
  }

  /** Progress and informational lines: stderr, so stdout stays clean for `--json`. */
  info(message: string): void {
    this.err(inertLog(message) + EOL);
  }

  /** A result line for humans (suppressed in JSON mode, where `result` carries everything). */
  print(message: string): void {
    if (!this.json) this.out(inertLog(message) + EOL);
  }

  /** Records a finding and shows it (an annotation in Actions, a compiler-style line otherwise). */
  finding(f: Finding): void {
    const safe: Finding = {
      ...f,
      message: redact(f.message),
      ...(f.fix ? { fix: redact(f.fix) } : {}),
    };
    this.findings.push(safe);
    if (this.json) return;
    if (this.actions) {
      annotate(
        this.core!,
        safe.severity,
        safe.fix ? `${safe.message} — fix: ${safe.fix}` : safe.message,
        {
          title: safe.rule,
          ...(safe.file ? { file: this.repositoryPath(safe.file) } : {}),
          ...(safe.line ? { startLine: safe.line } : {}),
          ...(safe.col ? { startColumn: safe.col } : {}),
        },
      );
      return;
    }
    this.out(inertLog(formatFinding(safe)) + EOL);
  }

  /** An error that stopped the run: an annotation in Actions (placed on the file when known). */
  failure(message: string, position?: { file: string; line?: number; col?: number }): void {
    if (!this.actions || this.json) return;
    annotate(this.core!, 'error', redact(message), {
      title: 'failed',
      ...(position?.file ? { file: this.repositoryPath(position.file) } : {}),
      ...(position?.line ? { startLine: position.line } : {}),
      ...(position?.col ? { startColumn: position.col } : {}),
    });
  }

  /** Runs `fn` inside a collapsible log group in Actions, under a heading elsewhere. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.core && !this.json) return this.core.group(inertLog(title), fn);
    this.info(`── ${title}`);
    return fn();
  }

  /** Sets a step output in Actions; always kept for the JSON document. */
  setOutput(name: string, value: string): void {
    this.outputs[name] = redact(value);
    this.core?.setOutput(name, redact(value));
  }

  /** Appends Markdown to the job summary (Actions only; a no-op on a terminal). */
  summary(markdown: string): void {
    if (!this.actions || !this.summaryFile) return;
    const text = redact(markdown);
    appendFileSync(this.summaryFile, text.endsWith('\n') ? text : text + '\n');
  }

  /** Prints the machine-readable result (JSON mode only); there is one per run. */
  result(document: unknown): void {
    if (!this.json || this.resultWritten) return;
    this.resultWritten = true;
    this.out(redact(JSON.stringify(document, null, 2)) + EOL);
  }

  counts(): { errors: number; warnings: number; notices: number } {
    let errors = 0;
    let warnings = 0;
    let notices = 0;
    for (const f of this.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else notices++;
    }
    return { errors, warnings, notices };
  }

  /**
   * GitHub places an annotation on a pull request's diff only when its path is relative to the
   * repository root, whatever folder the step ran in.
   */
  private repositoryPath(file: string): string {
    if (!this.workspace) return file;
    const abs = isAbsolute(file) ? file : resolve(this.cwd, file);
    const rel = relative(this.workspace, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  }
}

function annotate(
  core: typeof ActionsCore,
  severity: Finding['severity'],
  text: string,
  props: ActionsCore.AnnotationProperties,
): void {
  // core.error/warning/notice escape newlines, so the text cannot open another command.
  if (severity === 'error') core.error(text, props);
  else if (severity === 'warning') core.warning(text, props);
  else core.notice(text, props);
}
