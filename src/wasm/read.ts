/** Reads a module file: regular files only, bounded, with an error that says how to produce it. */
import { IoError } from '../errors.js';
import { READ_LIMITS, readRegularFile } from '../util/files.js';

/**
 * The module's bytes. A FIFO or device (`/dev/zero`) is refused before anything is read, and a
 * module over `READ_LIMITS.module` is refused; a missing file names the build step.
 */
export async function readModule(modulePath: string): Promise<Uint8Array> {
  try {
    return await readRegularFile(modulePath, { maxBytes: READ_LIMITS.module, what: 'module' });
  } catch (e) {
    if (e instanceof IoError && (e.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new IoError(`cannot read the wasm module ${modulePath}: no such file`, {
        cause: e.cause,
        fix: 'run `samuel-plugin-release build` first, or point [wasm].module at the built file',
      });
    }
    throw e;
  }
}
