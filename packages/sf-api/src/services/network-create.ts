import { ValidationError } from '@sf/common';

/** Shaken Fist's netblock checks (API.md section 6.1), normalised to the network address. */
export function checkNetblock(netblock: string): string {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(netblock.trim());
  if (match === null) throw new ValidationError(`cannot parse netblock: '${netblock}' does not appear to be an IPv4 network`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) throw new ValidationError(`cannot parse netblock: '${netblock}' does not appear to be an IPv4 network`);
  if (prefix > 29) throw new ValidationError('network is below minimum size of /29');
  // The allocator's address pools span at most a /8.
  if (prefix < 8) throw new ValidationError(`cannot parse netblock: '${netblock}' is larger than a /8`);
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  return `${[24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.')}/${prefix}`;
}
