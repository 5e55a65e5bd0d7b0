import { createHash, randomUUID } from 'node:crypto';
import { InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import type {
  ClaimOperationsRequest__Output,
  EnqueueOperationRequest__Output,
  EnqueueOperationResponse,
  ListOperationsRequest__Output,
  Operation,
  OperationError,
  OperationTarget,
} from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { ListQuery, canonicalRef, canonicalUuid, epoch, jsonColumnText, jsonColumnValue, jsonText, nullable, paged, placeholders, required, text, type JsonColumn } from '../internal/values.js';
import { INSTANCE_TABLE } from './instance.repo.js';
import { NETWORK_TABLE } from './network.repo.js';
import { lockedState, type ObjectTable, type TransitionGuard } from './object-table.js';
import { FINISHED_STATES, PENDING_STATES } from './queue-states.js';

const DEFAULT_PRIORITY = 20;
const DEFAULT_LEASE_SECONDS = 60;
const MAX_LEASE_SECONDS = 3600;

function leaseSeconds(asked: number): number {
  if (asked === 0) return DEFAULT_LEASE_SECONDS;
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_LEASE_SECONDS) throw new ValidationError(`lease_seconds must be 1..${MAX_LEASE_SECONDS}`);
  return asked;
}
const MAX_CLAIM = 100;

interface OperationRow {
  uuid: string;
  operation_type: string;
  namespace: string | null;
  target_node: string | null;
  target_role: string | null;
  priority: number;
  payload: JsonColumn;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  scheduled_at: Date;
  claimed_by: string | null;
  lease_expires: Date | null;
  attempts: number;
  error: JsonColumn;
  request_id: string | null;
}

const COLUMN_NAMES = [
  'uuid', 'operation_type', 'namespace', 'target_node', 'target_role', 'priority', 'payload', 'state', 'state_updated', 'generation',
  'created', 'scheduled_at', 'claimed_by', 'lease_expires', 'attempts', 'error', 'request_id',
] as const;
const COLUMNS = COLUMN_NAMES.join(', ');
const CLAIMABLE = "(state = 'queued' OR (state = 'claimed' AND lease_expires < NOW(6)))";

function toOperation(row: OperationRow, targets: OperationTarget[]): Operation {
  const error = jsonColumnValue<OperationError>(row.error) ?? undefined;
  return {
    uuid: row.uuid,
    operation_type: row.operation_type,
    namespace: text(row.namespace),
    target_node: text(row.target_node),
    target_role: text(row.target_role),
    priority: row.priority,
    payload_json: jsonColumnText(row.payload),
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    scheduled_at: epoch(row.scheduled_at),
    claimed_by: text(row.claimed_by),
    lease_expires: epoch(row.lease_expires),
    attempts: row.attempts,
    error,
    request_id: text(row.request_id),
    targets,
  };
}

/** Rows to messages, with every operation's targets read in one query. */
async function hydrate(db: Sql, rows: OperationRow[]): Promise<Operation[]> {
  if (rows.length === 0) return [];
  const targets = await db.textRows<{ operation_uuid: string; object_type: string; object_uuid: string }>(
    `SELECT operation_uuid, object_type, object_uuid FROM cluster_operation_targets WHERE operation_uuid IN (${placeholders(rows.length)})`,
    rows.map((row) => row.uuid),
  );
  const byOperation = new Map<string, OperationTarget[]>();
  for (const t of targets) {
    const list = byOperation.get(t.operation_uuid) ?? [];
    list.push({ object_type: t.object_type, object_uuid: t.object_uuid });
    byOperation.set(t.operation_uuid, list);
  }
  return rows.map((row) => toOperation(row, byOperation.get(row.uuid) ?? []));
}

export async function getOperation(db: Sql, uuid: string): Promise<Operation> {
  const key = canonicalUuid(uuid);
  const rows = await db.rows<OperationRow>(`SELECT ${COLUMNS} FROM cluster_operations WHERE uuid = ?`, [key]);
  const [operation] = await hydrate(db, rows);
  if (operation === undefined) throw new NotFoundError(`operation ${key} not found`, { code: 'SF_ERR_NOT_FOUND_OPERATION' });
  return operation;
}

