export { parseIpv4, formatIpv4, parseIpv4Block, formatIpv4Block, ipv4BlockContains, ipv4ReservedInBlock, type Ipv4Block } from './ipv4.js';
export { MAC_POOL_PREFIX, isPoolMac } from './mac.js';
export { instanceTapName, isInstanceTap } from './tap.js';
export { canonicalUuid } from './uuid.js';
