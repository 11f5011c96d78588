/**
 * The measured side of the push benchmark, bundled on its own (ncc) and run with plain node, so
 * a sample costs what publishing costs a user: `node push-child.js LAYOUT TARGET [--no-upload]`.
 * With --no-upload it fails when any blob was sent (the re-publish row must send none);
 * SPR_BENCH_CHUNK_MIB sets the PATCH chunk size (to compare upload shapes).
 */
import { openStore, publishLayout } from '../src/oci/index.js';

const [layout, target, flag] = process.argv.slice(2);
const chunkMiB = Number(process.env.SPR_BENCH_CHUNK_MIB);
const store = await openStore(target!, {
  insecure: true,
  env: {},
  ...(chunkMiB > 0 ? { chunkSize: chunkMiB * 1024 * 1024 } : {}),
});
const result = await publishLayout(layout!, store, { tags: ['bench'] });
if (flag === '--no-upload' && result.stats.uploaded > 0) {
  console.error(`re-publish sent ${result.stats.uploaded} blobs`);
  process.exit(3);
}
console.log(JSON.stringify(result.stats));
