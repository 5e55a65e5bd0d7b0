import assert from 'node:assert/strict';
import type { DataplaneSnapshot, NetworkSpec, ObservedNetwork } from '../../src/index.js';
import { diffSnapshot } from '../../src/internal/drift.js';

const settings = { meshIp: '10.0.0.1', vxlanPort: 4789, mtu: 1450, stateDir: '/srv/sf', dhcpLeaseSeconds: 3600 };
const link = (name: string, index: number, extra: Partial<ObservedNetwork['vxlan']> = {}) => ({
  name,
  index,
  kind: 'bridge',
  mtu: 1450,
  up: true,
  master: undefined,
  vxlanId: undefined,
  learning: undefined,
  port: undefined,
  local: undefined,
  ...extra,
});

function meshOnly(vni: number, fdb: string[], attached: string[] = []): ObservedNetwork {
  return {
    vni,
    bridge: link(`br-vxlan-${vni}`, 10),
    vxlan: link(`vxlan-${vni}`, 11, { kind: 'vxlan', master: 10, vxlanId: vni, learning: 0, port: 4789, local: '10.0.0.1' }),
    fdb,
    gatewayVeth: undefined,
    egressVeth: undefined,
    egressVethAddresses: [],
    egressRoutes: [],
    attached,
    netns: false,
    interior: undefined,
    dnsmasq: undefined,
    natTable: undefined,
  };
}

const snapshot = (networks: ObservedNetwork[], instanceInterfaces: string[] = []): DataplaneSnapshot => ({ networks, instanceInterfaces, nodeTable: undefined, nodeForwarding: false });

describe('drift from a snapshot', () => {
  const spec: NetworkSpec = { vni: 5, peers: ['10.0.0.1', '10.0.0.2'] };

  it('control: a mesh-only network in step lacks only the node table', () => {
    assert.deepEqual(diffSnapshot([spec], snapshot([meshOnly(5, ['10.0.0.2'])]), settings), [{ vni: undefined, what: 'node table differs' }]);
  });

  it('names missing networks, FDB differences and networks that are not desired', () => {
    const drifts = diffSnapshot([spec, { vni: 6, peers: [] }], snapshot([meshOnly(5, ['10.0.0.9']), meshOnly(7, [])]), settings);
    assert.deepEqual(
      drifts.filter((d) => d.vni !== undefined),
      [
        { vni: 5, what: 'fdb missing 10.0.0.2' },
        { vni: 5, what: 'fdb extra 10.0.0.9' },
        { vni: 6, what: 'network missing' },
        { vni: 7, what: 'network not desired' },
      ],
    );
  });

  it('names a desired instance interface that exists off the bridge, and not one that does not exist yet', () => {
    const withTaps: NetworkSpec = { ...spec, interfaces: ['tap-a', 'tap-b', 'tap-c'] };
    const drifts = diffSnapshot([withTaps], snapshot([meshOnly(5, ['10.0.0.2'], ['tap-a'])], ['tap-a', 'tap-b']), settings);
    assert.deepEqual(drifts.filter((d) => d.vni !== undefined), [{ vni: 5, what: 'interface tap-b not on the bridge' }]);
  });

  it('an empty desired state against an empty node is in step', () => {
    assert.deepEqual(diffSnapshot([], snapshot([]), settings), []);
  });
});
