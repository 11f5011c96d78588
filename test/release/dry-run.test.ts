/**
 * `release --dry-run` end to end on the bundled examples: the real build (AssemblyScript from
 * source), the smoke harness, publishing into an OCI layout, signing against a local Sigstore
 * stack, pinning an oci plugin to a real registry's digest, and the folder Samuel's installer
 * reads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { runCli } from '../helpers/cli.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';
import { signFlags, startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';
import { imageLayout } from '../oci/helpers/fixtures.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';

const TEMPLATES = join(process.cwd(), 'templates');
const work = mkdtempSync(join(tmpdir(), 'spr-release-'));
// The plugin copies live outside the repository: the AssemblyScript compiler is found on PATH.
const env = {
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}`,
  HOME: process.env.HOME,
};
const sha256 = (file: string) =>
  'sha256:' + createHash('sha256').update(readFileSync(file)).digest('hex');

const ZERO = `sha256:${'0'.repeat(64)}`;
/** An oci plugin manifest whose [oci].image value is `image` (a TOML string literal). */
const ociManifest = (image: string) =>
  `name = "hello-oci"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = ${image}\n`;

/** A private copy of a template, so builds never write into the repository. */
function copyTemplate(name: string): string {
  const dir = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join(TEMPLATES, name), dir, { recursive: true });
  return dir;
}

afterAll(() => {
  cleanPlugins();
  rmSync(work, { recursive: true, force: true });
});

