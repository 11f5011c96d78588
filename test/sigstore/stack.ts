/**
 * A real Sigstore stack on 127.0.0.1 for the tests: `@sigstore/mock`'s Fulcio (with a CT log that
 * embeds SCTs), Rekor and TSA handlers behind one `node:http` server, plus the trusted_root.json
 * that describes them so our verifier and cosign can verify offline.
 *
 * Two gaps of the mock are closed here, because the verifiers check them:
 * - real Rekor canonicalises a proposed DSSE entry into `{envelopeHash, payloadHash, signatures}`;
 *   the mock would log the proposal as given, which sigstore-go and sigstore-js both reject;
 * - real Rekor answers a duplicate entry with 409 and a Location header, then serves the entry
 *   by UUID — the path a re-run of a release takes.
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';

type Handler = ReturnType<typeof fulcioHandler>;

/** GitHub Actions' OIDC issuer: the issuer our default policy and Samuel expect. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** The certificate identity of our reusable workflow, as Fulcio writes it in the SAN. */
export const WORKFLOW_IDENTITY =
  'https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1';

export interface SigstoreStack {
  url: string;
  /** Path of the trusted_root.json describing this stack. */
  trustedRootPath: string;
  trustedRoot: Record<string, unknown>;
  /** Make the next `n` requests to a service fail with 503 (a transient outage). */
  failNext(service: 'fulcio' | 'rekor', n: number): void;
  /** Record the next Rekor entry but answer 503, as when a response is lost: the retry then conflicts. */
  loseNextRekorResponse(): void;
  /** Requests seen per service, to assert retries and conflict handling. */
  requests: Record<'fulcio' | 'rekor' | 'rekorGet' | 'tsa', number>;
  close(): Promise<void>;
}

/** A keypair for one mock service (P-256, like the public-good instance). */
function keyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * An OIDC token with GitHub Actions' claims. The mock Fulcio reads claims without checking the
 * JWT signature, so the signature part is a placeholder.
 */
