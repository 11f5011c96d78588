/**
 * A private (or internal) repository is not signed on the public Sigstore log by `sign: auto`:
 * the certificate and the Rekor entry would publish its name, workflow and commit. The rule
 * reads the event payload at GITHUB_EVENT_PATH, as actions/attest picks its instance by
 * visibility, and holds for the CLI and the actions alike. `sign: true`, an explicit identity
 * token and a private Sigstore (Fulcio and Rekor both named) still sign.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { repositoryIsPrivate, resolveIdentity } from '../../src/sigstore/identity.js';
import { githubToken, startSigstoreStack, type SigstoreStack } from './stack.js';

let dir: string;
let server: Server;
let url: string;
/** Token requests the endpoint answered (audiences), to prove no token was even asked for. */
let requests: string[] = [];
const saved = {
  url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
  token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spr-private-'));
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ok = req.headers.authorization === 'Bearer request-token';
    if (ok) requests.push(u.searchParams.get('audience') ?? '');
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ok ? { value: githubToken() } : { message: 'denied' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
  // @actions/core reads the request variables from process.env.
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = url;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
});

afterAll(async () => {
  for (const [name, value] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  requests = [];
});

let events = 0;
/** Writes an event payload and returns the file's path. */
async function payload(body: unknown): Promise<string> {
  const file = join(dir, `event-${++events}.json`);
  await writeFile(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
}

const tagPushIn = async (repository: Record<string, unknown>) => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_EVENT_PATH: await payload({ ref: 'refs/tags/v1.0.0', repository }),
  ACTIONS_ID_TOKEN_REQUEST_URL: url,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
});
const PRIVATE = { full_name: 'acme/secret-plugin', private: true, visibility: 'private' };
const PUBLIC = { full_name: 'acme/hello-plugin', private: false, visibility: 'public' };

describe('#repositoryIsPrivate', () => {
  it('reads visibility first, then private, from the event payload', async () => {
    const of = async (repository: unknown) =>
      repositoryIsPrivate({ GITHUB_EVENT_PATH: await payload({ repository }) });
    await expect(of(PRIVATE)).resolves.toBe(true);
    await expect(of(PUBLIC)).resolves.toBe(false);
    // An internal repository of an enterprise is not public either.
    await expect(of({ private: true, visibility: 'internal' })).resolves.toBe(true);
    await expect(of({ private: true })).resolves.toBe(true);
    await expect(of({ private: false })).resolves.toBe(false);
  });

  it('is false outside GitHub Actions (no payload) and unknown when the payload says nothing', async () => {
    await expect(repositoryIsPrivate({})).resolves.toBe(false);
    await expect(
      repositoryIsPrivate({ GITHUB_EVENT_PATH: join(dir, 'no-such-event.json') }),
    ).resolves.toBe('unknown');
    await expect(
      repositoryIsPrivate({ GITHUB_EVENT_PATH: await payload('{not json') }),
    ).resolves.toBe('unknown');
    await expect(
      repositoryIsPrivate({ GITHUB_EVENT_PATH: await payload({ ref: 'refs/heads/main' }) }),
    ).resolves.toBe('unknown');
  });
});

