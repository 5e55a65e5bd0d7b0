import { randomUUID } from 'node:crypto';
import { DependencyNotReadyError, InvalidStateTransitionError, ValidationError } from '@sf/common';
import type { ListNetworksRequest__Output, Network, UpdateNetworkRequest__Output } from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { NETWORK_STATES, NETWORK_START_STATES, checkStartState } from '../internal/states.js';
import { whereMaintenance } from './list-filters.js';
import { requireLiveNamespace } from './namespace.repo.js';
import { ListQuery, canonicalUuid, epoch, nullable, paged, required, text, placeholders } from '../internal/values.js';
import { assignments, getRow, lockedState, requireLive, transitionAsked, transitionState, updateColumns, type ObjectTable, type TransitionAsked, type TransitionGuard } from './object-table.js';

export const NETWORK_TABLE: ObjectTable = { table: 'networks', key: 'uuid', kind: 'network', namespaced: true, machine: NETWORK_STATES };

interface NetworkRow {
  uuid: string;
  namespace: string;
  name: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  vxid: number | null;
  netblock: string;
  provide_dhcp: number;
  provide_nat: number;
  provide_dns: number;
  carrier_node: string | null;
  egress_ipv4: string | null;
  error_message: string | null;
}

const COLUMNS = `uuid, namespace, name, state, state_updated, generation, created, vxid, netblock, provide_dhcp,
  provide_nat, provide_dns, carrier_node, egress_ipv4, error_message`;
const GET_SQL = `SELECT ${COLUMNS} FROM networks WHERE uuid = ?`;

function toNetwork(row: NetworkRow): Network {
  return {
    uuid: row.uuid,
    namespace: row.namespace,
    name: row.name,
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    vxid: row.vxid ?? 0,
    netblock: row.netblock,
    provide_dhcp: row.provide_dhcp === 1,
    provide_nat: row.provide_nat === 1,
    provide_dns: row.provide_dns === 1,
    carrier_node: text(row.carrier_node),
    egress_ipv4: text(row.egress_ipv4),
    error_message: text(row.error_message),
  };
}

const NETBLOCK = /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/;

export async function getNetwork(db: Sql, uuid: string, namespace: string): Promise<Network> {
  return toNetwork(await getRow<NetworkRow>(db, NETWORK_TABLE, GET_SQL, canonicalUuid(uuid), namespace));
}

/** Under a shared lock until the caller's transaction ends: interfaces join a network only while it is created. */
export async function requireReadyNetwork(tx: Sql, uuid: string): Promise<void> {
  const key = canonicalUuid(uuid, 'network_uuid');
  await requireLive(tx, NETWORK_TABLE, key, ['created'], (state) =>
    new DependencyNotReadyError(`network ${key} is not ready (${state})`, { details: { current_state: state } }));
}

/** A network's name is free text and may be empty (API.md section 6.1). */
export async function createNetwork(db: Sql, input: Network): Promise<Network> {
  const uuid = input.uuid === undefined || input.uuid === '' ? randomUUID() : canonicalUuid(input.uuid);
  const netblock = required(input.netblock, 'netblock');
  if (!NETBLOCK.test(netblock)) throw new ValidationError(`netblock "${netblock}" is not an IPv4 CIDR`);
  const params: Param[] = [
    uuid,
    required(input.namespace, 'namespace'),
    input.name ?? '',
    checkStartState(NETWORK_START_STATES, 'network', input.state ?? ''),
    input.vxid === undefined || input.vxid === 0 ? null : input.vxid,
    netblock,
    input.provide_dhcp === true,
    input.provide_nat === true,
    input.provide_dns === true,
    nullable(input.carrier_node),
    nullable(input.egress_ipv4),
  ];
  return db.transaction(async (tx) => {
    await requireLiveNamespace(tx, params[1] as string);
    await tx.exec(
      `INSERT INTO networks (uuid, namespace, name, state, vxid, netblock, provide_dhcp, provide_nat, provide_dns, carrier_node, egress_ipv4)
       VALUES (${placeholders(params.length)})`,
      params,
    );
    return getNetwork(tx, uuid, '');
  });
}

/**
 * A network's DELETE (API.md section 6.2): to delete-wait while interfaces
 * not yet deleted name it, else to deleted, decided under its row lock (see
 * requireReadyNetwork). One in error or already deleted is left as it is.
 */
export async function retireNetwork(db: Sql, uuid: string, namespace: string): Promise<Network> {
  const key = canonicalUuid(required(uuid, 'uuid'));
  return db.transaction(async (tx) => {
    const state = await lockedState(tx, NETWORK_TABLE, key, namespace);
    if (state === 'deleted' || state === 'error') {
      throw new InvalidStateTransitionError(`network ${key} is ${state}`, { details: { current_state: state, to_state: 'deleted' } });
    }
    const [live] = await tx.rows<{ n: number }>("SELECT COUNT(*) AS n FROM network_interfaces WHERE network_uuid = ? AND state IN ('initial', 'created')", [key]);
    const next = Number(live?.n) > 0 ? 'delete-wait' : 'deleted';
    if (state !== next) await transitionState(tx, NETWORK_TABLE, key, namespace, next, []);
    return getNetwork(tx, key, '');
  });
}

export async function listNetworks(db: Sql, req: ListNetworksRequest__Output): Promise<{ networks: Network[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIf(req.namespace, 'namespace = ?')
    .whereIn('state', req.states)
    .whereIf(req.name, 'name = ?')
    .whereIf(req.carrier_node, 'carrier_node = ?');
  // A network that names no VNI has NULL there, which no comparison lets through.
  if (req.holds_vni) query.where('vxid <> 0');
  whereMaintenance(query, NETWORK_TABLE, req);
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM networks`, 'uuid', req.page);
  const { items, next } = paged(await db.rows<NetworkRow>(sql, params), limit, (row) => row.uuid);
  return { networks: items.map(toNetwork), next_page_token: next };
}

export async function transitionNetwork(db: Sql, req: TransitionAsked, guard?: TransitionGuard): Promise<Network> {
  return getNetwork(db, await transitionAsked(db, NETWORK_TABLE, req, guard), '');
}

export async function updateNetwork(db: Sql, req: UpdateNetworkRequest__Output): Promise<Network> {
  const key = canonicalUuid(req.uuid);
  const set = assignments([
    ['vxid', req.vxid === undefined ? undefined : req.vxid || null],
    ['carrier_node', req.carrier_node === undefined ? undefined : nullable(req.carrier_node)],
    ['egress_ipv4', req.egress_ipv4 === undefined ? undefined : nullable(req.egress_ipv4)],
    ['error_message', req.error_message === undefined ? undefined : nullable(req.error_message)],
  ]);
  if (set.sql.length === 0) throw new ValidationError('nothing to update');
  await updateColumns(db, NETWORK_TABLE, key, req.namespace, req.expected_generation, set);
  return getNetwork(db, key, '');
}

