import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@sf/common';
import type { Namespace, NamespaceKey } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { epoch, required } from '../internal/values.js';
import { NAMESPACE_TABLE, createNamespace, requireLiveNamespace } from './namespace.repo.js';
import { currentState } from './object-table.js';

interface KeyRow {
  namespace: string;
  key_name: string;
  key_hash: string;
  nonce: string;
  created: Date;
  generation: number;
}

const COLUMNS = 'namespace, key_name, key_hash, nonce, created, generation';

function toKey(row: KeyRow): NamespaceKey {
  return { namespace: row.namespace, key_name: row.key_name, key_hash: row.key_hash, nonce: row.nonce, created: epoch(row.created), generation: row.generation };
}

/**
 * Upsert with a fresh nonce: tokens minted with the previous key stop
 * verifying. Only while the namespace is created (see retireNamespace).
 */
export async function setNamespaceKey(db: Sql, namespace: string, keyName: string, keyHash: string): Promise<NamespaceKey> {
  const ns = required(namespace, 'namespace');
  const name = required(keyName, 'key_name');
  const hash = required(keyHash, 'key_hash');
  return db.transaction(async (tx) => {
    await requireLiveNamespace(tx, ns);
    await tx.exec(
      `INSERT INTO namespace_keys (namespace, key_name, key_hash, nonce) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE key_hash = VALUES(key_hash), nonce = VALUES(nonce), generation = generation + 1`,
      [ns, name, hash, randomUUID()],
    );
    return getNamespaceKey(tx, ns, name);
  });
}

/** A namespace with the first key its creator asked for, in one transaction: never one without the other. */
export async function createNamespaceWithKey(db: Sql, input: Namespace, firstKey: NamespaceKey | null | undefined): Promise<Namespace> {
  if (firstKey === null || firstKey === undefined || (firstKey.key_name ?? '') === '') return createNamespace(db, input);
  return db.transaction(async (tx) => {
    const ns = await createNamespace(tx, input);
    await setNamespaceKey(tx, ns.name ?? '', firstKey.key_name ?? '', firstKey.key_hash ?? '');
    return ns;
  });
}

export async function getNamespaceKey(db: Sql, namespace: string, keyName: string): Promise<NamespaceKey> {
  const rows = await db.rows<KeyRow>(`SELECT ${COLUMNS} FROM namespace_keys WHERE namespace = ? AND key_name = ?`, [
    required(namespace, 'namespace'),
    required(keyName, 'key_name'),
  ]);
  const row = rows[0];
  if (row === undefined) throw new NotFoundError(`namespace ${namespace} has no key ${keyName}`, { code: 'SF_ERR_NOT_FOUND_NAMESPACE_KEY' });
  return toKey(row);
}

/** A namespace that does not exist is not found, not a namespace without keys. */
export async function listNamespaceKeys(db: Sql, namespace: string): Promise<NamespaceKey[]> {
  const ns = required(namespace, 'namespace');
  await currentState(db, NAMESPACE_TABLE, ns, '');
  const rows = await db.rows<KeyRow>(`SELECT ${COLUMNS} FROM namespace_keys WHERE namespace = ? ORDER BY key_name`, [ns]);
  return rows.map(toKey);
}

export async function deleteNamespaceKey(db: Sql, namespace: string, keyName: string): Promise<boolean> {
  const result = await db.exec('DELETE FROM namespace_keys WHERE namespace = ? AND key_name = ?', [required(namespace, 'namespace'), required(keyName, 'key_name')]);
  return result.affectedRows > 0;
}

export async function listNamespaceTrusts(db: Sql, namespace: string): Promise<string[]> {
  const ns = required(namespace, 'namespace');
  await currentState(db, NAMESPACE_TABLE, ns, '');
  const rows = await db.rows<{ trusted_namespace: string }>('SELECT trusted_namespace FROM namespace_trusts WHERE namespace = ? ORDER BY trusted_namespace', [ns]);
  return rows.map((r) => r.trusted_namespace);
}

/** Idempotent: trusting twice is one trust. Both namespaces must exist (foreign keys). */
export async function addNamespaceTrust(db: Sql, namespace: string, trusted: string): Promise<string[]> {
  await db.exec('INSERT INTO namespace_trusts (namespace, trusted_namespace) VALUES (?, ?) ON DUPLICATE KEY UPDATE namespace = namespace', [
    required(namespace, 'namespace'),
    required(trusted, 'trusted_namespace'),
  ]);
  return listNamespaceTrusts(db, namespace);
}

export async function removeNamespaceTrust(db: Sql, namespace: string, trusted: string): Promise<string[]> {
  await db.exec('DELETE FROM namespace_trusts WHERE namespace = ? AND trusted_namespace = ?', [required(namespace, 'namespace'), required(trusted, 'trusted_namespace')]);
  return listNamespaceTrusts(db, namespace);
}
