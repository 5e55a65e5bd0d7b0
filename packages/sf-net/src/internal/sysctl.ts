import { readFileSync, writeFileSync } from 'node:fs';
import { InternalError } from '@sf/common/errors';
import { inNetns } from './netns.js';

const IP_FORWARD = '/proc/sys/net/ipv4/ip_forward';

/** /proc/sys/net shows the namespace of the thread that opens it, so the read happens inside inNetns. */
export function ipForwarding(namespace: string | undefined): boolean {
  return inNetns(namespace, () => readFileSync(IP_FORWARD, 'utf8').trim() === '1');
}

export function enableIpForwarding(namespace: string | undefined): void {
  try {
    inNetns(namespace, () => writeFileSync(IP_FORWARD, '1\n'));
  } catch (err) {
    throw new InternalError(`cannot enable IPv4 forwarding in ${namespace ?? 'the node namespace'}`, {
      code: 'SF_ERR_INTERNAL_SYSCTL',
      details: { namespace },
      cause: err,
    });
  }
}
