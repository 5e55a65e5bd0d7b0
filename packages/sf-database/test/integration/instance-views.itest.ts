import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Sql } from '../../src/internal/sql.js';
import { getInstanceViews } from '../../src/resources/instance-view.repo.js';
import { createInstance } from '../../src/resources/instance.repo.js';
import { setMetadata } from '../../src/resources/metadata.repo.js';
import { setNamespaceKey } from '../../src/resources/namespace-key.repo.js';
import { createNamespace } from '../../src/resources/namespace.repo.js';
import { createNetworkInterface } from '../../src/resources/network-interface.repo.js';
import { createNetwork, transitionNetwork } from '../../src/resources/network.repo.js';
import { poolTestDatabase } from '../support/pooled-database.js';

/** The same database, noting how each read was sent: prepared, or as text. */
function recorded(inner: Sql, sent: Array<{ prepared: boolean; sql: string }>): Sql {
  return {
    rows: (q, p) => (sent.push({ prepared: true, sql: q }), inner.rows(q, p)),
    exec: (q, p) => inner.exec(q, p),
    textRows: (q, p) => (sent.push({ prepared: false, sql: q }), inner.textRows(q, p)),
    textExec: (q, p) => inner.textExec(q, p),
    transaction: (work) => inner.transaction(work),
    afterCommit: (fn) => inner.afterCommit(fn),
  };
}

const placeholdersIn = (sql: string): number => (/uuid IN \(([^)]*)\)/.exec(sql)?.[1] ?? '').split(',').length;

describe('instance views: batches of every size, by one prepared statement per power of two (real MariaDB)', function () {
  this.timeout(60_000);
  const pooled = poolTestDatabase(4);
  let nonce: string;
  let withNics: string;
  let plain: string[];
  let nics: string[];

  before(async () => {
    const db = pooled.sql;
    await createNamespace(db, { name: 'views' });
    nonce = (await setNamespaceKey(db, 'views', 'k', 'hash')).nonce ?? '';
    const net = await createNetwork(db, { namespace: 'views', name: 'n', netblock: '10.5.0.0/24' });
    await transitionNetwork(db, { uuid: net.uuid ?? '', namespace: '', to_state: 'created', from_states: [], error_message: '' });
    const make = async (name: string) => (await createInstance(db, { namespace: 'views', name, cpus: 1, memory_mib: 64, state: 'initial' })).uuid ?? '';
    withNics = await make('nics');
    plain = [await make('plain-1'), await make('plain-2')];
    nics = [];
    for (const order of [0, 1]) {
      const nic = await createNetworkInterface(db, { namespace: 'views', network_uuid: net.uuid, instance_uuid: withNics, macaddr: `02:00:00:00:05:0${order}`, ipv4: `10.5.0.${10 + order}`, order });
      nics.push(nic.uuid ?? '');
    }
    await setMetadata(db, 'instance', withNics, 'views', 'role', '"web"');
    await setMetadata(db, 'network_interface', nics[1] ?? '', 'views', 'floating', 'true');
  });

  const cases = [
    { what: 'one instance', real: () => [withNics], unknown: 0, shape: 1 },
    { what: 'three instances, padded to four', real: () => [withNics, ...plain], unknown: 0, shape: 4 },
    { what: 'the most a call may ask, 128 uuids, 125 of them unknown', real: () => [withNics, ...plain], unknown: 125, shape: 128 },
  ];
  for (const c of cases) {
    it(`${c.what}: each instance once, with only its own interfaces and metadata, the rest missing`, async () => {
      const real = c.real();
      const unknown = Array.from({ length: c.unknown }, () => randomUUID());
      const sent: Array<{ prepared: boolean; sql: string }> = [];
      const reply = await getInstanceViews(recorded(pooled.sql, sent), [...real, ...unknown], 'views', { namespace: 'views', key_name: 'k', nonce });
      assert.equal(reply.key_ok, true);
      assert.deepEqual(sent.map((s) => [s.prepared, placeholdersIn(s.sql)]), [[true, c.shape]]);
      assert.deepEqual((reply.views ?? []).map((v) => v.instance?.uuid).sort(), [...real].sort());
      const mine = reply.views?.find((v) => v.instance?.uuid === withNics);
      assert.deepEqual(mine?.interfaces?.map((i) => [i.uuid, i.metadata_json ?? {}]), [[nics[0], {}], [nics[1], { floating: 'true' }]]);
      assert.deepEqual(mine?.metadata_json, { role: '"web"' });
      for (const view of reply.views ?? []) if (view !== mine) assert.deepEqual([view.interfaces, view.metadata_json], [[], {}]);
      assert.deepEqual([...(reply.missing ?? [])].sort(), unknown.sort());
    });
  }

  it('a stale nonce (its key re-set or deleted since the token was made) reads nothing; another namespace sees the instances as missing', async () => {
    const asked = [withNics, ...plain];
    assert.deepEqual(await getInstanceViews(pooled.sql, asked, 'views', { namespace: 'views', key_name: 'k', nonce: 'stale' }), { key_ok: false });
    const other = await getInstanceViews(pooled.sql, asked, 'elsewhere', { namespace: 'views', key_name: 'k', nonce });
    assert.deepEqual([other.key_ok, other.views, [...(other.missing ?? [])].sort()], [true, [], [...asked].sort()]);
  });
});
