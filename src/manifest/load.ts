/**
 * Loads a plugin's manifest for the steps after validation. Accepts the plugin directory or
 * the manifest path; throws `ConfigurationError` (code MANIFEST) when the manifest is invalid
 * and `IoError` when it cannot be read.
 */
import type { LoadedManifest } from './types.js';
import { validateManifestFile } from './validate.js';
import { ConfigurationError } from '../errors.js';
import { formatFinding } from '../report/index.js';

export interface LoadOptions {
  cwd?: string;
  /** Treat unknown keys as errors. */
  strict?: boolean;
}

/** Reads and validates the manifest; returns its typed form or throws with every error listed. */
export async function loadManifest(
  pathOrDir: string,
  options: LoadOptions = {},
): Promise<LoadedManifest> {
  const result = await validateManifestFile(pathOrDir, {
    cwd: options.cwd,
    strict: options.strict,
  });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 || !result.loaded) {
    const first = errors[0];
    throw new ConfigurationError(
      `${result.displayPath} is not a valid Samuel plugin manifest:\n${errors.map((f) => formatFinding(f)).join('\n')}`,
      {
        code: 'MANIFEST',
        fix: first?.fix ?? 'run `samuel-plugin-release validate` for details',
        position: { file: result.displayPath, line: first?.line, col: first?.col },
      },
    );
  }
  return result.loaded;
}
