/**
 * Turns registry error responses into messages that say the fix. The codes come from the OCI
 * distribution spec's error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. The registry's
 * words are untrusted text: they are made inert (no workflow commands, secrets redacted, control
 * characters shown) and cut to a few hundred characters, saying how much was cut.
 */
import { inertLog } from '../report/index.js';
import { credentialFix } from './auth.js';
import type { Credential } from './credentials.js';
import { RegistryError } from './errors.js';
import type { HttpResponse } from './http.js';

/** Longest piece of registry text quoted in a message. */
export const MAX_QUOTED = 300;

/** Registry text made safe to print: inert, one line, at most MAX_QUOTED characters. */
export function quoteRegistryText(text: string, alreadyCut = 0): string {
  const flat = inertLog(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const over = flat.length - MAX_QUOTED;
  if (over <= 0 && alreadyCut <= 0) return flat;
  const kept = over > 0 ? flat.slice(0, MAX_QUOTED) : flat;
  const dropped = (over > 0 ? over : 0) + alreadyCut;
  return `${kept}… [${dropped} more ${alreadyCut > 0 ? 'bytes' : 'characters'} cut]`;
}

/** The first error code and message in a registry error body, when it has one. */
export function registryError(res: HttpResponse): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(res.body.toString('utf8')) as {
      errors?: { code?: unknown; message?: unknown }[];
    };
    const first = parsed.errors?.[0];
    if (!first) return {};
    const code =
      typeof first.code === 'string' && /^[A-Z_]{1,64}$/.test(first.code) ? first.code : undefined;
    const message = typeof first.message === 'string' ? first.message : undefined;
    return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
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
): RegistryError {
  const { code, message } = registryError(res);
  // Without an OCI error body, quote the start of whatever came (an HTML proxy page, say).
  const text =
    message ?? (code === undefined && res.body.length > 0 ? res.body.toString('utf8') : undefined);
  const quoted = text !== undefined ? quoteRegistryText(text, res.cut) : undefined;
  const detail = `${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${quoted ? ` (${quoted})` : ''}`;
  const fields = { status: res.status, ...(code ? { registryCode: code } : {}) };
  if (res.status === 401) {
    return new RegistryError(`${target.registry} rejected our credentials — ${detail}`, {
      ...fields,
      fix: target.credential
        ? `the credential from ${target.credential.source} is not accepted; renew it or ${credentialFix(target.registry)}`
        : credentialFix(target.registry),
    });
  }
  if (res.status === 403 || code === 'DENIED') {
    return new RegistryError(
      `${target.registry} denied access to ${target.repository} — ${detail}`,
      {
        ...fields,
        fix: permissionFix(target.registry, target.repository),
      },
    );
  }
  if (code === 'NAME_INVALID') {
    return new RegistryError(
      `${target.registry} rejected the repository name ${target.repository} — ${detail}`,
      { ...fields, fix: 'use a lowercase name of the form registry/owner/name' },
    );
  }
  if (code === 'MANIFEST_INVALID' || code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
    return new RegistryError(`${target.registry} rejected a manifest — ${detail}`, {
      ...fields,
      fix: 'a blob the manifest references is missing from the registry; re-run the step so the blobs are uploaded first',
    });
  }
  return new RegistryError(detail, {
    ...fields,
    fix: 'check the registry address and that it speaks the OCI distribution API; re-run the step if it was a passing outage',
  });
}
