/**
 * One place that decides how results reach the user: plain text on a terminal, a single JSON
 * document with `--json`, and workflow commands (annotations, groups, outputs, job summary) when
 * running inside GitHub Actions. Commands never write to stdout directly.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { formatFinding, type Finding, type Reporter as ReporterApi } from '../report/index.js';

export type { Finding, Severity } from '../report/index.js';
export { formatFinding } from '../report/index.js';

export interface ReporterOptions {
  json: boolean;
  /** Emit GitHub workflow commands (defaults to `GITHUB_ACTIONS === 'true'`). */
  actions: boolean;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** File that receives the job summary (defaults to `$GITHUB_STEP_SUMMARY`). */
  summaryFile?: string;
}

/** Collects findings, outputs and summaries, and renders them for the current medium. */
export class Reporter implements ReporterApi {
  readonly json: boolean;
  readonly actions: boolean;
  readonly findings: Finding[] = [];
  readonly outputs: Record<string, string> = {};
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;
  private readonly summaryFile: string | undefined;

  constructor(options: ReporterOptions) {
    this.json = options.json;
    this.actions = options.actions;
    this.out = options.out ?? ((t) => process.stdout.write(t));
    this.err = options.err ?? ((t) => process.stderr.write(t));
    this.summaryFile = options.summaryFile ?? process.env.GITHUB_STEP_SUMMARY ?? undefined;
  }

  /** Progress and informational lines: stderr, so stdout stays clean for `--json`. */
  info(message: string): void {
    this.err(message + EOL);
  }

  /** A result line for humans (suppressed in JSON mode, where `result` carries everything). */
  print(message: string): void {
    if (!this.json) this.out(message + EOL);
  }

  /** Records a finding and shows it (an annotation in Actions, a compiler-style line otherwise). */
  finding(f: Finding): void {
    this.findings.push(f);
    if (this.json) return;
    if (this.actions) {
      const props: core.AnnotationProperties = { title: f.rule };
      if (f.file) props.file = f.file;
      if (f.line) props.startLine = f.line;
      if (f.col) props.startColumn = f.col;
      const text = f.fix ? `${f.message} — fix: ${f.fix}` : f.message;
      // core.error/warning/notice write `::error file=…,line=…,col=…::text` to stdout.
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
      return;
    }
    this.out(formatFinding(f) + EOL);
  }

  /** Runs `fn` inside a collapsible log group in Actions, under a heading elsewhere. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.actions && !this.json) return core.group(title, fn);
    this.info(`── ${title}`);
    return fn();
  }

  /** Sets a step output in Actions; always kept for the JSON document. */
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
    if (this.actions) core.setOutput(name, value);
  }

  /** Appends Markdown to the job summary (Actions only; a no-op on a terminal). */
  summary(markdown: string): void {
    if (!this.actions || !this.summaryFile) return;
    appendFileSync(this.summaryFile, markdown.endsWith('\n') ? markdown : markdown + '\n');
  }

  /** Prints the machine-readable result (JSON mode only). */
  result(document: unknown): void {
    if (this.json) this.out(JSON.stringify(document, null, 2) + EOL);
  }

  /** Masks a secret in Actions logs. */
  secret(value: string): void {
    if (this.actions && value) core.setSecret(value);
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
}

/** Escapes a value for a Markdown table cell. */
export function mdCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
