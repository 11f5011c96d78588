/**
 * oci plugins against a real registry (distribution on 127.0.0.1): a two-platform image index
 * signed with cosign's format against the local Sigstore stack, released as a pinned
 * samuel-plugin.toml plus `<name>.bundle`. `lockUpdate` pins the index digest and every
 * platform's manifest and config digests; `lockCheck` accepts any digest Samuel could have
 * recorded (index, platform manifest, podman's bare config hex, docker's `sha256:` config) and
 * catches a tampered one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockCheck, lockUpdate } from '../../src/lock/index.js';
import { openStore } from '../../src/oci/index.js';
import { signImage } from '../../src/sigstore/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { pushIndex } from '../sigstore/memory-store.js';
import { githubToken, startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';
import { writeIndex, writeProject } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'spr-lock-oci-'));
let stack: SigstoreStack;
let registry: TestRegistry;
let index: string;
let platforms: { manifest: string; config: string }[];
const project = join(work, 'project');

beforeAll(async () => {
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
  registry = await startRegistry();
  const store = await openStore(`${registry.host}/acme/ocip`, {
    insecure: true,
  });
  const pushed = await pushIndex(store);
  index = pushed.index.digest;
  platforms = [];
  for (const child of pushed.children) {
    const m = JSON.parse(Buffer.from((await store.getManifest(child.digest)).bytes).toString()) as {
      config: { digest: string };
    };
    platforms.push({ manifest: child.digest, config: m.config.digest });
  }
  const [signed] = await signImage(store, index, {
    identityToken: githubToken(),
    fulcioUrl: stack.url,
    rekorUrl: stack.url,
    trustedRoot: stack.trustedRootPath,
  });
  const release = join(work, 'release');
  mkdirSync(release);
  writeFileSync(
    join(release, 'samuel-plugin.toml'),
    `name = "ocip"\nversion = "0.1.0"\nkind = "oci"\n\n[oci]\nimage = "${registry.host}/acme/ocip@${index}"\n\n[capabilities.network]\noutbound = ["api.example.com"]\n`,
  );
  writeFileSync(join(release, 'ocip.bundle'), JSON.stringify(signed!.bundle));
  const indexToml = join(work, 'index.toml');
  writeIndex(indexToml, [
    { name: 'ocip', repo: `file://${release}`, latest: '0.1.0', kind: 'oci' },
  ]);
  writeProject(project, indexToml, [{ name: 'ocip', version: '0.1.0', kind: 'oci' }]);
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await stack?.close();
  rmSync(work, { recursive: true, force: true });
});

const options = () => ({
  policy: { trustedRoot: stack.trustedRootPath },
  insecureRegistry: true,
  cwd: project,
});

describe('oci entries', () => {
  it('pins the index digest and every platform digest, verified', async () => {
    const r = await lockUpdate(project, {
      ...options(),
      now: () => new Date('2026-02-03T04:05:06Z'),
    });
    expect(r.changed).toBe(true);
    const lock = readFileSync(join(project, 'samuel.lock'), 'utf8');
    expect(lock).toBe(
      [
        "version = '1'",
        "generated_at = '2026-02-03T04:05:06Z'",
        '',
        '[[plugins]]',
        "  name = 'ocip'",
        "  version = '0.1.0'",
        "  kind = 'oci'",
        `  digest = '${index}'`,
        `  source = 'file://${join(work, 'release')}'`,
        "  capabilities = ['network.outbound']",
        '  signed = true',
        `  platform_digests = ['linux/amd64 ${platforms[0]!.manifest} ${platforms[0]!.config}', 'linux/arm64 ${platforms[1]!.manifest} ${platforms[1]!.config}']`,
        '',
      ].join('\n'),
    );
    expect((await lockCheck(project, options())).findings).toEqual([]);
    expect((await lockUpdate(project, options())).changed).toBe(false);
  }, 60_000);

  it('accepts every digest Samuel could record, and catches a tampered one at its line', async () => {
    const file = join(project, 'samuel.lock');
    const ours = readFileSync(file, 'utf8');
    const samuelWrote = (digest: string) =>
      ours
        .replace(`digest = '${index}'`, `digest = '${digest}'`)
        .replace(/\n {2}platform_digests.*\n/, '\n');
    for (const digest of [
      index,
      platforms[0]!.manifest,
      platforms[1]!.config,
      platforms[0]!.config.replace('sha256:', ''),
    ]) {
      writeFileSync(file, samuelWrote(digest));
      expect({ digest, findings: (await lockCheck(project, options())).findings }).toEqual({
        digest,
        findings: [],
      });
    }
    const tampered = `sha256:${'f'.repeat(64)}`;
    writeFileSync(file, samuelWrote(tampered));
    const { findings } = await lockCheck(project, options());
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'lock-digest-mismatch',
        message: `ocip 0.1.0: digest "${tampered}" is not the released image ${index} nor one of its platforms' manifests or configs`,
        fix: `run \`lock update ocip\` to pin ${index}`,
        file: 'samuel.lock',
        line: 8,
      },
    ]);
    // A forged platform list is caught too.
    writeFileSync(file, ours.replace(platforms[1]!.config, tampered));
    expect((await lockCheck(project, options())).findings.map((f) => [f.rule, f.line])).toEqual([
      ['lock-digest-mismatch', 12],
    ]);
    writeFileSync(file, ours);
  }, 60_000);
});
