export { parseIpv4, formatIpv4, parseIpv4Block, formatIpv4Block, ipv4BlockContains, type Ipv4Block } from './ipv4.js';
export { canonicalUuid } from './uuid.js';
