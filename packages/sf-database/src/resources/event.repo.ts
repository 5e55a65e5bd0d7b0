import { InternalError, ValidationError } from '@sf/common';
import type { Event, EventAgeLimit, EventCountLimit, GetObjectEventsRequest__Output, GetObjectEventsResponse, PruneEventsResponse } from '@sf/proto';
import { retryTransient, type Param, type Sql } from '../internal/sql.js';
import { canonicalRef, canonicalUuid, jsonColumnText, placeholders, required, type JsonColumn } from '../internal/values.js';

const MAX_BATCH = 1000;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
/** Pruning deletes in slices so no statement holds locks on a large range for long. */
const PRUNE_SLICE = 10000;

interface EventRow {
  event_uuid: string;
  event_type: string;
  timestamp: number;
  fqdn: string;
  duration: number | null;
  message: string;
  extra: JsonColumn;
  request_id: string | null;
}

/**
 * One transaction for the whole batch, sent as one compound statement (one
 * round trip, where a transaction driven from here takes four): a multi-row
 * insert of the events and one of their object rows. It commits on its own,
 * so it is never run inside a caller's transaction. A duplicate event_uuid
 * is a retried batch and is ignored (ON DUPLICATE KEY, which unlike INSERT
 * IGNORE lets other errors through). Answers how many events were new: the
 * duplicates are counted in a session variable by the ignoring update,
 * since affected rows cannot tell them apart (mysql2 connects with
 * CLIENT_FOUND_ROWS, under which a row left as it was counts as written).
 */
export async function recordEvents(db: Sql, events: readonly Event[]): Promise<number> {
  if (events.length === 0) return 0;
  if (events.length > MAX_BATCH) throw new ValidationError(`at most ${MAX_BATCH} events per batch`);
  const eventParams: Param[] = [];
  const objectParams: Param[] = [];
  for (const e of events) {
    const uuid = canonicalUuid(required(e.event_uuid, 'event_uuid'), 'event_uuid');
    const objects = e.objects ?? [];
    if (objects.length === 0) throw new ValidationError(`event ${uuid} names no object`);
    const timestamp = Number(e.timestamp ?? 0) || Date.now() / 1000;
    eventParams.push(
      uuid,
      required(e.event_type, 'event_type'),
      timestamp,
      e.fqdn ?? '',
      e.duration === undefined || e.duration === 0 ? null : Number(e.duration),
      e.message ?? '',
      e.extra_json === undefined || e.extra_json === '' ? null : e.extra_json,
      e.request_id === undefined || e.request_id === '' ? null : e.request_id,
    );
    for (const o of objects) objectParams.push(required(o.object_type, 'object_type'), canonicalRef(required(o.object_uuid, 'object_uuid')), uuid, timestamp);
  }
  const sql = `BEGIN NOT ATOMIC
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
  SET @sf_event_duplicates = 0;
  START TRANSACTION;
  INSERT INTO events (event_uuid, event_type, timestamp, fqdn, duration, message, extra, request_id)
    VALUES ${placeholders(events.length, '(?, ?, ?, ?, ?, ?, ?, ?)')}
    ON DUPLICATE KEY UPDATE event_uuid = IF((@sf_event_duplicates := @sf_event_duplicates + 1) > 0, event_uuid, event_uuid);
  INSERT INTO event_objects (object_type, object_uuid, event_uuid, timestamp)
    VALUES ${placeholders(objectParams.length / 4, '(?, ?, ?, ?)')} ON DUPLICATE KEY UPDATE event_uuid = event_uuid;
  COMMIT;
  SELECT @sf_event_duplicates AS duplicates;
END`;
  // A compound statement that selects answers its result set beside its status.
  const sets = await retryTransient(() => db.textRows<unknown>(sql, [...eventParams, ...objectParams]));
  const counted = sets.find(Array.isArray) as Array<{ duplicates: number | string }> | undefined;
  if (counted?.[0] === undefined) throw new InternalError('recording events answered no count of duplicates');
  return events.length - Number(counted[0].duplicates);
}

/** A row count read that waits (a metadata lock, a server struggling) is given up, and tried at the next refresh. */
const ROW_ESTIMATE_TIMEOUT_SECONDS = 5;

/**
 * The events table's row count as InnoDB keeps it for the optimizer: a
 * running estimate (counted on each insert and delete, reset from sampled
 * statistics when the table is opened), close to exact for a small table,
 * and never a scan, whatever the table's size.
 */
export async function estimateEventRows(db: Sql, timeoutSeconds = ROW_ESTIMATE_TIMEOUT_SECONDS): Promise<number> {
  const rows = await db.rows<{ table_rows: number | string | null }>(
    `SET STATEMENT max_statement_time = ${Number(timeoutSeconds)} FOR
     SELECT TABLE_ROWS AS table_rows FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'events'`,
  );
  return Number(rows[0]?.table_rows ?? 0);
}

function parseToken(token: string): { timestamp: number; uuid: string } | undefined {
  if (token === '') return undefined;
  const at = token.indexOf('/');
  const timestamp = Number(token.slice(0, at));
  if (at < 0 || !Number.isFinite(timestamp)) throw new ValidationError('page_token is not one this server issued');
  return { timestamp, uuid: token.slice(at + 1) };
}