export function githubToken(overrides: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: GITHUB_ISSUER,
    sub: WORKFLOW_IDENTITY,
    aud: 'sigstore',
    iat: now,
    exp: now + 600,
    repository: 'acme/hello-plugin',
    repository_owner: 'acme',
    ref: 'refs/tags/v1.0.0',
    sha: '0123456789abcdef0123456789abcdef01234567',
    event_name: 'push',
    workflow: 'release',
    job_workflow_ref: 'samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1',
    runner_environment: 'github-hosted',
    ...overrides,
  };
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.c2ln`;
}

/** Turns a proposed DSSE entry into the canonical body real Rekor stores. */
function canonicaliseDsse(proposed: Record<string, unknown>): Record<string, unknown> {
  const spec = proposed.spec as { proposedContent?: { envelope: string; verifiers: string[] } };
  const content = spec.proposedContent;
  if (proposed.kind !== 'dsse' || !content) return proposed;
  const envelope = JSON.parse(content.envelope) as {
    payload: string;
    signatures: { sig: string }[];
  };
  const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return {
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: content.verifiers[i],
      })),
    },
  };
}

/** Starts the stack on a free port of 127.0.0.1 and writes its trusted root to `rootFile`. */
export async function startSigstoreStack(rootFile: string): Promise<SigstoreStack> {
  const { writeFile } = await import('node:fs/promises');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ctKeys = keyPair();
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(keyPair(), ctLog);
  const tlogKeys = keyPair();
  const tlog = await initializeTLog(url, tlogKeys);
  const tsa = await initializeTSA(keyPair());
  // The mock TSA encodes genTime with pkijs, which drops trailing zeros from the milliseconds
  // ("…05.5Z"); sigstore-js (like RFC 3161 DER) wants exactly three digits or none, so one
  // timestamp in ten would not parse. Whole seconds encode without a fraction.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => {
    const now = new Date();
    now.setMilliseconds(0);
    return now;
  };
  const fulcio = fulcioHandler(ca);
  const rekor = rekorHandler(tlog);
  const timestamp = tsaHandler(tsa);

  const failures = { fulcio: 0, rekor: 0 };
  let loseResponse = false;
  const requests = { fulcio: 0, rekor: 0, rekorGet: 0, tsa: 0 };
  // Entries by UUID, and UUID by canonical body, so a duplicate gets 409 like real Rekor.
  const entries = new Map<string, unknown>();
  const byBody = new Map<string, string>();

  const respond = async (handler: Handler, body: string, res: ServerResponse) => {
    const out = await handler.fn(body);
    res.writeHead(out.statusCode, { 'Content-Type': out.contentType ?? 'text/plain' });
    res.end(typeof out.response === 'string' ? out.response : Buffer.from(out.response.buffer));
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '';
      void (async () => {
        if (req.method === 'POST' && path === fulcio.path) {
          requests.fulcio++;
          if (failures.fulcio > 0 && failures.fulcio--) return unavailable(res);
          return respond(fulcio, body, res);
        }
        if (req.method === 'POST' && path === timestamp.path) {
          requests.tsa++;
          return respond(timestamp, body, res);
        }
        if (req.method === 'POST' && path === rekor.path) {
          requests.rekor++;
          if (failures.rekor > 0 && failures.rekor--) return unavailable(res);
          const canonical = JSON.stringify(
            canonicaliseDsse(JSON.parse(body) as Record<string, unknown>),
          );
          const existing = byBody.get(canonical);
          if (existing) {
            res.writeHead(409, {
              'Content-Type': 'application/json',
              Location: `${rekor.path}/${existing}`,
            });
            return res.end(
              JSON.stringify({ code: 409, message: 'an equivalent entry already exists' }),
            );
          }
          const out = await rekor.fn(canonical);
          if (out.statusCode === 201) {
            const created = JSON.parse(String(out.response)) as Record<string, unknown>;
            const uuid = Object.keys(created)[0] as string;
            entries.set(uuid, created);
            byBody.set(canonical, uuid);
            if (loseResponse) {
              loseResponse = false;
              return unavailable(res);
            }
          }
          res.writeHead(out.statusCode, { 'Content-Type': out.contentType ?? 'text/plain' });
          return res.end(out.response as string);
        }
        if (req.method === 'GET' && path.startsWith(`${rekor.path}/`)) {
          requests.rekorGet++;
          const entry = entries.get(path.slice(rekor.path.length + 1));
          res.writeHead(entry ? 200 : 404, { 'Content-Type': 'application/json' });
          return res.end(JSON.stringify(entry ?? { code: 404, message: 'not found' }));
        }
        res.writeHead(404).end();
      })().catch((e: unknown) => {
        res.writeHead(500).end(String(e));
      });
    });
  });

  const der = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });
  const start = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const logId = (k: KeyObject) => createHash('sha256').update(der(k)).digest('base64');
  const rawB64 = (view: ArrayBufferView) =>
    Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
  const key = (k: KeyObject) => ({
    rawBytes: der(k).toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start },
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(tlogKeys.publicKey),
        logId: { keyId: logId(tlogKeys.publicKey) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: rawB64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ctKeys.publicKey),
        logId: { keyId: rawB64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: url,
        certChain: {
          certificates: [
            { rawBytes: rawB64(tsa.intCertificate) },
            { rawBytes: rawB64(tsa.rootCertificate) },
          ],
        },
        validFor: { start },
      },
    ],
  };
  await writeFile(rootFile, JSON.stringify(trustedRoot, null, 2));

  return {
    url,
    trustedRootPath: rootFile,
    trustedRoot,
    requests,
    failNext(service, n) {
      failures[service] = n;
    },
    loseNextRekorResponse() {
      loseResponse = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function unavailable(res: ServerResponse): void {
  res.writeHead(503, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ code: 503, message: 'service unavailable' }));
}

/** The flags that sign against this stack with a GitHub Actions-like identity. */
export function signFlags(stack: Pick<SigstoreStack, 'url'>): string[] {
  return [
    '--sign',
    'true',
    '--identity-token',
    githubToken(),
    '--fulcio-url',
    stack.url,
    '--rekor-url',
    stack.url,
  ];
}
