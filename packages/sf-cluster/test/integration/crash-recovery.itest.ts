import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { pages, type Instance__Output, type NetworkInterface__Output, type Operation__Output } from '@sf/database-client';
import { SF_API_BIN, spawnApi } from '@sf/tools/api';
import { startTier, type Tier } from '@sf/tools/tier';
import { ABANDONED_AFTER, spawnMaintainer } from '../support/maintainer-process.js';
import { until } from '../support/until.js';

/** How far the clock is moved on once sf-api is dead: past every lease it took, and past the abandon age. */
const TIME_PASSED = ABANDONED_AFTER + 60;
const SECRET = 'crash-test-signing-secret-0123456789abcdef';
const ADMIN_KEY = 'crash-test-admin-key';
const NS = 'crash';
const NS_KEY = 'crash-test-namespace-key';
const NODE = 'node-a';
const LIMITS = { cpus: 100000, memory_mib: 1_000_000, disk_gib: 100000 };
/** Creates in flight at once: enough that a kill finds several mid-way, whatever step each has reached. */
const CONCURRENCY = 24;
/** Each round kills sf-api once this many of its creates were answered and the tier shows another mid-way. */
const KILL_AFTER = [0, 10, 40];
/** Probes, 200 ms apart, that must find the tier unchanged before the dead sf-api's calls count as landed. */
const QUIET_PROBES = 5;

/** What the test asked for under one instance name, and what sf-api answered. */
interface Asked {
  nics: number;
  /** The fixed address of the first interface; '' for one the allocator picks. */
  address: string;
  status?: number;
}

interface Reservation {
  instance: string;
  node: string;
  state: string;
  leased: boolean;
  cpus: number;
  memory_mib: number;
  disk_gib: number;
}

interface Allocation {
  pool: string;
  value: string;
  owner_type: string;
  owner: string;
  leased: boolean;
}

interface Api {
  child: ChildProcess;
  base: string;
}

async function post(base: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const reply = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: reply.status, json: await reply.json().catch(() => undefined) };
}

async function login(base: string, namespace: string, key: string): Promise<string> {
  const reply = await post(base, '/auth', { namespace, key });
  assert.equal(reply.status, 200, `login to ${namespace}`);
  return (reply.json as { access_token: string }).access_token;
}

/**
 * The interface sf-api names as the order-th of an instance before writing
 * its row (uuidFromKey in sf-api's internal/idempotency.ts), so that what a
 * create allocated for an interface it never wrote is told by its instance.
 * Should sf-api name them otherwise, such allocations are reported as held
 * by an interface of no instance: still a failure, less precise.
 */
