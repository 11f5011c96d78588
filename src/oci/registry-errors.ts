/**
 * Turns registry error responses into messages that say the fix. The codes come from the OCI
 * distribution spec's error body: `{"errors":[{"code":"DENIED","message":"…"}]}`.
 */
import { ReleaseError } from '../errors.js';
import { credentialFix } from './auth.js';
import type { Credential } from './credentials.js';
import type { HttpResponse } from './http.js';

/** The first error code and message in a registry error body, when it has one. */
export function registryError(res: HttpResponse): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(res.body.toString('utf8')) as {
      errors?: { code?: string; message?: string }[];
    };
    const first = parsed.errors?.[0];
    return first ? { code: first.code, message: first.message } : {};
  } catch {
    return {};
  }
}

/** The fix for a 403 when pushing: GitHub's two usual causes, named exactly. */
export function permissionFix(registry: string, repository: string): string {
  const owner = repository.split('/')[0] ?? '';
  const name = repository.split('/').slice(1).join('/');
  const pkg =
    registry === 'ghcr.io'
      ? ` (https://github.com/${owner}?tab=packages → ${name} → Package settings)`
      : '';
  return (
    'give the token write access: in GitHub Actions add `permissions: packages: write` to the job; ' +
    `if the package already exists, add this repository under "Manage Actions access" in the package's settings${pkg} with the Write role`
  );
}

/** A REGISTRY error for an unexpected status, with the fix that status usually needs. */
export function statusError(
  res: HttpResponse,
  what: string,
  target: { registry: string; repository: string; credential?: Credential },
): ReleaseError {
  const { code, message } = registryError(res);
  const detail = `${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}`;
  if (res.status === 401) {
    return new ReleaseError('REGISTRY', `${target.registry} rejected our credentials — ${detail}`, {
      fix: target.credential
        ? `the credential from ${target.credential.source} is not accepted; renew it or ${credentialFix(target.registry)}`
        : credentialFix(target.registry),
    });
  }
  if (res.status === 403 || code === 'DENIED') {
    return new ReleaseError(
      'REGISTRY',
      `${target.registry} denied access to ${target.repository} — ${detail}`,
      {
        fix: permissionFix(target.registry, target.repository),
      },
    );
  }
  if (code === 'NAME_INVALID') {
    return new ReleaseError(
      'REGISTRY',
      `${target.registry} rejected the repository name ${target.repository} — ${detail}`,
      {
        fix: 'use a lowercase name of the form registry/owner/name',
      },
    );
  }
  if (code === 'MANIFEST_INVALID' || code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
    return new ReleaseError('REGISTRY', `${target.registry} rejected a manifest — ${detail}`, {
      fix: 'a blob the manifest references is missing from the registry; re-run the step so the blobs are uploaded first',
    });
  }
  return new ReleaseError('REGISTRY', detail, {
    fix: 'check the registry address and that it speaks the OCI distribution API; re-run the step if it was a passing outage',
  });
}
