import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ValidationError } from '@sf/common';
import type { Event } from '@sf/proto';
import { EventRowsRefresh } from '../../src/server/event-rows.js';
import { TierMetrics } from '../../src/server/metrics.js';
import { serveTestDatabase } from '../support/served-database.js';
import { quietLogger } from '../support/test-database.js';
import { scrape } from '../support/tier-metrics.js';
import { startTier } from '../support/tier-process.js';

/** The value of an unlabelled metric in Prometheus text, undefined when it is absent. */
function valueOf(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

async function until(what: string, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await done()) return;
    await sleep(25);
  }
  assert.fail(`timed out waiting until ${what}`);
}

const event = (objectUuid: string, ageSeconds = 0): Event => ({
  event_uuid: randomUUID(),
  event_type: 'audit',
  timestamp: Date.now() / 1000 - ageSeconds,
  fqdn: 'node1',
  message: 'metrics test',
  objects: [{ object_type: 'instance', object_uuid: objectUuid }],
});

describe('event log metrics (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async () => undefined);

  const counter = async (name: string): Promise<number> => valueOf(await scrape(served.tier), name) ?? NaN;
  const tableRows = async (): Promise<number> => Number((await served.sql.rows<{ n: number }>('SELECT COUNT(*) AS n FROM events'))[0]?.n);

  it('counts the event rows RecordEvents wrote, not those of a replayed or refused batch, and the rows PruneEvents deleted, as each slice commits', async () => {
    const { client } = served;
    const inserted = async () => counter('database_events_inserted_total');
    const start = await inserted();
    const vm = randomUUID();
    const batch = Array.from({ length: 5 }, () => event(vm));
    await client.events.record(batch);
    assert.equal(await inserted(), start + 5);
    assert.equal(await client.events.record(batch), 5, 'control: the replay is accepted');
    assert.equal(await inserted(), start + 5, 'a replayed batch writes no row');
    await client.events.record([...batch.slice(0, 3), event(vm), event(vm)]);
    assert.equal(await inserted(), start + 7, 'a batch half replayed counts its new events only');
    await assert.rejects(client.events.record([{ ...event(vm), objects: [] }]), ValidationError);
    assert.equal(await inserted(), start + 7);
    // Refused by MariaDB itself part way: the compound statement rolls back its first event too, and counts none.
    const rowsBefore = await tableRows();
    await assert.rejects(client.events.record([event(vm), { ...event(vm), extra_json: '{not json' }]), ValidationError);
    assert.equal(await inserted(), start + 7, 'a batch MariaDB refused writes no row');
    assert.equal(await tableRows(), rowsBefore, 'control: nothing of it was written');

    const pruned = async () => counter('database_events_pruned_total');
    const before = await pruned();
    const aged = randomUUID();
    await client.events.record([event(aged, 7200), event(aged, 7100), event(aged, 10)]);
    const result = await client.events.prune([{ object_type: 'instance', max_age_seconds: 3600 }], []);
    assert.equal(result.events_deleted, 2);
    assert.equal(await pruned(), before + 2);

    // A prune refused part way (its second limit names no type) still counts what its first limit deleted: each slice committed.
    const later = randomUUID();
    await client.events.record([event(later, 7200)]);
    await assert.rejects(client.events.prune([{ object_type: 'instance', max_age_seconds: 3600 }, { object_type: '', max_age_seconds: 3600 }], []), ValidationError);
    assert.equal(await pruned(), before + 3);
  });

  it("reads the events table's row count at start and at each refresh after", async () => {
    // Another process on the same database reads the count at its start: the rows the first one wrote.
    const rows = await tableRows();
    assert.ok(rows > 0, 'control: the table holds rows');
    const second = await startTier(served.db.config);
    try {
      await until(`the new process shows ${rows} rows`, async () => valueOf(await scrape(second), 'database_events_rows') === rows);
    } finally {
      await second.stop();
    }

    // The refresh every 60 s, at an interval a test can wait for, over the same database.
    const metrics = new TierMetrics(() => ({ total: 0, free: 0, waiting: 0 }));
    const refresh = new EventRowsRefresh(served.sql, (n) => metrics.eventRows.set(n), quietLogger, { everyMs: 50 });
    const shown = async () => valueOf(await metrics.registry.metrics(), 'database_events_rows');
    refresh.start();
    try {
      await until(`the refresh shows ${rows} rows`, async () => (await shown()) === rows);
      const vm = randomUUID();
      await served.client.events.record(Array.from({ length: 10 }, () => event(vm, 7200)));
      await until(`the refresh shows ${rows + 10} rows`, async () => (await shown()) === rows + 10);
      await served.client.events.prune([{ object_type: 'instance', max_age_seconds: 3600 }], []);
      await until(`the refresh shows ${rows} rows again after the prune`, async () => (await shown()) === rows);
    } finally {
      await refresh.stop();
    }
  });
});
