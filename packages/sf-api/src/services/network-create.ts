import { ValidationError, formatIpv4Block, parseIpv4Block } from '@sf/common';

/** Shaken Fist's netblock checks (API.md section 6.1), normalised to the network address. */
export function checkNetblock(netblock: string): string {
  const block = parseIpv4Block(netblock.trim());
  if (block === undefined) throw new ValidationError(`cannot parse netblock: '${netblock}' does not appear to be an IPv4 network`);
  if (block.prefix > 29) throw new ValidationError('network is below minimum size of /29');
  // The allocator's address pools span at most a /8.
  if (block.prefix < 8) throw new ValidationError(`cannot parse netblock: '${netblock}' is larger than a /8`);
  return formatIpv4Block(block);
}