function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonicalJson((value as Record<string, unknown>)[k])]));
  }
  return value;
}

function canonicalTargets(targets: readonly OperationTarget[]): Array<{ object_type: string; object_uuid: string }> {
  const out = targets.map((t) => {
    const ref = required(t.object_uuid, 'targets.object_uuid');
    return { object_type: required(t.object_type, 'targets.object_type'), object_uuid: canonicalRef(ref) };
  });
  return out.sort((a, b) => `${a.object_type}/${a.object_uuid}`.localeCompare(`${b.object_type}/${b.object_uuid}`));
}

/**
 * The coalescing key: the operation's type, namespace, target (the node is
 * part of it, so two nodes' work never folds together) and canonical
 * payload and objects. The UNIQUE index on it only holds among queued
 * operations, since claiming clears it.
 */
function coalesceKey(req: EnqueueOperationRequest__Output, payload: string, targets: unknown): string {
  const parts = [req.operation_type, req.namespace, req.target_node, req.target_role, JSON.stringify(canonicalJson(JSON.parse(payload))), targets];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export async function enqueueOperation(db: Sql, req: EnqueueOperationRequest__Output): Promise<EnqueueOperationResponse> {
  required(req.operation_type, 'operation_type');
  if ((req.target_node === '') === (req.target_role === '')) throw new ValidationError('exactly one of target_node and target_role is required');
  const payload = jsonText(req.payload_json, 'payload_json', '{}') ?? '{}';
  const targets = canonicalTargets(req.targets);
  const priority = req.priority === 0 ? DEFAULT_PRIORITY : req.priority;
  const key = req.no_coalesce ? null : coalesceKey(req, payload, targets);
  const delay = Math.max(0, req.delay_seconds);
  const guarded = guardedTargets(targets, req.require_states);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const enqueued = await db.transaction(async (tx) => {
      for (const { table, uuid } of guarded) await requireState(tx, table, uuid, req.namespace, req.require_states);
      const uuid = randomUUID();
      const params: Param[] = [uuid, req.operation_type, nullable(req.namespace), nullable(req.target_node), nullable(req.target_role), priority, payload, key, delay, nullable(req.request_id)];
      // One statement both inserts and coalesces: a duplicate takes the row's
      // exclusive lock at once (a failed INSERT followed by an UPDATE took a
      // shared lock first, and two identical enqueues deadlocked upgrading it).
      // An urgent duplicate lifts the queued one to its lane and its time.
      // generation always changes, so 1 row affected means inserted and 2 means coalesced.
      const result = await tx.exec(
        `INSERT INTO cluster_operations (uuid, operation_type, namespace, target_node, target_role, priority, payload, coalesce_key, state, scheduled_at, request_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', NOW(6) + INTERVAL ? SECOND, ?)
         ON DUPLICATE KEY UPDATE priority = LEAST(priority, VALUES(priority)), scheduled_at = LEAST(scheduled_at, VALUES(scheduled_at)),
           generation = generation + 1`,
        params,
      );
      if (result.affectedRows !== 1) {
        const existing = await tx.rows<{ uuid: string }>('SELECT uuid FROM cluster_operations WHERE coalesce_key = ?', [key]);
        const found = existing[0];
        return found === undefined ? undefined : { operation: await getOperation(tx, found.uuid), coalesced: true };
      }
      if (targets.length > 0) {
        await tx.textExec(
          `INSERT INTO cluster_operation_targets (operation_uuid, object_type, object_uuid) VALUES ${targets.map(() => '(?, ?, ?)').join(', ')}`,
          targets.flatMap((t) => [uuid, t.object_type, t.object_uuid]),
        );
      }
      return { operation: await getOperation(tx, uuid), coalesced: false };
    });
    // undefined: the duplicate was claimed between our statement and our read, so the key is free again.
    if (enqueued !== undefined) return enqueued;
  }
  throw new InvalidStateTransitionError('the queue kept changing under this enqueue; try again');
}

