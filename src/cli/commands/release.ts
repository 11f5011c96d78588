import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const releaseCommand: CommandSpec = {
  name: 'release',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the release command is not available yet');
  },
};
