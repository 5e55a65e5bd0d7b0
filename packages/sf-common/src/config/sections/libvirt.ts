import type { JSONSchemaType } from 'ajv';

export interface LibvirtConfig {
  uri: string;
  type: 'auto' | 'kvm' | 'qemu';
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
  },
  required: ['uri', 'type'],
  additionalProperties: false,
};
