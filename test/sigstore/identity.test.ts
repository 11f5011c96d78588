import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isReleaseEvent, parseSignMode, resolveIdentity } from '../../src/sigstore/identity.js';

describe('#resolveIdentity with the GitHub Actions token endpoint', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const ok =
        req.headers.authorization === 'Bearer request-token' &&
        (req.url ?? '').includes('audience=sigstore');
      res.writeHead(ok ? status : 401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok && status === 200 ? { value: 'oidc-jwt' } : { message: 'denied' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
  });
  afterAll(async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token;
    if (saved.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (saved.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const env = () => {
    // @actions/core reads these from process.env.
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
    return {
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    };
  };

  it('requests a token with audience sigstore', async () => {
    status = 200;
    await expect(resolveIdentity({ mode: 'auto', env: env(), releasing: true })).resolves.toEqual({
      sign: true,
      token: 'oidc-jwt',
      source: 'github-actions',
    });
  });

  it('explains a refused request with the permission fix', async () => {
    status = 403;
    await expect(
      resolveIdentity({ mode: 'true', env: env(), releasing: true }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('GitHub refused the OIDC token request'),
      fix: expect.stringContaining('permissions: id-token: write'),
    });
  });

  it('auto does not sign a run that does not release', async () => {
    await expect(
      resolveIdentity({ mode: 'auto', env: env(), releasing: false }),
    ).resolves.toMatchObject({ sign: false });
  });

  it('prefers an explicit token and honours --sign false', async () => {
    await expect(
      resolveIdentity({ mode: 'true', identityToken: 'given', env: {}, releasing: true }),
    ).resolves.toMatchObject({ token: 'given', source: 'flag' });
    await expect(
      resolveIdentity({ mode: 'false', identityToken: 'given', env: {}, releasing: true }),
    ).resolves.toMatchObject({ sign: false });
  });

  it('knows which events release', () => {
    expect(isReleaseEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' })).toBe(
      true,
    );
    expect(isReleaseEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' })).toBe(
      false,
    );
    expect(isReleaseEvent({ GITHUB_EVENT_NAME: 'pull_request' })).toBe(false);
    expect(parseSignMode(undefined)).toBe('auto');
  });
});