/** The objects whose state an enqueue with require_states checks: every target, each an instance or a network. */
const STATEFUL_TARGETS: Readonly<Record<string, ObjectTable>> = { instance: INSTANCE_TABLE, network: NETWORK_TABLE };

function guardedTargets(targets: readonly OperationTarget[], states: readonly string[]): Array<{ table: ObjectTable; uuid: string }> {
  if (states.length === 0) return [];
  if (targets.length === 0) throw new ValidationError('require_states needs targets to check');
  return targets.map((t) => {
    const table = STATEFUL_TARGETS[t.object_type ?? ''];
    if (table === undefined) throw new ValidationError(`require_states: a ${t.object_type ?? ''} target has no state to require`);
    return { table, uuid: canonicalUuid(t.object_uuid ?? '', 'object_uuid') };
  });
}

/**
 * Holds the object's row lock until the enqueue commits, so a guarded
 * transition waits for it (and then sees it). An object of another
 * namespace than the operation's is not found, as anywhere else.
 */
async function requireState(tx: Sql, table: ObjectTable, uuid: string, namespace: string, states: readonly string[]): Promise<void> {
  const state = await lockedState(tx, table, uuid, namespace);
  if (!states.includes(state)) {
    throw new InvalidStateTransitionError(`${table.kind} ${uuid} is ${state}; this work is queued only while it is ${states.join(' or ')}`, {
      details: { current_state: state },
    });
  }
}

/**
 * For a change that must not happen once work was queued for the object
 * (failing a create, finishing the delete of an unplaced instance): any
 * operation ever queued for it. Run it under the object's row lock, taken
 * before any plain read of the transaction. An enqueue that requires the
 * object's state takes that lock before it writes its targets, so of the
 * two exactly one goes ahead, and one that went first committed before
 * the lock was granted: the transaction's snapshot, taken after, holds its
 * targets, and a plain read finds them. A shared-lock read here locked the
 * object index's gaps as well, so enqueues for objects beside this one
 * waited for the caller's transaction.
 */
export function notQueued(objectType: string, objectUuid: string): TransitionGuard {
  return async (tx) => {
    const rows = await tx.rows<{ n: number }>(
      'SELECT COUNT(*) AS n FROM cluster_operation_targets WHERE object_type = ? AND object_uuid = ?',
      [objectType, canonicalRef(objectUuid)],
    );
    if (Number(rows[0]?.n ?? 0) > 0) {
      throw new InvalidStateTransitionError(`${objectType} ${objectUuid} has work queued for it`, { code: 'SF_ERR_INVALID_STATE_QUEUED' });
    }
  };
}

/** Where a claimable operation stands in its queue: the claim takes the most urgent, then the oldest. */
interface Candidate {
  uuid: string;
  priority: number;
  scheduled_at: Date;
}

const byQueueOrder = (a: Candidate, b: Candidate): number => a.priority - b.priority || a.scheduled_at.getTime() - b.scheduled_at.getTime();

/**
 * Batched claim in one short transaction: lock queued work, find (and
 * lock) lapsed leases, one guarded UPDATE, one read of what was taken. Of N
 * racing claimers for one operation exactly one gets it. Each target (the
 * node, each role) is read on its own queue index, in queue order, with
 * the LIMIT and SKIP LOCKED: an OR over the targets or over queued and
 * lapsed made MariaDB merge indexes and sort, so the locking read locked
 * every claimable row of every target it named (and the gaps), another
 * node's claim of the same role found nothing, and enqueues and lease
 * renewals of those targets waited. A target's read locks at most `limit`
 * rows; those the merge leaves stay locked only until the commit.
 */
