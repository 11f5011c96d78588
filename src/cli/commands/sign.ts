import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const signCommand: CommandSpec = {
  name: 'sign',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the sign command is not available yet');
  },
};

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the verify command is not available yet');
  },
};

