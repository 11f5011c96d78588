/**
 * The real Samuel CLI as a test oracle (contract §8): a throw-away HOME and project, a registry
 * `index.toml` whose entries point where the test says, `samuel install`, then
 * `samuel doctor --json` read from its `data.summary`. `.ci/run` builds the binary from
 * Samuel's source (`$SPR_SAMUEL`); a missing binary fails the tests, never skips them.
 */
import { expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SAMUEL = process.env.SPR_SAMUEL ?? '';

/** Fails loudly when the oracle is missing: these tests never skip. */
export function requireSamuel(): void {
  if (SAMUEL && existsSync(SAMUEL)) return;
  throw new Error(
    'the real Samuel CLI is missing (SPR_SAMUEL): run bash .ci/run, or .ci/setup/50-samuel.sh, which builds it from ../shared/reference/samuel-src',
  );
}

export interface RegistryEntry {
  name: string;
  repo: string;
  latest: string;
  kind: string;
  signature_bundle?: string;
}

export interface SamuelWorld {
  home: string;
  project: string;
  /** Writes the registry index and the project's samuel.toml naming it. */
  registry(entries: RegistryEntry[], name?: string): void;
  run(
    args: string[],
    env?: NodeJS.ProcessEnv,
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  install(
    name: string,
    extra?: string[],
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  /** `samuel doctor --json`: the summary and the failed checks. */
  doctor(): Promise<{ failed: number; failures: { component: string; message: string }[] }>;
  /** Seeds Samuel's cached Sigstore trust root (fresh for 24 h) with another instance's. */
  trustRoot(json: string): void;
  close(): void;
}

export function samuelWorld(): SamuelWorld {
  const root = mkdtempSync(join(tmpdir(), 'spr-samuel-'));
  const home = join(root, 'home');
  const project = join(root, 'project');
  mkdirSync(home);
  mkdirSync(project);
  const world: SamuelWorld = {
    home,
    project,
    registry(entries, name = 'local') {
      const index = join(root, 'index.toml');
      const toml = ['schema_version = 1', ''];
      for (const e of entries) {
        toml.push('[[plugins]]');
        for (const [k, v] of Object.entries(e)) toml.push(`${k} = ${JSON.stringify(v)}`);
        toml.push('');
      }
      writeFileSync(index, toml.join('\n'));
      writeFileSync(
        join(project, 'samuel.toml'),
        `[[registries]]\nname = "${name}"\nurl = "file://${index}"\ndefault = true\n`,
      );
    },
    run(args, env = {}) {
      return new Promise((resolve) => {
        execFile(
          SAMUEL,
          args,
          {
            cwd: project,
            env: { PATH: process.env.PATH, HOME: home, NO_COLOR: '1', ...env },
            timeout: 120_000,
            maxBuffer: 16 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      });
    },
    install(name, extra = []) {
      return world.run(['install', name, '--yes', '--non-interactive', ...extra]);
    },
    async doctor() {
      // Builtins and the project layout are set up once, as `samuel doctor --fix` does.
      await world.run(['doctor', '--fix', '--json']);
      const r = await world.run(['doctor', '--json']);
      const doc = JSON.parse(r.stdout) as {
        data: {
          summary: { failed: number };
          checks: { ok: boolean; component: string; message: string }[];
        };
      };
      return {
        failed: doc.data.summary.failed,
        failures: doc.data.checks
          .filter((c) => !c.ok)
          .map(({ component, message }) => ({ component, message })),
      };
    },
    trustRoot(json) {
      const dir = join(home, '.samuel', 'cache', 'sigstore', 'trust-root', 'unversioned');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'trusted_root.json'), json);
    },
    close() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  return world;
}

/** What `samuel doctor --json` says: the number of failed checks and each one. */
export type DoctorReport = Awaited<ReturnType<SamuelWorld['doctor']>>;

/**
 * `samuel install NAME --yes` from one registry entry, in a world of its own: with `trustedRoot`
 * through a registry that verifies signatures (seeded with that Sigstore root), else unsigned
 * through a `local` registry with --allow-unsigned. `env` reaches Samuel (the github.com
 * stand-in, a podman sandbox). Returns what install printed and, when it succeeded, doctor's
 * report.
 */
export async function installFromEntry(
  entry: RegistryEntry,
  options: { trustedRoot?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ install: { code: number; stdout: string; stderr: string }; doctor?: DoctorReport }> {
  const world = samuelWorld();
  try {
    if (options.trustedRoot !== undefined) world.trustRoot(options.trustedRoot);
    world.registry([entry], options.trustedRoot !== undefined ? 'trusted' : 'local');
    const install = await world.run(
      [
        'install',
        entry.name,
        '--yes',
        '--non-interactive',
        ...(options.trustedRoot !== undefined ? [] : ['--allow-unsigned']),
      ],
      options.env ?? {},
    );
    return { install, ...(install.code === 0 ? { doctor: await world.doctor() } : {}) };
  } finally {
    world.close();
  }
}

/** Samuel v2.3 records an oci install but never creates its folder: doctor's one failure then. */
export const ociDoctor = (name: string): DoctorReport => ({
  failed: 1,
  failures: [
    {
      component: `plugin:${name}`,
      message: expect.stringContaining('installed dir missing') as unknown as string,
    },
  ],
});
