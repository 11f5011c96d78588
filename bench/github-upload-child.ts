/**
 * The measured sides of the github-upload benchmark, bundled on their own (ncc) and run with
 * plain node, so a sample costs what a release costs a user. API and SERVER are the fake's base
 * URLs (GITHUB_API_URL, GITHUB_SERVER_URL), GITHUB_TOKEN its token; the files are FILE... (asset
 * name = base name). Every form is `node child.js MODE API SERVER TAG FILE...`:
 *
 *   node child.js ours TAG FILE...     publishRelease (src/github/release/publish.ts) with the
 *                                       client the release step builds
 *   node child.js ours-nospacing TAG FILE...   the same without the 1 s between writes
 *   node child.js bare TAG FILE...     @octokit/core alone: create a draft, upload each file,
 *                                       publish, then download each anonymously and check its
 *                                       sha256 as ours does — the fewest requests that give the
 *                                       same checked release (none of ours' resume checks)
 *
 * Each prints one JSON line with the requests it made.
 */
import { basename } from 'node:path';

const [mode, api, server, tag, ...files] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_API_URL: api, GITHUB_SERVER_URL: server };
const [owner, repo] = ['acme', 'hello'];

if (mode === 'ours' || mode === 'ours-nospacing') {
  const { githubClient, publishRelease, serverUrl } =
    await import('../src/github/release/index.js');
  const result = await publishRelease({
    client: githubClient({ env, ...(mode === 'ours-nospacing' ? { writeSpacingMs: 0 } : {}) }),
    owner,
    repo,
    tag: tag!,
    title: `bench ${tag}`,
    body: 'Benchmark release.',
    files: files.map((path) => ({ name: basename(path), path })),
    prerelease: false,
    version: tag!.replace(/^v/, ''),
    serverUrl: serverUrl(env),
  });
  if (result.assets.length !== files.length) throw new Error('not every asset was released');
  console.log(JSON.stringify(result.requests));
} else if (mode === 'bare') {
  const { Octokit } = await import('@octokit/core');
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  const octokit = new Octokit({ auth: env.GITHUB_TOKEN, baseUrl: env.GITHUB_API_URL });
  let requests = 0;
  const draft = await octokit.request('POST /repos/{owner}/{repo}/releases', {
    owner,
    repo,
    tag_name: tag!,
    name: `bench ${tag}`,
    body: 'Benchmark release.',
    draft: true,
  });
  requests++;
  for (const path of files) {
    await octokit.request({
      method: 'POST',
      url: draft.data.upload_url,
      name: basename(path),
      data: createReadStream(path),
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': (await stat(path)).size,
      },
    });
    requests++;
  }
  await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
    owner,
    repo,
    release_id: draft.data.id,
    draft: false,
  });
  requests++;
  const { createHash } = await import('node:crypto');
  const { readFile } = await import('node:fs/promises');
  for (const path of files) {
    const url = `${env.GITHUB_SERVER_URL}/${owner}/${repo}/releases/download/${tag}/${basename(path)}`;
    const res = await fetch(url);
    const got = createHash('sha256')
      .update(new Uint8Array(await res.arrayBuffer()))
      .digest('hex');
    const want = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    if (got !== want) throw new Error(`${url}: sha256 ${got}, expected ${want}`);
    requests++;
  }
  console.log(JSON.stringify({ requests }));
} else {
  console.error('usage: child.js ours|ours-nospacing|bare TAG FILE...');
  process.exit(2);
}