export async function claimOperations(db: Sql, req: ClaimOperationsRequest__Output): Promise<Operation[]> {
  const node = required(req.node, 'node');
  const limit = Math.min(Math.max(req.limit, 1), MAX_CLAIM);
  const lease = leaseSeconds(req.lease_seconds);
  const roles = [...new Set(req.roles)];
  return db.transaction(async (tx) => {
    const queued = await lockQueued(tx, node, roles, limit);
    const lapsed = await lockLapsed(tx, node, roles, limit, queued);
    const uuids = [...queued, ...lapsed].sort(byQueueOrder).slice(0, limit).map((c) => c.uuid);
    if (uuids.length === 0) return [];
    // By primary key, forced: on a short list MariaDB may prefer the state index, whose range lock would cover the gaps too.
    await tx.textExec(
      `UPDATE cluster_operations FORCE INDEX (PRIMARY)
         SET state = 'claimed', state_updated = NOW(6), claimed_by = ?, lease_expires = NOW(6) + INTERVAL ? SECOND,
           attempts = attempts + 1, coalesce_key = NULL, generation = generation + 1
       WHERE uuid IN (${placeholders(uuids.length)}) AND ${CLAIMABLE}`,
      [node, lease, ...uuids],
    );
    return readClaimed(tx, uuids, node);
  });
}

/**
 * The first `limit` queued operations of each target, in queue order,
 * skipping those another claimer holds: one statement. Under REPEATABLE
 * READ each part also locks the gap before the first row it reads, which
 * lies past the target's finished rows (the index orders by state): a write
 * landing just there (work more urgent than all the target's queued work,
 * an operation finishing after all the target's finished ones) waits for
 * this transaction, nothing else of the target does.
 */
