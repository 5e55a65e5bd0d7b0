import { DependencyNotReadyError, NotFoundError, NotImplementedError, ValidationError, ipv4BlockContains, ipv4ReservedInBlock, isPoolMac, parseIpv4, parseIpv4Block } from '@sf/common';
import type { Network__Output } from '@sf/database-client';
import type { ApiDeps } from '../internal/context.js';
import { ACTIVE_NETWORK, isUuid } from '../internal/refs.js';
import { NIC_MODELS, type NetworkSpec } from './instance-spec.js';

export interface NicPlan {
  network: Network__Output;
  /** '' for an address picked by the allocator; 'none' for no address. */
  address: string;
  macaddress: string;
  model: string;
}

/** Where an asked-for address stands in its network's netblock. */
function placeInNetblock(address: string, netblock: string): 'outside' | 'reserved' | 'usable' {
  const a = parseIpv4(address);
  const block = parseIpv4Block(netblock);
  if (a === undefined || block === undefined || !ipv4BlockContains(block, a)) return 'outside';
  return ipv4ReservedInBlock(block, a) ? 'reserved' : 'usable';
}

async function resolveNetwork(deps: ApiDeps, namespace: string, admin: boolean, ref: string): Promise<Network__Output> {
  if (isUuid(ref)) {
    let network: Network__Output;
    try {
      network = await deps.db.networks.get(ref);
    } catch (err) {
      if (err instanceof NotFoundError) throw new NotFoundError(`network ${ref} not found`);
      throw err;
    }
    if (!admin && network.namespace !== namespace) throw new NotFoundError(`network ${ref} does not exist`);
    return network;
  }
  const { networks } = await deps.db.networks.list({ namespace, name: ref, states: ACTIVE_NETWORK });
  if (networks.length === 0) throw new NotFoundError(`network ${ref} not found`);
  if (networks.length > 1) throw new ValidationError(`multiple networks have the name "${ref}" in namespace "${namespace}"`);
  return networks[0] as Network__Output;
}

/**
 * The networkspec checks of API.md section 5.1, in order, before anything is
 * written; 406 only here. Everything the allocator would refuse later (a MAC
 * outside its pool, a reserved address, the same one asked twice) is refused
 * here too, so a bad request never leaves an errored instance behind.
 */
export async function planNics(deps: ApiDeps, namespace: string, admin: boolean, specs: NetworkSpec[]): Promise<NicPlan[]> {
  const plans: NicPlan[] = [];
  const asked = new Set<string>();
  const askOnce = (what: string, key: string): void => {
    if (asked.has(key)) throw new ValidationError(`network specification asks for ${what} twice`);
    asked.add(key);
  };
  for (const spec of specs) {
    const ref = spec.network_uuid;
    if (ref === undefined || ref === null || ref === '') throw new ValidationError('network specification is missing network_uuid');
    const network = await resolveNetwork(deps, namespace, admin, ref);
    const address = spec.address ?? '';
    if (address !== '' && address !== 'none') {
      const place = placeInNetblock(address, network.netblock);
      if (place === 'outside') throw new ValidationError('network specification requests an address outside the range of the network');
      if (place === 'reserved') throw new ValidationError(`network specification address ${address} is the network, gateway or broadcast address of ${network.netblock}`);
      askOnce(`address ${address} on network ${network.uuid}`, `ipv4 ${network.uuid} ${address}`);
    }
    const macaddress = spec.macaddress ?? '';
    if (macaddress !== '') {
      if (!isPoolMac(macaddress)) throw new ValidationError(`network specification macaddress ${macaddress} is not one this cloud hands out (02:00:00:xx:xx:xx)`);
      askOnce(`macaddress ${macaddress}`, `mac ${macaddress.toLowerCase()}`);
    }
    if (network.state !== 'created') throw new DependencyNotReadyError(`network ${network.uuid} is not ready (${network.state})`);
    const model = spec.model ?? 'virtio';
    if (!NIC_MODELS.includes(model)) throw new ValidationError(`invalid network interface model ${model}`);
    if (spec.float === true) throw new NotImplementedError('floating addresses are not available yet');
    plans.push({ network, address, macaddress, model });
  }
  return plans;
}
