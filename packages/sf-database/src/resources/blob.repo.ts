import { randomUUID } from 'node:crypto';
import { ValidationError } from '@sf/common';
import type { Blob, ListBlobsRequest__Output, UpdateBlobRequest__Output } from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { BLOB_STATES, BLOB_START_STATES, checkStartState } from '../internal/states.js';
import { ListQuery, canonicalUuid, epoch, paged, required, placeholders } from '../internal/values.js';
import { assignments, getRow, purgeDeleted, transitionState, updateColumns, type ObjectTable } from './object-table.js';

export const BLOB_TABLE: ObjectTable = { table: 'blobs', key: 'uuid', kind: 'blob', namespaced: false, machine: BLOB_STATES };

interface BlobRow {
  uuid: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  size: number;
  sha256: string | null;
  modified: Date | null;
}

const COLUMNS = 'uuid, state, state_updated, generation, created, size, sha256, modified';
const GET_SQL = `SELECT ${COLUMNS} FROM blobs WHERE uuid = ?`;
const SHA256 = /^[0-9a-f]{64}$/;

function sha256(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const lower = value.toLowerCase();
  if (!SHA256.test(lower)) throw new ValidationError('sha256 must be 64 hex digits');
  return lower;
}

/** Blob rows with their locations, the locations read in one query for the whole page. */
async function withLocations(db: Sql, rows: BlobRow[]): Promise<Blob[]> {
  if (rows.length === 0) return [];
  const located = await db.textRows<{ blob_uuid: string; node: string }>(
    `SELECT blob_uuid, node FROM blob_locations WHERE blob_uuid IN (${placeholders(rows.length)}) ORDER BY node`,
    rows.map((r) => r.uuid),
  );
  return rows.map((row) => ({
    uuid: row.uuid,
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    size: row.size,
    sha256: row.sha256 ?? '',
    modified: epoch(row.modified),
    locations: located.filter((l) => l.blob_uuid === row.uuid).map((l) => l.node),
  }));
}

export async function getBlob(db: Sql, uuid: string): Promise<Blob> {
  const [blob] = await withLocations(db, [await getRow<BlobRow>(db, BLOB_TABLE, GET_SQL, canonicalUuid(uuid), '')]);
  return blob as Blob;
}

export async function createBlob(db: Sql, input: Blob): Promise<Blob> {
  const uuid = input.uuid === undefined || input.uuid === '' ? randomUUID() : canonicalUuid(input.uuid);
  const params: Param[] = [uuid, checkStartState(BLOB_START_STATES, 'blob', input.state ?? ''), Number(input.size ?? 0), sha256(input.sha256)];
  await db.exec('INSERT INTO blobs (uuid, state, size, sha256) VALUES (?, ?, ?, ?)', params);
  return getBlob(db, uuid);
}

export async function listBlobs(db: Sql, req: ListBlobsRequest__Output): Promise<{ blobs: Blob[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIn('state', req.states)
    .whereIf(req.sha256 === '' ? '' : (sha256(req.sha256) ?? ''), 'sha256 = ?')
    .whereIf(req.node, 'uuid IN (SELECT blob_uuid FROM blob_locations WHERE node = ?)');
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM blobs`, 'uuid', req.page);
  const { items, next } = paged(await db.rows<BlobRow>(sql, params), limit, (row) => row.uuid);
  return { blobs: await withLocations(db, items), next_page_token: next };
}

export async function transitionBlob(db: Sql, uuid: string, to: string, from: readonly string[]): Promise<Blob> {
  const key = canonicalUuid(uuid);
  await transitionState(db, BLOB_TABLE, key, '', to, from);
  return getBlob(db, key);
}

export async function updateBlob(db: Sql, req: UpdateBlobRequest__Output): Promise<Blob> {
  const key = canonicalUuid(req.uuid);
  const set = assignments([
    ['size', req.size],
    ['sha256', req.sha256 === undefined ? undefined : sha256(req.sha256)],
    ['modified', req.modified === undefined ? undefined : req.modified === 0 ? null : new Date(req.modified * 1000)],
  ]);
  if (set.sql.length === 0) throw new ValidationError('nothing to update');
  await updateColumns(db, BLOB_TABLE, key, '', req.expected_generation, set);
  return getBlob(db, key);
}

/** Location changes bump the blob's generation too: they are writes to the blob. */
export async function addBlobLocation(db: Sql, uuid: string, node: string): Promise<Blob> {
  const key = canonicalUuid(uuid);
  await db.transaction(async (tx) => {
    await tx.exec('INSERT INTO blob_locations (blob_uuid, node) VALUES (?, ?) ON DUPLICATE KEY UPDATE node = node', [key, required(node, 'node')]);
    await tx.exec('UPDATE blobs SET generation = generation + 1 WHERE uuid = ?', [key]);
  });
  return getBlob(db, key);
}

export async function removeBlobLocation(db: Sql, uuid: string, node: string): Promise<Blob> {
  const key = canonicalUuid(uuid);
  await db.transaction(async (tx) => {
    await getRow<BlobRow>(tx, BLOB_TABLE, GET_SQL, key, '');
    const result = await tx.exec('DELETE FROM blob_locations WHERE blob_uuid = ? AND node = ?', [key, required(node, 'node')]);
    if (result.affectedRows > 0) await tx.exec('UPDATE blobs SET generation = generation + 1 WHERE uuid = ?', [key]);
  });
  return getBlob(db, key);
}

export async function deleteBlob(db: Sql, uuid: string): Promise<void> {
  await purgeDeleted(db, BLOB_TABLE, canonicalUuid(uuid), '');
}
