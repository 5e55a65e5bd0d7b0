import { ValidationError } from '@sf/common';
import type { Metadata } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { canonicalUuid, jsonColumnText, jsonText, required, type JsonColumn } from '../internal/values.js';
import { ARTIFACT_TABLE } from './artifact.repo.js';
import { BLOB_TABLE } from './blob.repo.js';
import { INSTANCE_TABLE } from './instance.repo.js';
import { NAMESPACE_TABLE } from './namespace.repo.js';
import { NETWORK_INTERFACE_TABLE } from './network-interface.repo.js';
import { NETWORK_TABLE } from './network.repo.js';
import { NODE_TABLE } from './node.repo.js';
import { notFound, type ObjectTable } from './object-table.js';

const OWNERS: ReadonlyMap<string, ObjectTable> = new Map(
  [NAMESPACE_TABLE, NODE_TABLE, INSTANCE_TABLE, NETWORK_TABLE, NETWORK_INTERFACE_TABLE, BLOB_TABLE, ARTIFACT_TABLE].map((t) => [t.kind, t]),
);

interface Owner {
  table: ObjectTable;
  ref: string;
}

function owner(objectType: string, objectRef: string): Owner {
  const table = OWNERS.get(objectType);
  if (table === undefined) throw new ValidationError(`object_type must be one of ${[...OWNERS.keys()].join(', ')}`);
  const ref = required(objectRef, 'object_ref');
  return { table, ref: table.key === 'uuid' ? canonicalUuid(ref, 'object_ref') : ref };
}

/**
 * Metadata belongs to an object the caller can see: a missing object, or
 * one in another namespace, is not found rather than an empty map.
 */
async function checkVisible(db: Sql, o: Owner, namespace: string, forUpdate: boolean): Promise<void> {
  const t = o.table;
  const columns = t.namespaced ? `${t.key}, namespace` : t.key;
  const rows = await db.rows<{ namespace?: string }>(`SELECT ${columns} FROM ${t.table} WHERE ${t.key} = ?${forUpdate ? ' FOR UPDATE' : ''}`, [o.ref]);
  const row = rows[0];
  if (row === undefined || (t.namespaced && namespace !== '' && row.namespace !== namespace)) throw notFound(t, o.ref);
}

async function readAll(db: Sql, o: Owner): Promise<Metadata> {
  const rows = await db.rows<{ meta_key: string; value: JsonColumn }>(
    'SELECT meta_key, value FROM object_metadata WHERE object_type = ? AND object_ref = ? ORDER BY meta_key',
    [o.table.kind, o.ref],
  );
  const values_json: Record<string, string> = {};
  for (const row of rows) values_json[row.meta_key] = jsonColumnText(row.value);
  return { values_json };
}

export async function getMetadata(db: Sql, objectType: string, objectRef: string, namespace: string): Promise<Metadata> {
  const o = owner(objectType, objectRef);
  await checkVisible(db, o, namespace, false);
  return readAll(db, o);
}

/** Sets one key and bumps the owner's generation, in one transaction. */
export async function setMetadata(db: Sql, objectType: string, objectRef: string, namespace: string, key: string, valueJson: string): Promise<Metadata> {
  const o = owner(objectType, objectRef);
  const metaKey = required(key, 'key');
  const value = jsonText(valueJson, 'value_json', null);
  if (value === null) throw new ValidationError('value_json is required');
  return db.transaction(async (tx) => {
    await checkVisible(tx, o, namespace, true);
    await tx.exec(
      `INSERT INTO object_metadata (object_type, object_ref, meta_key, value) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE value = VALUES(value)`,
      [o.table.kind, o.ref, metaKey, value],
    );
    await tx.exec(`UPDATE ${o.table.table} SET generation = generation + 1 WHERE ${o.table.key} = ?`, [o.ref]);
    return readAll(tx, o);
  });
}

export async function deleteMetadata(db: Sql, objectType: string, objectRef: string, namespace: string, key: string): Promise<boolean> {
  const o = owner(objectType, objectRef);
  const metaKey = required(key, 'key');
  return db.transaction(async (tx) => {
    await checkVisible(tx, o, namespace, true);
    const result = await tx.exec('DELETE FROM object_metadata WHERE object_type = ? AND object_ref = ? AND meta_key = ?', [o.table.kind, o.ref, metaKey]);
    if (result.affectedRows > 0) await tx.exec(`UPDATE ${o.table.table} SET generation = generation + 1 WHERE ${o.table.key} = ?`, [o.ref]);
    return result.affectedRows > 0;
  });
}
