import type { GetInstanceViewsResponse, InstanceView, KeyCheck__Output } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { isUuid, canonicalUuid, jsonColumnText, type JsonColumn } from '../internal/values.js';
import { getInstances } from './instance.repo.js';
import { INTERFACE_COLUMNS, toInterface, type InterfaceRow } from './network-interface.repo.js';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The token's key still exists with the nonce it was minted with; a deleted or re-set key fails. */
async function keyHolds(db: Sql, check: KeyCheck__Output): Promise<boolean> {
  const rows = await db.rows<{ nonce: string }>('SELECT nonce FROM namespace_keys WHERE namespace = ? AND key_name = ?', [check.namespace, check.key_name]);
  return rows[0]?.nonce === check.nonce && check.nonce !== '';
}

/**
 * Instances with their interfaces (in NIC order) and metadata. The key
 * check and the three reads go out together on separate connections (one
 * round of queries, not four in a row); interfaces and metadata of an
 * instance the caller cannot see are dropped with it, and a failed key
 * check discards everything.
 */
export async function getInstanceViews(db: Sql, uuids: readonly string[], namespace: string, check: KeyCheck__Output | null): Promise<GetInstanceViewsResponse> {
  const wanted = [...new Set(uuids.filter((u) => isUuid(u)).map((u) => canonicalUuid(u)))];
  const none = Promise.resolve([]);
  const [keyOk, found, nics, meta] = await Promise.all([
    check !== null && check.namespace !== '' ? keyHolds(db, check) : Promise.resolve(true),
    getInstances(db, uuids, namespace),
    wanted.length === 0 ? none : db.textRows<InterfaceRow>(
      `SELECT ${INTERFACE_COLUMNS} FROM network_interfaces WHERE instance_uuid IN (${placeholders(wanted.length)}) ORDER BY instance_uuid, iface_order`, wanted),
    wanted.length === 0 ? none : db.textRows<{ object_ref: string; meta_key: string; value: JsonColumn }>(
      `SELECT object_ref, meta_key, value FROM object_metadata WHERE object_type = 'instance' AND object_ref IN (${placeholders(wanted.length)}) ORDER BY object_ref, meta_key`, wanted),
  ]);
  if (!keyOk) return { key_ok: false };
  const views = new Map<string, InstanceView>((found.instances ?? []).map((i) => [i.uuid ?? '', { instance: i, interfaces: [], metadata_json: {} }]));
  for (const row of nics) views.get(row.instance_uuid)?.interfaces?.push(toInterface(row));
  for (const row of meta) {
    const view = views.get(row.object_ref);
    if (view?.metadata_json !== undefined) view.metadata_json[row.meta_key] = jsonColumnText(row.value);
  }
  return { key_ok: true, views: [...views.values()], missing: found.missing ?? [], invalid: found.invalid ?? [] };
}
