/**
 * The error a registry (or a store standing in for one) raises. "Not found" and every other
 * answer travel as `status` and the registry's own error `registryCode`, so callers branch on
 * fields, never on message text.
 */
import { ReleaseError } from '../errors.js';

/** A registry answered something we cannot go on with (or a store holds no such content). */
export class RegistryError extends ReleaseError {
  /** The HTTP status, when the failure was an answer (a layout store uses 404 for "absent"). */
  readonly status?: number;
  /** The first code of the OCI error body (`MANIFEST_UNKNOWN`, `DENIED`, …), when there was one. */
  readonly registryCode?: string;

  constructor(
    message: string,
    options: { cause?: unknown; fix?: string; status?: number; registryCode?: string } = {},
  ) {
    super('REGISTRY', message, options);
    if (options.status !== undefined) this.status = options.status;
    if (options.registryCode !== undefined) this.registryCode = options.registryCode;
  }
}

/** True for "there is no such manifest, tag or blob" from any store. */
export function isNotFound(e: unknown): boolean {
  return e instanceof RegistryError && e.status === 404;
}
