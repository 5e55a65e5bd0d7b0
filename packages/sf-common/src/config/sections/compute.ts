import type { JSONSchemaType } from 'ajv';

export interface ComputeConfig {
  image_cache_dir: string;
  instance_dir: string;
  domain_prefix: string;
  config_drive_format: 'iso' | 'vfat';
  uefi_loader: string;
  uefi_vars_template: string;
}

export const computeSection: JSONSchemaType<ComputeConfig> = {
  type: 'object',
  description: 'sf-compute, the libvirt instance worker.',
  properties: {
    image_cache_dir: {
      type: 'string',
      default: '',
      description: 'Folder of base images addressed by sha256; empty means <node.state_dir>/image_cache.',
    },
    instance_dir: {
      type: 'string',
      default: '',
      description: 'Folder holding one folder per instance (disk overlays, config drive, console log); empty means <node.state_dir>/instances.',
    },
    domain_prefix: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]{0,15}$',
      default: 'sf-',
      description: 'Prefix of the libvirt domain names sf-compute owns (<prefix><instance uuid>); other domains are left alone.',
    },
    config_drive_format: {
      type: 'string',
      enum: ['iso', 'vfat'],
      default: 'iso',
      description: 'Filesystem of the cloud-init NoCloud config drive.',
    },
    uefi_loader: {
      type: 'string',
      minLength: 1,
      default: '/usr/share/OVMF/OVMF_CODE_4M.fd',
      description: 'UEFI firmware (pflash code) for instances with uefi set.',
    },
    uefi_vars_template: {
      type: 'string',
      minLength: 1,
      default: '/usr/share/OVMF/OVMF_VARS_4M.fd',
      description: 'UEFI variable store template copied per instance.',
    },
  },
  required: ['image_cache_dir', 'instance_dir', 'domain_prefix', 'config_drive_format', 'uefi_loader', 'uefi_vars_template'],
  additionalProperties: false,
};
