import type { JSONSchemaType } from 'ajv';
import { apiSection, type ApiConfig } from './sections/api.js';
import { clusterSection, type ClusterConfig } from './sections/cluster.js';
import { computeSection, type ComputeConfig } from './sections/compute.js';
import { libvirtSection, type LibvirtConfig } from './sections/libvirt.js';
import { logSection, type LogConfig } from './sections/log.js';
import { mariadbGatewaySection, type MariadbGatewayConfig } from './sections/mariadb-gateway.js';
import { mariadbSection, type MariadbConfig } from './sections/mariadb.js';
import { netSection, type NetConfig } from './sections/net.js';
import { nodeSection, type NodeConfig } from './sections/node.js';
import { schedulerSection, type SchedulerConfig } from './sections/scheduler.js';

/**
 * The whole configuration: one section per concern. Key `section.key` is
 * overridden by the environment variable `SHAKENFIST_SECTION_KEY`.
 */
export interface SfConfig {
  node: NodeConfig;
  log: LogConfig;
  mariadb: MariadbConfig;
  mariadb_gateway: MariadbGatewayConfig;
  api: ApiConfig;
  net: NetConfig;
  libvirt: LibvirtConfig;
  compute: ComputeConfig;
  scheduler: SchedulerConfig;
  cluster: ClusterConfig;
}

export const configSchema: JSONSchemaType<SfConfig> = {
  type: 'object',
  properties: {
    node: nodeSection,
    log: logSection,
    mariadb: mariadbSection,
    mariadb_gateway: mariadbGatewaySection,
    api: apiSection,
    net: netSection,
    libvirt: libvirtSection,
    compute: computeSection,
    scheduler: schedulerSection,
    cluster: clusterSection,
  },
  required: ['node', 'log', 'mariadb', 'mariadb_gateway', 'api', 'net', 'libvirt', 'compute', 'scheduler', 'cluster'],
  additionalProperties: false,
};
