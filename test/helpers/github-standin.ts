/**
 * A stand-in for `https://github.com` that the real Samuel reaches through `HTTPS_PROXY`: an HTTP
 * proxy on 127.0.0.1 that answers `CONNECT github.com:443`, terminates TLS with a certificate for
 * github.com signed by a CA made for the test (give Samuel `SSL_CERT_FILE` = `caFile`), and
 * forwards every request to a local base URL — the GitHub REST fake's `serverUrl`, which serves
 * `/<owner>/<repo>/releases/download/<tag>/<asset>` for published releases only. Connections to
 * any other host are refused, so nothing leaves the machine.
 *
 *   const standin = await startGitHubStandin(gh.serverUrl);
 *   samuel.run([...], { HTTPS_PROXY: standin.proxyUrl, SSL_CERT_FILE: standin.caFile });
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';

export interface GitHubStandin {
  proxyUrl: string;
  caFile: string;
  /** `METHOD path` of every request that reached github.com through the proxy. */
  requests: string[];
  close(): Promise<void>;
}

/** A CA and a github.com certificate it signs, made with openssl for this run only. */
function makeCertificates(dir: string): { key: Buffer; cert: Buffer; caFile: string } {
  const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '1',
    '-subj',
    '/CN=samuel-plugin-release test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  ssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'site.key',
    '-out',
    'site.csr',
    '-subj',
    '/CN=github.com',
  ]);
  writeFileSync(
    join(dir, 'ext.cnf'),
    'subjectAltName=DNS:github.com\nextendedKeyUsage=serverAuth\n',
  );
  ssl([
    'x509',
    '-req',
    '-in',
    'site.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'site.crt',
    '-days',
    '1',
    '-extfile',
    'ext.cnf',
  ]);
  return {
    key: readFileSync(join(dir, 'site.key')),
    cert: readFileSync(join(dir, 'site.crt')),
    caFile: join(dir, 'ca.crt'),
  };
}

export async function startGitHubStandin(upstream: string): Promise<GitHubStandin> {
  const dir = mkdtempSync(join(tmpdir(), 'spr-standin-'));
  const { key, cert, caFile } = makeCertificates(dir);
  const requests: string[] = [];
  const base = new URL(upstream);

  // What github.com answers, decrypted: forwarded to the upstream base URL.
  const site = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const forward = request(
      {
        host: base.hostname,
        port: base.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: base.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });

  const sockets = new Set<Socket>();
  const proxy = createServer((_req, res) => {
    res.writeHead(405);
    res.end('this proxy only tunnels to github.com');
  });
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    if (req.url !== 'github.com:443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const tls = new TLSSocket(socket, { isServer: true, key, cert });
    site.emit('connection', tls);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    caFile,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        site.closeAllConnections();
        proxy.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
