#!/usr/bin/env node
// Entry for the actions: `node bin/action.js <command>` runs one command with the step's inputs.
import { runAction } from '../dist/index.js';

await runAction(process.argv[2] ?? 'release');
