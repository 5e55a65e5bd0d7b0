import assert from 'node:assert/strict';
import { execa } from 'execa';
import type { NetworkSpec } from '../../src/index.js';
import { Nft } from '../../src/internal/nft.js';
import { tableHash } from '../../src/internal/nft-content.js';
import { TABLE_NAME, natTable, nodeTable } from '../../src/internal/nft-ruleset.js';
import { CommandRunner } from '../../src/internal/runner.js';
import { Lab } from './fixture.js';

const MESH = '192.168.77.1';

function spec(vni: number, netblock: string, nat?: { egress: string; floating?: string[] }): NetworkSpec {
  const target = netblock.replace(/\.0\/\d+$/, '.9');
  return {
    vni,
    peers: [MESH, '192.168.77.2'],
    carrier: {
      netblock,
      dhcpHosts: [],
      ...(nat === undefined ? {} : { nat: { egressAddress: nat.egress, floating: (nat.floating ?? []).map((address) => ({ address, target })) } }),
    },
  };
}

describe('nft tables on the real kernel', () => {
  let lab: Lab;
  let ns: string;
  let runner: CommandRunner;
  let nft: Nft;

  before(async () => {
    lab = new Lab();
    ns = await lab.namespace('nft');
    runner = new CommandRunner();
    nft = new Nft(runner);
  });

  after(() => {
    runner.close();
    lab.cleanup();
  });

  it('a table as nft lists it hashes as it was built, for the node table and a NAT table', async () => {
    const specs = [
      spec(1, '10.1.0.0/24', { egress: '203.0.113.1', floating: ['203.0.113.10', '203.0.113.11'] }),
      spec(2, '10.1.1.0/24', { egress: '203.0.113.2' }),
      spec(3, '10.3.0.0/16'),
      spec(4, '10.3.7.0/24'),
    ];
    for (const table of [nodeTable(specs, MESH), nodeTable(specs, MESH, ['192.168.78.0/24', '172.16.0.0/12']), natTable(specs[0] ?? assert.fail()) ?? assert.fail()]) {
      await nft.apply(ns, table, await nft.observe(ns, table.family, table.name));
      assert.equal((await nft.observe(ns, table.family, table.name))?.hash, tableHash(table), `${table.family} ${table.name}`);
    }
  });

  it('a table whose chain changed under a stale observation is rebuilt when the flush is refused', async () => {
    const table = nodeTable([spec(1, '10.1.0.0/24', { egress: '203.0.113.1' })], MESH);
    await nft.apply(ns, table, await nft.observe(ns, 'inet', TABLE_NAME));
    const stale = await nft.observe(ns, 'inet', TABLE_NAME);
    assert.equal(stale?.hash, tableHash(table), 'control');
    await execa('nsenter', [`--net=/run/netns/${ns}`, 'nft', 'delete', 'chain', 'inet', TABLE_NAME, 'input']);
    await execa('nsenter', [`--net=/run/netns/${ns}`, 'nft', 'add', 'chain', 'inet', TABLE_NAME, 'input', '{ type filter hook input priority 10; }']);
    await nft.apply(ns, table, stale);
    assert.equal((await nft.observe(ns, 'inet', TABLE_NAME))?.hash, tableHash(table));
  });
});
