/** `latest` follows the highest version: a patch to an older line does not move it back. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { openStore, publishWasm } from '../../src/oci/index.js';
import { tempDir, wasmPlugin } from './helpers/fixtures.js';

describe('latest', () => {
  it('stays on 2.0.0 when 1.0.5 is published after it, and moves on to 2.1.0', async () => {
    const store = await openStore(`oci-layout:${join(tempDir(), 'oci')}`);
    const publish = async (version: string) => {
      const { loaded, modulePath } = wasmPlugin(version);
      return publishWasm(loaded, modulePath, store, {});
    };
    const latestDigest = async () => (await store.getManifest('latest')).descriptor.digest;

    const two = await publish('2.0.0');
    expect(await latestDigest()).toBe(two.digest);
    const patch = await publish('1.0.5');
    expect(patch.tags).toEqual(['1.0.5']);
    expect(await latestDigest()).toBe(two.digest);
    expect((await store.getManifest('1.0.5')).descriptor.digest).toBe(patch.digest);
    const next = await publish('2.1.0');
    expect(next.tags).toEqual(['2.1.0', 'latest']);
    expect(await latestDigest()).toBe(next.digest);
  });
});
