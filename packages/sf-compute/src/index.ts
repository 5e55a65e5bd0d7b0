export { ComputeDriver, type RebootOptions } from './driver.js';
export { driverOptionsFromConfig, probeDomainType, openComputeDriver, type ProbeResult } from './open.js';
export {
  DiskBaseError,
  DiskSizeError,
  HostFileError,
  HypervisorError,
  ImageFormatError,
  ImageIdError,
  ImageNotFoundError,
  InstanceNotFoundError,
  InstanceSpecError,
} from './errors.js';
export type { ImageCache } from './internal/image-cache.js';
export * from './types.js';
