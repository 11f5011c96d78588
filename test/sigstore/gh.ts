/**
 * Runs the real GitHub CLI (built by .ci/setup/45-provenance.sh) as a reference verifier of
 * provenance, with no GitHub credentials and a private config folder. `offline` runs it in a new
 * network namespace (`unshare -n`: only a loopback that nothing listens on), which proves that
 * verifying with `--bundle` and `--custom-trusted-root` needs no network at all. Images live in
 * a registry on the host's loopback, so for them every proxy variable points at a closed port
 * instead, with only 127.0.0.1 exempt: any request to GitHub or to a TUF mirror would fail.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from '../../src/util/exec.js';

/** gh's path: $SPR_GH from the setup script, else gh on PATH. */
export const GH = process.env.SPR_GH ?? 'gh';

/** gh reads a trusted root per line (JSON lines): our stack writes it pretty-printed. */
export async function trustedRootJsonl(trustedRootPath: string, dir: string): Promise<string> {
  const path = join(dir, 'trusted_root.jsonl');
  await writeFile(path, JSON.stringify(JSON.parse(await readFile(trustedRootPath, 'utf8'))) + '\n');
  return path;
}

/** Runs `gh attestation verify …args` without network (see above) and returns its result. */
export async function ghVerify(
  args: string[],
  mode: 'offline' | 'loopback-only',
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  const home = await mkdtemp(join(tmpdir(), 'spr-gh-home-'));
  const trap = 'http://127.0.0.1:9';
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    GH_CONFIG_DIR: join(home, 'config'),
    GH_NO_UPDATE_NOTIFIER: '1',
    GH_PROMPT_DISABLED: '1',
    NO_COLOR: '1',
    ...extraEnv,
  };
  if (mode === 'loopback-only') {
    Object.assign(env, {
      HTTPS_PROXY: trap,
      HTTP_PROXY: trap,
      https_proxy: trap,
      http_proxy: trap,
      NO_PROXY: '127.0.0.1',
      no_proxy: '127.0.0.1',
    });
  }
  const command = mode === 'offline' ? ['unshare', '-n', GH] : [GH];
  try {
    return await run(command[0]!, [...command.slice(1), 'attestation', 'verify', ...args], {
      env,
      timeoutMs: 120000,
    });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
