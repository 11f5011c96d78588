/**
 * Rewrites string values in the released manifest, touching only the string literal so
 * comments and layout survive (Samuel's installer reads this file): `[oci].image` pinned to the
 * pushed digest, `[wasm].module` renamed to what Samuel installs the module as.
 */
import type { LoadedManifest } from '../manifest/types.js';
import { ConfigurationError } from '../errors.js';

/** `ghcr.io/o/n:1.0.0@sha256:…` → `ghcr.io/o/n@sha256:<digest>`, keeping Samuel's one-owner form. */
export function pinnedReference(image: string, digest: string): string {
  const repo = image.split('@')[0]!.replace(/:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, '');
  return `${repo}@${digest}`;
}

/**
 * Returns `text` (the manifest source, possibly already rewritten on other lines) with the
 * string literal of dotted `field` replaced by `value`.
 */
export function replaceStringValue(
  loaded: LoadedManifest,
  text: string,
  field: string,
  value: string,
): string {
  const at = loaded.positions.get(field);
  const label = `[${field.split('.').slice(0, -1).join('.')}].${field.split('.').pop()}`;
  if (!at) {
    throw new ConfigurationError(`${loaded.file} has no ${label} to rewrite`, {
      fix: `add ${label} to the manifest`,
    });
  }
  const lines = text.split('\n');
  const line = lines[at.line - 1] ?? '';
  const start = at.col - 1;
  const quote = line[start];
  const end = quote === '"' || quote === "'" ? line.indexOf(quote, start + 1) : -1;
  const literal = line.slice(start, end + 1);
  // Only a one-line string without escapes can be swapped safely; anything else is rewritten by hand.
  if (end < 0 || line.startsWith(quote!.repeat(3), start) || literal.includes('\\')) {
    throw new ConfigurationError(
      `${loaded.file}:${at.line}:${at.col}: ${label} must be a plain one-line string for the release to rewrite it`,
      {
        fix: `write ${field.split('.').pop()} = "…" on one line, without escapes or triple quotes`,
        position: { file: loaded.file, line: at.line, col: at.col },
      },
    );
  }
  lines[at.line - 1] = `${line.slice(0, start)}"${value}"${line.slice(end + 1)}`;
  return lines.join('\n');
}
