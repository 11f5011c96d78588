/**
 * podman and buildah in throw-away storage: their own storage, run and tmp folders under one
 * temporary folder, runc as the runtime (crun fails on hybrid cgroups) and ulimits that need no
 * CAP_SYS_RESOURCE. Removing the folder cleans up without touching any other podman on the
 * machine, and nothing from earlier builds or pulls leaks in.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLoopbackHost } from '../oci/reference.js';
import { run } from '../util/exec.js';

export interface PodmanSandbox {
  dir: string;
  /** The caller's environment pointed at the sandbox's config files. */
  env: NodeJS.ProcessEnv;
  /** Removes every container of the sandbox, then the folder. */
  dispose(): Promise<void>;
}

/**
 * Creates a sandbox. `insecureRegistries` (loopback hosts only, e.g. a test registry) are
 * reached over plain http unless the caller already names a registries.conf.
 */
export async function podmanSandbox(
  env: NodeJS.ProcessEnv,
  options: { insecureRegistries?: string[]; prefix?: string } = {},
): Promise<PodmanSandbox> {
  const dir = await mkdtemp(join(tmpdir(), options.prefix ?? 'spr-podman-'));
  const storage = join(dir, 'storage.conf');
  await writeFile(
    storage,
    `[storage]\ndriver = "vfs"\nrunroot = "${join(dir, 'run')}"\ngraphroot = "${join(dir, 'graph')}"\n`,
  );
  const containers = join(dir, 'containers.conf');
  await writeFile(
    containers,
    `[engine]\nruntime = "runc"\ntmp_dir = "${join(dir, 'tmp')}"\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n`,
  );
  const out: NodeJS.ProcessEnv = {
    ...env,
    CONTAINERS_STORAGE_CONF: storage,
    CONTAINERS_CONF: env.CONTAINERS_CONF ?? containers,
  };
  const insecure = (options.insecureRegistries ?? []).filter(isLoopbackHost);
  if (insecure.length && !env.CONTAINERS_REGISTRIES_CONF) {
    const registries = join(dir, 'registries.conf');
    await writeFile(
      registries,
      insecure.map((h) => `[[registry]]\nlocation = "${h}"\ninsecure = true\n`).join('\n'),
    );
    out.CONTAINERS_REGISTRIES_CONF = registries;
  }
  return {
    dir,
    env: out,
    async dispose() {
      await run('podman', ['rm', '--all', '--force'], { env: out }).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
