/**
 * A scriptable HTTP server on 127.0.0.1 (free port) for hostile-registry tests: each test says
 * how to answer, optionally passing requests on to a real registry. It records every request
 * line and the Authorization headers it saw.
 */
import http from 'node:http';

export interface Scripted {
  host: string;
  port: number;
  requests: string[];
  /** Authorization header of each request (undefined when none), in order. */
  authorizations: (string | undefined)[];
  connections: number;
  stop(): Promise<void>;
}

export type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  forward: (edit?: (status: number, headers: http.IncomingHttpHeaders) => void) => void,
) => void;

/** Starts the server; `upstreamPort` is where `forward` sends a request unchanged. */
export async function startScripted(handler: Handler, upstreamPort?: number): Promise<Scripted> {
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const state = { connections: 0 };
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    authorizations.push(req.headers.authorization);
    const forward = (edit?: (status: number, headers: http.IncomingHttpHeaders) => void): void => {
      const up = http.request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (upRes) => {
          const headers = { ...upRes.headers };
          edit?.(upRes.statusCode ?? 502, headers);
          res.writeHead(upRes.statusCode ?? 502, headers);
          upRes.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    };
    handler(req, res, forward);
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    requests,
    authorizations,
    get connections() {
      return state.connections;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
