import { AlreadyExistsError, DependencyNotReadyError, InsufficientCapacityError, InvalidStateTransitionError, toSfError } from '@sf/common';
import type { Instance__Output } from '@sf/database-client';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import { callOptions, type ApiDeps } from '../internal/context.js';
import { firstAttemptSettled } from './create-resume.js';
import { uuidFromKey } from '../internal/idempotency.js';
import type { InstanceSpec } from './instance-spec.js';
import type { NicPlan } from './instance-nics.js';

export interface CreatePlan {
  uuid: string;
  namespace: string;
  spec: InstanceSpec;
  nics: NicPlan[];
  sshKey: string;
  userData: string;
  nvramTemplate: string;
  requestedNode: string;
}

/** Each NIC's UUID follows from its instance's, so a retried create allocates for the same owners. */
const nicUuid = (instanceUuid: string, order: number): string => uuidFromKey(`${instanceUuid}/nic/${order}`);

/** An allocation a create holds on a lease until its work is queued. */
interface Leased {
  pool: string;
  value: string;
  owner: { type: string; uuid: string };
}

async function allocateNics(deps: ApiDeps, request: FastifyRequest, plan: CreatePlan): Promise<Leased[]> {
  const leased: Leased[] = [];
  const ttl_seconds = deps.createLeaseSeconds;
  for (const [order, nic] of plan.nics.entries()) {
    const uuid = nicUuid(plan.uuid, order);
    const owner = { type: 'network_interface', uuid };
    const mac = await deps.db.allocations.allocate({ pool: 'mac', owner, purpose: 'macaddr', value: nic.macaddress, ttl_seconds });
    leased.push({ pool: 'mac', value: mac.value, owner });
    let ipv4 = '';
    if (nic.address !== 'none') {
      const pool = `ipv4:${nic.network.uuid}`;
      try {
        ipv4 = (await deps.db.allocations.allocate({ pool, owner, purpose: 'ipv4', value: nic.address, ttl_seconds })).value;
        leased.push({ pool, value: ipv4, owner });
      } catch (err) {
        if (err instanceof AlreadyExistsError) throw new AlreadyExistsError(`address ${nic.address} in use`, { cause: err });
        if (err instanceof InsufficientCapacityError) throw new InsufficientCapacityError('No free addresses on network', { cause: err });
        throw err;
      }
    }
    await deps.db.networkInterfaces.create({
      uuid, namespace: plan.namespace, state: 'initial', network_uuid: nic.network.uuid, instance_uuid: plan.uuid,
      macaddr: mac.value, ipv4, order, model: nic.model,
    }, callOptions(request)).catch((err: unknown) => {
      // The network left `created` after the plan read it (a DELETE): 406 would have the client resend the
      // create every second, each leaving an instance in error, so it is a conflict.
      if (err instanceof DependencyNotReadyError) throw new InvalidStateTransitionError(err.message, { cause: err });
      if (!(err instanceof AlreadyExistsError)) throw err;
    });
  }
  return leased;
}

/** States an instance reaches only after its create's work was queued and taken by its worker. */
const BUILDING_OR_BUILT = new Set(['preflight', 'creating', 'created']);

/**
 * A create that failed after the instance row exists is failed by the tier
 * in one step: the instance to error, what it holds given back (with what
 * it allocated for interfaces whose row it had not yet written). Unless its
 * work was queued after all (an enqueue that committed though its reply was
 * lost): that instance is its worker's, and nothing is touched. A DELETE
 * that finished the instance meanwhile has the interfaces this create made
 * after it go too. When the tier cannot answer, the maintainer fails the
 * instance later, under the same rule.
 */
async function failCreate(deps: ApiDeps, request: FastifyRequest, plan: CreatePlan, err: unknown): Promise<void> {
  try {
    const interfaceUuids = [...plan.nics.keys()].map((order) => nicUuid(plan.uuid, order));
    await deps.db.instances.failCreate(plan.uuid, { namespace: plan.namespace, errorMessage: toSfError(err).message, interfaceUuids }, callOptions(request));
  } catch (failErr) {
    // The create's own error is what the caller must see.
    request.log.warn({ err: failErr, instance_uuid: plan.uuid }, 'failed create left as it is: its work is queued, it moved on, or the tier could not say');
  }
}

/**
 * The writes of API.md section 5.1, once every check passed: the instance in
 * `initial`, its metadata, addresses and interfaces, then the placement (a
 * reservation; none left is 507), then the work queued for the node's
 * compute worker. Every step is retry-safe under the same instance UUID, so
 * the same create again (its Idempotency-Key) picks up where one that died
 * stopped, and two racing ones converge.
 * Addresses and the reservation are leased until the work is queued, so a
 * create this process does not finish gives them back by itself, and
 * sf-cluster moves the instance to error; then they are kept for the worker.
 */
