import { randomUUID } from 'node:crypto';
import { ValidationError } from '@sf/common';
import type { ListNetworkInterfacesRequest__Output, NetworkInterface, UpdateNetworkInterfaceRequest__Output } from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { NETWORK_INTERFACE_STATES, NETWORK_INTERFACE_START_STATES, checkStartState } from '../internal/states.js';
import { ListQuery, canonicalUuid, epoch, jsonColumnText, nullable, paged, required, placeholders, text, type JsonColumn } from '../internal/values.js';
import { requireReadyNetwork } from './network.repo.js';
import { assignments, getRow, purgeDeleted, transitionState, updateColumns, type ObjectTable } from './object-table.js';

export const NETWORK_INTERFACE_TABLE: ObjectTable = {
  table: 'network_interfaces',
  key: 'uuid',
  kind: 'network_interface',
  namespaced: true,
  machine: NETWORK_INTERFACE_STATES,
};

export interface InterfaceRow {
  uuid: string;
  namespace: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  network_uuid: string;
  instance_uuid: string;
  macaddr: string;
  ipv4: string | null;
  iface_order: number;
  model: string;
  floating: string | null;
}

export const INTERFACE_COLUMNS = 'uuid, namespace, state, state_updated, generation, created, network_uuid, instance_uuid, macaddr, ipv4, iface_order, model, floating';
const COLUMNS = INTERFACE_COLUMNS;
const GET_SQL = `SELECT ${COLUMNS} FROM network_interfaces WHERE uuid = ?`;
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

export function toInterface(row: InterfaceRow): NetworkInterface {
  return {
    uuid: row.uuid,
    namespace: row.namespace,
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    network_uuid: row.network_uuid,
    instance_uuid: row.instance_uuid,
    macaddr: row.macaddr,
    ipv4: text(row.ipv4),
    order: row.iface_order,
    model: row.model,
    floating: text(row.floating),
  };
}

/** An object_metadata row of an interface, as read beside interface rows. */
export type InterfaceMetadataRow = { object_ref: string; meta_key: string; value: JsonColumn };

/** Puts each metadata row on the interface it belongs to (the interfaces' metadata_json). */
export function withInterfaceMetadata(nics: NetworkInterface[], rows: readonly InterfaceMetadataRow[]): NetworkInterface[] {
  const byUuid = new Map(nics.map((nic) => [nic.uuid, nic]));
  for (const row of rows) {
    const nic = byUuid.get(row.object_ref);
    if (nic !== undefined) (nic.metadata_json ??= {})[row.meta_key] = jsonColumnText(row.value);
  }
  return nics;
}

export async function getNetworkInterface(db: Sql, uuid: string, namespace: string): Promise<NetworkInterface> {
  return toInterface(await getRow<InterfaceRow>(db, NETWORK_INTERFACE_TABLE, GET_SQL, canonicalUuid(uuid), namespace));
}

export async function createNetworkInterface(db: Sql, input: NetworkInterface): Promise<NetworkInterface> {
  const uuid = input.uuid === undefined || input.uuid === '' ? randomUUID() : canonicalUuid(input.uuid);
  const mac = required(input.macaddr, 'macaddr').toLowerCase();
  if (!MAC.test(mac)) throw new ValidationError(`macaddr "${mac}" is not a colon separated MAC address`);
  const params: Param[] = [
    uuid,
    required(input.namespace, 'namespace'),
    checkStartState(NETWORK_INTERFACE_START_STATES, 'network_interface', input.state ?? ''),
    canonicalUuid(required(input.network_uuid, 'network_uuid'), 'network_uuid'),
    canonicalUuid(required(input.instance_uuid, 'instance_uuid'), 'instance_uuid'),
    mac,
    nullable(input.ipv4),
    input.order ?? 0,
    input.model === undefined || input.model === '' ? 'virtio' : input.model,
    nullable(input.floating),
  ];
  return db.transaction(async (tx) => {
    await requireReadyNetwork(tx, params[3] as string);
    await tx.exec(
      `INSERT INTO network_interfaces (uuid, namespace, state, network_uuid, instance_uuid, macaddr, ipv4, iface_order, model, floating)
       VALUES (${placeholders(params.length)})`,
      params,
    );
    return getNetworkInterface(tx, uuid, '');
  });
}

export async function listNetworkInterfaces(
  db: Sql,
  req: ListNetworkInterfacesRequest__Output,
): Promise<{ network_interfaces: NetworkInterface[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIf(req.namespace, 'namespace = ?')
    .whereIn('state', req.states)
    .whereIf(req.network_uuid === '' ? '' : canonicalUuid(req.network_uuid, 'network_uuid'), 'network_uuid = ?')
    .whereIf(req.instance_uuid === '' ? '' : canonicalUuid(req.instance_uuid, 'instance_uuid'), 'instance_uuid = ?');
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM network_interfaces`, 'uuid', req.page);
  const { items, next } = paged(await db.rows<InterfaceRow>(sql, params), limit, (row) => row.uuid);
  const nics = items.map(toInterface);
  if (req.with_metadata && items.length > 0) {
    const metadata = await db.textRows<InterfaceMetadataRow>(
      `SELECT object_ref, meta_key, value FROM object_metadata WHERE object_type = '${NETWORK_INTERFACE_TABLE.kind}'
        AND object_ref IN (${placeholders(items.length)}) ORDER BY object_ref, meta_key`,
      items.map((row) => row.uuid),
    );
    withInterfaceMetadata(nics, metadata);
  }
  return { network_interfaces: nics, next_page_token: next };
}

export async function transitionNetworkInterface(db: Sql, uuid: string, namespace: string, to: string, from: readonly string[]): Promise<NetworkInterface> {
  const key = canonicalUuid(uuid);
  await transitionState(db, NETWORK_INTERFACE_TABLE, key, namespace, to, from);
  return getNetworkInterface(db, key, '');
}

export async function updateNetworkInterface(db: Sql, req: UpdateNetworkInterfaceRequest__Output): Promise<NetworkInterface> {
  const key = canonicalUuid(req.uuid);
  const set = assignments([
    ['ipv4', req.ipv4 === undefined ? undefined : nullable(req.ipv4)],
    ['floating', req.floating === undefined ? undefined : nullable(req.floating)],
  ]);
  if (set.sql.length === 0) throw new ValidationError('nothing to update');
  await updateColumns(db, NETWORK_INTERFACE_TABLE, key, req.namespace, req.expected_generation, set);
  return getNetworkInterface(db, key, '');
}

export async function deleteNetworkInterface(db: Sql, uuid: string, namespace: string): Promise<void> {
  await purgeDeleted(db, NETWORK_INTERFACE_TABLE, canonicalUuid(uuid), namespace);
}
