/** Runs the real cosign (installed by .ci/setup/40-sigstore.sh) as the reference verifier. */
import { run, type RunResult } from '../../src/util/exec.js';

/** cosign's path: $SPR_COSIGN from the setup script, else cosign on PATH. */
export const COSIGN = process.env.SPR_COSIGN ?? 'cosign';

/** Runs cosign offline (no TUF, no network) and returns its result. */
export async function cosign(args: string[]): Promise<RunResult> {
  const home = process.env.SPR_COSIGN_HOME ?? '/tmp/spr-cosign-home';
  return run(COSIGN, args, {
    // A private HOME keeps cosign from reading or caching a TUF root from the user's one.
    env: { ...process.env, HOME: home, TUF_ROOT: `${home}/.sigstore/root` },
    timeoutMs: 60000,
  });
}
