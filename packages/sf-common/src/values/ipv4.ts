/**
 * IPv4 addresses and netblocks as numbers: the one place the project does
 * this arithmetic (the allocator, the dataplane and the API all need it).
 * Parsers return undefined for bad input so each caller raises its own typed error.
 * Only the canonical dotted quad is accepted: the kernel, dnsmasq and nft print
 * addresses without leading zeros (and some parsers read them as octal), so
 * `10.0.0.010` would never compare equal to what they report.
 */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Ipv4Block {
  /** The network address as a number, host bits cleared. */
  network: number;
  prefix: number;
  /** Addresses in the block, network and broadcast included. */
  size: number;
}

/** `a.b.c.d/p` with any prefix 0..32; the host bits of the address are cleared. */
export function parseIpv4Block(text: string): Ipv4Block | undefined {
  const [address, prefixText, ...rest] = text.split('/');
  if (address === undefined || prefixText === undefined || rest.length > 0 || !/^(0|[1-9]\d?)$/.test(prefixText)) return undefined;
  const base = parseIpv4(address);
  const prefix = Number(prefixText);
  if (base === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  return { network: base - (base % size), prefix, size };
}

export function formatIpv4Block(block: Ipv4Block): string {
  return `${formatIpv4(block.network)}/${block.prefix}`;
}

export function ipv4BlockContains(block: Ipv4Block, address: number): boolean {
  return address >= block.network && address < block.network + block.size;
}

/** The network address, the gateway (first host) and the broadcast address: never given to an interface. */
export function ipv4ReservedInBlock(block: Ipv4Block, address: number): boolean {
  const index = address - block.network;
  return index === 0 || index === 1 || index === block.size - 1;
}
