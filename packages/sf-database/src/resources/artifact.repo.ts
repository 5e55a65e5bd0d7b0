import { randomUUID } from 'node:crypto';
import { ValidationError } from '@sf/common';
import type { AddArtifactVersionResponse, Artifact, ArtifactVersion, ListArtifactsRequest__Output } from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { ARTIFACT_STATES, ARTIFACT_START_STATES, checkStartState } from '../internal/states.js';
import { ListQuery, canonicalUuid, epoch, paged, required, placeholders } from '../internal/values.js';
import { getRow, purgeDeleted, transitionState, type ObjectTable } from './object-table.js';

export const ARTIFACT_TABLE: ObjectTable = { table: 'artifacts', key: 'uuid', kind: 'artifact', namespaced: true, machine: ARTIFACT_STATES };

const ARTIFACT_TYPES = ['image', 'snapshot', 'label', 'other'];

interface ArtifactRow {
  uuid: string;
  namespace: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  artifact_type: string;
  source_url: string;
  max_versions: number;
  shared: number;
}

const COLUMNS = 'uuid, namespace, state, state_updated, generation, created, artifact_type, source_url, max_versions, shared';
const GET_SQL = `SELECT ${COLUMNS} FROM artifacts WHERE uuid = ?`;

/** Artifact rows with their versions (oldest first), read in one query for the whole page. */
async function withVersions(db: Sql, rows: ArtifactRow[]): Promise<Artifact[]> {
  if (rows.length === 0) return [];
  const versions = await db.textRows<{ artifact_uuid: string; version_index: number; blob_uuid: string; created: Date }>(
    `SELECT artifact_uuid, version_index, blob_uuid, created FROM artifact_versions
     WHERE artifact_uuid IN (${placeholders(rows.length)}) ORDER BY version_index`,
    rows.map((r) => r.uuid),
  );
  return rows.map((row) => ({
    uuid: row.uuid,
    namespace: row.namespace,
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    artifact_type: row.artifact_type,
    source_url: row.source_url,
    max_versions: row.max_versions,
    shared: row.shared === 1,
    versions: versions
      .filter((v) => v.artifact_uuid === row.uuid)
      .map((v): ArtifactVersion => ({ version_index: v.version_index, blob_uuid: v.blob_uuid, created: epoch(v.created) })),
  }));
}

export async function getArtifact(db: Sql, uuid: string, namespace: string): Promise<Artifact> {
  const [artifact] = await withVersions(db, [await getRow<ArtifactRow>(db, ARTIFACT_TABLE, GET_SQL, canonicalUuid(uuid), namespace)]);
  return artifact as Artifact;
}

export async function createArtifact(db: Sql, input: Artifact): Promise<Artifact> {
  const uuid = input.uuid === undefined || input.uuid === '' ? randomUUID() : canonicalUuid(input.uuid);
  const type = required(input.artifact_type, 'artifact_type');
  if (!ARTIFACT_TYPES.includes(type)) throw new ValidationError(`artifact_type must be one of ${ARTIFACT_TYPES.join(', ')}`);
  const params: Param[] = [
    uuid,
    required(input.namespace, 'namespace'),
    checkStartState(ARTIFACT_START_STATES, 'artifact', input.state ?? ''),
    type,
    required(input.source_url, 'source_url'),
    input.max_versions === undefined || input.max_versions === 0 ? 3 : input.max_versions,
    input.shared === true,
  ];
  await db.exec('INSERT INTO artifacts (uuid, namespace, state, artifact_type, source_url, max_versions, shared) VALUES (?, ?, ?, ?, ?, ?, ?)', params);
  return getArtifact(db, uuid, '');
}

export async function listArtifacts(db: Sql, req: ListArtifactsRequest__Output): Promise<{ artifacts: Artifact[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIf(req.namespace, 'namespace = ?')
    .whereIn('state', req.states)
    .whereIf(req.artifact_type, 'artifact_type = ?')
    .whereIf(req.source_url, 'source_url = ?');
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM artifacts`, 'uuid', req.page);
  const { items, next } = paged(await db.rows<ArtifactRow>(sql, params), limit, (row) => row.uuid);
  return { artifacts: await withVersions(db, items), next_page_token: next };
}

export async function transitionArtifact(db: Sql, uuid: string, namespace: string, to: string, from: readonly string[]): Promise<Artifact> {
  const key = canonicalUuid(uuid);
  await transitionState(db, ARTIFACT_TABLE, key, namespace, to, from);
  return getArtifact(db, key, '');
}

/**
 * Appends a version under a lock on the artifact row (so two writers get
 * distinct indexes), then drops the oldest beyond max_versions and names
 * their blobs so the caller can release them.
 */
export async function addArtifactVersion(db: Sql, uuid: string, namespace: string, blobUuid: string): Promise<AddArtifactVersionResponse> {
  const key = canonicalUuid(uuid);
  const blob = canonicalUuid(required(blobUuid, 'blob_uuid'), 'blob_uuid');
  const trimmed = await db.transaction(async (tx) => {
    const artifact = await getRow<ArtifactRow>(tx, ARTIFACT_TABLE, `${GET_SQL} FOR UPDATE`, key, namespace);
    const [last] = await tx.rows<{ top: number | null }>('SELECT MAX(version_index) AS top FROM artifact_versions WHERE artifact_uuid = ?', [key]);
    await tx.exec('INSERT INTO artifact_versions (artifact_uuid, version_index, blob_uuid) VALUES (?, ?, ?)', [key, (last?.top ?? 0) + 1, blob]);
    const old = await tx.rows<{ version_index: number; blob_uuid: string }>(
      `SELECT version_index, blob_uuid FROM artifact_versions WHERE artifact_uuid = ? ORDER BY version_index DESC LIMIT 1000 OFFSET ${artifact.max_versions}`,
      [key],
    );
    for (const v of old) await tx.exec('DELETE FROM artifact_versions WHERE artifact_uuid = ? AND version_index = ?', [key, v.version_index]);
    await tx.exec('UPDATE artifacts SET generation = generation + 1 WHERE uuid = ?', [key]);
    return old.map((v) => v.blob_uuid);
  });
  return { artifact: await getArtifact(db, key, ''), trimmed_blob_uuids: trimmed };
}

export async function deleteArtifact(db: Sql, uuid: string, namespace: string): Promise<void> {
  await purgeDeleted(db, ARTIFACT_TABLE, canonicalUuid(uuid), namespace);
}
