/**
 * The contract between the parts that write OCI content (publish, sign) and the places it can
 * go: a remote registry or a local OCI image layout directory. Both implement `OciStore`.
 */

/** An OCI content descriptor. */
export interface Descriptor {
  mediaType: string;
  /** `sha256:<64 hex>` */
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string; 'os.version'?: string };
}

/** One repository in a registry or one OCI image layout directory. */
export interface OciStore {
  /** Human-readable location, e.g. `127.0.0.1:5000/acme/plugin` or `oci-layout:/tmp/out`. */
  readonly location: string;
  /** Uploads a blob unless the store already has it, and returns its descriptor. */
  pushBlob(data: Uint8Array, mediaType: string): Promise<Descriptor>;
  /**
   * Uploads a manifest (or index) by digest, then under `tag` when given. When the manifest has
   * a `subject` and the store has no referrers API, the store also updates the
   * `sha256-<hex>` tag-schema fallback index so `referrers()` finds it.
   */
  pushManifest(data: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor>;
  /** Fetches a manifest by tag or digest. */
  getManifest(reference: string): Promise<{ descriptor: Descriptor; bytes: Uint8Array }>;
  /** Fetches a blob by digest (verified against the digest). */
  getBlob(digest: string): Promise<Uint8Array>;
  /** Manifests whose `subject` is `digest`, optionally filtered by artifact type. */
  referrers(digest: string, artifactType?: string): Promise<Descriptor[]>;
}
