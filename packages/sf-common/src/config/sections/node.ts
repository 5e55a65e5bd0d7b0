import type { JSONSchemaType } from 'ajv';

export interface NodeConfig {
  name: string;
  mesh_ip: string;
  state_dir: string;
}

export const nodeSection: JSONSchemaType<NodeConfig> = {
  type: 'object',
  description: 'This node: how it names itself and where it keeps its state.',
  properties: {
    name: { type: 'string', default: '', description: 'The node name; empty means the host name.' },
    mesh_ip: { type: 'string', format: 'ipv4', default: '127.0.0.1', description: 'Address of this node on the mesh (VXLAN underlay and inter-daemon traffic).' },
    state_dir: { type: 'string', minLength: 1, default: '/srv/shakenfist', description: 'Folder for this node\'s state: image cache, instance disks, dnsmasq files.' },
  },
  required: ['name', 'mesh_ip', 'state_dir'],
  additionalProperties: false,
};
