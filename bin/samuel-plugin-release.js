#!/usr/bin/env node
// The CLI: a thin wrapper over the bundled program in dist/.
import { main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2));
