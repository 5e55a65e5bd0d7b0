/** Locally administered, this cloud's own: the MAC pool hands out 02:00:00:xx:xx:xx, and only those are tracked for uniqueness. */
export const MAC_POOL_PREFIX = '02:00:00';

const POOL_MAC = /^02:00:00(:[0-9a-f]{2}){3}$/i;

export function isPoolMac(text: string): boolean {
  return POOL_MAC.test(text);
}
