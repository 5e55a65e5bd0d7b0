import type { GetInstanceViewsResponse, InstanceView, KeyCheck__Output } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { jsonColumnText, type JsonColumn } from '../internal/values.js';
import { getInstances } from './instance.repo.js';
import { INTERFACE_COLUMNS, toInterface, type InterfaceRow } from './network-interface.repo.js';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The token's key still exists with the nonce it was minted with; a deleted or re-set key fails. */
async function keyHolds(db: Sql, check: KeyCheck__Output): Promise<boolean> {
  const rows = await db.rows<{ nonce: string }>('SELECT nonce FROM namespace_keys WHERE namespace = ? AND key_name = ?', [check.namespace, check.key_name]);
  return rows[0]?.nonce === check.nonce && check.nonce !== '';
}

/**
 * Instances with their interfaces (in NIC order) and metadata: three
 * indexed queries (text protocol, as the IN lists vary in length) after the
 * key check, whatever the number of instances.
 */
export async function getInstanceViews(db: Sql, uuids: readonly string[], namespace: string, check: KeyCheck__Output | null): Promise<GetInstanceViewsResponse> {
  if (check !== null && check.namespace !== '' && !(await keyHolds(db, check))) return { key_ok: false };
  const found = await getInstances(db, uuids, namespace);
  const instances = found.instances ?? [];
  const views = new Map<string, InstanceView>(instances.map((i) => [i.uuid ?? '', { instance: i, interfaces: [], metadata_json: {} }]));
  const keys = [...views.keys()];
  if (keys.length > 0) {
    const [nics, meta] = await Promise.all([
      db.textRows<InterfaceRow>(`SELECT ${INTERFACE_COLUMNS} FROM network_interfaces WHERE instance_uuid IN (${placeholders(keys.length)}) ORDER BY instance_uuid, iface_order`, keys),
      db.textRows<{ object_ref: string; meta_key: string; value: JsonColumn }>(
        `SELECT object_ref, meta_key, value FROM object_metadata WHERE object_type = 'instance' AND object_ref IN (${placeholders(keys.length)}) ORDER BY object_ref, meta_key`, keys),
    ]);
    for (const row of nics) views.get(row.instance_uuid)?.interfaces?.push(toInterface(row));
    for (const row of meta) {
      const view = views.get(row.object_ref);
      if (view?.metadata_json !== undefined) view.metadata_json[row.meta_key] = jsonColumnText(row.value);
    }
  }
  return { key_ok: true, views: [...views.values()], missing: found.missing ?? [], invalid: found.invalid ?? [] };
}
