import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the build command is not available yet');
  },
};

export const auditCommand: CommandSpec = {
  name: 'audit',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the audit command is not available yet');
  },
};

export const smokeCommand: CommandSpec = {
  name: 'smoke',
  summary: 'Not available yet.',
  positionals: '[PLUGIN_DIR]',
  options: {},
  async run() {
    throw new UsageError('the smoke command is not available yet');
  },
};

