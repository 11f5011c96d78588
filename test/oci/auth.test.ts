/**
 * Authentication against real servers: docker-registry with htpasswd (Basic), and a GHCR-like
 * Bearer token front in front of it (token flow, 403 DENIED, referrers API).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Reporter } from '../../src/cli/report.js';
import { ReleaseError, describeError } from '../../src/errors.js';
import { onSecret } from '../../src/report/index.js';
import {
  openStore,
  parseReference,
  privatePackageWarning,
  publishWasm,
  RegistryStore,
} from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFront, type Front } from './helpers/front.js';
import { tempDir, wasmPlugin } from './helpers/fixtures.js';
import { digestOf } from './helpers/readback.js';
import { spawnSync } from 'node:child_process';

const user = { username: 'alice', password: 's3cret-pass' };

/** A reporter that keeps everything it would print, and the values registered for masking. */
function recordingReporter(): { reporter: Reporter; text: () => string; masked: string[] } {
  const chunks: string[] = [];
  const masked: string[] = [];
  const reporter = new Reporter({
    json: false,
    actions: false,
    out: (t) => chunks.push(t),
    err: (t) => chunks.push(t),
  });
  // What the Actions face hands to core.setSecret: every form registered, now or later.
  onSecret((v) => void masked.push(v));
  return { reporter, text: () => chunks.join(''), masked };
}

