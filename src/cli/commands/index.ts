/** Every subcommand, in pipeline order. */
import type { CommandSpec } from '../command.js';
import { validateCommand } from './validate.js';
import { auditCommand, buildCommand, smokeCommand } from './wasm.js';
import { publishCommand } from './publish.js';
import { signCommand, verifyCommand } from './sign.js';
import { releaseCommand } from './release.js';
import { initCommand } from './init.js';
import { listCommand } from './list.js';
import { lockCommand } from './lock.js';

export const COMMANDS: CommandSpec[] = [
  initCommand,
  validateCommand,
  buildCommand,
  auditCommand,
  smokeCommand,
  publishCommand,
  signCommand,
  verifyCommand,
  releaseCommand,
  lockCommand,
  listCommand,
];
