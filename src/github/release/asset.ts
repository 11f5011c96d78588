/**
 * A release asset's bytes, read the one way every caller reads them: through the API (so a
 * token reaches a private repository), then the redirect to signed storage without the token
 * (storage refuses a second credential, and must never see it), at most `maxBytes`.
 */
import { IoError } from '../../errors.js';
import { formatBytes } from '../../util/files.js';
import { createDownloader } from '../../lock/download.js';
import type { GitHubClient } from './client.js';

/** Downloads asset `assetId` of `owner/repo`; over `maxBytes` is an IoError naming `what`. */
export async function downloadAsset(
  client: GitHubClient,
  owner: string,
  repo: string,
  assetId: number,
  options: { env: NodeJS.ProcessEnv; maxBytes: number; what: string },
): Promise<Buffer> {
  const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    owner,
    repo,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' },
    request: { redirect: 'manual', parseSuccessResponseBody: false },
  });
  const status = response.status as number;
  const body = response.data as unknown as ReadableStream<Uint8Array> | null;
  if (status >= 300 && status < 400) {
    await body?.cancel().catch(() => undefined);
    const location = (response.headers as Record<string, string | undefined>).location;
    if (!location) throw new Error(`GitHub answered HTTP ${status} without a location`);
    const downloader = createDownloader({ env: options.env, attempts: 2 });
    try {
      const data = await downloader.get(new URL(location, response.url).href, options);
      if (data === undefined) throw new Error('the asset storage answered 404');
      return data;
    } finally {
      await downloader.close();
    }
  }
  return readBounded(body, options.maxBytes, options.what);
}

async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  what: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (body) {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      // Leaving the loop by a throw cancels the stream: nothing more is read.
      if (size > maxBytes) {
        throw new IoError(`the ${what} is over the ${formatBytes(maxBytes)} limit`, {
          fix: `a ${what} larger than ${formatBytes(maxBytes)} is not accepted`,
        });
      }
      chunks.push(Buffer.from(chunk));
    }
  }
  return Buffer.concat(chunks);
}
