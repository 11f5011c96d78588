/**
 * GitHub's attestations API cannot run here: a stand-in on 127.0.0.1 answers with the shapes
 * github.com returns (201 with the attestation id; 403 "Feature not available…" for a private
 * repository on a plan without the feature, as actions/attest users report it; 403 "Resource not
 * accessible by integration" without `attestations: write`; 404 on a server without the API).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubClient } from '../../src/github/release/client.js';
import { attestProvenance } from '../../src/sigstore/attest.js';
import { recordAttestation } from '../../src/sigstore/github-attestations.js';
import { redact } from '../../src/report/index.js';
import { memoryReporter } from '../helpers/context.js';
import { startSigstoreStack, type SigstoreStack } from './stack.js';
import { FAST_RETRY, releaseStatement, releaseToken } from './provenance-fixture.js';

const DOCS = 'https://docs.github.com/rest/repos/repos#create-an-attestation';
const ANSWERS: Record<string, [number, unknown]> = {
  public: [201, { id: 123456 }],
  private: [
    403,
    {
      message: 'Feature not available for user-owned private repositories.',
      documentation_url: DOCS,
      status: '403',
    },
  ],
  'no-permission': [
    403,
    { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
  ],
  ghes: [
    404,
    { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  ],
};

describe("GitHub's attestations API", () => {
  let server: Server;
  let stack: SigstoreStack;
  let dir: string;
  const received: { path: string; body: Record<string, unknown> }[] = [];
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-attestations-api-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') });
        const m = /^\/repos\/acme\/([^/]+)\/attestations$/.exec(path);
        const [status, body] = (req.method === 'POST' && m && ANSWERS[m[1]!]) || [
          404,
          { message: 'Not Found' },
        ];
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    env = { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  const client = () =>
    githubClient({ token: 'ghs_placeholdertoken', env, retries: 0, timeScale: 1 });
  const attest = (repository: string, reporter = memoryReporter(), token = releaseToken()) =>
    attestProvenance({
      identityToken: token,
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      retry: FAST_RETRY,
      statement: releaseStatement([{ name: 'plugin.wasm', digest: `sha256:${'cd'.repeat(32)}` }]),
      outputDir: join(dir, repository),
      pluginName: 'hello',
      github: { client: client(), repository: `acme/${repository}` },
      reporter,
    });

  it('records the bundle for a public repository and returns its id', async () => {
    const reporter = memoryReporter();
    const result = await attest('public', reporter);
    expect(result.github).toEqual({
      recorded: true,
      id: 123456,
      url: 'https://github.com/acme/public/attestations/123456',
    });
    const sent = received.find((r) => r.path === '/repos/acme/public/attestations');
    expect(sent?.body).toEqual({ bundle: result.bundle });
    expect(reporter.lines).toContain(
      "provenance recorded with GitHub's attestations API: https://github.com/acme/public/attestations/123456",
    );
  });

  it('goes on with a notice for a private repository on a plan without the feature', async () => {
    const reporter = memoryReporter();
    const result = await attest('private', reporter);
    expect(result.bundleFile).toMatch(/hello\.provenance\.sigstore\.json$/);
    expect(result.github).toEqual({ recorded: false, reason: expect.any(String) });
    expect(reporter.findings).toEqual([
      {
        severity: 'notice',
        rule: 'attestations-api',
        message:
          "the provenance was not recorded with GitHub's attestations API: GitHub says: Feature not available for user-owned private repositories. The attestation is still attached to the image and uploaded as a release asset; artifact attestations in private repositories need GitHub Enterprise Cloud",
      },
    ]);
  });

  it('says which permission to grant when the token may not write attestations', async () => {
    const reporter = memoryReporter();
    const result = await attest('no-permission', reporter);
    expect(result.github).toEqual({
      recorded: false,
      reason:
        'GitHub refused it (403: Resource not accessible by integration); grant `permissions: attestations: write` to the release job to record attestations with GitHub',
    });
  });

  it('explains a server without the API', async () => {
    const outcome = await recordAttestation(client(), 'acme/ghes', { mediaType: 'x' } as never);
    expect(outcome).toEqual({
      recorded: false,
      reason:
        'GitHub answered 404 (Not Found): this server has no attestations API, or the token cannot see the repository',
    });
  });

  it('refuses a repository that is not owner/repo without a request', async () => {
    const before = received.length;
    expect(await recordAttestation(client(), 'acme', { mediaType: 'x' } as never)).toEqual({
      recorded: false,
      reason: '"acme" is not owner/repo',
    });
    expect(received.length).toBe(before);
  });

  it('never shows the identity token it signed with', async () => {
    const token = releaseToken({ run_id: '777' });
    expect(redact(`token=${token}`)).toBe(`token=${token}`);
    await attest('public', memoryReporter(), token);
    expect(redact(`token=${token}`)).toBe('token=***');
  });
});