async function failure(p: Promise<unknown>): Promise<ReleaseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReleaseError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('Basic auth (docker-registry with htpasswd)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry(user);
  });
  afterAll(async () => registry?.stop());

  it('pushes with REGISTRY_USERNAME/REGISTRY_PASSWORD and skopeo reads it back with them', async () => {
    const { loaded, modulePath } = wasmPlugin('1.0.0');
    const env = { REGISTRY_USERNAME: user.username, REGISTRY_PASSWORD: user.password };
    const rec = recordingReporter();
    const store = await openStore(`${registry.host}/acme/basic`, {
      insecure: true,
      env,
      reporter: rec.reporter,
    });
    const result = await publishWasm(loaded, modulePath, store);
    const raw = spawnSync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      '--creds',
      `${user.username}:${user.password}`,
      `docker://${registry.host}/acme/basic:1.0.0`,
    ]);
    expect(digestOf(raw.stdout)).toBe(result.digest);
    expect(rec.masked).toContain(user.password);
    expect(rec.text()).not.toContain(user.password);
  });

  it('reads credentials from a docker config.json', async () => {
    const dockerConfig = tempDir();
    const auth = Buffer.from(`${user.username}:${user.password}`).toString('base64');
    writeFileSync(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [`http://${registry.host}`]: { auth } } }),
    );
    const { loaded, modulePath } = wasmPlugin('1.0.1');
    const store = await openStore(`${registry.host}/acme/dockercfg`, {
      insecure: true,
      env: { DOCKER_CONFIG: dockerConfig, HOME: tempDir() },
    });
    expect((await publishWasm(loaded, modulePath, store)).tags).toEqual(['1.0.1', 'latest']);
  });

  it('fails with the fix when no credentials are found', async () => {
    const { loaded, modulePath } = wasmPlugin();
    const home = tempDir();
    mkdirSync(join(home, '.docker'));
    const store = await openStore(`${registry.host}/acme/anon`, {
      insecure: true,
      env: { HOME: home },
    });
    const err = await failure(publishWasm(loaded, modulePath, store));
    expect(err.code).toBe('REGISTRY');
    expect(err.message).toMatch(/rejected our credentials .*HTTP 401/);
    expect(err.fix).toMatch(
      /docker login 127\.0\.0\.1:\d+`, or set REGISTRY_USERNAME and REGISTRY_PASSWORD/,
    );
  });

  it('names where a wrong password came from', async () => {
    const { loaded, modulePath } = wasmPlugin();
    const env = { REGISTRY_USERNAME: user.username, REGISTRY_PASSWORD: 'wrong' };
    const err = await failure(
      publishWasm(
        loaded,
        modulePath,
        await openStore(`${registry.host}/acme/wrong`, { insecure: true, env }),
      ),
    );
    expect(err.fix).toMatch(/credential from REGISTRY_USERNAME\/REGISTRY_PASSWORD is not accepted/);
    expect(describeError(err)).not.toContain('wrong');
  });
});

describe('Bearer token flow (GHCR-like front)', () => {
  let registry: TestRegistry;
  const fronts: Front[] = [];
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    for (const f of fronts) await f.stop();
    await registry?.stop();
  });
  const front = async (extra: { pullOnly?: boolean; referrers?: boolean } = {}): Promise<Front> => {
    const f = await startFront({ upstreamPort: registry.port, ...user, ...extra });
    fronts.push(f);
    return f;
  };
  const env = { REGISTRY_USERNAME: user.username, REGISTRY_PASSWORD: user.password };

  it('answers the 401 challenge with a scoped token, masks it, and publishes', async () => {
    const f = await front();
    const rec = recordingReporter();
    const store = await openStore(`${f.host}/acme/bearer`, {
      insecure: true,
      env,
      reporter: rec.reporter,
    });
    expect(await (store as RegistryStore).repositoryExists()).toBe(false);
    const { loaded, modulePath } = wasmPlugin('5.0.0');
    const result = await publishWasm(loaded, modulePath, store);
    expect(result.tags).toEqual(['5.0.0', 'latest']);
    expect(await (store as RegistryStore).repositoryExists()).toBe(true);
    expect(f.tokens.length).toBeGreaterThan(0);
    for (const t of f.tokens) expect(rec.masked).toContain(t);
    expect(f.requests).toContain('PUT /v2/acme/bearer/manifests/5.0.0');
    // Tags come last: after the manifest by digest.
    const byDigest = f.requests.indexOf(`PUT /v2/acme/bearer/manifests/${result.digest}`);
    expect(byDigest).toBeGreaterThan(-1);
    expect(f.requests.indexOf('PUT /v2/acme/bearer/manifests/5.0.0')).toBeGreaterThan(byDigest);
  });

  it('explains a 403 with `permissions: packages: write` and the Actions access list', async () => {
    const f = await front({ pullOnly: true });
    const store = await openStore(`${f.host}/acme/denied`, { insecure: true, env });
    const { loaded, modulePath } = wasmPlugin();
    const err = await failure(publishWasm(loaded, modulePath, store));
    expect(err.message).toMatch(
      /denied access to acme\/denied .*HTTP 403 DENIED \(permission_denied: write_package\)/,
    );
    expect(err.fix).toContain('`permissions: packages: write`');
    expect(err.fix).toContain('Manage Actions access');
  });

  it('reports a token endpoint that refuses the credential', async () => {
    const f = await front();
    const store = await openStore(`${f.host}/acme/x`, {
      insecure: true,
      env: { REGISTRY_USERNAME: 'alice', REGISTRY_PASSWORD: 'nope' },
    });
    const { loaded, modulePath } = wasmPlugin();
    const err = await failure(publishWasm(loaded, modulePath, store));
    expect(err.message).toMatch(/refused a token for repository:acme\/x:pull,push .*HTTP 401/);
    expect(err.fix).toMatch(
      /credential from REGISTRY_USERNAME\/REGISTRY_PASSWORD is wrong or lacks access/,
    );
  });

  it('uses the referrers API when the registry has it (no fallback tag)', async () => {
    const f = await front({ referrers: true });
    const store = await openStore(`${f.host}/acme/refs`, { insecure: true, env });
    const { loaded, modulePath } = wasmPlugin();
    const subject = await publishWasm(loaded, modulePath, store);
    const empty = await store.pushBlob(Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
    const sig = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config: empty,
        layers: [empty],
        subject: {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: subject.digest,
          size: 1,
        },
      }),
    );
    const pushed = await store.pushManifest(sig, 'application/vnd.oci.image.manifest.v1+json');
    expect(f.requests.some((r) => r.includes('/manifests/sha256-'))).toBe(false);
    const list = await store.referrers(
      subject.digest,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(list.map((d) => d.digest)).toEqual([pushed.digest]);
    expect(f.requests).toContain(`GET /v2/acme/refs/referrers/${subject.digest}`);
  });
});

describe('privatePackageWarning', () => {
  it('tells how to make a new GHCR package public', () => {
    const text = privatePackageWarning(parseReference('ghcr.io/acme/hello'));
    expect(text).toContain('https://github.com/acme?tab=packages');
    expect(text).toContain('Change visibility → Public');
  });
  it('says nothing for other registries', () => {
    expect(privatePackageWarning(parseReference('127.0.0.1:5000/acme/hello'))).toBeUndefined();
  });
});
