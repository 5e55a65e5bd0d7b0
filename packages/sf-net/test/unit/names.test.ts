import assert from 'node:assert/strict';
import { MAX_VNI, NetworkSpecError, bridgeName, vxlanName } from '../../src/index.js';
import { parseCidr } from '../../src/internal/addr.js';
import { diffPeers, wantedPeers } from '../../src/internal/converge-mesh.js';
import { checkVni, egressVethName, gatewayVethName, isOurVxlan, vniOfLink } from '../../src/internal/names.js';

describe('names and addresses', () => {
  it('every link name of the largest VNI fits IFNAMSIZ', () => {
    for (const name of [vxlanName(MAX_VNI), bridgeName(MAX_VNI), gatewayVethName(MAX_VNI), egressVethName(MAX_VNI)]) {
      assert.ok(name.length <= 15, name);
      assert.equal(vniOfLink(name)?.vni, MAX_VNI);
    }
  });

  it('VNIs outside 1..MAX_VNI are refused', () => {
    assert.doesNotThrow(() => checkVni(1));
    for (const bad of [0, MAX_VNI + 1, 1.5, -3]) assert.throws(() => checkVni(bad), NetworkSpecError);
  });

  it('links that are not ours have no VNI', () => {
    for (const name of ['eth0', 'vxlan-', 'br-vxlan-x', 'veth-1', 'tap-i1']) assert.equal(vniOfLink(name), undefined, name);
    assert.deepEqual(vniOfLink('egr-00002a-o'), { vni: 42, role: 'egress' });
  });

  it("names are Shaken Fist's: six lower-case hex digits, and only those count", () => {
    assert.deepEqual([vxlanName(0x123), bridgeName(0x123), gatewayVethName(0x123), egressVethName(0x123)], ['vxlan-000123', 'br-vxlan-000123', 'veth-000123-o', 'egr-000123-o']);
    assert.equal(MAX_VNI, 16_777_215, 'every VNI the allocator hands out');
    for (const name of ['vxlan-7', 'vxlan-00000A', 'br-vxlan-000000', 'veth-0000001-o', 'egr-1000000-o']) assert.equal(vniOfLink(name), undefined, name);
    assert.deepEqual(vniOfLink('vxlan-000007'), { vni: 7, role: 'vxlan' });
  });

  it('a VXLAN device is ours only on our mesh address and port', () => {
    const link = { name: 'vxlan-7', index: 9, kind: 'vxlan', mtu: 1450, up: true, master: undefined, vxlanId: 7, learning: 0, port: 4789, local: '10.0.0.1' };
    const s = { meshIp: '10.0.0.1', vxlanPort: 4789 };
    assert.equal(isOurVxlan(link, s), true, 'control');
    assert.equal(isOurVxlan({ ...link, port: 4790 }, s), false);
    assert.equal(isOurVxlan({ ...link, local: '10.0.0.2' }, s), false);
    assert.equal(isOurVxlan({ ...link, kind: 'dummy' }, s), false);
  });

  it('netblocks are normalised and bounded', () => {
    assert.deepEqual(parseCidr('10.1.2.3/24'), { network: '10.1.2.0', prefix: 24, netmask: '255.255.255.0' });
    assert.throws(() => parseCidr('10.1.2.0/31'), NetworkSpecError);
    assert.throws(() => parseCidr('10.1.2.0'), NetworkSpecError);
    assert.throws(() => parseCidr('300.1.2.0/24'), NetworkSpecError);
  });

  it('the FDB wants every peer but this node, once, and diffs both ways', () => {
    const want = wantedPeers({ vni: 1, peers: ['10.0.0.3', '10.0.0.1', '10.0.0.2', '10.0.0.3'] }, '10.0.0.1');
    assert.deepEqual(want, ['10.0.0.2', '10.0.0.3']);
    assert.deepEqual(diffPeers(want, ['10.0.0.3', '10.0.0.9']), { add: ['10.0.0.2'], remove: ['10.0.0.9'] });
  });
});
