import { formatIpv4 } from '@sf/common';
import { NetworkSpecError } from '../errors.js';
import type { CarrierSpec } from '../types.js';
import { cidrContains, ipv4ToNumber, parseCidr } from './addr.js';
import { checkDhcpHost } from './dnsmasq-config.js';

export function gatewayOf(carrier: CarrierSpec): string {
  if (carrier.gateway !== undefined) return carrier.gateway;
  return formatIpv4(ipv4ToNumber(parseCidr(carrier.netblock).network) + 1);
}

/** Everything a carrier spec must satisfy before anything touches the kernel. */
export function checkCarrier(carrier: CarrierSpec): void {
  const cidr = parseCidr(carrier.netblock);
  const gateway = gatewayOf(carrier);
  const first = ipv4ToNumber(cidr.network);
  const broadcast = first + 2 ** (32 - cidr.prefix) - 1;
  const usable = (address: string): boolean => cidrContains(cidr, address) && ipv4ToNumber(address) !== first && ipv4ToNumber(address) !== broadcast;
  if (!usable(gateway)) throw new NetworkSpecError(`gateway ${gateway} is not a host address of ${carrier.netblock}`, { gateway });
  const macs = new Set<string>();
  // dnsmasq rejects the second line holding an address, so one of two interfaces given it would get none.
  const macByAddress = new Map<string, string>();
  for (const host of carrier.dhcpHosts) {
    checkDhcpHost(carrier, host);
    if (!usable(host.ipv4) || host.ipv4 === gateway) throw new NetworkSpecError(`DHCP address ${host.ipv4} is not free for an instance`, { ipv4: host.ipv4 });
    const mac = host.mac.toLowerCase();
    if (macs.has(mac)) throw new NetworkSpecError(`MAC ${host.mac} appears twice`, { mac: host.mac });
    const other = macByAddress.get(host.ipv4);
    if (other !== undefined) throw new NetworkSpecError(`DHCP address ${host.ipv4} is given to both ${other} and ${mac}`, { ipv4: host.ipv4, macs: [other, mac] });
    macs.add(mac);
    macByAddress.set(host.ipv4, mac);
  }
  for (const f of carrier.nat?.floating ?? []) {
    ipv4ToNumber(f.address);
    if (!cidrContains(cidr, f.target)) throw new NetworkSpecError(`floating target ${f.target} is not in ${carrier.netblock}`, { floating: f.address });
  }
  if (carrier.nat !== undefined) ipv4ToNumber(carrier.nat.egressAddress);
}
