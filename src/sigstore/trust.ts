/**
 * The trust anchors a verification checks against: a `trusted_root.json` file (a private
 * Sigstore instance, or offline use), else the public-good root fetched and checked over TUF.
 */
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigurationError, IoError, ReleaseError } from '../errors.js';

/** Loads trust material from `trustedRootPath`, or from the public-good TUF repository. */
export async function loadTrustMaterial(trustedRootPath?: string): Promise<TrustMaterial> {
  if (!trustedRootPath) {
    try {
      return toTrustMaterial(await getTrustedRoot());
    } catch (e) {
      throw new ReleaseError(
        'VERIFY',
        'cannot fetch the public-good Sigstore trusted root over TUF',
        {
          cause: e,
          fix: 'check network access to tuf-repo-cdn.sigstore.dev, or pass --trusted-root FILE',
        },
      );
    }
  }
  let text: string;
  try {
    text = await readFile(trustedRootPath, 'utf8');
  } catch (e) {
    throw new IoError(`cannot read the trusted root ${trustedRootPath}`, {
      cause: e,
      fix: 'check the --trusted-root path',
    });
  }
  try {
    const root = TrustedRoot.fromJSON(JSON.parse(text));
    if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
      throw new Error('it lists no certificate authority or no transparency log');
    }
    return toTrustMaterial(root);
  } catch (e) {
    throw new ConfigurationError(
      `${trustedRootPath} is not a usable Sigstore trusted_root.json: ${(e as Error).message}`,
      {
        cause: e,
        fix: 'pass the trusted_root.json of your Sigstore instance (e.g. from `cosign trusted-root create` or its TUF repository)',
        position: { file: trustedRootPath },
      },
    );
  }
}
