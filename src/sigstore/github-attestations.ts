/**
 * Records an attestation with GitHub's artifact attestations API, as actions/attest does, so
 * `gh attestation verify` finds it without a bundle file and the repository lists it. It needs
 * `permissions: attestations: write`, and private repositories need a plan that has the
 * feature: when it is not available the release goes on and a notice says why — the bundle is
 * already attached to the image and uploaded as a release asset.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import type { GitHubClient } from '../github/release/client.js';
import { inertLog, type Reporter } from '../report/index.js';

/** What happened to the upload. */
export type AttestationUpload =
  { recorded: true; id?: number; url: string } | { recorded: false; reason: string };

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' && s > 0 ? s : undefined;
}

/** GitHub's own words, made inert (it is text from a server) and kept to one line. */
function messageOf(e: unknown): string {
  const data = (e as { response?: { data?: { message?: unknown } } })?.response?.data;
  const raw = typeof data?.message === 'string' ? data.message : (e as Error)?.message;
  return inertLog(String(raw ?? 'no message')).split('\n')[0] ?? '';
}

/** Why the upload failed, and what to do about it. */
function explain(e: unknown): string {
  const status = statusOf(e);
  const said = messageOf(e);
  if (status === 403 && /not available/i.test(said)) {
    return `GitHub says: ${said} The attestation is still attached to the image and uploaded as a release asset; artifact attestations in private repositories need GitHub Enterprise Cloud`;
  }
  if (status === 403 || status === 401) {
    return `GitHub refused it (${status}: ${said}); grant \`permissions: attestations: write\` to the release job to record attestations with GitHub`;
  }
  if (status === 404) {
    return `GitHub answered 404 (${said}): this server has no attestations API, or the token cannot see the repository`;
  }
  return `the request failed (${status ?? 'network'}: ${said}); the bundle is still in the release assets`;
}

/**
 * Uploads `bundle` to `POST /repos/{owner}/{repo}/attestations`. Never throws: a failure comes
 * back as `{ recorded: false, reason }`, also reported as a notice when a reporter is given.
 */
export async function recordAttestation(
  client: Pick<GitHubClient, 'request'>,
  repository: string,
  bundle: SerializedBundle,
  reporter?: Reporter,
  serverUrl = 'https://github.com',
): Promise<AttestationUpload> {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    return { recorded: false, reason: `"${repository}" is not owner/repo` };
  }
  try {
    const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
      owner,
      repo,
      bundle: bundle as unknown as Record<string, unknown>,
    });
    const id = (response.data as { id?: unknown }).id;
    const url = `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/attestations${typeof id === 'number' ? `/${id}` : ''}`;
    reporter?.info(`provenance recorded with GitHub's attestations API: ${url}`);
    return typeof id === 'number' ? { recorded: true, id, url } : { recorded: true, url };
  } catch (e) {
    const reason = explain(e);
    reporter?.finding({
      severity: 'notice',
      rule: 'attestations-api',
      message: `the provenance was not recorded with GitHub's attestations API: ${reason}`,
    });
    return { recorded: false, reason };
  }
}
