import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import mysql from 'mysql2/promise';
import { createLogger } from '@sf/common';
import { Scheduler } from '../src/scheduler.js';
import { TierPlacementStore } from '../src/tier-store.js';
import { startTier } from '@sf/tools/tier';
import { compare, measure, printBench, round } from '@sf/tools/bench';

/**
 * The full scheduler (plan over a snapshot, then one atomic claim) through
 * two sf-database processes, 8 clients, 50 nodes, against the same three
 * statements sent raw from mysql2 in the same run. Throughput and claim
 * latency are measured with room to spare over 30 s without a break; the
 * ratio to the baseline in shorter rounds alternating with it, so the
 * host's drift does not land in the ratio. Over-admission
 * under contention (demand twice the capacity) is measured for the scheduler
 * and for the INSERT ... SELECT aggregate-guard variant Shaken Fist rejected,
 * run the same way.
 */
const CLIENTS = 8;
const NODES = 50;
const SUSTAIN_MS = Number(process.env.SF_BENCH_RUN_MS ?? 30000);
const ROUNDS_MS = Number(process.env.SF_BENCH_ROUNDS_MS ?? 12000);
const TIGHT_SLOTS = 8;
const ROUNDS = 6;

const quiet = createLogger({ name: 'bench', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

async function main(): Promise<void> {
  const tier = await startTier(2);
  const { client, env } = tier;
  // The baseline speaks SQL itself: it is the thing the tier exists to replace.
  const raw = mysql.createPool({
    host: env.SHAKENFIST_MARIADB_HOST,
    port: Number(env.SHAKENFIST_MARIADB_PORT),
    user: env.SHAKENFIST_MARIADB_USER,
    password: env.SHAKENFIST_MARIADB_PASSWORD,
    database: env.SHAKENFIST_MARIADB_DATABASE,
    connectionLimit: CLIENTS,
  });
  try {
    await client.namespaces.create('bench');
    const nodes = Array.from({ length: NODES }, (_, i) => `bench-${String(i).padStart(2, '0')}`);
    for (const name of nodes) {
      await client.nodes.register({ name, fqdn: name, mesh_ip: '127.0.0.1', cpus: 64, memory_mib: 1 << 20, disk_gib: 1 << 20 });
      await client.scheduling.setNodeLimits(name, { cpus: 1_000_000, memory_mib: 1 << 30, disk_gib: 1 << 30 });
    }
    const scheduler = new Scheduler(new TierPlacementStore(client), { weighting: 'spread', staleAfterSeconds: 600, leaseSeconds: 600, diagnostic: false, snapshotTtlMs: 1000, log: quiet });
    const place = () => scheduler.place({ namespace: 'bench', instances: [{ uuid: randomUUID(), cpus: 1, memoryMib: 512, diskGib: 1 }] });
    await measure(CLIENTS, 2000, place);

    // The raw baseline: the same three statements straight from mysql2, round robin over the nodes, no filtering.
    let turn = 0;
    const rawPlace = async (): Promise<void> => {
      const conn = await raw.getConnection();
      try {
        await conn.query('START TRANSACTION');
        const node = nodes[turn++ % NODES] ?? '';
        await conn.execute(
          'UPDATE scheduler_node_capacity SET cpus_used = cpus_used + 1, memory_mib_used = memory_mib_used + 512, disk_gib_used = disk_gib_used + 1 WHERE node = ? AND cpus_used + 1 <= cpus_limit',
          [node],
        );
        await conn.execute("UPDATE namespace_quotas SET cpus_used = cpus_used + 1 WHERE namespace = 'bench'");
        await conn.execute(
          "INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state) VALUES (?, ?, ?, 'bench', 1, 512, 1, 'reserved')",
          [randomUUID(), randomUUID(), node],
        );
        await conn.query('COMMIT');
      } finally {
        conn.release();
      }
    };
    const sustained = await measure(CLIENTS, SUSTAIN_MS, place);
    const { subject: rounds, baseline, ratio, ratioRange } = await compare(CLIENTS, ROUNDS_MS, ROUNDS, place, rawPlace);

    for (const name of nodes) await client.scheduling.setNodeLimits(name, { cpus: 0, memory_mib: 0, disk_gib: 0 });
    await raw.query("UPDATE node_reservations SET state = 'released'");
    await client.scheduling.reconcile();
    for (const name of nodes) await client.scheduling.setNodeLimits(name, { cpus: TIGHT_SLOTS, memory_mib: TIGHT_SLOTS * 512, disk_gib: TIGHT_SLOTS });
    const attempts = 2 * NODES * TIGHT_SLOTS;
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < attempts / CLIENTS; i += 1) await place().catch(() => undefined);
    }));
    const [ours] = await raw.query<mysql.RowDataPacket[]>(
      `SELECT COALESCE(SUM(GREATEST(CAST(cpus_used AS SIGNED) - CAST(cpus_limit AS SIGNED), 0)), 0) AS excess FROM scheduler_node_capacity`,
    );

    await raw.query("INSERT INTO namespaces (name, state) VALUES ('negative', 'created')");
    const negative = nodes.map((n) => `neg-${n}`);
    for (const name of negative) await raw.query("INSERT INTO nodes (name, fqdn, mesh_ip, state) VALUES (?, ?, '127.0.0.1', 'created')", [name, name]);
    const guarded = `INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state)
      SELECT ?, ?, ?, 'negative', 1, 512, 1, 'reserved' FROM DUAL
      WHERE (SELECT COALESCE(SUM(cpus), 0) FROM node_reservations WHERE node = ? AND state IN ('reserved', 'consumed')) + 1 <= ?`;
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      const conn = await raw.getConnection();
      await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      for (let i = 0; i < attempts / CLIENTS; i += 1) {
        const order = [...negative].sort(() => Math.random() - 0.5);
        for (const node of order) {
          const [result] = await conn.execute<mysql.ResultSetHeader>(guarded, [randomUUID(), randomUUID(), node, node, TIGHT_SLOTS]).catch(() => [{ affectedRows: 0 } as mysql.ResultSetHeader]);
          if (result.affectedRows === 1) break;
        }
      }
      conn.release();
    }));
    const [theirs] = await raw.query<mysql.RowDataPacket[]>(
      `SELECT COALESCE(SUM(GREATEST(n - ?, 0)), 0) AS excess FROM (SELECT node, COUNT(*) AS n FROM node_reservations WHERE namespace = 'negative' GROUP BY node) t`,
      [TIGHT_SLOTS],
    );
    printBench({
      name: 'scheduler',
      placements_per_s: round(sustained.rate, 0),
      p50_ms: round(sustained.p50),
      p99_ms: round(sustained.p99),
      sustained_s: SUSTAIN_MS / 1000,
      errors: sustained.errors + rounds.errors,
      rounds_per_s: round(rounds.rate, 0),
      baseline_per_s: round(baseline.rate, 0),
      baseline_p99_ms: round(baseline.p99),
      ratio: round(ratio, 3),
      ratio_range: ratioRange.map((r) => round(r, 3)),
      overcommit: Number(ours[0]?.excess ?? -1),
      negative_control_overcommit: Number(theirs[0]?.excess ?? -1),
      baseline: 'raw mysql2 three-statement placement transaction round robin over the nodes, same clients, same run; negative control: INSERT ... SELECT with an aggregate capacity guard under READ COMMITTED',
    });
  } finally {
    await raw.end();
    await tier.stop();
  }
}

await main();
