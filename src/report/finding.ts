/**
 * The finding vocabulary every domain speaks: a problem in the user's files (or in what they
 * built), with where it is and how to fix it. Renderers live at the faces (terminal, --json,
 * Actions); domains only produce findings.
 */
import { EOL } from 'node:os';

export type Severity = 'error' | 'warning' | 'notice';

/** One problem found in the user's files, with where it is and how to fix it. */
export interface Finding {
  severity: Severity;
  /** Stable rule id, e.g. `name-pattern`. */
  rule: string;
  message: string;
  fix?: string;
  /** Dotted manifest field, e.g. `runtime.max_memory`. */
  field?: string;
  /** Path as shown to the user (relative to the working directory when possible). */
  file?: string;
  line?: number;
  col?: number;
}

/** `file:line:col: severity: message [rule]` followed by an indented fix line. */
export function formatFinding(f: Finding): string {
  const where = [f.file, f.line, f.col].filter((p) => p !== undefined && p !== '').join(':');
  const head = `${where ? where + ': ' : ''}${f.severity}: ${f.message} [${f.rule}]`;
  return f.fix ? `${head}${EOL}  fix: ${f.fix}` : head;
}
