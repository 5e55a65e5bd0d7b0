import type { Network__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import { callOptions, type ApiDeps } from '../internal/context.js';

export async function hasInterfaces(deps: ApiDeps, network: Network__Output): Promise<boolean> {
  const { network_interfaces: nics } = await deps.db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], page: { page_size: 1, page_token: '' } });
  return nics.length > 0;
}

/**
 * A network without interfaces goes to deleted, one with interfaces to
 * delete-wait until the last is gone (API.md section 6.2), decided by the
 * tier under the network's row lock, so an instance being created on it
 * meanwhile either counts or is refused. The network worker tears down the
 * kernel side and then frees the VNI.
 */
export async function deleteNetwork(deps: ApiDeps, request: FastifyRequest, network: Network__Output): Promise<Network__Output> {
  // The teardown is queued first: `deleted` is final, so a kill between the two steps must leave the
  // network in its old state (a repeated DELETE does both again; the queued teardown absorbs the second).
  // Only while the network is still one a DELETE applies to, checked under its row lock: failing its
  // create reads the queue plainly and counts on every enqueue for it taking that lock first.
  await deps.db.operations.enqueue({
    operation_type: 'network.delete', namespace: network.namespace, target_role: 'network', request_id: request.id,
    require_states: ['initial', 'created', 'delete-wait'],
    payload_json: JSON.stringify({ network_uuid: network.uuid }), targets: [{ object_type: 'network', object_uuid: network.uuid }],
  }, callOptions(request));
  const updated = await deps.db.networks.retire(network.uuid, { namespace: network.namespace }, callOptions(request));
  recordEvent(deps, request, 'audit', 'network deleted', 'network', network.uuid);
  return updated;
}
