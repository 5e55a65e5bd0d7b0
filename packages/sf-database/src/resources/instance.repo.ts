import { randomUUID } from 'node:crypto';
import { ValidationError } from '@sf/common';
import type { Disk, GetInstancesResponse, Instance, ListInstancesRequest__Output, UpdateInstanceRequest__Output } from '@sf/proto';
import type { Param, Sql } from '../internal/sql.js';
import { INSTANCE_STATES, INSTANCE_START_STATES, checkStartState } from '../internal/states.js';
import { ListQuery, isUuid, canonicalUuid, epoch, jsonColumnText, jsonColumnValue, jsonText, nullable, paged, required, placeholders, text, type JsonColumn } from '../internal/values.js';
import { Coalescer } from '../server/coalesce.js';
import { whereMaintenance } from './list-filters.js';
import { requireLiveNamespace } from './namespace.repo.js';
import { assignments, getRow, notFound, transitionAsked, updateColumns, type ObjectTable, type TransitionAsked, type TransitionGuard } from './object-table.js';

export const INSTANCE_TABLE: ObjectTable = { table: 'instances', key: 'uuid', kind: 'instance', namespaced: true, machine: INSTANCE_STATES };

const DEFAULT_VIDEO = '{"model":"cirrus","memory":16384,"vdi":"spice"}';

export interface InstanceRow {
  uuid: string;
  namespace: string;
  name: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
  cpus: number;
  memory_mib: number;
  disk_spec: JsonColumn;
  video: JsonColumn;
  uefi: number;
  secure_boot: number;
  nvram_template: string | null;
  configdrive: string;
  ssh_key: string | null;
  user_data: string | null;
  requested_node: string | null;
  node: string | null;
  affinity: JsonColumn;
  tags: JsonColumn;
  power_state: string | null;
  power_state_previous: string | null;
  power_state_updated: Date | null;
  console_port: number | null;
  vdi_port: number | null;
  vsock_cid: number | null;
  error_message: string | null;
}

export const INSTANCE_COLUMNS = `uuid, namespace, name, state, state_updated, generation, created, cpus, memory_mib, disk_spec, video,
  uefi, secure_boot, nvram_template, configdrive, ssh_key, user_data, requested_node, node, affinity, tags, power_state,
  power_state_previous, power_state_updated, console_port, vdi_port, vsock_cid, error_message`;

const GET_SQL = `SELECT ${INSTANCE_COLUMNS} FROM instances WHERE uuid = ?`;

interface StoredDisk {
  base?: string;
  size?: number;
  bus?: string;
  type?: string;
}

function disksFromJson(json: JsonColumn): Disk[] {
  const stored = jsonColumnValue<StoredDisk[]>(json) ?? [];
  return stored.map((d) => ({ base: d.base ?? '', size_gib: d.size ?? 0, bus: d.bus ?? '', type: d.type ?? '' }));
}

function disksToJson(disks: readonly Disk[] | undefined): string {
  return JSON.stringify((disks ?? []).map((d) => ({ base: d.base ?? '', size: d.size_gib ?? 0, bus: d.bus ?? '', type: d.type ?? '' })));
}

export function toInstance(row: InstanceRow): Instance {
  return {
    uuid: row.uuid,
    namespace: row.namespace,
    name: row.name,
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
    cpus: row.cpus,
    memory_mib: row.memory_mib,
    disks: disksFromJson(row.disk_spec),
    video_json: jsonColumnText(row.video),
    uefi: row.uefi === 1,
    secure_boot: row.secure_boot === 1,
    nvram_template: text(row.nvram_template),
    configdrive: row.configdrive,
    ssh_key: text(row.ssh_key),
    user_data: text(row.user_data),
    requested_node: text(row.requested_node),
    node: text(row.node),
    affinity_json: jsonColumnText(row.affinity),
    tags: tagsFromColumn(row.tags),
    power_state: text(row.power_state),
    power_state_previous: text(row.power_state_previous),
    power_state_updated: epoch(row.power_state_updated),
    console_port: row.console_port ?? 0,
    vdi_port: row.vdi_port ?? 0,
    vsock_cid: row.vsock_cid ?? 0,
    error_message: text(row.error_message),
  };
}