function lockQueued(tx: Sql, node: string, roles: readonly string[], limit: number): Promise<Candidate[]> {
  const queue = (column: string): string =>
    `(SELECT uuid, priority, scheduled_at FROM cluster_operations WHERE ${column} = ? AND state = 'queued' AND scheduled_at <= NOW(6)
      ORDER BY priority, scheduled_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
  return tx.textRows<Candidate>([queue('target_node'), ...roles.map(() => queue('target_role'))].join(' UNION ALL '), [node, ...roles]);
}

/**
 * Operations of these targets whose lease lapsed, as far as they would be
 * among the `limit` taken. Found by a plain read on (state, lease_expires):
 * a locking range read there would also lock the gap past its end, where
 * claims and renewals put their new leases. Then locked by primary key
 * (record locks only), skipping those another claimer holds, and checked
 * again under the lock. The plain read comes after the queued rows were
 * locked because under REPEATABLE READ it fixes the transaction's snapshot,
 * which must hold the targets of every operation locked before it.
 */
async function lockLapsed(tx: Sql, node: string, roles: readonly string[], limit: number, queued: readonly Candidate[]): Promise<Candidate[]> {
  const target = roles.length > 0 ? `(target_node = ? OR target_role IN (${placeholders(roles.length)}))` : 'target_node = ?';
  const found = await tx.textRows<Candidate>(
    `SELECT uuid, priority, scheduled_at FROM cluster_operations WHERE state = 'claimed' AND lease_expires < NOW(6) AND ${target}
      ORDER BY priority, scheduled_at LIMIT ${limit}`,
    [node, ...roles],
  );
  const wanted = new Set([...queued, ...found].sort(byQueueOrder).slice(0, limit));
  const uuids = found.filter((c) => wanted.has(c)).map((c) => c.uuid);
  if (uuids.length === 0) return [];
  return tx.textRows<Candidate>(
    `SELECT uuid, priority, scheduled_at FROM cluster_operations FORCE INDEX (PRIMARY)
      WHERE uuid IN (${placeholders(uuids.length)}) AND state = 'claimed' AND lease_expires < NOW(6) FOR UPDATE SKIP LOCKED`,
    uuids,
  );
}

/** The operations this claim took, with their targets, in queue order: one read, joined. */
async function readClaimed(tx: Sql, uuids: readonly string[], node: string): Promise<Operation[]> {
  const rows = await tx.textRows<OperationRow & { object_type: string | null; object_uuid: string | null }>(
    `SELECT ${COLUMN_NAMES.map((c) => `o.${c}`).join(', ')}, t.object_type, t.object_uuid
       FROM cluster_operations o LEFT JOIN cluster_operation_targets t ON t.operation_uuid = o.uuid
      WHERE o.uuid IN (${placeholders(uuids.length)}) AND o.state = 'claimed' AND o.claimed_by = ?
      ORDER BY o.priority, o.scheduled_at, o.uuid, t.object_type, t.object_uuid`,
    [...uuids, node],
  );
  const claimed = new Map<string, { row: OperationRow; targets: OperationTarget[] }>();
  for (const { object_type: objectType, object_uuid: objectUuid, ...row } of rows) {
    const entry = claimed.get(row.uuid) ?? { row, targets: [] };
    if (objectType !== null && objectUuid !== null) entry.targets.push({ object_type: objectType, object_uuid: objectUuid });
    claimed.set(row.uuid, entry);
  }
  return [...claimed.values()].map(({ row, targets }) => toOperation(row, targets));
}

/**
 * A holder acts on its claim only while it still holds it: same node and,
 * when given, the same attempt, so a worker whose lease lapsed and was
 * re-claimed (even on its own node) is refused.
 */
async function holderUpdate(db: Sql, uuid: string, node: string, attempt: number, set: string, params: Param[], verb: string): Promise<Operation> {
  const key = canonicalUuid(uuid);
  const holder = required(node, 'node');
  const fence = attempt > 0 ? ' AND attempts = ?' : '';
  const result = await db.exec(
    `UPDATE cluster_operations SET ${set}, generation = generation + 1 WHERE uuid = ? AND state = 'claimed' AND claimed_by = ?${fence}`,
    [...params, key, holder, ...(attempt > 0 ? [attempt] : [])],
  );
  const operation = await getOperation(db, key);
  if (result.affectedRows === 0) {
    const by = operation.claimed_by === '' ? '' : ` by ${String(operation.claimed_by)}`;
    const which = attempt > 0 && operation.attempts !== attempt ? ` (attempt ${String(operation.attempts)}, not ${attempt})` : '';
    throw new InvalidStateTransitionError(`operation ${key} is ${String(operation.state)}${by}${which}; ${holder} cannot ${verb} it`, {
      details: { current_state: operation.state, claimed_by: operation.claimed_by, attempts: operation.attempts },
    });
  }
  return operation;
}

export function renewOperationLease(db: Sql, uuid: string, node: string, lease: number, attempt = 0): Promise<Operation> {
  return holderUpdate(db, uuid, node, attempt, 'lease_expires = NOW(6) + INTERVAL ? SECOND', [leaseSeconds(lease)], 'renew');
}

export function completeOperation(db: Sql, uuid: string, node: string, attempt = 0): Promise<Operation> {
  return holderUpdate(db, uuid, node, attempt, "state = 'complete', state_updated = NOW(6), lease_expires = NULL", [], 'complete');
}

export function failOperation(db: Sql, uuid: string, node: string, error: OperationError | null, attempt = 0): Promise<Operation> {
  const report = { code: error?.code ?? '', message: required(error?.message, 'error.message'), details_json: error?.details_json ?? '' };
  return holderUpdate(db, uuid, node, attempt, "state = 'failed', state_updated = NOW(6), lease_expires = NULL, error = ?", [JSON.stringify(report)], 'fail');
}

export async function listOperations(db: Sql, req: ListOperationsRequest__Output): Promise<{ operations: Operation[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIn('state', req.states)
    .whereIf(req.target_node, 'target_node = ?')
    .whereIf(req.target_role, 'target_role = ?')
    .whereIf(req.operation_type, 'operation_type = ?');
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM cluster_operations`, 'uuid', req.page);
  const { items, next } = paged(await db.rows<OperationRow>(sql, params), limit, (row) => row.uuid);
  return { operations: await hydrate(db, items), next_page_token: next };
}

