import type { JSONSchemaType } from 'ajv';

export interface LibvirtConfig {
  uri: string;
  type: 'auto' | 'kvm' | 'qemu';
  probe_kernel: string;
  probe_timeout: number;
  kvm_disabled_cpu_features: string[];
}

export const libvirtSection: JSONSchemaType<LibvirtConfig> = {
  type: 'object',
  description: 'The libvirt connection sf-compute drives.',
  properties: {
    uri: { type: 'string', minLength: 1, default: 'qemu:///system', description: 'libvirt connection URI.' },
    type: {
      type: 'string',
      enum: ['auto', 'kvm', 'qemu'],
      default: 'auto',
      description: 'Domain type: kvm, qemu (emulation), or auto to use kvm only when a probe shows it boots a guest.',
    },
    probe_kernel: {
      type: 'string',
      default: '',
      description: 'Linux kernel the KVM probe boots (it must reach its root-mount panic); empty means the newest /boot/vmlinuz-*.',
    },
    probe_timeout: {
      type: 'integer',
      minimum: 1,
      maximum: 300,
      default: 15,
      description: 'Seconds the KVM probe waits for its kernel to finish booting before deciding on emulation.',
    },
    kvm_disabled_cpu_features: {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z0-9_.-]+$' },
      default: ['arch-capabilities'],
      description: 'CPU features removed from host-passthrough under kvm (nested hosts abort on MSR 0x10a otherwise).',
    },
  },
  required: ['uri', 'type', 'probe_kernel', 'probe_timeout', 'kvm_disabled_cpu_features'],
  additionalProperties: false,
};
