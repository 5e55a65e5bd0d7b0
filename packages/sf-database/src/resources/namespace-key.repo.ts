import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError } from '@sf/common';
import type { Namespace, NamespaceKey } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { epoch, required } from '../internal/values.js';
import { NAMESPACE_TABLE, createNamespace, lockLiveNamespace, requireLiveNamespace } from './namespace.repo.js';
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
 * Refused when keyName is new and the namespace already holds maxKeys keys.
 * Every capped set takes the namespace's exclusive lock first, so sets racing
 * for its last place count one after the other.
 */
async function requireRoomForKey(tx: Sql, namespace: string, keyName: string, maxKeys: number): Promise<void> {
  await lockLiveNamespace(tx, namespace);
  // A plain read, which gap-locks no other namespace's keys: the transaction's snapshot starts here, after
  // the lock is held, so it holds every key of the sets that held the lock before.
  const [row] = await tx.rows<{ n: number; present: number }>(
    'SELECT COUNT(*) AS n, COUNT(CASE WHEN key_name = ? THEN 1 END) AS present FROM namespace_keys WHERE namespace = ?',
    [keyName, namespace],
  );
  if (Number(row?.present) > 0 || Number(row?.n) < maxKeys) return;
  throw new ValidationError(`namespace ${namespace} already has ${maxKeys} keys, the most it may have`, {
    code: 'SF_ERR_VALIDATION_TOO_MANY_KEYS',
    details: { max_keys: maxKeys },
  });
}

/**
 * Upsert with a fresh nonce: tokens minted with the previous key stop
 * verifying. Only while the namespace is created (see retireNamespace).
 * With maxKeys (0: no cap), a new key is refused once the namespace holds
 * that many (SF_ERR_VALIDATION_TOO_MANY_KEYS); replacing one never is. A
 * capped set joining an outer transaction must come before its first plain
 * read: under REPEATABLE READ that read fixes the snapshot the count sees,
 * which must start after the namespace's lock is held.
 */
export async function setNamespaceKey(db: Sql, namespace: string, keyName: string, keyHash: string, maxKeys = 0): Promise<NamespaceKey> {
  const ns = required(namespace, 'namespace');
  const name = required(keyName, 'key_name');
  const hash = required(keyHash, 'key_hash');
  return db.transaction(async (tx) => {
    if (maxKeys > 0) await requireRoomForKey(tx, ns, name, maxKeys);
    else await requireLiveNamespace(tx, ns);
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
