/**
 * Reading and writing files the user points us at, safely: reads refuse anything that is not a
 * regular file (a FIFO blocks forever, /dev/zero never ends) and stop at a stated size; writes
 * never follow a symlink and never leave a half-written file (temp file beside it, then rename).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { IoError } from '../errors.js';
import { formatBytes } from './size.js';

export { formatBytes };

/** Size limits by kind of file, stated once so the README's security notes can quote them. */
export const READ_LIMITS = {
  manifest: 1024 * 1024,
  skill: 1024 * 1024,
  bundle: 4 * 1024 * 1024,
  module: 256 * 1024 * 1024,
  json: 16 * 1024 * 1024,
} as const;

export interface ReadOptions {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** How the file is named in messages (default: the path). */
  display?: string;
  /** What the file is, for messages: "manifest", "module", … */
  what?: string;
}

/** True for the error of reading a file that does not exist. */
export function isMissingFile(e: unknown): boolean {
  return e instanceof IoError && (e.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** The error for a file that cannot be opened: missing, or why not. */
function openError(e: unknown, display: string, what: string): IoError {
  const code = (e as NodeJS.ErrnoException).code;
  return new IoError(
    code === 'ENOENT'
      ? `${display}: no such ${what}`
      : `${display}: cannot read the ${what} (${code ?? (e as Error).message})`,
    { cause: e, fix: `check the path to the ${what}` },
  );
}

/** Refuses what is not a regular file, or one over `maxBytes` (when given). */
function checkOpened(info: Stats, display: string, what: string, maxBytes?: number): void {
  if (!info.isFile()) {
    throw new IoError(`${display}: the ${what} is not a regular file (${fileType(info)})`, {
      fix: `point at a regular file; ${what}s are never read from devices, FIFOs or sockets`,
    });
  }
  if (maxBytes !== undefined && info.size > maxBytes) {
    throw new IoError(
      `${display}: the ${what} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`,
      { fix: `a ${what} larger than ${formatBytes(maxBytes)} is not accepted` },
    );
  }
}

/** A buffer one byte past the file's size (or the limit): a file that grows while read stays bounded. */
function boundedBuffer(info: Stats, options: ReadOptions): Buffer {
  return Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
}

function grewPastLimit(display: string, what: string, maxBytes: number): IoError {
  return new IoError(
    `${display}: the ${what} grew past the ${formatBytes(maxBytes)} limit while being read`,
    { fix: `do not change the ${what} while it is being read` },
  );
}

/**
 * Opens a regular file for reading. A FIFO, device, socket or directory is refused before
 * anything is read (opened with O_NONBLOCK so a FIFO cannot block the open itself); a missing or
 * unreadable file is an IoError naming it. The caller closes the handle.
 */
export async function openRegularFile(
  path: string,
  options: { display?: string; what?: string } = {},
): Promise<{ handle: FileHandle; info: Stats }> {
  const display = options.display ?? path;
  const what = options.what ?? 'file';
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(e, display, what);
  }
  try {
    const info = await handle.stat();
    checkOpened(info, display, what);
    return { handle, info };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Reads a regular file (see `openRegularFile`) of at most `maxBytes`. */
export async function readRegularFile(path: string, options: ReadOptions): Promise<Buffer> {
  const display = options.display ?? path;
  const what = options.what ?? 'file';
  const { handle, info } = await openRegularFile(path, options);
  try {
    checkOpened(info, display, what, options.maxBytes);
    const buffer = boundedBuffer(info, options);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > options.maxBytes) throw grewPastLimit(display, what, options.maxBytes);
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * `readRegularFile` with blocking calls, for small files read many at a time (manifests): open,
 * fstat, read and close take microseconds each done in place, against tens of microseconds each
 * through the thread pool. Same checks, same messages.
 */
export function readRegularFileSync(path: string, options: ReadOptions): Buffer {
  const display = options.display ?? path;
  const what = options.what ?? 'file';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(e, display, what);
  }
  try {
    const info = fstatSync(fd);
    checkOpened(info, display, what, options.maxBytes);
    const buffer = boundedBuffer(info, options);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > options.maxBytes) throw grewPastLimit(display, what, options.maxBytes);
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `data` to `path` atomically: a temp file in the same folder, then a rename over the
 * target. A target that is a symlink is refused (the link is never followed), so a release folder
 * can never overwrite a file elsewhere through a link planted in it.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { display?: string; mode?: number } = {},
): Promise<void> {
  const display = options.display ?? path;
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isSymbolicLink()) {
    throw new IoError(`${display} is a symbolic link; refusing to write through it`, {
      fix: `remove the link (${display}) or choose another output folder`,
    });
  }
  if (existing && !existing.isFile()) {
    throw new IoError(`${display} exists and is not a regular file (${fileType(existing)})`, {
      fix: `remove it or choose another output folder`,
    });
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(
      tmp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      options.mode ?? 0o644,
    );
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    if (e instanceof IoError) throw e;
    throw new IoError(`${display}: cannot write (${(e as Error).message})`, {
      cause: e,
      fix: 'check that the output folder exists and is writable',
    });
  }
}

function fileType(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}
