import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const publishCommand: CommandSpec = {
  name: 'publish',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the publish command is not available yet');
  },
};

