/** Reads a module file with an error that says how to produce it. */
import { readFileSync } from 'node:fs';
import { IoError } from '../errors.js';

/** The module's bytes; an `IoError` naming the build step when the file is missing. */
export function readModule(modulePath: string): Uint8Array {
  try {
    return readFileSync(modulePath);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new IoError(
      `cannot read the wasm module ${modulePath}: ${missing ? 'no such file' : (e as Error).message}`,
      {
        cause: e,
        fix: missing
          ? 'run `samuel-plugin-release build` first, or point [wasm].module at the built file'
          : 'check the file permissions',
      },
    );
  }
}