export async function createInstance(deps: ApiDeps, request: FastifyRequest, plan: CreatePlan): Promise<Instance__Output> {
  const { spec } = plan;
  let resumed = false;
  const created = await deps.db.instances.create({
    uuid: plan.uuid, namespace: plan.namespace, name: spec.name, state: 'initial', cpus: spec.cpus, memory_mib: spec.memoryMib,
    disks: spec.disks, video_json: JSON.stringify(spec.video), uefi: spec.uefi, secure_boot: spec.secureBoot,
    nvram_template: plan.nvramTemplate, configdrive: spec.configdrive, ssh_key: plan.sshKey, user_data: plan.userData,
    requested_node: plan.requestedNode, affinity_json: JSON.stringify(spec.affinity), power_state: 'initial', tags: spec.tags,
  }, callOptions(request)).catch(async (err: unknown) => {
    // Only a uuid taken from an Idempotency-Key can exist already: the same create again, racing the first or after it died.
    if (!(err instanceof AlreadyExistsError) || request.idempotency === null) throw err;
    resumed = true;
    return deps.db.instances.get(plan.uuid, plan.namespace);
  });
  if (resumed) {
    if (await firstAttemptSettled(deps, 'instance', created)) return created;
  } else {
    recordEvent(deps, request, 'audit', 'instance created', 'instance', plan.uuid);
  }
  try {
    const owner = { objectType: 'instance' as const, objectRef: plan.uuid, namespace: plan.namespace };
    for (const [key, value] of Object.entries(spec.metadata)) await deps.db.metadata.set(owner, key, value, callOptions(request));
    const leased = await allocateNics(deps, request, plan);
    const diskGib = spec.disks.reduce((sum, d) => sum + d.size_gib, 0);
    // Placed by the attempt this one resumes, whether or not it lived to record the node: its live reservation
    // stands (placing again could find no room beside it). None left (released, or reaped): placed afresh.
    const held = resumed ? ((await deps.db.scheduling.held(plan.uuid))?.node ?? '') : '';
    const node = held !== '' ? held : (await deps.scheduler.place({
      namespace: plan.namespace,
      instances: [{ uuid: plan.uuid, cpus: spec.cpus, memoryMib: spec.memoryMib, diskGib }],
      ...(plan.requestedNode === '' ? {} : { requestedNode: plan.requestedNode }),
      ...(Object.keys(spec.affinity).length === 0 ? {} : { affinity: { prefer: spec.affinity } }),
    }))[0]?.node ?? '';
    const placed = await deps.db.instances.update({ uuid: plan.uuid, namespace: plan.namespace, node }, callOptions(request));
    // A DELETE raced this create and finished it as never placed: nothing may be kept or queued for it now.
    if (placed.state !== 'initial') throw new InvalidStateTransitionError(`instance ${plan.uuid} was deleted while it was being created`);
    recordEvent(deps, request, 'status', 'schedule complete', 'instance', plan.uuid, { node });
    // Kept before the work is queued: a queued instance may wait in `initial` for its worker far longer than the leases.
    await Promise.all(leased.map(({ pool, value, owner }) => deps.db.allocations.renew(pool, value, owner, 0, callOptions(request))));
    await deps.db.scheduling.keepUntilConsumed(plan.uuid, callOptions(request));
    // Queued only while the instance is still `initial`: the maintainer failing it as abandoned and this enqueue
    // take the instance's row lock in turn, so either the work is queued or the instance failed, never both.
    await deps.db.operations.enqueue({
      operation_type: 'instance.create', namespace: plan.namespace, target_node: node, request_id: request.id,
      payload_json: JSON.stringify({ instance_uuid: plan.uuid }), targets: [{ object_type: 'instance', object_uuid: plan.uuid }],
      require_states: ['initial'],
    }, callOptions(request));
    return placed;
  } catch (err) {
    // A resumed attempt may be racing a first one that is alive and about to finish: undoing is not its call.
    // What a dead first attempt left, the abandoned-create sweep settles.
    if (resumed) {
      // Refused because the first attempt's work was queued and taken past `initial` meanwhile: that create succeeded.
      const now = err instanceof InvalidStateTransitionError ? await deps.db.instances.get(plan.uuid, plan.namespace).catch(() => undefined) : undefined;
      if (now !== undefined && BUILDING_OR_BUILT.has(now.state)) return now;
      request.log.warn({ err, instance_uuid: plan.uuid }, 'resumed create failed; left to its first attempt or the abandoned-create sweep');
      throw err;
    }
    await failCreate(deps, request, plan, err);
    recordEvent(deps, request, 'status', 'create failed', 'instance', created.uuid, { error: toSfError(err).message });
    throw err;
  }
}

export const newInstanceUuid = (request: FastifyRequest): string => request.idempotency?.uuid ?? randomUUID();
