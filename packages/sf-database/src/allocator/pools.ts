import { MAC_POOL_PREFIX, ValidationError, formatIpv4, ipv4BlockContains, ipv4ReservedInBlock, isPoolMac, parseIpv4, parseIpv4Block } from '@sf/common';

/**
 * The pools of the generic allocator. A pool maps an index 0..size-1 to the
 * canonical text of a value (what the UNIQUE (pool_name, value) key holds)
 * and back; `reserved` indexes are never handed out.
 */
export type PoolPolicy = 'random' | 'sequential';

export interface Pool {
  /** Full pool name as stored: `vxlan`, `mac`, `ipv4:<network>`, `console_port:<node>`, `vsock_cid:<node>`. */
  readonly name: string;
  readonly kind: PoolKind;
  readonly size: number;
  /** random probing suits sparse pools; sequential (from a hint) keeps dense pools compact. */
  readonly policy: PoolPolicy;
  valueAt(index: number): string;
  /** The index of a caller-supplied value, or a ValidationError naming the pool. */
  indexOf(value: string): number;
  isReserved(index: number): boolean;
}

export const POOL_KINDS = ['vxlan', 'mac', 'ipv4', 'console_port', 'vsock_cid'] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

const SCOPED: ReadonlySet<PoolKind> = new Set<PoolKind>(['ipv4', 'console_port', 'vsock_cid']);
/** The pools of one cluster (the others are one per network or per node). */
export const UNSCOPED_POOLS: readonly string[] = POOL_KINDS.filter((kind) => !SCOPED.has(kind));

export interface PortRange {
  min: number;
  max: number;
}

function integerPool(name: string, kind: PoolKind, first: number, last: number, policy: PoolPolicy): Pool {
  return {
    name,
    kind,
    size: last - first + 1,
    policy,
    valueAt: (index) => String(first + index),
    indexOf: (value) => {
      if (!/^\d+$/.test(value)) throw new ValidationError(`value "${value}" is not an integer of pool ${name}`);
      const n = Number(value);
      if (n < first || n > last) throw new ValidationError(`value ${value} is outside pool ${name} (${first}..${last})`);
      return n - first;
    },
    isReserved: () => false,
  };
}

/**
 * Shaken Fist's locally administered prefix 02:00:00 (its clients and
 * acceptance tests expect it), then 24 bits drawn from the pool.
 */

function macPool(): Pool {
  return {
    name: 'mac',
    kind: 'mac',
    size: 2 ** 24,
    policy: 'random',
    valueAt: (index) => {
      const hex = index.toString(16).padStart(6, '0');
      return `${MAC_POOL_PREFIX}:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
    },
    indexOf: (value) => {
      const mac = value.toLowerCase();
      if (!isPoolMac(mac)) throw new ValidationError(`value "${value}" is not a MAC address of pool mac (02:00:00:xx:xx:xx)`);
      return parseInt(mac.slice(9).replaceAll(':', ''), 16);
    },
    isReserved: () => false,
  };
}

/** IPAM of one network: the network address, the gateway (first host) and broadcast are never allocated. */
export function ipv4Pool(name: string, netblock: string): Pool {
  const block = parseIpv4Block(netblock);
  if (block === undefined || block.prefix < 8 || block.prefix > 30) {
    throw new ValidationError(`netblock "${netblock}" of pool ${name} must be an IPv4 CIDR with a prefix from /8 to /30`);
  }
  const { network, size } = block;
  return {
    name,
    kind: 'ipv4',
    size,
    policy: 'sequential',
    valueAt: (index) => formatIpv4(network + index),
    indexOf: (value) => {
      const n = parseIpv4(value);
      if (n === undefined || !ipv4BlockContains(block, n)) throw new ValidationError(`address "${value}" is not in ${netblock}`);
      return n - network;
    },
    isReserved: (index) => ipv4ReservedInBlock(block, network + index),
  };
}

export interface PoolSettings {
  consolePorts: PortRange;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = { consolePorts: { min: 30000, max: 50000 } };

/** Splits `kind:scope` and checks the kind; a scoped kind needs a scope and the others refuse one. */
export function parsePoolName(poolName: string): { kind: PoolKind; scope: string } {
  const colon = poolName.indexOf(':');
  const kind = (colon < 0 ? poolName : poolName.slice(0, colon)) as PoolKind;
  const scope = colon < 0 ? '' : poolName.slice(colon + 1);
  if (!POOL_KINDS.includes(kind)) throw new ValidationError(`pool "${poolName}": unknown kind (one of ${POOL_KINDS.join(', ')})`);
  if (SCOPED.has(kind) !== (scope !== '')) {
    throw new ValidationError(SCOPED.has(kind) ? `pool "${poolName}" needs a scope: ${kind}:<owner>` : `pool "${poolName}" takes no scope`);
  }
  return { kind, scope };
}

/** Every pool but ipv4, whose range comes from its network's netblock (see the repository). */
export function staticPool(poolName: string, settings: PoolSettings): Pool | undefined {
  const { kind } = parsePoolName(poolName);
  switch (kind) {
    case 'vxlan':
      return integerPool(poolName, kind, 1, 16_777_215, 'random');
    case 'mac':
      return macPool();
    case 'console_port':
      return integerPool(poolName, kind, settings.consolePorts.min, settings.consolePorts.max, 'random');
    case 'vsock_cid':
      return integerPool(poolName, kind, 3, 2 ** 32 - 2, 'random');
    case 'ipv4':
      return undefined;
  }
}
