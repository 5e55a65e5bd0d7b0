import { formatIpv4, ipv4BlockContains, parseIpv4, parseIpv4Block } from '@sf/common';
import { NetworkSpecError } from '../errors.js';

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

export function isIpv4(text: string): boolean {
  return parseIpv4(text) !== undefined;
}

export function ipv4ToNumber(text: string): number {
  const value = parseIpv4(text);
  if (value === undefined) throw new NetworkSpecError(`not an IPv4 address: ${text}`, { address: text });
  return value;
}

export function ipv4ToBuffer(text: string): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(ipv4ToNumber(text));
  return buf;
}

export function bufferToIpv4(buf: Buffer): string {
  return Array.from(buf.subarray(0, 4)).join('.');
}

export function macToBuffer(mac: string): Buffer {
  if (!MAC.test(mac)) throw new NetworkSpecError(`not a MAC address: ${mac}`, { mac });
  return Buffer.from(mac.replaceAll(':', ''), 'hex');
}

export interface Cidr {
  /** The network address, host bits cleared. */
  readonly network: string;
  readonly prefix: number;
  readonly netmask: string;
}

export function parseCidr(text: string): Cidr {
  const block = parseIpv4Block(text);
  if (block === undefined || block.prefix < 8 || block.prefix > 30) {
    throw new NetworkSpecError(`not an IPv4 netblock between /8 and /30: ${text}`, { netblock: text });
  }
  return { network: formatIpv4(block.network), prefix: block.prefix, netmask: formatIpv4(2 ** 32 - block.size) };
}

export function cidrContains(cidr: Cidr, address: string): boolean {
  const block = parseIpv4Block(`${cidr.network}/${cidr.prefix}`);
  return block !== undefined && ipv4BlockContains(block, ipv4ToNumber(address));
}
