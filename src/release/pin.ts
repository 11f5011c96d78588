/**
 * The pin step: rewrites `[oci].image` in the released manifest to the pushed digest, touching
 * only that string so comments and layout survive (Samuel's installer reads this file).
 */
import type { LoadedManifest } from '../manifest/types.js';
import { ConfigurationError } from '../errors.js';

/** `ghcr.io/o/n:1.0.0@sha256:…` → `ghcr.io/o/n@sha256:<digest>`, keeping Samuel's one-owner form. */
export function pinnedReference(image: string, digest: string): string {
  const repo = image.split('@')[0]!.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, '');
  return `${repo}@${digest}`;
}

/** Returns `source` with the `[oci].image` string literal replaced by `reference`. */
export function pinManifest(loaded: LoadedManifest, reference: string): string {
  const at = loaded.positions.get('oci.image');
  if (!at) {
    throw new ConfigurationError(`${loaded.file} has no [oci].image to pin`, {
      fix: 'add [oci] image = "ghcr.io/<owner>/<name>@sha256:' + '0'.repeat(64) + '"',
    });
  }
  const lines = loaded.source.split('\n');
  const line = lines[at.line - 1] ?? '';
  const start = at.col - 1;
  const quote = line[start];
  if (quote !== '"' && quote !== "'") {
    throw new ConfigurationError(
      `${loaded.file}:${at.line}:${at.col}: [oci].image is not a one-line string`,
      {
        fix: 'write image = "…" on one line',
      },
    );
  }
  const end = line.indexOf(quote, start + 1);
  const literal = line.slice(start, end + 1);
  // Only a one-line string without escapes can be swapped safely; anything else is rewritten by hand.
  if (end < 0 || line.startsWith(quote.repeat(3), start) || literal.includes('\\')) {
    throw new ConfigurationError(
      `${loaded.file}:${at.line}:${at.col}: [oci].image must be a plain one-line string for the release to pin it`,
      {
        fix: 'write image = "registry/owner/name@sha256:…" on one line, without escapes or triple quotes',
      },
    );
  }
  lines[at.line - 1] = `${line.slice(0, start)}"${reference}"${line.slice(end + 1)}`;
  return lines.join('\n');
}