/** Newest first, walked on the (object_type, object_uuid, timestamp) index; keyset paging. */
export async function getObjectEvents(db: Sql, req: GetObjectEventsRequest__Output): Promise<GetObjectEventsResponse> {
  const limit = req.limit === 0 ? DEFAULT_LIMIT : Math.min(req.limit, MAX_LIMIT);
  const params: Param[] = [required(req.object_type, 'object_type'), canonicalRef(required(req.object_uuid, 'object_uuid'))];
  let sql = `SELECT e.event_uuid, e.event_type, e.timestamp, e.fqdn, e.duration, e.message, e.extra, e.request_id
    FROM event_objects eo JOIN events e ON e.event_uuid = eo.event_uuid
    WHERE eo.object_type = ? AND eo.object_uuid = ?`;
  if (req.event_type !== '') {
    sql += ' AND e.event_type = ?';
    params.push(req.event_type);
  }
  const after = parseToken(req.page_token);
  if (after !== undefined) {
    sql += ' AND (eo.timestamp < ? OR (eo.timestamp = ? AND eo.event_uuid < ?))';
    params.push(after.timestamp, after.timestamp, after.uuid);
  }
  sql += ` ORDER BY eo.timestamp DESC, eo.event_uuid DESC LIMIT ${limit + 1}`;
  const rows = await db.rows<EventRow>(sql, params);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    events: page.map((r) => ({
      event_uuid: r.event_uuid,
      event_type: r.event_type,
      timestamp: r.timestamp,
      fqdn: r.fqdn,
      duration: r.duration ?? 0,
      message: r.message,
      extra_json: jsonColumnText(r.extra),
      request_id: r.request_id ?? '',
      objects: [],
    })),
    next_page_token: rows.length > limit && last !== undefined ? `${last.timestamp}/${last.event_uuid}` : '',
  };
}

async function deleteInSlices(db: Sql, select: string, params: Param[], remove: (uuids: string[]) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.rows<{ event_uuid: string }>(`${select} LIMIT ${PRUNE_SLICE}`, params);
    if (rows.length === 0) return total;
    total += await remove(rows.map((r) => r.event_uuid));
    if (rows.length < PRUNE_SLICE) return total;
  }
}

async function deleteEvents(db: Sql, uuids: string[]): Promise<{ objects: number; events: number }> {
  return db.transaction(async (tx) => {
    const list = placeholders(uuids.length);
    const objects = await tx.textExec(`DELETE FROM event_objects WHERE event_uuid IN (${list})`, uuids);
    const events = await tx.textExec(`DELETE FROM events WHERE event_uuid IN (${list})`, uuids);
    return { objects: objects.affectedRows, events: events.affectedRows };
  });
}

/**
 * Events no object row names any more, among those given: they go with their
 * last object row. Only these are checked, so a prune never reads the whole
 * events table for orphans.
 */
async function deleteOrphans(db: Sql, uuids: readonly string[]): Promise<number> {
  if (uuids.length === 0) return 0;
  const result = await db.textExec(
    `DELETE FROM events WHERE event_uuid IN (${placeholders(uuids.length)})
      AND NOT EXISTS (SELECT 1 FROM event_objects eo WHERE eo.event_uuid = events.event_uuid)`,
    uuids,
  );
  return result.affectedRows;
}

/**
 * Age limits apply per object type: an object's rows age out, and an event
 * goes only once no object row is left (it lives until every object it
 * names has aged it out). Count limits cap each event type to its newest N.
 */
export async function pruneEvents(
  db: Sql,
  ages: readonly EventAgeLimit[],
  counts: readonly EventCountLimit[],
  onEventsDeleted: (events: number) => void = () => undefined,
): Promise<PruneEventsResponse> {
  let objectRows = 0;
  let eventsDeleted = 0;
  // Each slice commits on its own: what one deleted is reported at once, so a call failing later still counts it.
  const deleted = (events: number): number => {
    onEventsDeleted(events);
    return events;
  };
  for (const age of ages) {
    const type = required(age.object_type, 'object_type');
    const cutoff = Date.now() / 1000 - Number(age.max_age_seconds ?? 0);
    for (;;) {
      const aged = await db.textRows<{ event_uuid: string }>(
        `DELETE FROM event_objects WHERE object_type = ? AND timestamp < ? LIMIT ${PRUNE_SLICE} RETURNING event_uuid`,
        [type, cutoff],
      );
      objectRows += aged.length;
      eventsDeleted += deleted(await deleteOrphans(db, [...new Set(aged.map((row) => row.event_uuid))]));
      if (aged.length < PRUNE_SLICE) break;
    }
  }
  for (const count of counts) {
    const type = required(count.event_type, 'event_type');
    const keep = Number(count.max_events ?? 0);
    const boundary = await db.rows<{ timestamp: number }>(
      `SELECT timestamp FROM events WHERE event_type = ? ORDER BY timestamp DESC LIMIT 1 OFFSET ${keep}`,
      [type],
    );
    const oldest = boundary[0];
    if (oldest === undefined) continue;
    eventsDeleted += await deleteInSlices(db, 'SELECT event_uuid FROM events WHERE event_type = ? AND timestamp <= ?', [type, oldest.timestamp], async (uuids) => {
      const removed = await deleteEvents(db, uuids);
      objectRows += removed.objects;
      return deleted(removed.events);
    });
  }
  return { object_rows_deleted: objectRows, events_deleted: eventsDeleted };
}
