import type { Logger } from '@sf/common/log';
import type { DataplaneOptions } from '../types.js';
import { VXLAN_OVERHEAD } from './names.js';
import type { Nft } from './nft.js';
import type { Rtnl } from './rtnl.js';
import type { CommandRunner } from './runner.js';

/** What every step needs: settings, the node's netlink socket, the command runner, nft and the logger. */
export interface DataplaneContext {
  readonly options: DataplaneOptions;
  readonly node: Rtnl;
  /** dnsmasq runs. */
  readonly runner: CommandRunner;
  readonly nft: Nft;
  readonly log: Logger;
  /** MTU of VXLAN devices, bridges and every veth joined to them. */
  readonly mtu: number;
}

export function virtualMtu(underlayMtu: number): number {
  return underlayMtu - VXLAN_OVERHEAD;
}

export const netnsName = (ctx: DataplaneContext, vni: number): string => `${ctx.options.netnsPrefix}${vni}`;
