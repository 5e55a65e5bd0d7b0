import { NetworkSpecError } from '../errors.js';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

export function isIpv4(text: string): boolean {
  const m = IPV4.exec(text);
  return m !== null && m.slice(1).every((part) => Number(part) <= 255);
}

export function ipv4ToNumber(text: string): number {
  if (!isIpv4(text)) throw new NetworkSpecError(`not an IPv4 address: ${text}`, { address: text });
  return text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
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
  const [address, prefixText, ...rest] = text.split('/');
  const prefix = Number(prefixText);
  if (address === undefined || rest.length > 0 || !Number.isInteger(prefix) || prefix < 8 || prefix > 30) {
    throw new NetworkSpecError(`not an IPv4 netblock between /8 and /30: ${text}`, { netblock: text });
  }
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const network = (ipv4ToNumber(address) & mask) >>> 0;
  return { network: numberToIpv4(network), prefix, netmask: numberToIpv4(mask) };
}

export function cidrContains(cidr: Cidr, address: string): boolean {
  const mask = (0xffffffff << (32 - cidr.prefix)) >>> 0;
  return ((ipv4ToNumber(address) & mask) >>> 0) === ipv4ToNumber(cidr.network);
}