function plannedNic(instanceUuid: string, order: number): string {
  const h = createHash('sha256').update(`object\n${instanceUuid}/nic/${order}`).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const heldBy = (a: Allocation, owner: { order: number; written: boolean } | undefined): string =>
  `its interface ${owner?.order ?? '?'} (${a.owner}${owner?.written === false ? ', planned, never written' : ''})`;

/**
 * The body of one create: most with one interface and an address the
 * allocator picks; some with a second interface (a kill can fall between
 * the two), some asking for one of a few fixed addresses (racing creates
 * collide: sf-api fails the losers itself, interfaces planned but not
 * written included), some too big for the node (sf-api fails them at
 * placement).
 */
function createBody(name: string, round: number, seq: number, networkUuid: string): { body: Record<string, unknown>; asked: Asked } {
  const nic = { network_uuid: networkUuid };
  const base = { name, cpus: 1, memory: 64, disk: [{ size: 1 }] };
  if (seq % 8 === 7) return { body: { ...base, memory: LIMITS.memory_mib * 2, network: [nic] }, asked: { nics: 1, address: '' } };
  if (seq % 4 === 1) return { body: { ...base, network: [nic, { ...nic, address: 'none' }] }, asked: { nics: 2, address: '' } };
  if (seq % 4 === 2) {
    const address = `10.60.${100 + round}.${10 + (seq % 3)}`;
    return { body: { ...base, network: [{ ...nic, address }] }, asked: { nics: 1, address } };
  }
  return { body: { ...base, network: [nic] }, asked: { nics: 1, address: '' } };
}

describe('a crash of sf-api mid-create (real sf-api and sf-cluster processes, real MariaDB)', function () {
  this.timeout(120000);
  let tier: Tier;
  let maintainer: ChildProcess | undefined;
  let api: Api | undefined;
  let networkUuid = '';
  const children: ChildProcess[] = [];
  /** Every create sent, by instance name. */
  const asked = new Map<string, Asked>();

  /**
   * The rows of a statement that selects one JSON_OBJECT a row, read by
   * the mariadb client: the tier's API lists neither allocations by owner
   * nor reservations with their lease, and moving time on is no call of it.
   */
  const sql = async <T>(statement: string): Promise<T[]> =>
    (await tier.sql(statement)).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);

  /**
   * As if TIME_PASSED seconds had gone by since sf-api died: every create
   * it left looks abandoned and every lease it took has lapsed. Idempotent,
   * and run again while waiting, so a call of the dead process that lands
   * later still is covered too; in UTC, as the tier's own sessions.
   */
  const passTime = () => sql(`
    UPDATE instances SET state_updated = NOW(6) - INTERVAL ${TIME_PASSED} SECOND
      WHERE state = 'initial' AND state_updated > NOW(6) - INTERVAL ${TIME_PASSED} SECOND;
    UPDATE resource_pool_allocations SET expires_at = NOW(6) - INTERVAL ${TIME_PASSED - ABANDONED_AFTER} SECOND
      WHERE expires_at > NOW(6) - INTERVAL ${TIME_PASSED - ABANDONED_AFTER} SECOND;
    UPDATE node_reservations SET lease_expires = NOW(6) - INTERVAL ${TIME_PASSED - ABANDONED_AFTER} SECOND
      WHERE state = 'reserved' AND lease_expires > NOW(6) - INTERVAL ${TIME_PASSED - ABANDONED_AFTER} SECOND`);

  const liveReservations = () => sql<Reservation>(`SELECT JSON_OBJECT('instance', instance_uuid, 'node', node, 'state', state, 'leased', lease_expires IS NOT NULL,
    'cpus', cpus, 'memory_mib', memory_mib, 'disk_gib', disk_gib) FROM node_reservations WHERE state <> 'released'`);
  const allAllocations = () => sql<Allocation>(`SELECT JSON_OBJECT('pool', pool_name, 'value', value, 'owner_type', owner_type, 'owner', owner_uuid,
    'leased', expires_at IS NOT NULL) FROM resource_pool_allocations`);

  const allInstances = async (): Promise<Instance__Output[]> => {
    const instances: Instance__Output[] = [];
    for await (const instance of pages((page) => tier.client.instances.list({ namespace: NS, page }).then((r) => ({ items: r.instances, next: r.next_page_token })))) instances.push(instance);
    return instances;
  };

  /** A create of the namespace that wrote its instance and has not queued its work (nor been failed). */
  const midway = async () => (await tier.client.instances.list({ namespace: NS, states: ['initial'], never_queued: true, page: { page_size: 1, page_token: '' } })).instances.length > 0;

  const startApi = async (): Promise<Api> => {
    const { child, base } = await spawnApi(tier, {
      authSecret: SECRET,
      env: {
        SHAKENFIST_CLUSTER_ABANDONED_CREATE_SECONDS: String(ABANDONED_AFTER),
        SHAKENFIST_SCHEDULER_RESERVATION_LEASE_SECONDS: String(ABANDONED_AFTER),
        SHAKENFIST_SCHEDULER_NODE_STALE_SECONDS: '3600',
      },
    });
    children.push(child);
    return { child, base };
  };

  const kill = async (child: ChildProcess): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };

  before(async () => {
    tier = await startTier(2);
    const db = tier.client;
    await db.nodes.register({ name: NODE, fqdn: NODE, mesh_ip: '127.0.0.1', ...LIMITS, roles: ['hypervisor'] });
    await db.scheduling.setNodeLimits(NODE, LIMITS);
    // The namespace and its key as an operator makes them: through sf-api, whose key hashing is its own.
    const keyed = spawn(process.execPath, [SF_API_BIN, 'ensure-admin-key', 'admin'], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(',') }, stdio: ['pipe', 'ignore', 'inherit'] });
    keyed.stdin.end(`${ADMIN_KEY}\n`);
    assert.deepEqual(await once(keyed, 'exit'), [0, null], 'ensure-admin-key');
    api = await startApi();
    const created = await post(api.base, '/auth/namespaces', { namespace: NS, key_name: 'k', key: NS_KEY }, await login(api.base, 'system', ADMIN_KEY));
    assert.equal(created.status, 200, JSON.stringify(created.json));
    const lan = await db.networks.create({ namespace: NS, name: 'lan', netblock: '10.60.0.0/16' });
    await db.networks.transition(lan.uuid, 'created');
    networkUuid = lan.uuid;
    // Started before any create, and never reconciling again: a counter a rollback forgot is not corrected behind the test's back.
    maintainer = (await spawnMaintainer(tier, { SHAKENFIST_SCHEDULER_RECONCILE_INTERVAL_SECONDS: '86400' })).child;
    children.push(maintainer);
    await until('sf-cluster to lead', async () => {
      const reply = await db.locks.get('sf-cluster-maintainer');
      return reply.lock?.holder?.includes(`:${maintainer?.pid}:`) === true ? true : undefined;
    });
  });
  afterEach(async () => {
    if (api !== undefined) await kill(api.child);
    api = undefined;
  });
  after(async () => {
    await Promise.all(children.map(kill));
    await tier?.stop();
  });

  /**
   * CONCURRENCY clients, each sending creates one after another until
   * stop(), or until sf-api dies under it (the reply lost, the create cut
   * wherever it was).
   */
  const fire = (base: string, token: string, round: number) => {
    let seq = 0;
    let answered = 0;
    let stopped = false;
    const client = async (): Promise<void> => {
      while (!stopped) {
        const name = `r${round}-${seq}`;
        const { body, asked: what } = createBody(name, round, seq, networkUuid);
        seq += 1;
        asked.set(name, what);
        const reply = await post(base, '/instances', body, token).catch(() => undefined);
        if (reply === undefined) return;
        what.status = reply.status;
        if (reply.status === 200) answered += 1;
      }
    };
    const done = Promise.all(Array.from({ length: CONCURRENCY }, client));
    return { answered: () => answered, stop: () => (stopped = true), done };
  };

  /** What the creates write, summed: unchanged while nothing writes. */
  const footprint = async () => JSON.stringify(await sql(`SELECT JSON_OBJECT(
    'instances', (SELECT COUNT(*) + COALESCE(SUM(generation), 0) FROM instances),
    'interfaces', (SELECT COUNT(*) + COALESCE(SUM(generation), 0) FROM network_interfaces),
    'allocations', (SELECT COUNT(*) + COUNT(expires_at) + COALESCE(SUM(generation), 0) FROM resource_pool_allocations),
    'reservations', (SELECT COUNT(*) + COUNT(lease_expires) + COALESCE(SUM(generation), 0) FROM node_reservations),
    'operations', (SELECT COUNT(*) FROM cluster_operations),
    'calls', (SELECT COUNT(*) FROM rpc_requests))`));

  /**
   * sf-database finishes a call whose client has died, so calls the dead
   * sf-api sent can still land: time is moved on only once what creates
   * write has stopped changing for QUIET_PROBES probes in a row, as it
   * would have long before the maintainer acted on them.
   */
  const quiet = async (): Promise<void> => {
    let last = '';
    let same = 0;
    await until('the calls of the dead sf-api to land', async () => {
      const now = await footprint();
      same = now === last ? same + 1 : 0;
      last = now;
      return same >= QUIET_PROBES ? true : undefined;
    });
  };

  /** No create left half made, no lease left to lapse: what the maintainer has to do is done (false if it did not, in time). */
  const settle = (): Promise<boolean> =>
    until('sf-cluster to settle what the dead sf-api left', async () => {
      await passTime();
      if (await midway()) return undefined;
      if ((await tier.client.allocations.usage()).some((pool) => Number(pool.leased) + Number(pool.expired) > 0)) return undefined;
      return (await liveReservations()).some((r) => r.leased) ? undefined : true;
    }).catch(() => false);

  /**
   * Every broken invariant, naming the instance (or the allocation or
   * reservation) that breaks it. An instance is either a complete create
   * (initial, its create queued once for its node, its reservation kept on
   * that node, its interfaces as asked with their MAC and address
   * allocated to them and kept) or rolled back (error, nothing queued, no
   * reservation, nothing held by its interfaces, written or only planned);
   * nothing is held for an instance that does not exist; no lease is left;
   * the node's counted use is the sum of the complete creates.
   */
  const brokenInvariants = async (): Promise<string[]> => {
    const db = tier.client;
    const instances = await allInstances();
    const byUuid = new Map(instances.map((i) => [i.uuid, i]));
    const nicsOf = new Map<string, NetworkInterface__Output[]>();
    const ownerOf = new Map<string, { instance: Instance__Output; order: number; written: boolean }>();
    for (const instance of instances) {
      for (let order = 0; order < (asked.get(instance.name)?.nics ?? 0); order += 1) ownerOf.set(plannedNic(instance.uuid, order), { instance, order, written: false });
    }
    for await (const nic of pages((page) => db.networkInterfaces.list({ namespace: NS, page }).then((r) => ({ items: r.network_interfaces, next: r.next_page_token })))) {
      nicsOf.set(nic.instance_uuid, [...(nicsOf.get(nic.instance_uuid) ?? []), nic]);
      const instance = byUuid.get(nic.instance_uuid);
      if (instance !== undefined) ownerOf.set(nic.uuid, { instance, order: nic.order, written: true });
    }
    const queuedFor = new Map<string, Operation__Output[]>();
    const queue = (page: { page_size: number; page_token: string }) => db.operations.list({ operation_type: 'instance.create', states: ['queued', 'claimed'], page });
    for await (const op of pages((page) => queue(page).then((r) => ({ items: r.operations, next: r.next_page_token })))) {
      for (const target of op.targets) if (target.object_type === 'instance') queuedFor.set(target.object_uuid, [...(queuedFor.get(target.object_uuid) ?? []), op]);
    }
    const reservations = new Map((await liveReservations()).map((r) => [r.instance, r]));
    const allocations = await allAllocations();
    const [node] = await db.scheduling.candidates(NS);

    const broken: string[] = [];
    const want = { cpus: 0, memory_mib: 0, disk_gib: 0 };
    for (const instance of instances) {
      const label = `instance ${instance.name} (${instance.uuid})`;
      const queued = queuedFor.get(instance.uuid) ?? [];
      const reservation = reservations.get(instance.uuid);
      const nics = (nicsOf.get(instance.uuid) ?? []).sort((a, b) => a.order - b.order);
      const held = allocations.filter((a) => a.owner_type === 'network_interface' && ownerOf.get(a.owner)?.instance === instance);
      const request = asked.get(instance.name);
      if (instance.state === 'initial') {
        const disk = instance.disks.reduce((sum, d) => sum + d.size_gib, 0);
        want.cpus += instance.cpus;
        want.memory_mib += instance.memory_mib;
        want.disk_gib += disk;
        if (queued.length !== 1) broken.push(`${label}: initial with ${queued.length} create operations queued, not one`);
        else if (queued[0]?.target_node !== instance.node) broken.push(`${label}: on node "${instance.node}" but its create is queued for "${queued[0]?.target_node}"`);
        if (reservation === undefined) broken.push(`${label}: complete, but holds no reservation`);
        else {
          if (reservation.leased) broken.push(`${label}: complete, but its reservation is still leased, not kept`);
          if (reservation.node !== instance.node) broken.push(`${label}: on node "${instance.node}" but reserved on ${reservation.node}`);
          if (reservation.cpus !== instance.cpus || reservation.memory_mib !== instance.memory_mib || reservation.disk_gib !== disk) broken.push(`${label}: its reservation is not its size`);
        }
        if (nics.length !== request?.nics) broken.push(`${label}: complete with ${nics.length} interfaces, ${request?.nics ?? 'none'} asked`);
        const expected = nics.flatMap((nic) => [
          { nic, pool: 'mac', value: nic.macaddr },
          ...(nic.ipv4 === '' ? [] : [{ nic, pool: `ipv4:${nic.network_uuid}`, value: nic.ipv4 }]),
        ]);
        for (const nic of nics) {
          if (nic.order === 0 && nic.ipv4 === '') broken.push(`${label}, interface 0 (${nic.uuid}): no address`);
          if (nic.order === 0 && request?.address !== '' && nic.ipv4 !== request?.address) broken.push(`${label}, interface 0 (${nic.uuid}): address ${nic.ipv4}, ${request?.address} asked`);
        }
        for (const { nic, pool, value } of expected) {
          const allocation = held.find((a) => a.pool === pool && a.value === value && a.owner === nic.uuid);
          if (allocation === undefined) broken.push(`${label}, interface ${nic.order} (${nic.uuid}): its ${pool} ${value} is not allocated to it`);
          else if (allocation.leased) broken.push(`${label}, interface ${nic.order} (${nic.uuid}): its ${pool} ${value} is still leased, not kept`);
        }
        for (const a of held.filter((h) => !expected.some((e) => e.pool === h.pool && e.value === h.value && e.nic.uuid === h.owner))) {
          broken.push(`${label}: complete, but ${heldBy(a, ownerOf.get(a.owner))} also holds ${a.pool} ${a.value}`);
        }
      } else if (instance.state === 'error') {
        if (queued.length > 0) broken.push(`${label}: rolled back (error), but its create is queued`);
        if (reservation !== undefined) broken.push(`${label}: rolled back (error), but still holds its reservation on ${reservation.node} (${reservation.state})`);
        for (const a of held) broken.push(`${label}: rolled back (error), but ${heldBy(a, ownerOf.get(a.owner))} still holds ${a.pool} ${a.value}${a.leased ? ' (on a lease)' : ''}`);
        if (request?.status === 200) broken.push(`${label}: sf-api answered 200, but it was rolled back`);
      } else {
        broken.push(`${label}: in state ${instance.state}, neither a complete create (initial, queued) nor rolled back (error)`);
      }
    }
    for (const r of reservations.values()) {
      if (!byUuid.has(r.instance)) broken.push(`a reservation on ${r.node} (${r.state}) is held for instance ${r.instance}, which does not exist`);
    }
    for (const a of allocations) {
      if (a.owner_type !== 'network_interface') broken.push(`${a.pool} ${a.value} is held by ${a.owner_type} ${a.owner}: these creates allocate only for interfaces`);
      else if (!ownerOf.has(a.owner)) broken.push(`${a.pool} ${a.value} is held by interface ${a.owner}, of no instance${a.leased ? ' (on a lease)' : ''}`);
    }
    const used = { cpus: node?.used?.cpus ?? 0, memory_mib: node?.used?.memory_mib ?? 0, disk_gib: node?.used?.disk_gib ?? 0 };
    if (JSON.stringify(used) !== JSON.stringify(want)) broken.push(`${NODE} counts ${JSON.stringify(used)} used; its complete creates take ${JSON.stringify(want)}`);
    for (const drift of await db.scheduling.reconcile()) broken.push(`the ${drift.scope} counters of ${drift.key} disagreed with the live reservations`);
    return broken;
  };

  for (const [round, killAfter] of KILL_AFTER.entries()) {
    it(`round ${round + 1}: sf-api killed once ${killAfter} creates were answered, others mid-way: each is complete or rolled back, nothing leaks`, async () => {
      api ??= await startApi();
      const load = fire(api.base, await login(api.base, NS, NS_KEY), round);
      try {
        await until(`${killAfter} creates answered and another mid-way`, async () => (load.answered() >= killAfter && (await midway()) ? true : undefined), 30000, 5);
      } finally {
        load.stop();
        await kill(api.child);
        api = undefined;
        await load.done;
      }
      await quiet();
      const settled = await settle();
      const broken = await brokenInvariants();
      assert.deepEqual(broken, [], `after round ${round + 1}, ${broken.length} broken:\n${broken.slice(0, 30).join('\n')}`);
      assert.ok(settled, 'sf-cluster settled what the dead sf-api left');
    });
  }

  // Over the rounds above, not on its own: that the kills did land where the invariants are worth checking.
  it('the kills caught creates mid-way, which sf-cluster rolled back, and creates sf-api finished were kept', async () => {
    const instances = await allInstances();
    assert.ok(instances.some((i) => i.state === 'error' && /abandoned/.test(i.error_message)), 'a create failed as abandoned');
    assert.ok(instances.some((i) => i.state === 'initial'), 'a create complete');
  });
});
