/**
 * Publish mistakes a user can make, each failing fast with the fix: an empty layout target,
 * a registry that is not there, and a corrupt image layout.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import { openStore } from '../../src/oci/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';
import { freePort } from '../helpers/registry.js';
import { imageLayout } from './helpers/fixtures.js';

const OCI =
  'name = "hello-oci"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = "ghcr.io/acme/hello-oci@sha256:' +
  '0'.repeat(64) +
  '"\n';

afterAll(cleanPlugins);

describe('publish', () => {
  it('refuses "oci-layout:" without a directory instead of writing into the working directory', async () => {
    const cwd = makePlugin({ 'samuel-plugin.toml': OCI });
    const { dir: layout } = imageLayout();
    const r = await runCli(['publish', '--layout', layout, '--to', 'oci-layout:'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"oci-layout:" needs a directory');
    expect(r.stderr).toContain('fix: write --to oci-layout:DIR');
  });

  it('fails at once, naming the host, when nothing listens on the registry port', async () => {
    const cwd = makePlugin({ 'samuel-plugin.toml': OCI });
    const { dir: layout } = imageLayout();
    const port = await freePort();
    const r = await runCli(
      ['publish', '--layout', layout, '--to', `127.0.0.1:${port}/acme/hello-oci`, '--insecure'],
      { cwd },
    );
    // A network failure is exit 2, like I/O; no retry loop (the retry count is not asserted by time).
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot reach 127.0.0.1:${port}: connection refused`);
    expect(r.stderr).toContain('fix: check the registry host and port in --to');
  });

  it('refuses a layout whose index names a blob outside blobs/', async () => {
    const cwd = makePlugin({ 'samuel-plugin.toml': OCI });
    const { dir: layout } = imageLayout();
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
    index.manifests[0].digest = 'sha256:../../../etc/passwd';
    writeFileSync(join(layout, 'index.json'), JSON.stringify(index));
    const r = await runCli(
      ['publish', '--layout', layout, '--to', `oci-layout:${join(cwd, 'out')}`],
      { cwd },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'refers to a blob "sha256:../../../etc/passwd", which is not a sha256 digest',
    );
  });

  it.each([
    [
      'an index.json that is not JSON',
      (layout: string) => writeFileSync(join(layout, 'index.json'), 'not json'),
      'is not an OCI image layout (no readable index.json)',
    ],
    [
      'an index that names a blob outside blobs/',
      (layout: string) => {
        const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
        index.manifests[0].digest = 'sha256:../../../etc/passwd';
        writeFileSync(join(layout, 'index.json'), JSON.stringify(index));
      },
      'refers to a blob "sha256:../../../etc/passwd", which is not a sha256 digest',
    ],
  ])(
    'a release dry run smoke-testing a --layout with %s fails with the fix, not a stack trace',
    async (_what, spoil, message) => {
      const cwd = makePlugin({ 'samuel-plugin.toml': OCI });
      const { dir: layout } = imageLayout();
      spoil(layout);
      const r = await runCli(['release', '--dry-run', '--layout', layout, '--sign', 'false'], {
        cwd,
      });
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('fix:');
      expect(r.stderr).not.toContain('This looks like a bug');
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect([1, 2]).toContain(r.code);
    },
  );

  it('never sends credentials to a token realm served over plain http', async () => {
    let tokenRequests = 0;
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/token')) tokenRequests++;
      res.writeHead(401, {
        'www-authenticate':
          'Bearer realm="http://registry.example.test/token",service="x",scope="repository:acme/hello:pull"',
      });
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const store = await openStore(`127.0.0.1:${port}/acme/hello`, {
        insecure: true,
        credentials: { username: 'u', password: 'secret', source: 'test' },
      });
      await expect(store.getManifest('latest')).rejects.toThrow(
        `127.0.0.1:${port} asks for credentials at http://registry.example.test, which is not https`,
      );
      expect(tokenRequests).toBe(0);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
