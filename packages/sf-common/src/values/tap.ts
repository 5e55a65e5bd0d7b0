import { canonicalUuid } from './uuid.js';

/**
 * An instance's NIC on its node is the tap `tap-<id>`: sf-compute names it
 * so in the domain, and sf-net attaches and observes only links named so
 * (15 characters at most, IFNAMSIZ less its NUL).
 */
const INSTANCE_TAP = /^tap-[0-9a-z][0-9a-z-]{0,10}$/i;

export function isInstanceTap(name: string): boolean {
  return INSTANCE_TAP.test(name);
}

/** The tap of a network interface: its uuid's first 11 hex digits, unique enough on one node. */
export function instanceTapName(interfaceUuid: string): string {
  const uuid = canonicalUuid(interfaceUuid);
  if (uuid === undefined) throw new TypeError(`${interfaceUuid} is not a uuid`);
  return `tap-${uuid.replaceAll('-', '').slice(0, 11)}`;
}
