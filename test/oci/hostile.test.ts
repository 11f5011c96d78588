/**
 * Hostile registries: one that echoes our credentials and plants workflow commands in its error
 * text, one that answers forever or trickles, one that lies about what it holds, one that hands
 * out relative upload locations, and servers that speak the wrong protocol. Each ends in a clear
 * message with the fix, within the stated bounds, with no secret in any output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { NetworkError, ReleaseError, UsageError } from '../../src/errors.js';
import {
  BODY_LIMITS,
  isNotFound,
  openStore,
  publishWasm,
  RegistryError,
  RegistryStore,
  parseReference,
} from '../../src/oci/index.js';
import { resolveLocation } from '../../src/oci/registry.js';
import { runCli } from '../helpers/cli.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { tempDir, wasmPlugin } from './helpers/fixtures.js';
import { startScripted, type Scripted } from './helpers/server.js';

const FIXTURE_WASM = '/work/shared/reference/samuel/fixture-plugin.wasm';
const FAST = {
  retries: 2,
  baseDelayMs: 5,
  maxDelayMs: 20,
  idleTimeoutMs: 5000,
  requestTimeoutMs: 5000,
  totalTimeoutMs: 20_000,
};
const env = { SOURCE_DATE_EPOCH: '1700000000' };

let registry: TestRegistry;
const servers: Scripted[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await registry?.stop();
});

async function scripted(...args: Parameters<typeof startScripted>): Promise<Scripted> {
  const s = await startScripted(...args);
  servers.push(s);
  return s;
}

function pluginDir(): string {
  const dir = tempDir('spr-hostile-');
  writeFileSync(
    join(dir, 'samuel-plugin.toml'),
    'name = "hello-wasm"\nversion = "1.0.0"\nkind = "wasm"\nsummary = "Says hello"\nlicense = "MIT"\n\n[wasm]\nmodule = "plugin.wasm"\nexports = ["greet"]\n',
  );
  copyFileSync(FIXTURE_WASM, join(dir, 'plugin.wasm'));
  return dir;
}

/** Every form a credential can take on the wire. */
function forms(user: string, password: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [password, `${user}:${password}`, b64(`${user}:${password}`), b64(password)];
}

/** An error body that echoes the Authorization header and tries to become a workflow command. */
function echo(req: http.IncomingMessage, res: http.ServerResponse, authorization: string): void {
  if (req.method === 'HEAD') {
    res.writeHead(404).end(); // nothing here yet: the client goes on to upload
    return;
  }
  const raw = authorization.replace(/^(Basic|Bearer) /, '');
  const message = `denied for ${authorization} (${raw})\n::error::pwned\n::stop-commands::x`;
  res
    .writeHead(400, { 'content-type': 'application/json' })
    .end(JSON.stringify({ errors: [{ code: 'DENIED', message }] }));
}

