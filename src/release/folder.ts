/**
 * The release folder: exactly the assets Samuel's installer downloads, the notes and
 * `release.json`. Every file is written atomically and never through a symlink; a re-run removes
 * the assets an earlier run listed that this one does not ship (an old bundle beside a new
 * module), and touches nothing else in the folder.
 */
import { lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IoError } from '../errors.js';
import { READ_LIMITS, readRegularFile, writeFileAtomic } from '../util/files.js';

export interface FolderAsset {
  /** File name as uploaded (what Samuel's installer asks for). */
  name: string;
  /** Where the file is now. */
  path: string;
}

export interface WrittenAsset {
  name: string;
  path: string;
  size: number;
}

/** Writes the assets, notes and record into `dir`; returns the assets as written there. */
export async function writeReleaseFolder(
  dir: string,
  content: {
    manifest?: string;
    assets: FolderAsset[];
    notes: string;
    record: Record<string, unknown>;
  },
): Promise<WrittenAsset[]> {
  await mkdir(dir, { recursive: true });
  const folder = await lstat(dir);
  if (!folder.isDirectory()) {
    throw new IoError(`${dir} is not a directory`, { fix: 'choose another --output folder' });
  }
  const previous = await previousAssets(dir);
  const written: WrittenAsset[] = [];
  for (const asset of content.assets) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(asset.name)) {
      throw new IoError(`"${asset.name}" is not a safe release asset name`, {
        fix: 'asset names are plain file names: letters, digits, ".", "_" and "-"',
      });
    }
    const target = join(dir, asset.name);
    if (asset.path !== target) {
      const data = await readRegularFile(asset.path, {
        maxBytes: READ_LIMITS.module,
        what: 'release asset',
      });
      await writeFileAtomic(target, data);
    }
    const info = await lstat(target);
    written.push({ name: asset.name, path: target, size: info.size });
  }
  if (content.manifest !== undefined) {
    const path = join(dir, 'samuel-plugin.toml');
    await writeFileAtomic(path, content.manifest);
    written.push({ name: 'samuel-plugin.toml', path, size: Buffer.byteLength(content.manifest) });
  }
  const names = new Set(written.map((a) => a.name));
  for (const stale of previous) {
    if (!names.has(stale)) await rm(join(dir, stale), { force: true });
  }
  await writeFileAtomic(join(dir, 'release-notes.md'), content.notes);
  await writeFileAtomic(
    join(dir, 'release.json'),
    JSON.stringify({ ...content.record, assets: written.map((a) => a.name) }, null, 2) + '\n',
  );
  return written;
}

/** The asset names an earlier run recorded in release.json (none when there is no record). */
async function previousAssets(dir: string): Promise<string[]> {
  try {
    const record = JSON.parse(await readFile(join(dir, 'release.json'), 'utf8')) as {
      assets?: unknown;
    };
    return Array.isArray(record.assets)
      ? record.assets.filter(
          (a): a is string => typeof a === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(a),
        )
      : [];
  } catch {
    return [];
  }
}
