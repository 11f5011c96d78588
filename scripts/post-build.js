// Normalises the ncc output so a rebuild on any machine gives byte-identical files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../dist/', import.meta.url).pathname;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.js')) continue;
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  writeFileSync(file, text.endsWith('\n') ? text : text + '\n');
}
