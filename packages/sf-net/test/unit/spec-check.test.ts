import assert from 'node:assert/strict';
import { ValidationError } from '@sf/common/errors';
import { Dataplane, NetworkSpecError, type NetworkSpec } from '../../src/index.js';
import { vniOfDecimal } from '../../src/internal/names.js';
import { checkSpec, desiredSetConflicts } from '../../src/internal/spec-check.js';

const nat = (vni: number, egressAddress: string, floating: string[] = []): NetworkSpec => ({
  vni,
  peers: ['192.168.77.1'],
  carrier: { netblock: `10.${vni}.0.0/24`, dhcpHosts: [], nat: { egressAddress, floating: floating.map((address) => ({ address, target: `10.${vni}.0.9` })) } },
});

describe('spec checks', () => {
  it('a peer must be a canonical dotted quad', () => {
    assert.doesNotThrow(() => checkSpec({ vni: 1, peers: ['192.168.77.1'] }), 'control');
    for (const peer of ['192.168.077.1', '192.168.77.01', '0x7f.0.0.1', '192.168.77']) {
      assert.throws(() => checkSpec({ vni: 1, peers: [peer] }), NetworkSpecError, peer);
    }
  });

  it('so must the mesh IP, which is compared with what the kernel reports', () => {
    const options = { underlayMtu: 1500, vxlanPort: 4789, stateDir: '/nonexistent', netnsPrefix: 'x-', dnsmasqPath: '/usr/sbin/dnsmasq', dhcpLeaseSeconds: 600 };
    assert.throws(() => Dataplane.open({ ...options, meshIp: '192.168.77.01' }), ValidationError);
  });

  it('and the mesh netblocks, as nft lists them back', () => {
    const options = { meshIp: '192.168.77.1', underlayMtu: 1500, vxlanPort: 4789, stateDir: '/nonexistent', netnsPrefix: 'x-', dnsmasqPath: '/usr/sbin/dnsmasq', dhcpLeaseSeconds: 600 };
    for (const netblock of ['192.168.78.1/24', '192.168.078.0/24', '192.168.78.0/31', '10.0.0.0/4', '192.168.78.0', 'x']) {
      assert.throws(() => Dataplane.open({ ...options, meshNetblocks: [netblock] }), (err: unknown) => err instanceof ValidationError && err.message.includes(netblock), netblock);
    }
  });

  it('a VNI given twice in one desired set refuses every spec naming it', () => {
    const specs = [nat(1, '203.0.113.1'), nat(2, '203.0.113.2'), { vni: 1, peers: [] }];
    const refused = desiredSetConflicts(specs);
    assert.deepEqual([...refused.keys()], [specs[0], specs[2]]);
    assert.match(refused.get(specs[0] ?? assert.fail())?.message ?? '', /network 1 is given 2 times/);
  });

  it('a public address claimed by two networks refuses both, whether egress or floating', () => {
    const a = nat(1, '203.0.113.1', ['203.0.113.50']);
    const b = nat(2, '203.0.113.2', ['203.0.113.50']);
    const c = nat(3, '203.0.113.3');
    const d = nat(4, '203.0.113.3');
    const e = nat(5, '203.0.113.5', ['203.0.113.6']);
    const refused = desiredSetConflicts([a, b, c, d, e]);
    assert.deepEqual([...refused.keys()].map((s) => s.vni), [1, 2, 3, 4]);
    assert.match(refused.get(a)?.message ?? '', /203\.0\.113\.50 is claimed by networks 1, 2/);
    assert.ok([...refused.values()].every((err) => err instanceof NetworkSpecError));
    assert.equal(desiredSetConflicts([a, c, e]).size, 0, 'control: distinct addresses');
    assert.equal(desiredSetConflicts([nat(6, '203.0.113.60', ['203.0.113.60'])]).size, 0, 'one network may repeat its own');
  });

  it('VNIs in directory and namespace names are plain decimal within range', () => {
    assert.equal(vniOfDecimal('42'), 42);
    assert.equal(vniOfDecimal('16777215'), 16_777_215);
    for (const text of ['0', '07', '0x1a', '1e3', '42 ', '', '16777216', '99999999999']) assert.equal(vniOfDecimal(text), undefined, text);
  });
});
