/**
 * The pipeline's vocabulary: a step runs for some plugin kinds, reports what it did, and may
 * add release assets. Steps share one `ReleaseContext` so later steps see earlier results
 * (the built module, the pushed digest, the bundles).
 */
import type { LoadedManifest, PluginKind } from '../manifest/types.js';
import type { Reporter } from '../report/index.js';
import type { OciStore } from '../oci/types.js';

export type StepStatus = 'ok' | 'skipped' | 'failed';

export interface StepOutcome {
  status: StepStatus;
  /** One line for the summary table: what was done, or why it was skipped. */
  detail: string;
}

export interface ReleaseAsset {
  /** File name as uploaded (what Samuel's installer asks for). */
  name: string;
  /** Where the file is on disk. */
  path: string;
}

export interface ReleaseContext {
  loaded: LoadedManifest;
  reporter: Reporter;
  cwd: string;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
  tag: string;
  /** Folder that receives the release assets and notes. */
  outputDir: string;
  /** Where publish pushes (`oci-layout:DIR` on dry runs). */
  publishTarget?: string;
  signMode: 'auto' | 'true' | 'false';
  /** Identity token and Sigstore URLs (default: the Actions OIDC token, public-good Sigstore). */
  signing: {
    identityToken?: string;
    fulcioUrl?: string;
    rekorUrl?: string;
    tsaUrl?: string;
    trustedRoot?: string;
  };
  /** An OCI image layout to publish for an oci plugin (the image build's output). */
  layout?: string;
  /** Registry access over plain http (a registry on 127.0.0.1). */
  insecure: boolean;
  /** Filled in as steps run. */
  modulePath?: string;
  /** Where publish pushed, for the sign step to attach its referrers. */
  store?: OciStore;
  digest?: string;
  imageReference?: string;
  /** The manifest text to release (rewritten by the pin step for oci). */
  releasedManifest: string;
  assets: ReleaseAsset[];
  verifyCommands: string[];
}

export interface Step {
  name: string;
  kinds: PluginKind[];
  run(ctx: ReleaseContext): Promise<StepOutcome>;
}

export const ok = (detail: string): StepOutcome => ({ status: 'ok', detail });
export const skipped = (detail: string): StepOutcome => ({ status: 'skipped', detail });
