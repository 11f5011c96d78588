/**
 * `lock update [NAME[@RANGE] ...]` and `lock check`, for projects that consume plugins: pin
 * released, verified entries into samuel.lock the way `samuel install` writes them, and check
 * in pull requests that every entry is a published, signed release with the digest recorded.
 */
import type { CommandSpec } from '../command.js';
import { flagsOf } from '../command.js';
import { lockGroup, registryGroup } from '../../options/index.js';

export const lockCommand: CommandSpec = {
  name: 'lock',
  summary:
    "Pin plugins in a project's samuel.lock to verified releases (update), or check that it still matches them (check).",
  positionals: 'update [NAME[@VERSION] ...] | check',
  positionalInputs: ['command', 'plugins'],
  // --insecure as everywhere: plain http to an image registry on this machine (oci plugins).
  options: flagsOf([lockGroup], { insecure: registryGroup.flags.insecure! }),
  async run(ctx) {
    const { runLock } = await import('./lock-run.js');
    return runLock(ctx);
  },
};
