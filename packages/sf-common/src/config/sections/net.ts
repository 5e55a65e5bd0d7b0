import type { JSONSchemaType } from 'ajv';

export interface NetConfig {
  underlay_mtu: number;
  mesh_netblocks: string[];
  vxlan_port: number;
  netns_prefix: string;
  dnsmasq_path: string;
  dhcp_lease_seconds: number;
}

export const netSection: JSONSchemaType<NetConfig> = {
  type: 'object',
  description: 'sf-net, the host networking dataplane.',
  properties: {
    underlay_mtu: { type: 'integer', minimum: 1280, maximum: 9216, default: 1500, description: 'MTU of the mesh (underlay) network; virtual networks get this minus the VXLAN overhead.' },
    mesh_netblocks: {
      type: 'array',
      items: { type: 'string', pattern: '^(\\d{1,3}\\.){3}\\d{1,3}/([89]|[12]\\d|30)$' },
      default: [],
      description: 'Netblocks of the mesh (underlay), comma-separated in the environment, e.g. 10.0.0.0/24 (canonical, host bits clear, /8 to /30): instances may not reach any address in them, also nodes that share no network with this one.',
    },
    vxlan_port: { type: 'integer', minimum: 1, maximum: 65535, default: 4789, description: 'UDP port of the VXLAN mesh.' },
    netns_prefix: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,31}$', default: 'sfnet-', description: 'Network namespaces of virtual networks are named this prefix followed by the VNI.' },
    dnsmasq_path: { type: 'string', minLength: 1, default: '/usr/sbin/dnsmasq', description: 'The dnsmasq binary that serves DHCP (and optionally DNS) inside each network namespace.' },
    dhcp_lease_seconds: { type: 'integer', minimum: 120, maximum: 604800, default: 3600, description: 'DHCP lease time, in seconds, handed to instances.' },
  },
  required: ['underlay_mtu', 'mesh_netblocks', 'vxlan_port', 'netns_prefix', 'dnsmasq_path', 'dhcp_lease_seconds'],
  additionalProperties: false,
};
