/**
 * Text we did not write — guest `samuel.log` lines, compiler output, registry messages, manifest
 * strings — must never act as a workflow command (`::error::`, `::stop-commands::`, …) or as
 * Markdown/HTML in a job summary. These functions make such text inert, losing no characters a
 * reader needs.
 */
import { redact } from './secrets.js';

/** Longest untrusted line kept; the rest is cut with a note. */
export const MAX_UNTRUSTED_LINE = 4096;

/**
 * For log lines: a line whose first non-blank characters are `::` (the runner's command prefix)
 * gets a visible `⁚` in front; control characters other than tab are shown as `\xNN`; each line
 * is cut at MAX_UNTRUSTED_LINE characters; registered secrets are redacted.
 */
export function inertLog(text: string): string {
  return redact(text)
    .split(/\r\n|\r|\n/)
    .map((line) => {
      let l = line.replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g,
        (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
      );
      if (l.length > MAX_UNTRUSTED_LINE) {
        l = `${l.slice(0, MAX_UNTRUSTED_LINE)}… [${l.length - MAX_UNTRUSTED_LINE} more characters cut]`;
      }
      return /^\s*::/.test(l) ? `⁚${l}` : l;
    })
    .join('\n');
}

/** For Markdown (job summaries, release notes): inert log text, then HTML and table syntax escaped. */
export function inertMarkdown(text: string): string {
  return inertLog(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\n/g, ' ');
}