describe('a registry that echoes our credentials', () => {
  it('shows no form of a Basic credential in text or --json output, and no workflow command', async () => {
    const front = await scripted((req, res) => {
      req.resume();
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="echo"' }).end();
        return;
      }
      echo(req, res, req.headers.authorization);
    });
    const user = 'octo-user';
    const password = 'hunter2-Sup3r-s3cret';
    for (const json of [false, true]) {
      const r = await runCli(
        [
          'publish',
          pluginDir(),
          '--to',
          `${front.host}/acme/echo`,
          '--insecure',
          '--username',
          user,
          '--password',
          password,
          ...(json ? ['--json'] : []),
        ],
        { env: { ...env, PATH: process.env.PATH, HOME: tempDir() } },
      );
      const all = r.stdout + r.stderr;
      expect(r.code).toBe(1);
      expect(all).toContain('denied access to acme/echo');
      for (const form of forms(user, password)) expect(all).not.toContain(form);
      expect(all).not.toMatch(/^\s*::/m);
    }
    // The server did receive the credential: the test would catch a leak.
    expect(front.authorizations.some((a) => a?.includes(forms(user, password)[2]!))).toBe(true);
  });

  it('shows no bearer token it handed out', async () => {
    const issued: string[] = [];
    let port = 0;
    const front = await scripted((req, res) => {
      req.resume();
      if (req.url?.startsWith('/token')) {
        const token = `tok-${Math.random().toString(36).slice(2)}-${Date.now()}`;
        issued.push(token);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
        return;
      }
      if (!req.headers.authorization?.startsWith('Bearer ')) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="echo"`,
          })
          .end();
        return;
      }
      echo(req, res, req.headers.authorization);
    });
    port = front.port;
    const r = await runCli(
      ['publish', pluginDir(), '--to', `${front.host}/acme/echo`, '--insecure', '--json'],
      {
        env: {
          ...env,
          PATH: process.env.PATH,
          HOME: tempDir(),
          REGISTRY_USERNAME: 'u',
          REGISTRY_PASSWORD: 'pw-bearer-123',
        },
      },
    );
    const all = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(all).toContain('denied access to acme/echo');
    expect(issued.length).toBeGreaterThan(0);
    for (const token of issued) expect(all).not.toContain(token);
    for (const form of forms('u', 'pw-bearer-123')) expect(all).not.toContain(form);
  });

  it('cuts a long error text and says how much was cut', async () => {
    const front = await scripted((req, res) => {
      req.resume();
      res.writeHead(400, { 'content-type': 'text/html' }).end('<html>' + 'x'.repeat(200_000));
    });
    const store = new RegistryStore(parseReference(`${front.host}/acme/long`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: FAST,
    });
    const err = await store.getBlob('sha256:' + '0'.repeat(64)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(400);
    const message = (err as Error).message;
    expect(message).toMatch(/HTTP 400 \(<html>x+… \[\d+ more bytes cut\]\)/);
    expect(message.length).toBeLessThan(1000);
  });
});

describe('credentials files', () => {
  it('skips a FIFO as docker config.json instead of blocking, and registers what it finds', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync } = await import('node:fs');
    const { findCredential } = await import('../../src/oci/credentials.js');
    const { redact } = await import('../../src/report/index.js');
    const fifoHome = tempDir();
    mkdirSync(join(fifoHome, '.docker'));
    execFileSync('mkfifo', [join(fifoHome, '.docker', 'config.json')]);
    expect(await findCredential('127.0.0.1:1', { HOME: fifoHome })).toBeUndefined();

    const home = tempDir();
    mkdirSync(join(home, '.docker'));
    const auth = Buffer.from('file-user:file-pass-7781').toString('base64');
    writeFileSync(
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'reg.example.test': { auth } } }),
    );
    const found = await findCredential('reg.example.test', { HOME: home });
    expect(found?.username).toBe('file-user');
    expect(redact(`a ${auth} b file-pass-7781 c file-user:file-pass-7781`)).toBe(
      'a *** b *** c ***',
    );
  });
});

describe('plain http', () => {
  it('refuses --insecure for a registry off this machine, and names --insecure-host', async () => {
    const err = await openStore('registry.example.test:5000/acme/x', {
      insecure: true,
      env: {},
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toBe(
      'refusing plain http to registry.example.test:5000: --insecure covers only registries on this machine',
    );
    expect((err as UsageError).fix).toContain('--insecure-host registry.example.test:5000');
    await expect(
      openStore('registry.example.test:5000/acme/x', {
        insecureHosts: ['registry.example.test:5000'],
        env: {},
      }),
    ).resolves.toBeInstanceOf(RegistryStore);
  });

  it('never sends credentials to a plain-http token realm off this machine unless that host is allowed', async () => {
    const front = await scripted((req, res) => {
      req.resume();
      res
        .writeHead(401, {
          'www-authenticate': 'Bearer realm="http://auth.example.test/token",service="x"',
        })
        .end();
    });
    const credentials = { username: 'u', password: 'pw-realm-123', source: 'test' };
    const store = await openStore(`${front.host}/acme/realm`, {
      insecure: true,
      credentials,
      env: {},
      retry: FAST,
    });
    const err = await store.getManifest('latest').catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `${front.host} asks for credentials at http://auth.example.test, which is not https`,
    );
    expect((err as ReleaseError).fix).toContain('--insecure-host auth.example.test');
  });

  it('sends the Authorization header only to the registry’s own origin, not along a redirect', async () => {
    const other = await scripted((req, res) => {
      req.resume();
      res.writeHead(404).end();
    });
    const front = await scripted((req, res) => {
      req.resume();
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
        return;
      }
      res.writeHead(307, { location: `http://${other.host}/storage/blob` }).end();
    });
    const store = await openStore(`${front.host}/acme/redirect`, {
      insecure: true,
      credentials: { username: 'u', password: 'pw-redirect-1', source: 'test' },
      env: {},
      retry: FAST,
    });
    const err = await store.getBlob('sha256:' + '1'.repeat(64)).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect(other.requests).toEqual(['GET /storage/blob']);
    expect(other.authorizations).toEqual([undefined]);
  });
});

