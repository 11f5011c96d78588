/**
 * A stand-in for `https://github.com`, reached the way the real Samuel (and the `git` it runs)
 * reach GitHub: through `HTTPS_PROXY`. It is an HTTP proxy on 127.0.0.1 that answers
 * `CONNECT github.com:443`, terminates TLS with a github.com certificate signed by a CA made for
 * this run only, and refuses every other host, so nothing leaves the machine.
 *
 * What github.com serves, in this order:
 * - `GET /<owner>/<repo>/releases/download/<tag>/<asset>` for releases added with
 *   `addRelease(owner, repo, tag, { name: content })` — what Samuel's installer downloads for
 *   wasm and oci plugins (contract §5); anything else under `releases/download` is a 404;
 * - `https://github.com/<owner>/<repo>.git` for repositories added with
 *   `addGitRepo(owner, repo, dir)` (`dir` a git work tree or bare repository), through
 *   `git http-backend` — what `git clone --depth=1 --branch <tag>` (skills) fetches;
 * - otherwise, when `upstream` is given, the request is forwarded to that local base URL
 *   (e.g. the GitHub REST fake's `serverUrl`, which serves downloads of published releases);
 *   without one, a 404.
 *
 *   const standin = await startGitHubStandin();               // or startGitHubStandin(gh.serverUrl)
 *   standin.addRelease('acme', 'demo', 'v1.0.0', { 'plugin.wasm': bytes, 'samuel-plugin.toml': toml });
 *   await world.run(['install', 'demo', ...], standin.env);   // HTTPS_PROXY, SSL_CERT_FILE, GIT_SSL_CAINFO
 *   expect(standin.requests).toContain('GET /acme/demo/releases/download/v1.0.0/plugin.wasm');
 *
 * `close()` ends every connection and removes the certificates.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';

export interface GitHubStandin {
  /** `http://127.0.0.1:<port>`: the value of `HTTPS_PROXY`. */
  proxyUrl: string;
  /** PEM file of the test CA: the value of `SSL_CERT_FILE` (Go) and `GIT_SSL_CAINFO` (git). */
  caFile: string;
  /** The environment a client needs to reach the stand-in: proxy and CA variables. */
  env: Record<string, string>;
  /** `METHOD path` of every request that reached github.com through the proxy. */
  requests: string[];
  /** Serves `files` (asset name → content) as the release `tag` of `owner/repo`. */
  addRelease(
    owner: string,
    repo: string,
    tag: string,
    files: Record<string, string | Uint8Array>,
  ): void;
  /** Serves the git repository at `dir` as `https://github.com/<owner>/<repo>.git`. */
  addGitRepo(owner: string, repo: string, dir: string): void;
  close(): Promise<void>;
}

export interface GitHubStandinOptions {
  /** Local base URL that answers what the added releases and repositories do not. */
  upstream?: string;
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

export async function startGitHubStandin(
  options: string | GitHubStandinOptions = {},
): Promise<GitHubStandin> {
  const upstream = typeof options === 'string' ? options : options.upstream;
  const dir = mkdtempSync(join(tmpdir(), 'spr-standin-'));
  const { key, cert, caFile } = makeCertificates(dir);
  const requests: string[] = [];
  const releases = new Map<string, Buffer>();
  const repos = new Map<string, string>();

  // What github.com answers, decrypted.
  const site = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const path = new URL(req.url ?? '/', 'https://github.com').pathname;
    const asset = releases.get(path);
    if (asset && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': asset.length,
      });
      res.end(req.method === 'HEAD' ? undefined : asset);
      return;
    }
    const git = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(path);
    const repoDir = git ? repos.get(`${git[1]}/${git[2]}`) : undefined;
    if (git && repoDir) {
      gitHttpBackend(repoDir, git[3]!, req, res);
      return;
    }
    if (!upstream || (releases.size > 0 && path.includes('/releases/download/'))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    const base = new URL(upstream);
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
  const proxyUrl = `http://127.0.0.1:${port}`;
  return {
    proxyUrl,
    caFile,
    env: {
      HTTPS_PROXY: proxyUrl,
      https_proxy: proxyUrl,
      SSL_CERT_FILE: caFile,
      GIT_SSL_CAINFO: caFile,
    },
    requests,
    addRelease(owner, repo, tag, files) {
      for (const [name, content] of Object.entries(files)) {
        releases.set(`/${owner}/${repo}/releases/download/${tag}/${name}`, Buffer.from(content));
      }
    },
    addGitRepo(owner, repo, repoDir) {
      repos.set(`${owner}/${repo}`, repoDir);
    },
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

/**
 * Answers one smart-HTTP git request with `git http-backend` (CGI): the request body goes to its
 * stdin, its `Status:` and other headers become the response's.
 */
function gitHttpBackend(
  repoDir: string,
  rest: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const bare = !existsSync(join(repoDir, '.git'));
  const url = new URL(req.url ?? '/', 'https://github.com');
  const backend = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: repoDir,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: bare ? rest : `/.git${rest}`,
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  req.pipe(backend.stdin);
  let head = Buffer.alloc(0);
  let started = false;
  backend.stdout.on('data', (chunk: Buffer) => {
    if (started) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    started = true;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  backend.on('close', () => {
    if (!started) res.writeHead(500);
    res.end();
  });
}
