import type { JSONSchemaType } from 'ajv';

export interface NetConfig {
  underlay_mtu: number;
  vxlan_port: number;
}

export const netSection: JSONSchemaType<NetConfig> = {
  type: 'object',
  description: 'sf-net, the host networking dataplane.',
  properties: {
    underlay_mtu: { type: 'integer', minimum: 1280, maximum: 9216, default: 1500, description: 'MTU of the mesh (underlay) network; virtual networks get this minus the VXLAN overhead.' },
    vxlan_port: { type: 'integer', minimum: 1, maximum: 65535, default: 4789, description: 'UDP port of the VXLAN mesh.' },
  },
  required: ['underlay_mtu', 'vxlan_port'],
  additionalProperties: false,
};
