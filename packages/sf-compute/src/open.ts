import { join } from 'node:path';
import type { Logger, SfConfig } from '@sf/common';
import { ComputeDriver } from './driver.js';
import { Libvirt } from './internal/libvirt.js';
import { chooseDomainType, type ProbeResult } from './internal/probe.js';
import type { ComputeDriverOptions, DriverHooks, DomainType } from './types.js';

export type { ProbeResult } from './internal/probe.js';

/** Driver options from the configuration; empty folders default under node.state_dir. */
export function driverOptionsFromConfig(config: SfConfig, domainType: DomainType, logger: Logger, hooks?: DriverHooks): ComputeDriverOptions {
  const compute = config.compute;
  return {
    uri: config.libvirt.uri,
    domainType,
    imageCacheDir: compute.image_cache_dir !== '' ? compute.image_cache_dir : join(config.node.state_dir, 'image_cache'),
    instanceDir: compute.instance_dir !== '' ? compute.instance_dir : join(config.node.state_dir, 'instances'),
    domainPrefix: compute.domain_prefix,
    configDriveFormat: compute.config_drive_format,
    uefiLoader: compute.uefi_loader,
    uefiVarsTemplate: compute.uefi_vars_template,
    kvmDisabledCpuFeatures: config.libvirt.kvm_disabled_cpu_features,
    logger,
    ...(hooks === undefined ? {} : { hooks }),
  };
}

/** Decides kvm or qemu for this node (libvirt.type, else a boot probe). */
export async function probeDomainType(config: SfConfig, logger: Logger): Promise<ProbeResult> {
  const libvirt = new Libvirt(config.libvirt.uri);
  try {
    return await chooseDomainType(libvirt, {
      configured: config.libvirt.type,
      domainPrefix: config.compute.domain_prefix,
      stateDir: config.node.state_dir,
      kernel: config.libvirt.probe_kernel,
      timeoutSeconds: config.libvirt.probe_timeout,
      kvmDisabledCpuFeatures: config.libvirt.kvm_disabled_cpu_features,
      logger,
    });
  } finally {
    await libvirt.close();
  }
}

/** What sf-compute calls at start: probe once, then build the driver. */
export async function openComputeDriver(config: SfConfig, logger: Logger, hooks?: DriverHooks): Promise<ComputeDriver> {
  const { domainType } = await probeDomainType(config, logger);
  return new ComputeDriver(driverOptionsFromConfig(config, domainType, logger, hooks));
}
