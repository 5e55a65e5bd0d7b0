import assert from 'node:assert/strict';
import type { Dataplane, NetworkSpec } from '../../src/index.js';
import { Lab } from './fixture.js';

const MESH1 = '192.168.77.1';
const MESH2 = '192.168.77.2';

describe('sf-net dataplane on two fake hypervisors', function () {
  this.timeout(60_000);
  let lab: Lab;
  let n1: string;
  let n2: string;
  let dp1: Dataplane;
  let dp2: Dataplane;

  before(async () => {
    lab = new Lab();
    n1 = await lab.namespace('n1');
    n2 = await lab.namespace('n2');
    await lab.wire(n1, 'ul0', n2, 'ul0', { address: `${MESH1}/24`, peerAddress: `${MESH2}/24` });
    dp1 = lab.dataplane(n1, MESH1, 'a');
    dp2 = lab.dataplane(n2, MESH2, 'b');
  });

  after(() => lab.cleanup());

  it('one network spanning both nodes: instances get DHCP leases and ping across VXLAN', async () => {
    const carrier: NetworkSpec = {
      vni: 100,
      peers: [MESH1, MESH2],
      carrier: {
        netblock: '10.100.0.0/24',
        dhcpHosts: [
          { mac: '02:00:00:00:01:01', ipv4: '10.100.0.11', hostname: 'inst-one' },
          { mac: '02:00:00:00:01:02', ipv4: '10.100.0.12', hostname: 'inst-two' },
        ],
      },
    };
    await dp1.ensureNetwork(carrier);
    await dp2.ensureNetwork({ vni: 100, peers: [MESH1, MESH2] });
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:01:01');
    const i2 = await lab.instance('i2', n2, 'tap-i2', '02:00:00:00:01:02');
    await dp1.attachInterface(100, 'tap-i1');
    await dp2.attachInterface(100, 'tap-i2');
    const lease1 = await lab.dhcp(i1);
    const lease2 = await lab.dhcp(i2);
    assert.deepEqual([lease1.ip, lease1.router, lease1.hostname], ['10.100.0.11', '10.100.0.1', 'inst-one']);
    assert.deepEqual([lease2.ip, lease2.router], ['10.100.0.12', '10.100.0.1']);
    assert.equal(await lab.ping(i1, '10.100.0.12'), true);
    assert.equal(await lab.ping(i2, '10.100.0.11'), true);
    assert.equal(await lab.ping(i2, '10.100.0.1'), true);
  });
});