function tagsFromColumn(value: JsonColumn): string[] {
  const parsed: unknown = value === null ? [] : JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** Tags are short labels matched exactly by affinity rules. */
function tagsToJson(tags: readonly string[] | undefined): string {
  for (const tag of tags ?? []) {
    if (tag === '' || tag.length > 64) throw new ValidationError('tags: each tag must be 1 to 64 characters');
  }
  return JSON.stringify([...new Set(tags ?? [])]);
}

/** The hot path: one prepared statement by primary key. */
export async function getInstance(db: Sql, uuid: string, namespace: string): Promise<Instance> {
  return toInstance(await getRow<InstanceRow>(db, INSTANCE_TABLE, GET_SQL, canonicalUuid(uuid), namespace));
}

const MAX_BATCH = 128;
/** IN lists are padded to these sizes so a handful of prepared statements serve every batch. */
const BATCH_SIZES = [2, 4, 8, 16, 32, 64, MAX_BATCH];
const BATCH_SQL = new Map(BATCH_SIZES.map((n) => [n, `SELECT ${INSTANCE_COLUMNS} FROM instances WHERE uuid IN (${Array.from({ length: n }, () => '?').join(', ')})`]));

/** Rows by canonical uuid in one indexed query, the IN list padded to a fixed size. */
async function fetchRows(db: Sql, wanted: readonly string[]): Promise<InstanceRow[]> {
  if (wanted.length === 0) return [];
  if (wanted.length === 1) return db.rows<InstanceRow>(GET_SQL, wanted);
  const size = BATCH_SIZES.find((n) => n >= wanted.length) ?? MAX_BATCH;
  const params = [...wanted, ...Array.from({ length: size - wanted.length }, () => wanted[0] as string)];
  return db.rows<InstanceRow>(BATCH_SQL.get(size) ?? '', params);
}

/** Many instances in one indexed query; the client batches concurrent gets into this. */
export async function getInstances(db: Sql, uuids: readonly string[], namespace: string): Promise<GetInstancesResponse> {
  const asked = askedInstances(uuids);
  return instancesFound(asked, await fetchRows(db, asked.wanted), namespace);
}

/** A batch of uuids as asked: the distinct valid ones in canonical form, and the rest. */
export function askedInstances(uuids: readonly string[]): { wanted: string[]; invalid: string[] } {
  if (uuids.length > MAX_BATCH) throw new ValidationError(`at most ${MAX_BATCH} uuids per call`);
  return { wanted: [...new Set(uuids.filter((u) => isUuid(u)).map((u) => canonicalUuid(u)))], invalid: uuids.filter((u) => !isUuid(u)) };
}

/** The rows of a batch the namespace may see; the others are missing, as if they did not exist. */
export function instancesFound(asked: { wanted: readonly string[]; invalid: string[] }, rows: readonly InstanceRow[], namespace: string): GetInstancesResponse {
  const visible = rows.filter((row) => namespace === '' || row.namespace === namespace);
  const found = new Set(visible.map((row) => row.uuid));
  return { instances: visible.map(toInstance), missing: asked.wanted.filter((u) => !found.has(u)), invalid: asked.invalid };
}

/**
 * GetInstance for the RPC layer: concurrent single gets (callers that did
 * not batch) share one query per turn of the event loop.
 */
export function instanceReader(db: Sql): (uuid: string, namespace: string) => Promise<Instance> {
  const coalescer = new Coalescer<InstanceRow>(MAX_BATCH, async (keys) => new Map((await fetchRows(db, keys)).map((row) => [row.uuid, row])));
  return async (uuid, namespace) => {
    const key = canonicalUuid(uuid);
    const row = await coalescer.load(key);
    if (row === undefined || (namespace !== '' && row.namespace !== namespace)) throw notFound(INSTANCE_TABLE, key);
    return toInstance(row);
  };
}

export async function createInstance(db: Sql, input: Instance): Promise<Instance> {
  const uuid = input.uuid === undefined || input.uuid === '' ? randomUUID() : canonicalUuid(input.uuid);
  const state = checkStartState(INSTANCE_START_STATES, 'instance', input.state ?? '');
  const cpus = Number(input.cpus ?? 0);
  const memory = Number(input.memory_mib ?? 0);
  if (cpus <= 0) throw new ValidationError('cpus must be at least 1');
  if (memory <= 0) throw new ValidationError('memory_mib must be at least 1');
  const params: Param[] = [
    uuid,
    required(input.namespace, 'namespace'),
    required(input.name, 'name'),
    state,
    cpus,
    memory,
    disksToJson(input.disks),
    jsonText(input.video_json, 'video_json', DEFAULT_VIDEO),
    input.uefi === true,
    input.secure_boot === true,
    nullable(input.nvram_template),
    input.configdrive === undefined || input.configdrive === '' ? 'openstack-disk' : input.configdrive,
    nullable(input.ssh_key),
    nullable(input.user_data),
    nullable(input.requested_node),
    jsonText(input.affinity_json, 'affinity_json', null),
    tagsToJson(input.tags),
    nullable(input.power_state) ?? 'initial',
    nullable(input.error_message),
  ];
  return db.transaction(async (tx) => {
    await requireLiveNamespace(tx, params[1] as string);
    await tx.exec(
      `INSERT INTO instances (uuid, namespace, name, state, cpus, memory_mib, disk_spec, video, uefi, secure_boot,
         nvram_template, configdrive, ssh_key, user_data, requested_node, affinity, tags, power_state, error_message)
       VALUES (${placeholders(params.length)})`,
      params,
    );
    return getInstance(tx, uuid, '');
  });
}

export async function listInstances(db: Sql, req: ListInstancesRequest__Output): Promise<{ instances: Instance[]; next_page_token: string }> {
  const query = new ListQuery()
    .whereIf(req.namespace, 'namespace = ?')
    .whereIn('state', req.states)
    .whereIf(req.node, 'node = ?')
    .whereIf(req.name, 'name = ?');
  whereMaintenance(query, INSTANCE_TABLE, req);
  const { sql, params, limit } = query.build(`SELECT ${INSTANCE_COLUMNS} FROM instances`, 'uuid', req.page);
  const rows = await db.rows<InstanceRow>(sql, params);
  const { items, next } = paged(rows, limit, (row) => row.uuid);
  return { instances: items.map(toInstance), next_page_token: next };
}

export async function transitionInstance(db: Sql, req: TransitionAsked, guard?: TransitionGuard): Promise<Instance> {
  return getInstance(db, await transitionAsked(db, INSTANCE_TABLE, req, guard), '');
}

export async function updateInstance(db: Sql, req: UpdateInstanceRequest__Output): Promise<Instance> {
  const key = canonicalUuid(req.uuid);
  const set = assignments([
    ['node', req.node === undefined ? undefined : nullable(req.node)],
    ['console_port', req.console_port === undefined ? undefined : req.console_port || null],
    ['vdi_port', req.vdi_port === undefined ? undefined : req.vdi_port || null],
    ['vsock_cid', req.vsock_cid === undefined ? undefined : req.vsock_cid || null],
    ['error_message', req.error_message === undefined ? undefined : nullable(req.error_message)],
  ]);
  if (req.power_state !== undefined) {
    // Assignments run left to right, so the previous value is copied before it is overwritten.
    set.sql.push('power_state_previous = power_state', 'power_state = ?', 'power_state_updated = NOW(6)');
    set.params.push(nullable(req.power_state));
  }
  if (set.sql.length === 0) throw new ValidationError('nothing to update');
  await updateColumns(db, INSTANCE_TABLE, key, req.namespace, req.expected_generation, set);
  return getInstance(db, key, '');
}