/** "Has a pending operation" is always a query over the queue, never a cached pointer on the object. */
export async function hasPendingOperation(
  db: Sql,
  objectType: string,
  objectUuid: string,
  more: { operationType?: string; anyState?: boolean; since?: number } = {},
): Promise<{ pending: boolean; count: number }> {
  const ref = required(objectUuid, 'object_uuid');
  const params: Param[] = [required(objectType, 'object_type'), canonicalRef(ref)];
  const byType = more.operationType === undefined || more.operationType === '' ? '' : ' AND o.operation_type = ?';
  if (byType !== '') params.push(more.operationType as string);
  const since = more.since === undefined || more.since <= 0 ? '' : ' AND o.created >= FROM_UNIXTIME(?)';
  if (since !== '') params.push(more.since as number);
  const rows = await db.rows<{ n: number }>(
    `SELECT COUNT(*) AS n FROM cluster_operation_targets t JOIN cluster_operations o ON o.uuid = t.operation_uuid
     WHERE t.object_type = ? AND t.object_uuid = ?${byType}${since}${more.anyState === true ? '' : ` AND o.state IN (${PENDING_STATES})`}`,
    params,
  );
  const count = Number(rows[0]?.n ?? 0);
  return { pending: count > 0, count };
}

const MAX_PRUNE = 10_000;

/**
 * Deletes up to `limit` finished operations whose state is at least
 * `minAgeSeconds` old (their targets go with them), except the newest
 * operation of each instance or network that still exists: whether work was
 * ever queued for an object, and whether any was queued since its state last
 * changed, are read from its operations, and decide what failing a create,
 * purging and requeueing a teardown may do. Read plainly, then deleted by
 * primary key with the age again: a locking range over the state index would
 * also lock the gap where operations that finish now land.
 */
export async function pruneOperations(db: Sql, minAgeSeconds: number, limit: number): Promise<{ deleted: number; more: boolean }> {
  if (!Number.isInteger(minAgeSeconds) || minAgeSeconds < 1) throw new ValidationError('min_age_seconds must be at least 1');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PRUNE) throw new ValidationError(`limit must be between 1 and ${MAX_PRUNE}`);
  const found = await db.rows<{ uuid: string }>(
    `SELECT o.uuid FROM cluster_operations o
     WHERE o.state IN (${FINISHED_STATES}) AND o.state_updated < NOW(6) - INTERVAL ? SECOND
       AND NOT EXISTS (
         SELECT 1 FROM cluster_operation_targets t
         WHERE t.operation_uuid = o.uuid
           AND (EXISTS (SELECT 1 FROM ${INSTANCE_TABLE.table} i WHERE t.object_type = '${INSTANCE_TABLE.kind}' AND i.uuid = t.object_uuid)
             OR EXISTS (SELECT 1 FROM ${NETWORK_TABLE.table} n WHERE t.object_type = '${NETWORK_TABLE.kind}' AND n.uuid = t.object_uuid))
           AND NOT EXISTS (
             SELECT 1 FROM cluster_operation_targets t2 JOIN cluster_operations o2 ON o2.uuid = t2.operation_uuid
             WHERE t2.object_type = t.object_type AND t2.object_uuid = t.object_uuid AND o2.created > o.created))
     ORDER BY o.state_updated LIMIT ${limit + 1}`,
    [minAgeSeconds],
  );
  const uuids = found.slice(0, limit).map((r) => r.uuid);
  if (uuids.length === 0) return { deleted: 0, more: false };
  const result = await db.textExec(
    `DELETE FROM cluster_operations WHERE uuid IN (${placeholders(uuids.length)}) AND state IN (${FINISHED_STATES}) AND state_updated < NOW(6) - INTERVAL ? SECOND`,
    [...uuids, minAgeSeconds],
  );
  return { deleted: result.affectedRows, more: found.length > limit };
}
