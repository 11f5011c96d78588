import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the validate command is not available yet');
  },
};
