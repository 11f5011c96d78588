/**
 * Keyless signing through Sigstore: an ephemeral key certified by Fulcio for the OIDC identity,
 * the signature recorded in Rekor (and optionally timestamped by a TSA), packaged as a v0.3
 * bundle — the format cosign v3 writes and Samuel's sigstore-go verifier reads.
 */
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Bundle,
  type BundleBuilder,
  type Witness,
} from '@sigstore/sign';
import { BUNDLE_V03_MEDIA_TYPE, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { ReleaseError } from '../errors.js';

/** The public-good Sigstore instance. */
export const PUBLIC_GOOD = {
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
} as const;

/** Retry schedule for transient Fulcio/Rekor/TSA failures (5xx, 408, 429, network errors). */
export interface RetryPolicy {
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  factor: number;
}

/**
 * A long budget (about four minutes): a release should survive a short public-good outage
 * rather than leave a published but unsigned artifact behind.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 8,
  minTimeoutMs: 2000,
  maxTimeoutMs: 60000,
  factor: 2,
};

/** Where and as whom to sign. */
export interface SignOptions {
  /** The OIDC identity token (audience `sigstore`). */
  identityToken: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  /** RFC 3161 timestamp authority; none by default (Rekor's integrated time is the timestamp). */
  tsaUrl?: string;
  retry?: RetryPolicy;
  /** Per-request timeout in milliseconds (default 30 s). */
  timeoutMs?: number;
  /**
   * trusted_root.json of the Sigstore instance signing here (default: public-good over TUF).
   * Used to check an earlier signature before a re-run reuses it.
   */
  trustedRoot?: string;
}

type BundleKind = 'messageSignature' | 'dsseEnvelope';

function builder(kind: BundleKind, options: SignOptions): BundleBuilder {
  const retry = options.retry ?? DEFAULT_RETRY;
  const fetchOptions = {
    retry: {
      retries: retry.retries,
      minTimeout: retry.minTimeoutMs,
      maxTimeout: retry.maxTimeoutMs,
      factor: retry.factor,
    },
    timeout: options.timeoutMs ?? 30000,
  };
  const token = options.identityToken;
  const signer = new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl ?? PUBLIC_GOOD.fulcioUrl,
    identityProvider: { getToken: () => Promise.resolve(token) },
    ...fetchOptions,
  });
  const witnesses: Witness[] = [
    new RekorWitness({
      rekorBaseURL: options.rekorUrl ?? PUBLIC_GOOD.rekorUrl,
      entryType: 'dsse',
      // A re-run of a release proposes an entry Rekor already has: reuse it instead of failing.
      fetchOnConflict: true,
      ...fetchOptions,
    }),
  ];
  if (options.tsaUrl)
    witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, ...fetchOptions }));
  return kind === 'messageSignature'
    ? new MessageSignatureBundleBuilder({ signer, witnesses })
    : new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
}

/**
 * sigstore-js packages message signatures as v0.2 bundles (a one-element certificate chain).
 * v0.3 carries the leaf certificate alone; nothing that is signed or logged changes.
 */
function toV03(bundle: Bundle): Bundle {
  const content = bundle.verificationMaterial.content;
  if (content.$case !== 'x509CertificateChain')
    return { ...bundle, mediaType: BUNDLE_V03_MEDIA_TYPE };
  const leaf = content.x509CertificateChain.certificates[0];
  if (!leaf) throw new ReleaseError('SIGN', 'Fulcio returned an empty certificate chain');
  return {
    ...bundle,
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      ...bundle.verificationMaterial,
      content: { $case: 'certificate', certificate: leaf },
    },
  };
}

/** Signs `data` (a message signature) or a DSSE payload of `payloadType`, returning a v0.3 bundle. */
export async function createBundle(
  kind: BundleKind,
  artifact: { data: Buffer; type?: string },
  options: SignOptions,
): Promise<SerializedBundle> {
  try {
    const bundle = await builder(kind, options).create(artifact);
    return bundleToJSON(toV03(bundle));
  } catch (e) {
    throw signingError(e, options);
  }
}

/** Turns a sigstore-js failure into an error that names the service and what to check. */
function signingError(e: unknown, options: SignOptions): ReleaseError {
  if (e instanceof ReleaseError) return e;
  const code = (e as { code?: string }).code ?? '';
  const detail = e instanceof Error ? e.message : String(e);
  if (code.startsWith('IDENTITY_')) {
    return new ReleaseError('SIGN', `the identity token cannot be used: ${detail}`, {
      cause: e,
      fix: 'pass a raw OIDC JWT to --identity-token, or leave it empty to use the GitHub Actions token',
    });
  }
  if (code.startsWith('CA_')) {
    const url = options.fulcioUrl ?? PUBLIC_GOOD.fulcioUrl;
    return new ReleaseError(
      'SIGN',
      `Fulcio at ${url} did not issue a signing certificate: ${detail}`,
      {
        cause: e,
        fix: 'check --fulcio-url and that the identity token is fresh and has audience "sigstore"; re-run the job if Fulcio was down',
      },
    );
  }
  if (code.startsWith('TLOG_')) {
    const url = options.rekorUrl ?? PUBLIC_GOOD.rekorUrl;
    return new ReleaseError('SIGN', `Rekor at ${url} did not record the signature: ${detail}`, {
      cause: e,
      fix: 'check --rekor-url; re-run the job if Rekor was down (an entry it already has is reused)',
    });
  }
  if (code.startsWith('TSA_')) {
    return new ReleaseError(
      'SIGN',
      `the timestamp authority at ${options.tsaUrl} did not timestamp the signature: ${detail}`,
      {
        cause: e,
        fix: 'check --tsa-url, or leave it empty to rely on the Rekor timestamp',
      },
    );
  }
  return new ReleaseError('SIGN', `signing failed: ${detail}`, { cause: e });
}