describe('release --dry-run', () => {
  describe('on the wasm example', () => {
    let out: string;
    let doc: Record<string, unknown>;
    beforeAll(async () => {
      const plugin = copyTemplate('wasm-example');
      out = join(work, 'wasm-out');
      const r = await runCli(
        ['release', plugin, '--dry-run', '--output', out, '--json', '--repository', 'acme/hello'],
        { cwd: work, env },
      );
      if (r.code !== 0) throw new Error(`release failed (${r.code}): ${r.stdout}\n${r.stderr}`);
      doc = JSON.parse(r.stdout);
    }, 120_000);

    it('runs every wasm step and skips signing without an identity', () => {
      const steps = (doc.steps as { step: string; status: string; detail: string }[]).map((s) => [
        s.step,
        s.status,
      ]);
      expect(steps).toEqual([
        ['validate', 'ok'],
        ['build', 'ok'],
        ['audit', 'ok'],
        ['smoke', 'ok'],
        ['publish', 'ok'],
        ['sign', 'skipped'],
        ['provenance', 'skipped'],
        ['pin', 'skipped'],
        ['lock', 'ok'],
        ['release', 'ok'],
      ]);
    });

    it('gives the samuel.lock entry an install records and the registry entry, as outputs and in the notes', () => {
      const lockEntry = [
        '[[plugins]]',
        "  name = 'wasm-example'",
        "  version = '0.1.0'",
        "  kind = 'wasm'",
        "  source = 'github.com/acme/hello'",
        '',
      ].join('\n');
      const registryEntry = [
        '[[plugins]]',
        'name = "wasm-example"',
        'repo = "github.com/acme/hello"',
        'latest = "0.1.0"',
        'versions = ["0.1.0"]',
        'description = "Greets through Samuel\'s log host function."',
        'kind = "wasm"',
        '',
      ].join('\n');
      expect(doc.lockEntry).toBe(lockEntry);
      expect(doc.registryEntry).toBe(registryEntry);
      const outputs = doc.outputs as Record<string, string>;
      expect(outputs['lock-entry']).toBe(lockEntry);
      expect(outputs['registry-entry']).toBe(registryEntry);
      const notes = readFileSync(join(out, 'release-notes.md'), 'utf8');
      expect(notes).toContain(`### Registry entry\n\n\`\`\`toml\n${registryEntry}\`\`\``);
      expect(notes).toContain(`\`\`\`toml\n${lockEntry}\`\`\``);
      const record = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8'));
      expect(record).toMatchObject({ lockEntry, registryEntry });
    });

    it('writes exactly the assets the installer downloads, plus notes and release.json', () => {
      expect(doc.assets).toEqual(['plugin.wasm', 'samuel-plugin.toml']);
      for (const f of ['plugin.wasm', 'samuel-plugin.toml', 'release-notes.md', 'release.json']) {
        expect(existsSync(join(out, f))).toBe(true);
      }
      const record = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8'));
      expect(record).toMatchObject({
        name: 'wasm-example',
        version: '0.1.0',
        kind: 'wasm',
        tag: 'v0.1.0',
        dryRun: true,
      });
      expect(readFileSync(join(out, 'release-notes.md'), 'utf8')).toContain(
        `- Digest: \`${String(doc.digest)}\``,
      );
    });

    it('publishes the module as a wasm OCI artifact in the local layout', () => {
      const index = JSON.parse(readFileSync(join(out, 'oci-layout', 'index.json'), 'utf8'));
      const entry = index.manifests.find((m: { digest: string }) => m.digest === doc.digest);
      expect(entry).toBeDefined();
      const manifest = JSON.parse(
        readFileSync(
          join(out, 'oci-layout', 'blobs', 'sha256', String(doc.digest).slice(7)),
          'utf8',
        ),
      );
      expect(manifest.config.mediaType).toBe('application/vnd.wasm.config.v0+json');
      expect(manifest.layers).toHaveLength(1);
      expect(manifest.layers[0].mediaType).toBe('application/wasm');
      expect(manifest.layers[0].digest).toBe(sha256(join(out, 'plugin.wasm')));
    });
  });

  it('releases the skill example with its manifest and SKILL.md untouched', async () => {
    const plugin = copyTemplate('skill-example');
    const out = join(work, 'skill-out');
    const r = await runCli(['release', plugin, '--dry-run', '--output', out], { cwd: work, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ validate hello-skill 0.1.0 (skill)');
    expect(r.stdout).toContain('– build    nothing to build for skill plugins');
    expect(readFileSync(join(out, 'samuel-plugin.toml'), 'utf8')).toBe(
      readFileSync(join(plugin, 'samuel-plugin.toml'), 'utf8'),
    );
  });

  describe('with a local Sigstore stack', () => {
    let stack: SigstoreStack;
    beforeAll(async () => {
      stack = await startSigstoreStack(join(work, 'trusted_root.json'));
    });
    afterAll(async () => stack.close());

    it('signs the skill, and the bundle verifies with our verify', async () => {
      const plugin = copyTemplate('skill-example');
      const out = join(work, 'signed-skill');
      const r = await runCli(
        ['release', plugin, '--dry-run', '--output', out, ...signFlags(stack)],
        { cwd: work, env },
      );
      expect(r.stderr).not.toContain('Error');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✓ sign     SKILL.md.bundle');
      expect(existsSync(join(out, 'SKILL.md.bundle'))).toBe(true);
      // The build provenance is attested with the same identity and released beside the bundle.
      expect(r.stdout).toContain('✓ provenance hello-skill.provenance.sigstore.json (1 subject)');
      expect(existsSync(join(out, 'hello-skill.provenance.sigstore.json'))).toBe(true);
      expect(JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')).assets).toContain(
        'hello-skill.provenance.sigstore.json',
      );
      const notes = readFileSync(join(out, 'release-notes.md'), 'utf8');
      expect(notes).toContain('cosign verify-blob');
      // Both ways to check the provenance, with the file and bundle of this release.
      expect(notes).toContain(
        'cosign verify-blob-attestation --bundle hello-skill.provenance.sigstore.json --type slsaprovenance1',
      );
      expect(notes).toContain(
        'gh attestation verify SKILL.md --bundle hello-skill.provenance.sigstore.json',
      );
      const v = await runCli(
        [
          'verify',
          join(plugin, 'SKILL.md'),
          '--bundle',
          join(out, 'SKILL.md.bundle'),
          '--trusted-root',
          stack.trustedRootPath,
          '--certificate-identity-regexp',
          'https://github\\.com/samuelpkg/samuel-plugin-release/.+',
        ],
        { cwd: work, env },
      );
      expect(v.stderr).toBe('');
      expect(v.code).toBe(0);
    });
  });

  describe('for an oci plugin with an image layout', () => {
    let registry: TestRegistry;
    beforeAll(async () => {
      registry = await startRegistry();
    });
    afterAll(async () => registry.stop());

    /** release --dry-run of `plugin` with a fresh one-platform image layout, pushed to the registry. */
    const releaseOci = (plugin: string, out: string, extra: string[] = []) =>
      runCli(
        [
          'release',
          plugin,
          '--dry-run',
          '--output',
          out,
          '--layout',
          imageLayout(['linux/amd64']).dir,
          '--to',
          `${registry.host}/acme/hello-oci`,
          '--insecure',
          // The test layouts hold synthetic layers: check them statically, run nothing.
          '--runtime',
          'none',
          ...extra,
        ],
        { cwd: work, env },
      );

    it('pushes nothing on a dry run, and pins [oci].image to the --to repository with the layout digest', async () => {
      const manifest = `# comments survive pinning\nname = "hello-oci"\nversion = "1.0.0"\nkind = "oci"\n\n[oci]\nimage = "${registry.host}/acme/hello-oci@sha256:${'0'.repeat(64)}"  # pinned by the release\nworkdir = "/workspace"\n`;
      const plugin = makePlugin({ 'samuel-plugin.toml': manifest });
      const out = join(work, 'oci-out');
      const r = await releaseOci(plugin, out, ['--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const released = readFileSync(join(out, 'samuel-plugin.toml'), 'utf8');
      expect(released).toBe(manifest.replace(`@sha256:${'0'.repeat(64)}`, `@${doc.digest}`));
      // What Samuel's installer reads must pass validation as a pinned release.
      const check = await runCli(['validate', join(out, 'samuel-plugin.toml'), '--tag', 'v1.0.0'], {
        cwd: work,
        env,
      });
      expect(check.code).toBe(0);
      // A dry run never pushes: the registry does not have the image.
      const res = await fetch(`http://${registry.host}/v2/acme/hello-oci/manifests/${doc.digest}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      expect(res.status).toBe(404);
      // …and the digest is the one a push of the same layout would give.
      const layoutIndex = JSON.parse(readFileSync(join(out, 'oci-layout', 'index.json'), 'utf8'));
      expect(layoutIndex.manifests.map((m: { digest: string }) => m.digest)).toContain(doc.digest);
      // The lock entry pins the digest, with each platform's manifest and config beside it.
      // (One platform: the layout holds a single manifest, whose config says its platform.)
      const platform = doc.digest as string;
      const config = JSON.parse(
        readFileSync(join(out, 'oci-layout', 'blobs', 'sha256', platform.slice(7)), 'utf8'),
      ).config.digest as string;
      expect(doc.lockEntry).toContain(`  digest = '${doc.digest}'\n`);
      expect(doc.lockEntry).toContain(
        `  platform_digests = ['linux/amd64 ${platform} ${config}']\n`,
      );
    });

    it('refuses to pin an [oci].image written as a multi-line string', async () => {
      const plugin = makePlugin({
        'samuel-plugin.toml': ociManifest(`"""${registry.host}/acme/hello-oci@${ZERO}"""`),
      });
      const r = await releaseOci(plugin, join(work, 'oci-ml'));
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('✗ pin');
      expect(r.stderr).toContain(
        '[oci].image must be a plain one-line string for the release to rewrite it',
      );
    });

    it('stops at build, saying what to add, when an oci plugin has neither a Containerfile nor a layout', async () => {
      const plugin = makePlugin({
        'samuel-plugin.toml': ociManifest(`"ghcr.io/acme/hello-oci@${ZERO}"`),
      });
      const r = await runCli(['release', plugin, '--dry-run', '--output', join(work, 'oci-none')], {
        cwd: work,
        env,
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('✗ build    hello-oci is an oci plugin without a Containerfile');
      expect(r.stdout).not.toContain('release  ');
      expect(r.stderr).toContain(
        'fix: add a Containerfile beside samuel-plugin.toml, or give the image as an OCI image layout with --layout DIR',
      );
    });

    it('pins to the repository it published to, with a notice when the manifest names another', async () => {
      const plugin = makePlugin({
        'samuel-plugin.toml': ociManifest(`"ghcr.io/acme/hello-oci@${ZERO}"`),
      });
      const out = join(work, 'oci-elsewhere');
      const r = await releaseOci(plugin, out, ['--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(readFileSync(join(out, 'samuel-plugin.toml'), 'utf8')).toContain(
        `image = "${registry.host}/acme/hello-oci@${doc.digest}"`,
      );
      const text = await releaseOci(plugin, join(work, 'oci-elsewhere-text'));
      expect(text.stdout).toContain(
        `notice: [oci].image names ghcr.io/acme/hello-oci but the image is published to ${registry.host}/acme/hello-oci; the release pins the published one [pin-repository]`,
      );
    });
  });

  describe('failures', () => {
    it('stops at validate with the findings and exit 1', async () => {
      const plugin = makePlugin({
        'samuel-plugin.toml': 'name = "Bad"\nversion = "1.0.0"\nkind = "meta"\n',
      });
      const r = await runCli(['release', plugin, '--dry-run'], { cwd: work, env });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'error: invalid plugin name "Bad": it has uppercase letters [name-pattern]',
      );
      expect(r.stdout).toContain('✗ validate');
    });

    it('reports the compiler error when the build fails', async () => {
      const plugin = copyTemplate('wasm-example');
      const src = join(plugin, 'assembly', 'index.ts');
      writeFileSync(
        src,
        readFileSync(src, 'utf8').replace(
          'return 0;\n}\n\n/** Says hello',
          'return "zero";\n}\n\n/** Says hello',
        ),
      );
      const r = await runCli(['release', plugin, '--dry-run', '--output', join(work, 'broken')], {
        cwd: work,
        env,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/asc assembly\/index\.ts --outFile .* failed \(exit code 1\)/);
      expect(r.stderr).toContain("Type '~lib/string/String' is not assignable to type 'i32'");
    }, 120_000);

    it('exits 2 for a --sign value it does not know', async () => {
      const r = await runCli(['release', '--dry-run', '--sign', 'yes'], { cwd: work, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--sign must be auto, true or false, got "yes"');
    });

    it('exits 2 when given several plugins, pointing at a job matrix', async () => {
      const r = await runCli(['release', '--dry-run', 'a', 'b'], { cwd: work, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('release takes one plugin directory');
      expect(r.stderr).toContain('fix: run release once per plugin (a job matrix in CI)');
    });

    it('stops at the audit with its finding when the module imports what Samuel does not provide', async () => {
      const plugin = copyTemplate('wasm-example');
      const src = join(plugin, 'assembly', 'index.ts');
      writeFileSync(
        src,
        readFileSync(src, 'utf8').replace(
          "@external('samuel', 'log')",
          "@external('samuel', 'log_line')",
        ),
      );
      const r = await runCli(
        ['release', plugin, '--dry-run', '--output', join(work, 'bad-import')],
        { cwd: work, env },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('✓ build');
      expect(r.stdout).toContain('✗ audit    ');
      expect(r.stdout).toContain('1 audit error');
      expect(r.stdout).toContain(
        "error: import samuel.log_line does not exist in Samuel's host module, so the module fails to link [unknown-host-function]",
      );
    }, 120_000);

    it('says how to install the compiler when it is missing', async () => {
      const plugin = copyTemplate('wasm-example');
      const r = await runCli(['release', plugin, '--dry-run', '--output', join(work, 'no-asc')], {
        cwd: work,
        env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME },
      });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('✗ build');
      expect(r.stderr).toContain('cannot run asc: the assemblyscript toolchain is not installed');
      expect(r.stderr).toContain(
        "fix: add assemblyscript to the plugin's devDependencies and run npm ci in the plugin folder",
      );
    });
  });
});
