/**
 * podman in a throw-away folder: its own storage, run and tmp dirs (so concurrent tests never
 * share state), runc as the runtime, and plain http allowed to the test registry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the config files under `dir` and returns the environment that points podman at them. */
export function podmanSandbox(dir: string, registryHost: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'registries.conf'),
    `[[registry]]\nlocation = "${registryHost}"\ninsecure = true\n`,
  );
  writeFileSync(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\nrunroot = "${dir}/run"\ngraphroot = "${dir}/graph"\n`,
  );
  writeFileSync(
    join(dir, 'containers.conf'),
    `[engine]\nruntime = "runc"\ntmp_dir = "${dir}/tmp"\n`,
  );
  return {
    CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
    CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
    CONTAINERS_CONF: join(dir, 'containers.conf'),
  };
}
