/**
 * `npm run bench [-- NAME ...]` runs the benchmarks (all by default). Each prints its own figures
 * and the ratio against the peer it names, measured in the same run on the same machine.
 */
import { existsSync } from 'node:fs';

const BENCHES: Record<string, string> = {
  validate: './validate.ts',
  'validate-cli': './validate-cli.ts',
  'cold-start': './cold-start.ts',
  'wasm-smoke': './wasm-smoke.ts',
  push: './push.ts',
  image: './image.ts',
  'github-upload': './github-upload.ts',
  'lock-update': './lock-update.ts',
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
let failed = 0;
for (const name of names) {
  const file = BENCHES[name];
  if (!file) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  if (!existsSync(new URL(file, import.meta.url))) {
    console.log(`${name}: not available in this checkout`);
    continue;
  }
  try {
    const mod = (await import(file)) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    failed++;
    console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log('');
}
if (failed > 0) process.exitCode = 1;