describe('#resolveIdentity in a repository that is not public', () => {
  it('sign auto does not sign on the public log, asks for no token, and says how to sign', async () => {
    const decision = await resolveIdentity({
      mode: 'auto',
      env: await tagPushIn(PRIVATE),
      releasing: true,
    });
    expect(decision).toEqual({
      sign: false,
      warn: false,
      notice: true,
      reason:
        'this repository is private, so sign: auto does not record its name and commit in the public Sigstore log; set sign: true (--sign true) to sign on the public instance anyway, or name a private Sigstore with fulcio-url, rekor-url and trusted-root',
    });
    expect(requests).toEqual([]);
  });

  it('sign auto in a public repository signs', async () => {
    await expect(
      resolveIdentity({ mode: 'auto', env: await tagPushIn(PUBLIC), releasing: true }),
    ).resolves.toMatchObject({ sign: true, source: 'github-actions' });
    expect(requests).toEqual(['sigstore']);
  });

  it('sign true signs a private repository on the public instance', async () => {
    await expect(
      resolveIdentity({ mode: 'true', env: await tagPushIn(PRIVATE), releasing: true }),
    ).resolves.toMatchObject({ sign: true, source: 'github-actions' });
    expect(requests).toEqual(['sigstore']);
  });

  it('sign auto signs with a private Sigstore (Fulcio and Rekor both named)', async () => {
    await expect(
      resolveIdentity({
        mode: 'auto',
        env: await tagPushIn(PRIVATE),
        releasing: true,
        fulcioUrl: 'https://fulcio.internal.example',
        rekorUrl: 'https://rekor.internal.example',
      }),
    ).resolves.toMatchObject({ sign: true });
  });

  it('a private Fulcio with the public Rekor (or the reverse) is still the public log', async () => {
    for (const instance of [
      { fulcioUrl: 'https://fulcio.internal.example' },
      { rekorUrl: 'https://rekor.internal.example' },
    ]) {
      await expect(
        resolveIdentity({
          mode: 'auto',
          env: await tagPushIn(PRIVATE),
          releasing: true,
          ...instance,
        }),
      ).resolves.toMatchObject({ sign: false, notice: true });
    }
    expect(requests).toEqual([]);
  });

  it('an explicit identity token is a request to sign with it', async () => {
    await expect(
      resolveIdentity({
        mode: 'auto',
        identityToken: 'given-jwt',
        env: await tagPushIn(PRIVATE),
        releasing: true,
      }),
    ).resolves.toEqual({ sign: true, token: 'given-jwt', source: 'flag' });
  });

  it('an unreadable payload is not taken for a public repository', async () => {
    const env = {
      ...(await tagPushIn(PUBLIC)),
      GITHUB_EVENT_PATH: join(dir, 'missing-event.json'),
    };
    const decision = await resolveIdentity({ mode: 'auto', env, releasing: true });
    expect(decision).toMatchObject({ sign: false, notice: true });
    expect(decision.sign === false && decision.reason).toContain(
      'the event payload (GITHUB_EVENT_PATH) does not say whether this repository is public',
    );
    expect(requests).toEqual([]);
  });

  it('a run that does not release gives its own reason, not the visibility one', async () => {
    const decision = await resolveIdentity({
      mode: 'auto',
      env: await tagPushIn(PRIVATE),
      releasing: false,
    });
    expect(decision).toMatchObject({
      sign: false,
      reason: 'signing is skipped: this run does not release (--sign auto)',
    });
  });
});

describe('the sign command in a private repository', () => {
  let stack: SigstoreStack;
  let plugin: string;

  beforeAll(async () => {
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    plugin = join(dir, 'secret-skill');
    await mkdir(plugin);
    await writeFile(
      join(plugin, 'samuel-plugin.toml'),
      'name = "secret-skill"\nversion = "1.0.0"\nkind = "skill"\n',
    );
    await writeFile(
      join(plugin, 'SKILL.md'),
      '---\nname: secret-skill\ndescription: Keeps a secret.\n---\n# Secret\n',
    );
  });
  afterAll(async () => stack?.close());

  async function sign(args: string[]) {
    let stdout = '';
    let stderr = '';
    const env = { PATH: process.env.PATH, ...(await tagPushIn(PRIVATE)) };
    // The plain reporter (not workflow commands), so the output can be read as a person would.
    delete (env as Record<string, string | undefined>).GITHUB_ACTIONS;
    const out = join(dir, `out-${++events}`);
    const code = await main(['sign', plugin, '--output', out, ...args], {
      env,
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
    });
    return { code, output: stdout + stderr, bundle: existsSync(join(out, 'SKILL.md.bundle')) };
  }

  it('with --sign auto on the public Rekor writes no bundle and prints the notice', async () => {
    const r = await sign(['--fulcio-url', stack.url, '--trusted-root', stack.trustedRootPath]);
    expect(r.code).toBe(0);
    expect(r.bundle).toBe(false);
    expect(r.output).toContain('notice');
    expect(r.output).toContain(
      'this repository is private, so sign: auto does not record its name and commit in the public Sigstore log; set sign: true',
    );
    expect(requests).toEqual([]);
  });

  it('with --sign auto and a private Sigstore signs', async () => {
    const r = await sign([
      '--fulcio-url',
      stack.url,
      '--rekor-url',
      stack.url,
      '--trusted-root',
      stack.trustedRootPath,
    ]);
    expect({ code: r.code, bundle: r.bundle }).toEqual({ code: 0, bundle: true });
    expect(requests).toEqual(['sigstore']);
  });
});
