// The CLI from source in a process of its own, for tests that need a real environment
// (TMPDIR, signals): `node --import tsx test/helpers/cli-entry.ts <command> …`.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
