/**
 * Reads a manifest-sized file with blocking calls. A manifest is a few hundred bytes on a local
 * disk: open, fstat, read and close each take microseconds done in place, against tens of
 * microseconds each when sent through the thread pool and back as a promise — which, for a
 * thousand manifests, was most of `validate`'s time. The checks and messages are those of
 * `readRegularFile` (src/util/files.ts): a FIFO, device, socket or directory is refused before a
 * byte is read (opened with O_NONBLOCK so a FIFO cannot block the open), and the read stops one
 * byte past the limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { IoError } from '../errors.js';
import { formatBytes, type ReadOptions } from '../util/files.js';

/** `readRegularFile` for small files, without the thread pool; same errors, same messages. */
export function readSmallRegularFile(path: string, options: ReadOptions): Buffer {
  const display = options.display ?? path;
  const what = options.what ?? 'file';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IoError(
      code === 'ENOENT'
        ? `${display}: no such ${what}`
        : `${display}: cannot read the ${what} (${code ?? (e as Error).message})`,
      { cause: e, fix: `check the path to the ${what}` },
    );
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new IoError(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
        fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
      });
    }
    if (info.size > options.maxBytes) {
      throw new IoError(
        `${display}: the ${what} is ${formatBytes(info.size)}, over the ${formatBytes(options.maxBytes)} limit`,
        { fix: `a ${what} larger than ${formatBytes(options.maxBytes)} is not accepted` },
      );
    }
    const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > options.maxBytes) {
          throw new IoError(
            `${display}: the ${what} grew past the ${formatBytes(options.maxBytes)} limit while being read`,
            { fix: `do not change the ${what} while it is being read` },
          );
        }
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function fileType(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}
