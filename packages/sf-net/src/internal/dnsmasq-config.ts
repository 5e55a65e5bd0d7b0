import { NetworkSpecError } from '../errors.js';
import type { CarrierSpec, DhcpHost } from '../types.js';
import { cidrContains, isIpv4, macToBuffer, parseCidr } from './addr.js';
import { NETNS_GATEWAY_IF } from './names.js';

const HOSTNAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

export interface DnsmasqPaths {
  dir: string;
  config: string;
  hosts: string;
  leases: string;
  pid: string;
  log: string;
  /** Digest of the hosts file dnsmasq last read. */
  loaded: string;
}

export function dnsmasqPaths(stateDir: string, vni: number): DnsmasqPaths {
  const dir = `${stateDir}/dhcp/${vni}`;
  return { dir, config: `${dir}/dnsmasq.conf`, hosts: `${dir}/hosts`, leases: `${dir}/leases`, pid: `${dir}/dnsmasq.pid`, log: `${dir}/dnsmasq.log`, loaded: `${dir}/hosts.loaded` };
}

/** Every value that reaches a dnsmasq file is checked first, so none can add a line. */
export function checkDhcpHost(carrier: CarrierSpec, host: DhcpHost): void {
  macToBuffer(host.mac);
  if (!isIpv4(host.ipv4) || !cidrContains(parseCidr(carrier.netblock), host.ipv4)) {
    throw new NetworkSpecError(`DHCP address ${host.ipv4} is not in ${carrier.netblock}`, { mac: host.mac, ipv4: host.ipv4 });
  }
  if (!HOSTNAME.test(host.hostname)) throw new NetworkSpecError(`not a valid hostname: ${JSON.stringify(host.hostname)}`, { mac: host.mac });
}

export interface DnsmasqSettings {
  paths: DnsmasqPaths;
  gateway: string;
  mtu: number;
  leaseSeconds: number;
}

/** The main configuration; a change to it needs a restart (hosts alone need only SIGHUP). */
export function renderConfig(carrier: CarrierSpec, s: DnsmasqSettings): string {
  const { network, netmask } = parseCidr(carrier.netblock);
  const lines = [
    '# Written by sf-net; edits are overwritten.',
    `interface=${NETNS_GATEWAY_IF}`,
    'bind-interfaces',
    'except-interface=lo',
    'no-resolv',
    'no-hosts',
    'user=nobody',
    `port=${carrier.dns === true ? 53 : 0}`,
    'dhcp-authoritative',
    `dhcp-range=${network},static,${netmask},${s.leaseSeconds}s`,
    `dhcp-option=option:router,${s.gateway}`,
    `dhcp-option=option:mtu,${s.mtu}`,
    carrier.dns === true ? `dhcp-option=option:dns-server,${s.gateway}` : 'dhcp-option=option:dns-server',
    `dhcp-hostsfile=${s.paths.hosts}`,
    `dhcp-leasefile=${s.paths.leases}`,
    `pid-file=${s.paths.pid}`,
    `log-facility=${s.paths.log}`,
    // Every DHCP exchange would otherwise add lines to a log nothing rotates.
    'quiet-dhcp',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Names dnsmasq reads as something else in a dhcp-host line: `ignore` (never
 * answer that MAC), `infinite` (an infinite lease), both compared
 * case-sensitively, and digits with an optional s/m/h/d/w suffix (a lease
 * time). Instance names are user input, so such a name is left out of its
 * line rather than failing the network: the interface still gets its address.
 */
export function misreadHostname(hostname: string): boolean {
  return hostname === 'ignore' || hostname === 'infinite' || /^\d+[smhdw]?$/i.test(hostname);
}

/** One line per interface: MAC -> address and hostname. Sorted, so unchanged specs write identical files. */
export function renderHosts(carrier: CarrierSpec): string {
  const lines = [...carrier.dhcpHosts]
    .sort((a, b) => a.mac.localeCompare(b.mac))
    .map((h) => `${h.mac.toLowerCase()},${h.ipv4}${misreadHostname(h.hostname) ? '' : `,${h.hostname}`}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
