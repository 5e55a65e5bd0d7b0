import type { SfConfig } from '@sf/common/config';
import type { Logger } from '@sf/common/log';
import type { DataplaneOptions } from './types.js';

/** The dataplane's settings from the loaded configuration; the library itself never reads config or env. */
export function dataplaneOptionsFromConfig(config: SfConfig, log?: Logger): DataplaneOptions {
  return {
    meshIp: config.node.mesh_ip,
    meshNetblocks: config.net.mesh_netblocks,
    underlayMtu: config.net.underlay_mtu,
    vxlanPort: config.net.vxlan_port,
    stateDir: config.node.state_dir,
    netnsPrefix: config.net.netns_prefix,
    dnsmasqPath: config.net.dnsmasq_path,
    dhcpLeaseSeconds: config.net.dhcp_lease_seconds,
    ...(log === undefined ? {} : { log }),
  };
}
