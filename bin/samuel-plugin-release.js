#!/usr/bin/env node
// The CLI: a thin wrapper over the bundled program in dist/. Node >= 22.1 keeps compiled code
// in its on-disk compile cache between runs, which shortens every later start.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/index.js');
process.exitCode = await main(process.argv.slice(2));
