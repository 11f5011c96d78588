/**
 * Every refusal of the lock commands says what to do: downloads (retries on 5xx, a 404 as an
 * answer, bodies over the limit, an unreachable host, an unreadable CA file, NO_PROXY), a
 * project without samuel.toml, a registry that is missing, a plugin no registry has, a version
 * no registry lists, a bad identity regexp — and `--registry-index` replaces the project's
 * registries.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDownloader, lockCheck, lockUpdate } from '../../src/lock/index.js';
import { writeIndex, writeProject } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-lock-errors-'));
let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/flaky' && hits.get(path)! < 3) return res.writeHead(502).end('bad gateway');
    if (path === '/flaky') return res.writeHead(200).end('finally');
    if (path === '/down') return res.writeHead(503).end('down');
    if (path === '/big')
      return res.writeHead(200, { 'content-length': 2048 }).end('x'.repeat(2048));
    if (path === '/endless') {
      res.writeHead(200);
      res.write('y'.repeat(1500));
      return res.end('y'.repeat(1500));
    }
    if (path === '/forbidden') return res.writeHead(403).end('no');
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

const limit = { maxBytes: 1024, what: 'registry index' };

describe('downloads', () => {
  const dl = () => createDownloader({ env: {}, backoffMs: 1 });

  it('retries a 5xx and returns the body; a 404 is undefined', async () => {
    const d = dl();
    expect((await d.get(`${base}/flaky`, limit))?.toString()).toBe('finally');
    expect(hits.get('/flaky')).toBe(3);
    expect(await d.get(`${base}/nothing`, limit)).toBeUndefined();
    await d.close();
  });

  it('gives up on a server that stays down, saying so', async () => {
    const d = dl();
    await expect(d.get(`${base}/down?token=secret`, limit)).rejects.toMatchObject({
      message: `${base}/down answered HTTP 503 (after 3 attempts)`,
      fix: 'try again later; if it persists, check the URL and any proxy in between',
    });
    await expect(d.get(`${base}/forbidden`, limit)).rejects.toThrow(
      `${base}/forbidden answered HTTP 403`,
    );
    expect(hits.get('/forbidden')).toBe(1);
    await d.close();
  });

  it('refuses bodies over the limit, declared or not', async () => {
    const d = dl();
    await expect(d.get(`${base}/big`, limit)).rejects.toMatchObject({
      message: `${base}/big: the registry index is 2 KiB, over the 1 KiB limit`,
      fix: 'a registry index larger than 1 KiB is not accepted',
    });
    await expect(d.get(`${base}/endless`, limit)).rejects.toThrow(
      `${base}/endless: the registry index is over the 1 KiB limit`,
    );
    await d.close();
  });

  it('names an unreachable host and what to check', async () => {
    const d = createDownloader({ env: {}, attempts: 1 });
    await expect(d.get('http://127.0.0.1:1/x', limit)).rejects.toMatchObject({
      message: expect.stringMatching(/^cannot download http:\/\/127\.0\.0\.1:1\/x: fetch failed/),
      fix: 'check the network, HTTPS_PROXY/NO_PROXY, and NODE_EXTRA_CA_CERTS for a corporate CA',
    });
    await d.close();
  });

  it('goes through HTTP_PROXY unless NO_PROXY exempts the host', async () => {
    // The proxy tunnels (CONNECT), then answers the tunnelled request itself.
    const proxied: string[] = [];
    const site = createServer((_req, res) => res.writeHead(200).end('via proxy'));
    const proxy = createServer();
    proxy.on('connect', (req, socket) => {
      proxied.push(req.url ?? '');
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      site.emit('connection', socket);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const via = createDownloader({ env: { HTTP_PROXY: proxyUrl } });
      expect((await via.get('http://plugins.example/index.toml', limit))?.toString()).toBe(
        'via proxy',
      );
      expect(proxied).toEqual(['plugins.example:80']);
      await via.close();
      const direct = createDownloader({ env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' } });
      expect((await direct.get(`${base}/flaky`, limit))?.toString()).toBe('finally');
      expect(proxied).toHaveLength(1);
      await direct.close();
    } finally {
      site.closeAllConnections();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('says which CA file it cannot read', async () => {
    const d = createDownloader({ env: { NODE_EXTRA_CA_CERTS: join(work, 'missing.pem') } });
    await expect(d.get('https://github.com/x', limit)).rejects.toMatchObject({
      message: `NODE_EXTRA_CA_CERTS=${join(work, 'missing.pem')}: cannot read the certificate file`,
      fix: 'point NODE_EXTRA_CA_CERTS at a readable PEM file, or unset it',
    });
  });
});

describe('project and registry refusals', () => {
  const policy = { allowUnsigned: true };

  it('refuses a folder without samuel.toml', async () => {
    const dir = join(work, 'empty');
    mkdirSync(dir);
    await expect(lockUpdate(dir, { policy })).rejects.toMatchObject({
      message: `${join(dir, 'samuel.toml')}: no samuel.toml here, so this is not a Samuel project`,
      fix: 'run the lock commands in the root of a project that consumes plugins (where `samuel init` wrote samuel.toml)',
    });
  });

  it('names the registries searched when no registry has the plugin, and why one was unreadable', async () => {
    const dir = join(work, 'noregistry');
    writeProject(dir, join(work, 'absent-index.toml'), []);
    await expect(lockUpdate(dir, { policy, names: ['demo'] })).rejects.toMatchObject({
      message: `demo is in none of the project's registries ("trusted") (registry "trusted": file://${join(work, 'absent-index.toml')} does not exist)`,
      fix: 'check the plugin name, the [[registries]] of samuel.toml, or pass --registry-index FILE',
    });
  });

  it('check says a registry was unreadable instead of blaming the entry', async () => {
    const dir = join(work, 'check-noregistry');
    writeProject(dir, join(work, 'absent-check-index.toml'), [
      { name: 'demo', version: '1.0.0', kind: 'wasm' },
    ]);
    writeFileSync(
      join(dir, 'samuel.lock'),
      "version = '1'\n\n[[plugins]]\n  name = 'demo'\n  version = '1.0.0'\n  kind = 'wasm'\n",
    );
    const { findings } = await lockCheck(dir, { policy, cwd: dir });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'lock-not-in-registry',
        line: 4,
        message: `demo is in none of the project's registries (registry "trusted": file://${join(work, 'absent-check-index.toml')} does not exist)`,
        fix: 'make the registries readable (network, proxy, URL in samuel.toml or --registry-index), then check again',
      }),
    ]);
  });

  it('says which versions a registry lists when none matches', async () => {
    const dir = join(work, 'nomatch');
    const index = join(work, 'nomatch-index.toml');
    writeIndex(index, [
      {
        name: 'demo',
        repo: 'file:///nowhere',
        latest: '1.0.0',
        versions: ['0.9.0', '1.0.0'],
        kind: 'wasm',
      },
    ]);
    writeProject(dir, index, []);
    await expect(lockUpdate(dir, { policy, names: ['demo@^2'] })).rejects.toMatchObject({
      message: 'demo: no version matching "^2" in registry "trusted" (it lists 0.9.0, 1.0.0)',
      fix: 'pick a listed version, or ask the registry to list the release (versions = [...])',
    });
    await expect(lockUpdate(dir, { policy, names: ['demo@1.0.0'] })).rejects.toMatchObject({
      message: 'file:///nowhere does not exist',
      fix: 'point the registry entry at the folder of a released plugin',
    });
  });

  it('--registry-index replaces the project registries', async () => {
    const dir = join(work, 'override');
    writeProject(dir, join(work, 'absent-index.toml'), [
      { name: 'demo', version: '1.0.0', kind: 'wasm' },
    ]);
    const index = join(work, 'override-index.toml');
    writeIndex(index, [{ name: 'demo', repo: 'file:///nowhere', latest: '1.0.0', kind: 'wasm' }]);
    writeFileSync(
      join(dir, 'samuel.lock'),
      "version = '1'\n\n[[plugins]]\n  name = 'demo'\n  version = '1.0.0'\n  kind = 'wasm'\n",
    );
    const { findings } = await lockCheck(dir, { policy, registryIndex: index, cwd: dir });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'lock-release-missing',
        message: 'demo 1.0.0: file:///nowhere does not exist',
        file: 'samuel.lock',
        line: 5,
      }),
    ]);
  });

  it('refuses an identity regexp that does not compile', async () => {
    await expect(lockCheck(work, { policy: { identityRegexp: '(' } })).rejects.toThrow(
      '--certificate-identity-regexp is not a valid regular expression',
    );
    await expect(lockCheck(work, { policy: { identityPatterns: [] } })).rejects.toMatchObject({
      message: 'the signature policy has no identity pattern',
    });
  });
});
