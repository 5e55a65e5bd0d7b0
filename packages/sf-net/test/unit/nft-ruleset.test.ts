import assert from 'node:assert/strict';
import type { NetworkSpec } from '../../src/index.js';
import { GENERATION_CHAIN, natTable, nodeTable, replaceTableCommands, ruleCount, tableHash } from '../../src/internal/nft-ruleset.js';

const spec = (vni: number, netblock: string, nat?: NetworkSpec['carrier'] extends infer C ? (C extends { nat?: infer N } ? N : never) : never): NetworkSpec => ({
  vni,
  peers: [],
  carrier: { netblock, dhcpHosts: [], ...(nat === undefined ? {} : { nat }) },
});

describe('nft rulesets as data', () => {
  it('a network without NAT has no NAT table', () => {
    assert.equal(natTable(spec(1, '10.0.0.0/24')), undefined);
    assert.equal(natTable({ vni: 1, peers: [] }), undefined);
  });

  it('NAT table: DNAT per floating address, floating SNAT before the masquerade', () => {
    const table = natTable(spec(7, '10.7.0.0/24', { egressAddress: '203.0.113.7', floating: [{ address: '203.0.113.70', target: '10.7.0.5' }] }));
    assert.ok(table !== undefined);
    const post = table.rules.filter((r) => r.chain === 'postrouting').map((r) => Object.keys(r.expr.at(-1) ?? {})[0]);
    assert.deepEqual(post, ['snat', 'masquerade']);
    const pre = table.rules.filter((r) => r.chain === 'prerouting');
    assert.deepEqual(pre[0]?.expr.at(-1), { dnat: { addr: '10.7.0.5' } });
    assert.deepEqual(table.rules.at(-1)?.expr[1], { match: { op: '==', left: { payload: { protocol: 'ip', field: 'saddr' } }, right: { prefix: { addr: '10.7.0.0', len: 24 } } } });
  });

  it('node table: isolation and anti-spoofing from two sets, netblocks deduplicated', () => {
    const table = nodeTable([
      spec(1, '10.0.0.0/24', { egressAddress: '203.0.113.1', floating: [] }),
      spec(2, '10.0.0.0/24'),
      spec(3, '10.3.0.0/24', { egressAddress: '203.0.113.3', floating: [{ address: '203.0.113.30', target: '10.3.0.9' }] }),
    ]);
    assert.deepEqual(table.sets[0]?.elements, [{ prefix: { addr: '10.0.0.0', len: 24 } }, { prefix: { addr: '10.3.0.0', len: 24 } }]);
    assert.deepEqual(table.sets[1]?.elements, ['egr-000001-o', 'egr-000003-o']);
    assert.deepEqual(table.sets[2]?.elements, [
      { concat: ['egr-000001-o', '203.0.113.1'] },
      { concat: ['egr-000003-o', '203.0.113.3'] },
      { concat: ['egr-000003-o', '203.0.113.30'] },
    ]);
    assert.deepEqual(table.chains.map((c) => c.name), ['forward']);
    assert.equal(table.rules.length, 3);
    const [only, spoof] = table.rules[2]?.expr as Array<{ match: { op: string; right: string } }>;
    assert.deepEqual([only?.match.op, only?.match.right], ['==', '@egress_interfaces']);
    assert.deepEqual([spoof?.match.op, spoof?.match.right], ['!=', '@egress_sources']);
  });

  it('replacement is one transaction, as cheap as the current table allows, ending with the generation marker', () => {
    const table = nodeTable([spec(1, '10.0.0.0/24', { egressAddress: '203.0.113.1', floating: [] })]);
    const verbs = (current?: { chains: string[]; sets: string[] }): string[] =>
      replaceTableCommands(table, current).nftables.slice(0, 3).map((c) => `${Object.keys(c)[0]} ${Object.keys(Object.values(c)[0] ?? {})[0]}`);
    assert.deepEqual(verbs(), ['add table', 'add set', 'add set'], 'absent: just add');
    const sameShape = { chains: ['forward', GENERATION_CHAIN].sort(), sets: ['egress_interfaces', 'egress_sources', 'virtual_netblocks'] };
    assert.deepEqual(verbs(sameShape), ['add table', 'flush table', 'flush set'], 'same chains and sets: flush and refill');
    assert.deepEqual(verbs({ chains: ['forward', 'egress-1'], sets: [] }), ['add table', 'delete table', 'add table'], 'other shape: rebuild');
    const { nftables } = replaceTableCommands(table, sameShape);
    const flushedSets = nftables.flatMap((c) => (c.flush?.set === undefined ? [] : [c.flush.set.name]));
    assert.deepEqual(flushedSets, ['virtual_netblocks', 'egress_interfaces', 'egress_sources'], 'flush table keeps set elements, so sets are flushed too');
    const last = nftables.at(-1)?.add?.rule;
    assert.equal(last?.chain, GENERATION_CHAIN);
    assert.equal(last?.comment, `sf-net ruleset ${tableHash(table)}`);
    assert.equal(nftables.filter((c) => c.add?.rule !== undefined).length, ruleCount(table));
  });

  it('the hash follows the content, so observe can tell a stale table', () => {
    const a = natTable(spec(7, '10.7.0.0/24', { egressAddress: '203.0.113.7', floating: [] }));
    const b = natTable(spec(7, '10.7.0.0/24', { egressAddress: '203.0.113.7', floating: [{ address: '203.0.113.70', target: '10.7.0.5' }] }));
    assert.ok(a !== undefined && b !== undefined);
    assert.equal(tableHash(a), tableHash(natTable(spec(7, '10.7.0.0/24', { egressAddress: '203.0.113.7', floating: [] })) ?? a));
    assert.notEqual(tableHash(a), tableHash(b));
  });
});
