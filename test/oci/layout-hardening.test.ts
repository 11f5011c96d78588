/**
 * The OCI layout store under hostile conditions: a corrupted blob is noticed by its content and
 * written again, links planted in the layout are refused, an interrupted run's temp files are
 * cleared, and a failed copy leaves nothing behind.
 */
import { describe, expect, it } from '@jest/globals';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { IoError } from '../../src/errors.js';
import { isNotFound, LayoutStore, publishWasm } from '../../src/oci/index.js';
import { sha256Digest } from '../../src/oci/digest.js';
import { tempDir, wasmPlugin } from './helpers/fixtures.js';

const env = { SOURCE_DATE_EPOCH: '1700000000' };

describe('LayoutStore trusts content, not existence', () => {
  it('rewrites a corrupted or truncated blob on the next publish', async () => {
    const dir = tempDir();
    const { loaded, modulePath } = wasmPlugin('1.0.0');
    const first = await publishWasm(loaded, modulePath, new LayoutStore(dir), { env });
    const layer = sha256Digest(readFileSync(modulePath));
    const path = join(dir, 'blobs', 'sha256', layer.slice(7));
    writeFileSync(path, 'not the module');
    const store = new LayoutStore(dir);
    expect(await store.hasBlob(layer)).toBe(false);
    const again = await publishWasm(loaded, modulePath, store, { env });
    expect(again.digest).toBe(first.digest);
    expect(again.stats.uploaded).toBe(1);
    expect(sha256Digest(readFileSync(path))).toBe(layer);
  });

  it('refuses to read a blob whose content does not match its digest', async () => {
    const store = new LayoutStore(tempDir());
    const d = await store.pushBlob(Buffer.from('hello'), 'text/plain');
    writeFileSync(store.blobPath(d.digest), 'HELLO');
    await expect(store.getBlob(d.digest)).rejects.toThrow('does not match its digest');
    const missing = await store.getManifest('nope').catch((e: unknown) => e);
    expect(isNotFound(missing)).toBe(true);
  });
});

describe('LayoutStore never writes through a link', () => {
  it('refuses a layout whose blobs folder or index.json is a symlink', async () => {
    for (const part of ['blobs', 'index.json']) {
      const dir = tempDir();
      const outside = tempDir();
      if (part === 'blobs') symlinkSync(outside, join(dir, 'blobs'));
      else {
        mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
        writeFileSync(join(outside, 'victim.json'), '{}');
        symlinkSync(join(outside, 'victim.json'), join(dir, 'index.json'));
      }
      const err = await new LayoutStore(dir).init().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IoError);
      expect((err as Error).message).toBe(
        `${join(dir, part)} is a symbolic link; refusing to write through it`,
      );
      expect(readdirSync(outside).filter((n) => n !== 'victim.json')).toEqual([]);
    }
  });

  it('replaces a blob planted as a symlink instead of writing through it', async () => {
    const dir = tempDir();
    const outside = join(tempDir(), 'target');
    writeFileSync(outside, 'outside');
    const store = new LayoutStore(dir);
    await store.init();
    const data = Buffer.from('blob content');
    symlinkSync(outside, store.blobPath(sha256Digest(data)));
    await store.pushBlob(data, 'text/plain');
    expect(readFileSync(outside, 'utf8')).toBe('outside');
    expect(readFileSync(store.blobPath(sha256Digest(data)), 'utf8')).toBe('blob content');
  });
});

describe('publishWasm reads only regular files', () => {
  it('refuses a FIFO as the module before reading a byte', async () => {
    const { execFileSync } = await import('node:child_process');
    const { loaded } = wasmPlugin('1.0.0');
    const fifo = join(tempDir(), 'plugin.wasm');
    execFileSync('mkfifo', [fifo]);
    const err = await publishWasm(loaded, fifo, new LayoutStore(tempDir()), { env }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IoError);
    expect((err as Error).message).toBe(`${fifo}: the wasm module is not a regular file (a FIFO)`);
  });
});

describe('LayoutStore leaves no temp files', () => {
  it('clears an interrupted run’s temp files and keeps one being written', async () => {
    const dir = tempDir();
    const store = new LayoutStore(dir);
    await store.init();
    const blobs = join(dir, 'blobs', 'sha256');
    const stale = join(blobs, `${'a'.repeat(64)}.0123456789ab.spr-tmp`);
    const fresh = join(blobs, `${'b'.repeat(64)}.ba9876543210.spr-tmp`);
    writeFileSync(stale, 'half a blob');
    writeFileSync(fresh, 'another process is writing this');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    await new LayoutStore(dir).init();
    expect(readdirSync(blobs).sort()).toEqual([fresh.slice(blobs.length + 1)]);
  });

  it('removes its temp file when the copy fails', async () => {
    const dir = tempDir();
    const store = new LayoutStore(dir);
    const source = join(tempDir(), 'layer');
    writeFileSync(source, 'layer bytes');
    const err = await store
      .pushBlobFile({ path: source, digest: 'sha256:' + 'c'.repeat(64), size: 11, mediaType: 'x' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/has digest sha256:\w+, expected sha256:c{64}/);
    expect(readdirSync(join(dir, 'blobs', 'sha256'))).toEqual([]);
  });
});

describe('a blob read as a manifest that is not JSON', () => {
  it('is a RegistryError with the fix, not a SyntaxError', async () => {
    const store = new LayoutStore(tempDir());
    const blob = await store.pushBlob(Buffer.from('not json'), 'application/octet-stream');
    await expect(store.getManifest(blob.digest)).rejects.toMatchObject({
      name: 'RegistryError',
      message: `${store.location}@${blob.digest} is not a JSON manifest or index`,
      fix: 'the content is corrupt or not OCI content; rebuild or re-publish it',
    });
  });
});
