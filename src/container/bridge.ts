/**
 * The host side of `/samuel-bridge`, served the way Samuel's `bridge.Server` serves it: the host
 * listens on a Unix socket, the container dials it, writes one JSON request and half-closes;
 * the server reads to EOF and answers once. With no handlers (Samuel v2.3 registers none) every
 * method answers `unimplemented: <method>`. Each request is logged and checked against
 * `plugin.proto`, which Samuel's decoder never does.
 */
import { chmod, mkdir, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import {
  bridgeErrors,
  checkBridgeRequest,
  MAX_SOCKET_PATH,
  unregisteredAnswer,
  type BridgeResponse,
} from '../samuel/launch.js';
import { IoError } from '../errors.js';

/** One request the container made. */
export interface BridgeCall {
  /** The method as sent (`?` when the request was not JSON). */
  method: string;
  /** The raw request, cut at 4 KiB for the log. */
  request: string;
  response: BridgeResponse;
  /** Shape problems against plugin.proto; empty when well formed. */
  problems: string[];
}

/** A handler answers the body of a method Samuel would register; undefined = not registered. */
export type BridgeHandlers = Partial<Record<string, (body: unknown) => unknown>>;

export interface BridgeServer {
  path: string;
  calls: BridgeCall[];
  close(): Promise<void>;
}

/** Requests larger than this are refused (Samuel reads without a bound; a smoke test should not). */
const MAX_REQUEST = 1024 * 1024;

/**
 * Listens on `path` (its folder created 0700, as Samuel does) and serves until closed. `mode`
 * sets the socket's permissions; Samuel leaves the umask's (often 0755), which rootless podman
 * with `--user` cannot connect to.
 */
export async function serveBridge(
  path: string,
  options: { handlers?: BridgeHandlers; mode?: number } = {},
): Promise<BridgeServer> {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    throw new IoError(`the bridge socket path is ${Buffer.byteLength(path)} bytes: ${path}`, {
      fix: `use a shorter folder (Unix socket paths are at most ${MAX_SOCKET_PATH} bytes)`,
    });
  }
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await rm(path, { force: true });
  const calls: BridgeCall[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const chunks: Buffer[] = [];
    let size = 0;
    socket.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_REQUEST) {
        socket.end(JSON.stringify({ ok: false, error: bridgeErrors.malformed('too large') }));
        socket.destroy();
        return;
      }
      chunks.push(b);
    });
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const call = answer(text, options.handlers ?? {});
      calls.push(call);
      socket.end(JSON.stringify(call.response));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new IoError(`cannot listen on ${path}: ${e.message}`, { cause: e })),
    );
    server.listen(path, resolve);
  });
  if (options.mode !== undefined) await chmod(path, options.mode);
  return {
    path,
    calls,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(path, { force: true });
    },
  };
}

function answer(text: string, handlers: BridgeHandlers): BridgeCall {
  const request = text.length > 4096 ? `${text.slice(0, 4096)}…` : text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      method: '?',
      request,
      response: { ok: false, error: bridgeErrors.malformed(why) },
      problems: [`the request is not JSON: ${why}`],
    };
  }
  const problems = checkBridgeRequest(value);
  const method =
    typeof (value as { method?: unknown })?.method === 'string'
      ? (value as { method: string }).method
      : '?';
  const handler = handlers[method];
  let response: BridgeResponse;
  if (handler) {
    try {
      const body = handler((value as { body?: unknown }).body ?? {});
      response = { ok: true, body };
    } catch (e) {
      response = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  } else response = unregisteredAnswer(value);
  return { method, request, response, problems };
}
