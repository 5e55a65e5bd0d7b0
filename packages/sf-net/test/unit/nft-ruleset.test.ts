import assert from 'node:assert/strict';
import type { NetworkSpec } from '../../src/index.js';
import { observedTable, replacementFor, tableHash, type ListedObject } from '../../src/internal/nft-content.js';
import { disjointNetblocks, natTable, nodeTable, replaceTableCommands } from '../../src/internal/nft-ruleset.js';

const MESH = '192.168.77.1';

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

  it('node table: isolation, the node and the mesh out of reach, anti-spoofing on every egress veth', () => {
    const table = nodeTable(
      [
        { ...spec(1, '10.0.0.0/24', { egressAddress: '203.0.113.1', floating: [] }), peers: ['192.168.77.3', MESH] },
        spec(2, '10.0.0.0/24'),
        spec(3, '10.3.0.0/24', { egressAddress: '203.0.113.3', floating: [{ address: '203.0.113.30', target: '10.3.0.9' }] }),
      ],
      MESH,
    );
    const elements = Object.fromEntries(table.sets.map((s) => [s.name, s.elements]));
    assert.deepEqual(elements.virtual_netblocks, [{ prefix: { addr: '10.0.0.0', len: 24 } }, { prefix: { addr: '10.3.0.0', len: 24 } }]);
    assert.deepEqual(elements.mesh_addresses, [MESH, '192.168.77.3'], 'this node and every peer, once');
    assert.deepEqual(elements.egress_sources, [
      { concat: ['egr-000001-o', '203.0.113.1'] },
      { concat: ['egr-000003-o', '203.0.113.3'] },
      { concat: ['egr-000003-o', '203.0.113.30'] },
    ]);
    assert.deepEqual(table.chains.map((c) => [c.name, c.hook?.hook]), [['input', 'input'], ['forward', 'forward']]);
    const text = (chain: string): string[] => table.rules.filter((r) => r.chain === chain).map((r) => JSON.stringify(r.expr));
    const input = text('input');
    assert.match(input[0] ?? '', /"ct".*"established","related".*"accept"/, 'the node still gets replies to what it started');
    for (const [i, link] of ['egr-*', 'br-vxlan-*', 'vxlan-*'].entries()) assert.match(input[i + 1] ?? '', new RegExp(`"iifname"}},"right":"${link.replace('*', '\\*')}"}},{"drop":null}`));
    const forward = text('forward');
    assert.ok(forward.some((r) => r.includes('"fib"') && r.includes('"local"') && r.includes('"egr-*"')), 'egress to node-local addresses is dropped');
    assert.ok(forward.some((r) => r.includes('@mesh_addresses') && r.includes('"egr-*"')), 'egress to the mesh is dropped');
    const spoof = forward.find((r) => r.includes('@egress_sources')) ?? '';
    assert.match(spoof, /"iifname"}},"right":"egr-\*"/, 'an egress veth not yet in the sets is dropped, not trusted');
  });

  it('node table: the mesh netblocks given are out of reach too, and none by default', () => {
    const withBlocks = nodeTable([spec(1, '10.0.0.0/24')], MESH, ['192.168.78.0/24', '192.168.0.0/16']);
    const elements = (table: typeof withBlocks) => table.sets.find((s) => s.name === 'mesh_netblocks')?.elements;
    assert.deepEqual(elements(withBlocks), [{ prefix: { addr: '192.168.0.0', len: 16 } }]);
    assert.deepEqual(elements(nodeTable([spec(1, '10.0.0.0/24')], MESH)), []);
    assert.ok(withBlocks.rules.some((r) => r.chain === 'forward' && JSON.stringify(r.expr).includes('@mesh_netblocks') && JSON.stringify(r.expr).includes('"egr-*"')));
  });

  it('netblocks go into the interval set disjoint: nested ones once, adjacent ones apart', () => {
    assert.deepEqual(disjointNetblocks(['10.3.1.0/24', '10.0.1.0/24', '10.3.0.0/16', '10.0.0.0/24', '10.0.0.5/24']), ['10.0.0.0/24', '10.0.1.0/24', '10.3.0.0/16']);
  });

  it('replacement is one transaction, as cheap as the current table allows', () => {
    const table = nodeTable([spec(1, '10.0.0.0/24', { egressAddress: '203.0.113.1', floating: [] })], MESH);
    const verbs = (current: ReturnType<typeof observedTable> | undefined): string[] =>
      replaceTableCommands(table, replacementFor(table, current)).nftables.slice(0, 3).map((c) => `${Object.keys(c)[0]} ${Object.keys(Object.values(c)[0] ?? {})[0]}`);
    assert.deepEqual(verbs(undefined), ['add table', 'add set', 'add set'], 'absent: just add');
    const same = observedTable(listing(table));
    assert.deepEqual(verbs(same), ['add table', 'flush table', 'flush set'], 'same chains and sets: flush and refill');
    const otherPrio = { ...same, chains: same.chains.map((c) => (c.name === 'forward' ? { ...c, prio: 10 } : c)) };
    assert.deepEqual(verbs(otherPrio), ['add table', 'delete table', 'add table'], 'a chain with another priority: rebuild');
    assert.deepEqual(verbs({ ...same, chains: same.chains.filter((c) => c.name !== 'input') }), ['add table', 'delete table', 'add table'], 'another shape: rebuild');
    const { nftables } = replaceTableCommands(table, 'flush');
    const flushedSets = nftables.flatMap((c) => (c.flush?.set === undefined ? [] : [c.flush.set.name]));
    assert.deepEqual(flushedSets, ['virtual_netblocks', 'mesh_addresses', 'mesh_netblocks', 'egress_sources'], 'flush table keeps set elements, so sets are flushed too');
    assert.equal(nftables.filter((c) => c.add?.rule !== undefined).length, table.rules.length);
  });

  it('the hash is of the content as nft lists it: a lost set element, swapped rules or another priority all differ', () => {
    const table = nodeTable([spec(1, '10.0.0.0/24', { egressAddress: '203.0.113.1', floating: [{ address: '203.0.113.10', target: '10.0.0.9' }] })], MESH);
    const listed = listing(table);
    assert.equal(observedTable(listed).hash, tableHash(table), 'control: the table as listed hashes as built');
    const reordered = [...listed].reverse().map((o) => (o.set === undefined ? o : { set: { ...o.set, elem: [...(o.set.elem ?? [])].reverse() } }));
    assert.equal(observedTable(reordered.reverse()).hash, tableHash(table), 'the order nft lists elements in does not count');
    const lost = listed.map((o) => (o.set?.name === 'egress_sources' ? { set: { ...o.set, elem: o.set.elem?.slice(1) } } : o));
    assert.notEqual(observedTable(lost).hash, tableHash(table));
    const firstRule = listed.findIndex((o) => o.rule?.chain === 'forward');
    const swapped = [...listed];
    [swapped[firstRule], swapped[firstRule + 1]] = [swapped[firstRule + 1] ?? {}, swapped[firstRule] ?? {}];
    assert.notEqual(observedTable(swapped).hash, tableHash(table));
    const prio = listed.map((o) => (o.chain?.name === 'input' ? { chain: { ...o.chain, prio: -10 } } : o));
    assert.notEqual(observedTable(prio).hash, tableHash(table));
  });
});

/** What `nft -j list table` prints for a table as built (the integration tests compare with the real one). */
function listing(table: ReturnType<typeof nodeTable>): ListedObject[] {
  return replaceTableCommands(table, 'add').nftables.flatMap((c): ListedObject[] => {
    const { set, chain, rule } = c.add ?? {};
    if (set !== undefined) return [{ set: { name: String(set.name), type: set.type as string, ...(set.flags === undefined ? {} : { flags: set.flags as string[] }), elem: (set.elem ?? []) as unknown[] } }];
    if (chain !== undefined) return [{ chain: chain as unknown as NonNullable<ListedObject['chain']> }];
    if (rule !== undefined) return [{ rule: { chain: String(rule.chain), expr: rule.expr } }];
    return [];
  });
}