describe('bounded answers', () => {
  it('refuses a manifest over 4 MiB and a tag list that never ends', async () => {
    const front = await scripted((req, res) => {
      req.resume();
      if (req.url?.includes('/manifests/')) {
        res
          .writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
          .end(Buffer.alloc(BODY_LIMITS.manifest + 1, 0x20));
        return;
      }
      // tags/list: chunked, no length, endless.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const store = new RegistryStore(parseReference(`${front.host}/acme/big`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: FAST,
    });
    await expect(store.getManifest('latest')).rejects.toThrow(
      `GET ${front.host}/v2/acme/big/manifests/latest answered with more than 4 MiB; refusing to read on`,
    );
    await expect(store.repositoryExists()).rejects.toThrow(
      `GET ${front.host}/v2/acme/big/tags/list answered with more than 1 MiB; refusing to read on`,
    );
  });

  it('ends a body that trickles a byte at a time at the request deadline, then the loop deadline', async () => {
    const front = await scripted((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 100);
      res.on('close', () => clearInterval(timer));
    });
    const store = new RegistryStore(parseReference(`${front.host}/acme/trickle`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: { ...FAST, idleTimeoutMs: 60_000, requestTimeoutMs: 600, totalTimeoutMs: 1500 },
    });
    const err = await store.getManifest('latest').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toMatch(
      /^get manifest latest failed after [1-3] attempts? in \d+ s: GET .*: EDEADLINE$/,
    );
    expect((err as RegistryError).fix).toContain('re-run the step later');
  });

  it('gives up on a token endpoint that never answers within the enclosing loop', async () => {
    let port = 0;
    const front = await scripted((req, res) => {
      req.resume();
      if (req.url?.startsWith('/token')) return; // accept, never answer
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="s"`,
        })
        .end();
    });
    port = front.port;
    const store = new RegistryStore(parseReference(`${front.host}/acme/stall`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: { ...FAST, retries: 50, idleTimeoutMs: 300, totalTimeoutMs: 1500 },
    });
    const err = await store.getManifest('latest').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toMatch(/^token request to 127\.0\.0\.1:\d+ failed after/);
    // 50 retries were allowed; the shared deadline stopped the loop long before.
    expect(front.requests.filter((r) => r.startsWith('GET /token')).length).toBeLessThan(10);
  });
});

describe('what the registry says it holds is checked before any tag moves', () => {
  async function tags(repo: string): Promise<number> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: registry.port, path: `/v2/${repo}/tags/list` }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
  }

  it('uploads a blob anyway when HEAD answers 200 with another size or digest', async () => {
    // Only the first HEAD of each blob lies; the re-check after upload goes to the registry.
    const lied = new Set<string>();
    const honest = await scripted((req, res, forward) => {
      const key = `${req.method} ${req.url}`;
      if (req.method === 'HEAD' && req.url?.includes('/blobs/') && !lied.has(key)) {
        lied.add(key);
        req.resume();
        res.writeHead(200, { 'content-length': '7' }).end();
        return;
      }
      forward();
    }, registry.port);
    const { loaded, modulePath } = wasmPlugin('3.0.0');
    const notices: string[] = [];
    const store = new RegistryStore(parseReference(`${honest.host}/acme/liar`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: FAST,
      onNotice: (m) => notices.push(m),
    });
    const result = await publishWasm(loaded, modulePath, store, { env });
    expect(result.stats.uploaded).toBe(2);
    expect(notices.join('\n')).toMatch(
      /says it has blob sha256:\w+ but reports 7 bytes instead of \d+; not trusting it/,
    );
    expect(
      honest.requests.filter((r) => r.startsWith('PUT') && r.includes('/blobs/')),
    ).toHaveLength(2);
  });

  it('fails without tagging when a 201 for a blob or a manifest was not kept', async () => {
    for (const swallowed of ['/blobs/uploads/', '/manifests/sha256:']) {
      const front = await scripted((req, res, forward) => {
        if (req.method === 'PUT' && req.url?.includes(swallowed)) {
          req.resume();
          req.on('end', () => res.writeHead(201, { location: req.url ?? '/' }).end());
          return;
        }
        forward();
      }, registry.port);
      const repo = `acme/swallow${swallowed.includes('blobs') ? 'blob' : 'manifest'}`;
      const { loaded, modulePath } = wasmPlugin('4.0.0');
      const store = new RegistryStore(parseReference(`${front.host}/${repo}`), {
        allowHttp: { loopback: true, hosts: [] },
        retry: FAST,
      });
      const err = await publishWasm(loaded, modulePath, store, { env }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RegistryError);
      expect((err as Error).message).toMatch(
        /^127\.0\.0\.1:\d+\/acme\/swallow\w+ accepted (blob|manifest) sha256:\w+ but does not show it; no tag was moved$/,
      );
      expect(await tags(repo)).not.toBe(200);
    }
  });

  it('resolves a relative upload Location against the request URL (RFC 3986)', async () => {
    const front = await scripted((req, res, forward) => {
      forward((status, headers) => {
        const loc = headers.location;
        if (status === 202 && typeof loc === 'string') {
          // "/v2/acme/rel/blobs/uploads/<id>?…" → "<id>?…", relative to ".../blobs/uploads/".
          headers.location = loc.replace(/^.*\/blobs\/uploads\//, '');
        }
      });
    }, registry.port);
    const { loaded, modulePath } = wasmPlugin('5.0.0');
    const store = new RegistryStore(parseReference(`${front.host}/acme/rel`), {
      allowHttp: { loopback: true, hosts: [] },
      retry: FAST,
      chunkSize: 16, // PATCH chunks: each Location resolved against the PATCH that returned it
    });
    const result = await publishWasm(loaded, modulePath, store, { env });
    expect(result.stats.uploaded).toBe(2);
    expect(await tags('acme/rel')).toBe(200);
  });

  it('resolveLocation follows RFC 3986 reference resolution', () => {
    const at = (location: string, url: string) =>
      resolveLocation({ status: 202, headers: { location }, body: Buffer.alloc(0) }, url, 'r');
    const post = 'https://r.test/v2/a/b/blobs/uploads/';
    expect(at('u1?s=1', post)).toBe('https://r.test/v2/a/b/blobs/uploads/u1?s=1');
    expect(at('/v2/a/b/blobs/uploads/u2', post)).toBe('https://r.test/v2/a/b/blobs/uploads/u2');
    expect(at('../x', post)).toBe('https://r.test/v2/a/b/blobs/x');
    expect(at('//s.test/up', post)).toBe('https://s.test/up');
    expect(() => at('file:///etc/passwd', post)).toThrow('upload Location is not an http(s) URL');
  });
});

describe('protocol errors fail at once with exit 2 and the fix', () => {
  it('a plain-http registry reached over https', async () => {
    const plain = await scripted((req, res) => {
      req.resume();
      res.writeHead(200).end('{}');
    });
    const r = await runCli(['publish', pluginDir(), '--to', `${plain.host}/acme/tls`], {
      env: { ...env, PATH: process.env.PATH, HOME: tempDir() },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot talk to ${plain.host} over https`);
    expect(r.stderr).toContain(
      'fix: this registry on your machine speaks plain http: add --insecure',
    );
    expect(r.stderr).not.toMatch(/retry|rate/i);
    expect(plain.connections).toBe(1);
  });

  /** An https registry stand-in with a fresh self-signed certificate; counts connections. */
  async function tlsServer(
    extra: import('node:tls').TlsOptions = {},
  ): Promise<{ port: number; connections: () => number; stop: () => Promise<void> }> {
    const { spawnSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const https = await import('node:https');
    const dir = tempDir('spr-tls-');
    // prettier-ignore
    const made = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ]);
    expect(made.status).toBe(0);
    let connections = 0;
    const server = https.createServer(
      {
        key: readFileSync(join(dir, 'key.pem')),
        cert: readFileSync(join(dir, 'cert.pem')),
        ...extra,
      },
      (_req, res) => res.writeHead(200).end('{}'),
    );
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      port: (server.address() as { port: number }).port,
      connections: () => connections,
      stop: async () => {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      },
    };
  }

  it('a registry with a certificate nobody signed', async () => {
    const server = await tlsServer();
    try {
      const store = new RegistryStore(parseReference(`127.0.0.1:${server.port}/acme/cert`), {
        retry: FAST,
      });
      const err = await store.hasBlob('sha256:' + '2'.repeat(64)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as Error).message).toBe(
        `cannot talk to 127.0.0.1:${server.port} over https: DEPTH_ZERO_SELF_SIGNED_CERT`,
      );
      expect((err as NetworkError).fix).toContain('NODE_EXTRA_CA_CERTS');
      expect(server.connections()).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('a registry that speaks only TLS 1.0 and 1.1', async () => {
    const server = await tlsServer({
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    try {
      const store = new RegistryStore(parseReference(`127.0.0.1:${server.port}/acme/old`), {
        retry: FAST,
      });
      const err = await store.hasBlob('sha256:' + '3'.repeat(64)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as Error).message).toBe(
        `cannot talk to 127.0.0.1:${server.port} over https: EPROTO`,
      );
      expect((err as NetworkError).fix).toBe(
        `127.0.0.1:${server.port} offers only TLS versions older than 1.2, which are refused: update the registry's TLS configuration`,
      );
      expect(server.connections()).toBe(1);
    } finally {
      await server.stop();
    }
  });
});

describe('not found travels as a status', () => {
  it('is told by the status, not by the words', () => {
    expect(isNotFound(new RegistryError('anything', { status: 404 }))).toBe(true);
    expect(isNotFound(new RegistryError('HTTP 404 in the text only', { status: 500 }))).toBe(false);
    expect(isNotFound(new ReleaseError('REGISTRY', 'HTTP 404'))).toBe(false);
  });
});
