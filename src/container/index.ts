/** Container images of oci plugins: build them into an OCI image layout. */
export {
  buildImage,
  containerfileOf,
  sourceDateEpoch,
  BUILDERS,
  DEFAULT_PLATFORMS,
  type BuiltImage,
  type BuildImageOptions,
} from './build.js';
export { inspectImage, parseElf, type ImageInspection, type PlatformCheck } from './inspect.js';
