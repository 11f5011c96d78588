/** The small pure parts: references, Retry-After, challenges, credentials, tags, remotes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReleaseError, UsageError } from '../../src/errors.js';
import { parseChallenge } from '../../src/oci/auth.js';
import { findCredential } from '../../src/oci/credentials.js';
import { parseRetryAfter, TransientError, withRetry } from '../../src/oci/http.js';
import { defaultTags, parseReference, parseTarget } from '../../src/oci/index.js';
import { normaliseRemote } from '../../src/util/source.js';
import { repositoryFromRemote } from '../../src/pipeline/github-env.js';
import { RegistryError } from '../../src/oci/errors.js';
import { parseJson } from '../../src/oci/store.js';
import { tempDir } from './helpers/fixtures.js';

describe('parseReference', () => {
  it('splits registry, repository, tag and digest', () => {
    const d = 'sha256:' + 'b'.repeat(64);
    expect(parseReference(`ghcr.io/acme/hello:1.0@${d}`)).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/hello',
      tag: '1.0',
      digest: d,
    });
    expect(parseReference('127.0.0.1:5000/a/b')).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'a/b',
    });
  });
  it('lowercases an uppercase owner and remembers the original', () => {
    expect(parseReference('ghcr.io/Acme-Corp/Hello:V1')).toEqual({
      registry: 'ghcr.io',
      repository: 'acme-corp/hello',
      tag: 'V1',
      lowercasedFrom: 'Acme-Corp/Hello',
    });
  });
  it.each([
    ['acme/hello', /does not start with a registry host/, /ghcr\.io\/acme\/hello/],
    ['hello', /names no registry/, /ghcr\.io\/OWNER\/NAME/],
    ['ghcr.io/acme/hello@sha256:xyz', /is not a sha256 digest/, /64 lowercase hex/],
    ['ghcr.io/acme/hello:-bad', /is not a valid tag/, /at most 128/],
    ['ghcr.io/acme/he llo', /invalid component "he llo"/, /lowercase letters and digits/],
  ])('rejects %s with the fix', (input, message, fix) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toMatch(message);
    expect((err as UsageError).fix).toMatch(fix);
  });
});

describe('parseTarget', () => {
  it('reads oci-layout targets with and without a tag', () => {
    expect(parseTarget('oci-layout:/tmp/out')).toEqual({ kind: 'layout', dir: '/tmp/out' });
    expect(parseTarget('oci-layout:/tmp/out:v1')).toEqual({
      kind: 'layout',
      dir: '/tmp/out',
      tag: 'v1',
    });
    expect(() => parseTarget('oci-layout:')).toThrow(/needs a directory/);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0.25')).toBe(250);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('withRetry', () => {
  const policy = {
    retries: 2,
    baseDelayMs: 1,
    maxDelayMs: 2,
    idleTimeoutMs: 10,
    requestTimeoutMs: 1000,
    totalTimeoutMs: 60_000,
  };
  it('retries transient errors and reports each retry', async () => {
    const notes: string[] = [];
    let calls = 0;
    const value = await withRetry(
      'thing',
      policy,
      async () => (++calls < 3 ? Promise.reject(new TransientError('HTTP 502')) : 'ok'),
      (m) => notes.push(m),
    );
    expect(value).toBe('ok');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/HTTP 502; retrying in \d+ ms \(attempt 2 of 3\)/);
  });
  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(
      withRetry('thing', policy, async () => Promise.reject(new Error(`boom ${++calls}`))),
    ).rejects.toThrow('boom 1');
  });
  it('gives up with a REGISTRY error naming the attempts', async () => {
    const err = await withRetry('push of x', policy, async () =>
      Promise.reject(new TransientError('ECONNRESET')),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReleaseError);
    expect((err as ReleaseError).message).toBe(
      'push of x failed after 3 attempts in 0 s: ECONNRESET',
    );
  });
});

describe('parseChallenge', () => {
  it('reads GHCR-style Bearer challenges with commas inside quotes', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/x:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:acme/x:pull,push',
      },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' },
    });
  });
});

describe('findCredential', () => {
  it('prefers REGISTRY_USERNAME/PASSWORD, then GITHUB_TOKEN for ghcr.io only', async () => {
    const home = tempDir();
    expect(
      await findCredential('ghcr.io', { HOME: home, GITHUB_TOKEN: 't', GITHUB_ACTOR: 'me' }),
    ).toEqual({ username: 'me', password: 't', source: 'GITHUB_TOKEN' });
    expect(await findCredential('quay.io', { HOME: home, GITHUB_TOKEN: 't' })).toBeUndefined();
    expect(
      (
        await findCredential('ghcr.io', {
          HOME: home,
          GITHUB_TOKEN: 't',
          REGISTRY_USERNAME: 'u',
          REGISTRY_PASSWORD: 'p',
        })
      )?.username,
    ).toBe('u');
  });
  it('reads docker config.json entries, identity tokens and podman auth.json', async () => {
    const cfg = tempDir();
    writeFileSync(
      join(cfg, 'config.json'),
      JSON.stringify({
        auths: {
          'https://index.example.io/v1/': { username: 'a', password: 'b' },
          'tok.example.io': { identitytoken: 'refresh' },
        },
      }),
    );
    const authFile = join(tempDir(), 'auth.json');
    writeFileSync(
      authFile,
      JSON.stringify({
        auths: { 'podman.example.io': { auth: Buffer.from('pu:pp').toString('base64') } },
      }),
    );
    const env = { HOME: tempDir(), DOCKER_CONFIG: cfg, REGISTRY_AUTH_FILE: authFile };
    expect(await findCredential('index.example.io', env)).toMatchObject({
      username: 'a',
      password: 'b',
    });
    expect(await findCredential('tok.example.io', env)).toMatchObject({
      username: '<token>',
      password: 'refresh',
    });
    expect(await findCredential('podman.example.io', env)).toEqual({
      username: 'pu',
      password: 'pp',
      source: authFile,
    });
  });
  it('ignores a credential helper that is not installed', async () => {
    const cfg = tempDir();
    writeFileSync(join(cfg, 'config.json'), JSON.stringify({ credsStore: 'no-such-helper-here' }));
    expect(
      await findCredential('ghcr.io', {
        HOME: tempDir(),
        DOCKER_CONFIG: cfg,
        PATH: '/nonexistent',
      }),
    ).toBeUndefined();
  });
});

describe('defaultTags', () => {
  it('tags the version and latest, but not latest for prereleases', () => {
    expect(defaultTags('1.2.3')).toEqual(['1.2.3', 'latest']);
    expect(defaultTags('1.2.3', false)).toEqual(['1.2.3']);
    expect(defaultTags('2.0.0-beta.1')).toEqual(['2.0.0-beta.1']);
    expect(defaultTags('1.0.0+build.5')).toEqual(['1.0.0_build.5', 'latest']);
  });
});

describe('normaliseRemote', () => {
  it('turns git remotes into https URLs without credentials', () => {
    expect(normaliseRemote('git@github.com:acme/hello.git')).toBe('https://github.com/acme/hello');
    expect(normaliseRemote('https://user:pw@github.com/acme/hello.git')).toBe(
      'https://github.com/acme/hello',
    );
    expect(normaliseRemote('file:///tmp/repo')).toBeUndefined();
    expect(normaliseRemote('ssh://git@github.com:22/acme/hello.git')).toBe(
      'https://github.com/acme/hello',
    );
    expect(normaliseRemote('https://github.com/acme/hello/')).toBe('https://github.com/acme/hello');
    expect(normaliseRemote('https://gitlab.com/group/sub/hello.git')).toBe(
      'https://gitlab.com/group/sub/hello',
    );
  });

  it('gives owner/name only for a two-part path, as the release step needs', () => {
    for (const url of [
      'git@github.com:acme/hello.git',
      'ssh://git@github.com/acme/hello',
      'https://x-access-token:t@github.com/acme/hello/',
    ]) {
      expect(repositoryFromRemote(url)).toBe('acme/hello');
    }
    expect(repositoryFromRemote('https://gitlab.com/group/sub/hello.git')).toBeUndefined();
    expect(repositoryFromRemote('/srv/git/hello')).toBeUndefined();
  });
});

describe('parseJson', () => {
  it('reads a JSON object and refuses anything else with the fix', () => {
    expect(parseJson<{ a: number }>(Buffer.from('{"a":1}'), 'x')).toEqual({ a: 1 });
    for (const bad of ['not json', '[1,2]', 'null', '"s"']) {
      let caught: unknown;
      try {
        parseJson(Buffer.from(bad), 'a manifest in /tmp/layout');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(RegistryError);
      expect((caught as Error).message).toBe(
        'a manifest in /tmp/layout is not a JSON manifest or index',
      );
      expect((caught as RegistryError).fix).toMatch(/rebuild or re-publish/);
    }
  });
});
