/**
 * A fault-injecting HTTP proxy on 127.0.0.1 between the client and a registry. For each request
 * the test's `decide` picks a fault: 429 with Retry-After, 500/503, a connection reset before
 * or after the registry handled the request, a stall, a scripted registry error, or none.
 */
import http from 'node:http';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'reset-before' }
  | { kind: 'reset-after' }
  | { kind: 'stall'; ms: number };

export interface FaultProxy {
  host: string;
  /** How many times each fault kind fired (`status:429`, `reset-after`, …). */
  fired: Record<string, number>;
  requests: number;
  stop(): Promise<void>;
}

/** Starts the proxy; `decide` sees the method and path of each request. */
export async function startFaultProxy(
  upstreamPort: number,
  decide: (method: string, path: string) => Fault | undefined,
): Promise<FaultProxy> {
  const fired: Record<string, number> = {};
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    const fault = decide(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname);
    if (fault) {
      const key = fault.kind === 'status' ? `status:${fault.status}` : fault.kind;
      fired[key] = (fired[key] ?? 0) + 1;
    }
    if (fault?.kind === 'reset-before') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      req.resume();
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json' };
      if (fault.retryAfter) headers['retry-after'] = fault.retryAfter;
      res
        .writeHead(fault.status, headers)
        .end(fault.body ?? '{"errors":[{"code":"UNAVAILABLE","message":"injected"}]}');
      return;
    }
    if (fault?.kind === 'stall') {
      req.resume();
      setTimeout(() => req.socket.destroy(), fault.ms).unref();
      return;
    }
    const up = http.request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upRes) => {
        if (fault?.kind === 'reset-after') {
          // The registry did the work; the client never hears about it.
          upRes.resume();
          upRes.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    fired,
    get requests() {
      return state.requests;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small deterministic PRNG (mulberry32) so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
