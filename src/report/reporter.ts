/**
 * What a domain may ask of the reporting face: progress lines, findings, collapsible groups,
 * outputs, summaries and secret masking. The CLI's renderer implements it for the terminal,
 * `--json` and GitHub Actions; tests implement it in memory.
 */
import type { Finding } from './finding.js';

export interface Reporter {
  /** True when stdout carries one JSON document (progress goes to stderr). */
  readonly json: boolean;
  /** True inside GitHub Actions (annotations, groups, outputs, job summary). */
  readonly actions: boolean;
  /** A progress or informational line (stderr). */
  info(message: string): void;
  /** Records a finding and shows it where the medium shows findings. */
  finding(f: Finding): void;
  /** Runs `fn` inside a collapsible log group (Actions) or under a heading (terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Sets a step output (Actions) and keeps it for the JSON document. */
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (Actions only). */
  summary(markdown: string): void;
}
