/** Container images of oci plugins: build them into an OCI image layout, and smoke-test them. */
export {
  buildImage,
  buildxArgs,
  chooseBuilder,
  containerfileOf,
  imageLabels,
  podmanBuildArgs,
  BUILDERS,
  DEFAULT_PLATFORMS,
  type BuiltImage,
  type BuiltPlatform,
  type BuildImageOptions,
  type GitContext,
} from './build.js';
export {
  inspectImage,
  inspectImageWith,
  layoutReader,
  parseElf,
  type BlobReader,
  type ImageInspection,
  type PlatformCheck,
} from './inspect.js';
export {
  indexPlatforms,
  smokeImage,
  type ImageSmokeReport,
  type SmokeImageOptions,
} from './smoke.js';
export { serveBridge, type BridgeCall, type BridgeHandlers, type BridgeServer } from './bridge.js';
export {
  emulateInstall,
  openRuntime,
  type InstallEmulation,
  type RuntimeHandle,
} from './install.js';
export { emulateLaunch, type LaunchEmulation } from './launch.js';
export { podmanSandbox, type PodmanSandbox } from './sandbox.js';
